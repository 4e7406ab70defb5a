# `sleutel report`: every kind against numbers worked out by hand from a small fixture, periods
# (ISO week across the new year, an empty period, the defaults), formats (table, csv, json, md,
# html in Chromium, xlsx read back), -o FOLDER, several databases, --check, and bad input.
# stores: file and server
source "$(dirname "$0")/lib.sh"

# The fixture. Today is Tuesday 2026-01-20. Week 2026-W01 runs Monday 2025-12-29 to Sunday
# 2026-01-04, across the new year. Ceilings (default config): 2025 is 560 cents an hour, 330
# under 21, 21000 a month, 210000 a year; 2026 has no row, so 2025's applies. Travel: 23 c/km.
export SLEUTEL_TODAY=2026-01-20
sl init
sl register person ana --name "Ana" --municipality Haarlem --lang ar:native --lang nl:B1 \
    --gender f --birth-year 1990 --contract volunteer --hours 8 --since 2025-01-01 \
    --training "intervisie@2025-08-01"
sl register person bo --name "Bo" --municipality Haarlem --lang ti:A2 --gender m \
    --birth-year 2006 --contract volunteer --hours 7 --since 2025-01-01
sl register person cas --name "Cas" --municipality Haarlem --lang fa:B2 --gender x \
    --contract employed --hours 14 --since 2025-01-01
sl register person dee --name "Dee" --municipality Amsterdam --lang so:native --gender f \
    --contract employed --hours 4 --since 2025-01-01
sl register org ggd --name "GGD" --type ggd --municipality Haarlem
sl assign ana ggd --role voorlichter --hours 8 --from 2025-01-01
sl assign bo ggd --role tolk --hours 7 --from 2025-01-01
# Starts on Wednesday 2025-12-31: in week 2026-W01 it counts 5 of 7 days.
sl assign cas ggd --role adviseur --hours 14 --from 2025-12-31
# Ana: 5 h in June and 1 h in September (they count towards the 2025 year-to-date), 40 h in the
# first days of December (over the monthly cap), then two activities in week 2026-W01.
sl log ana individueel-contact 5h --date 2025-06-10
sl log ana individueel-contact 1h --date 2025-09-15
for day in 01 02 03 04; do sl log ana begeleiding 10h --date 2025-12-$day; done
sl log ana groepsvoorlichting 2h --date 2025-12-30 --theme gezondheid --theme zorgstelsel \
    --reached 10 --refer huisarts:2 --km 10
sl log ana individueel-contact 1h --date 2026-01-02 --at 20:00 --theme gezondheid --refer ggz
sl log bo individueel-contact 30m --date 2025-12-29 --theme wonen
sl log cas begeleiding 3h --date 2026-01-02 --expense 5,00
sl log cas begeleiding 10h --date 2026-01-02
it "fixture is in place"
expect_code 0

# --- summary ------------------------------------------------------------------------------------
it "summary by person: rows and totals worked out by hand"
# ana: 2h + 1h = 180 min, reached 10, referrals 2 + 1, one after hours (20:00), 10 km.
# bo: 30 min. cas: 3h + 10h = 780 min, € 5,00.
sl report summary --period 2026-W01 --format json
expect_code 0
expect_json '.report == "summary" and .group_by == "person"'
expect_json '.period == {"label": "2026-W01", "from": "2025-12-29", "to": "2026-01-04"}'
expect_json '.generated_at | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z$")'
expect_json '[.rows[].key] == ["ana", "bo", "cas"]'
expect_json '.rows[0] == {"key": "ana", "label": "Ana", "activities": 2, "minutes": 180,
    "questions": 0, "reached": 10, "reached_professionals": 0, "referrals": 3, "after_hours": 1,
    "km": 10, "expenses_cents": 0}'
expect_json '.rows[1] | .activities == 1 and .minutes == 30'
expect_json '.rows[2] | .activities == 2 and .minutes == 780 and .expenses_cents == 500'
expect_json '.totals == {"activities": 5, "minutes": 990, "questions": 0, "reached": 10,
    "reached_professionals": 0, "referrals": 3, "after_hours": 1, "km": 10, "expenses_cents": 500}'

it "summary by theme: an activity with two themes counts in each, once in the totals"
sl report summary --by theme --period 2026-W01 --format json
expect_json '.group_by == "theme"'
expect_json '.rows[] | select(.key == "gezondheid") | .activities == 2 and .minutes == 180 and .reached == 10 and .referrals == 3'
expect_json '.rows[] | select(.key == "zorgstelsel") | .activities == 1 and .minutes == 120 and .reached == 10 and .referrals == 2'
expect_json '.rows[] | select(.key == "wonen") | .activities == 1 and .minutes == 30'
expect_json '.rows[] | select(.key == null) | .activities == 2 and .minutes == 780 and .expenses_cents == 500'
expect_json '([.rows[].activities] | add) == 6 and .totals.activities == 5 and .totals.minutes == 990'

it "summary by week: ISO weeks, the first week of 2026 starts in 2025"
sl report summary --by week --from 2025-12-01 --to 2026-01-04 --format json
expect_json '[.rows[].key] == ["2025-W49", "2026-W01"]'
expect_json '.rows[0] | .activities == 4 and .minutes == 2400'
expect_json '.rows[1] | .activities == 5 and .minutes == 990 and .label == "2025-12-29 – 2026-01-04"'

it "summary by month splits the week at the new year"
sl report summary --by month --period 2026-W01 --format json
expect_json '[.rows[] | [.key, .activities, .minutes]] == [["2025-12", 2, 150], ["2026-01", 3, 840]]'

it "summary by type, role, org and municipality"
sl report summary --by type --period 2026-W01 --format json
expect_json '[.rows[] | [.key, .activities]] == [["begeleiding", 2], ["groepsvoorlichting", 1], ["individueel-contact", 2]]'
sl report summary --by role --period 2026-W01 --format json
expect_json '[.rows[] | [.key, .minutes]] == [["adviseur", 780], ["tolk", 30], ["voorlichter", 180]]'
sl report summary --by org --period 2026-W01 --format json
expect_json '[.rows[] | [.key, .label, .activities]] == [["ggd", "GGD", 5]]'
sl report summary --by municipality --period 2026-W01 --format json
expect_json '[.rows[] | [.key, .label, .activities]] == [["GM0392", "Haarlem", 5]]'

it "an empty period has no rows and zero totals"
sl report summary --period 2024-03 --format json
expect_code 0
expect_json '.rows == [] and .totals.activities == 0 and .totals.minutes == 0 and .totals.expenses_cents == 0'
sl report hours --period 2024-03 --format json
expect_json '.rows == [] and .totals.contracted_minutes == 0 and .totals.ratio == null'
sl report summary --period 2024-03
expect_out "totaal"

it "--person and --municipality narrow the report"
sl report summary --period 2026-W01 --person ca --format json
expect_json '[.rows[].key] == ["cas"] and .totals.minutes == 780'
sl report summary --period 2026-W01 --municipality Amsterdam --format json
expect_json '.rows == [] and .totals.activities == 0'

# --- hours --------------------------------------------------------------------------------------
it "hours against contract, pro rata per day, with an assignment starting mid-week"
# ana 8 h/week = 480 min; bo 7 h = 420; cas 14 h x 5/7 days = 600. Over means a ratio above
# 1.2, under below 1/1.2. Dee has neither an assignment nor work: no row.
sl report hours --period 2026-W01 --format json
expect_json '[.rows[].key] == ["ana", "bo", "cas"]'
expect_json '.rows[0] == {"key": "ana", "label": "Ana", "contracted_minutes": 480, "minutes": 180,
    "ratio": 0.38, "after_hours": 1, "status": "under", "available_minutes": null}'
expect_json '.rows[1] | .contracted_minutes == 420 and .minutes == 30 and .status == "under"'
expect_json '.rows[2] | .contracted_minutes == 600 and .minutes == 780 and .ratio == 1.3 and .status == "over"'
expect_json '.totals == {"contracted_minutes": 1500, "minutes": 990, "ratio": 0.66, "after_hours": 1}'

# --- allowance ----------------------------------------------------------------------------------
it "allowance: over the monthly cap, year-to-date from before the period, under-21 rate"
# ana December: 40 h + 2 h = 2520 min x 560/60 = 23520 > 21000: capped, exceeds.
# Year to date: June 5 h (2800) + September 1 h (560) + December 21000 = 24360.
# Travel 10 km x 23 = 230. bo (born 2006, 19 in 2025): 30 min x 330/60 = 165.
sl report allowance --period 2025-12 --format json
expect_json '.group_by == "person" and ([.rows[] | [.key, .month]] == [["ana", "2025-12"], ["bo", "2025-12"]])'
expect_json '.rows[0] == {"key": "ana", "label": "Ana", "month": "2025-12", "minutes": 2520,
    "allowance_cents": 21000, "month_cap_cents": 21000, "year_to_date_cents": 24360,
    "year_cap_cents": 210000, "km": 10, "travel_cents": 230, "exceeds": true,
    "agreed_cents": 23520, "cap": "monthly", "other_allowance_cents": 0}'
expect_json '.rows[1] | .allowance_cents == 165 and .year_to_date_cents == 165 and .exceeds == false'
expect_json '.totals == {"minutes": 2550, "allowance_cents": 21165, "km": 10, "travel_cents": 230, "exceeds": true,
    "agreed_cents": 23685, "other_allowance_cents": 0}'
expect_json '(.notes // []) == []'

it "allowance: a year without a ceiling uses the latest earlier one and says so"
sl report allowance --period 2026-01 --format json
expect_json '[.rows[] | [.key, .minutes, .allowance_cents, .year_to_date_cents]] == [["ana", 60, 560, 560]]'
expect_json '.notes | length == 1 and (.[0] | test("2026") and test("2025"))'
sl report allowance --period 2026-01
expect_out "let op: geen plafond voor 2026"
sl report allowance --period 2026-01 --format csv
expect_err "2025"

# --- reach and referrals ------------------------------------------------------------------------
it "reach by theme (default) and by type"
sl report reach --period 2026-W01 --format json
expect_json '.group_by == "theme"'
expect_json '[.rows[] | [.key, .activities, .reached]] == [["gezondheid", 2, 10], ["wonen", 1, 0], ["zorgstelsel", 1, 10], [null, 2, 0]]'
expect_json '.totals == {"activities": 5, "reached": 10, "reached_professionals": 0,
    "questions": 0}'
sl report reach --by type --period 2026-W01 --format json
expect_json '[.rows[] | [.key, .reached]] == [["begeleiding", 0], ["groepsvoorlichting", 10], ["individueel-contact", 0]]'

it "referrals by target"
sl report referrals --period 2026-W01 --format json
expect_json '.rows == [{"key": "ggz", "label": "GGZ", "referrals": 1, "activities": 1},
    {"key": "huisarts", "label": "Huisarts", "referrals": 2, "activities": 1}]'
expect_json '.totals == {"referrals": 3, "activities": 2}'

# --- coverage -----------------------------------------------------------------------------------
it "coverage: languages at B1 or native of active key persons, gender counts"
# Haarlem needs ar, ti, fa, so: ana ar (native), cas fa (B2); bo's ti is A2, so not covered.
sl report coverage --format json
expect_json '.rows[] | select(.key == "GM0392") | .languages_needed == ["ar", "ti", "fa", "so"]
    and .languages_covered == ["ar", "fa"] and .languages_missing == ["ti", "so"]
    and .active_persons == 3 and .gender == {"f": 1, "m": 1, "x": 1}'
expect_json '.rows[] | select(.key == "GM0363") | .languages_covered == ["so"] and .active_persons == 1'
expect_json '.totals == {"active_persons": 4, "gender": {"f": 2, "m": 1, "x": 1}}'
sl report coverage --municipality GM0392 --format json
expect_json '[.rows[].key] == ["GM0392"]'
it "coverage: a paused key person does not cover"
sl profile cas status paused --on 2026-01-10
sl report coverage --municipality Haarlem --format json
expect_json '.rows[0].languages_covered == ["ar"] and .rows[0].active_persons == 2'
sl profile cas status active --on 2026-01-11

# --- signals ------------------------------------------------------------------------------------
it "signals over the week: overload, allowance, inactive, intervision"
sl report alerts --period 2026-W01 --format json
expect_code 0
expect_json '[.rows[] | [.kind, .person, .severity]] == [
    ["allowance_over", "ana", "warning"],
    ["intervision_overdue", "bo", "warning"],
    ["overload", "cas", "warning"], ["intervision_overdue", "cas", "warning"],
    ["inactive", "dee", "info"], ["intervision_overdue", "dee", "warning"]]'
expect_json '.totals == {"alerts": 6, "warnings": 5, "info": 1}'
it "signals --check exits 1 when there are signals, 0 when there are none"
sl report alerts --period 2026-W01 --check
expect_code 1
expect_out "overbelast"
sl report alerts --period 2025-09 --person ana --check
expect_code 0
sl report alerts --period 2025-09 --person ana --format json
expect_json '.rows == [] and .totals.alerts == 0'
it "after-hours above the monthly limit is a signal"
for day in 05 06 07 08; do sl log ana individueel-contact 30m --date 2026-01-$day --at 21:00; done
sl report alerts --period 2026-01-05..2026-01-11 --person ana --format json
expect_json '[.rows[].kind] | index("after_hours") != null'
expect_json '.rows[] | select(.kind == "after_hours") | .detail | test("5")'
it "an assignment ending soon and an overdue goal are signals, once they were known"
sl assign end 1 --on 2026-02-01
sl profile ana goal add "Training geven" --due 2026-01-10
# Decided in November: the report of a week in January did not know of either.
sl report alerts --period 2026-W03 --person ana --format json
expect_json '[.rows[].kind] | index("assignment_ending") == null and index("goal_overdue") == null'
sl report alerts --period 2026-W47 --person ana --format json
expect_json '[.rows[].kind] | index("goal_overdue") != null'
SLEUTEL_TODAY=2026-01-12 sl profile ana goal add "Intervisie bijwonen" --due 2026-01-13
SLEUTEL_TODAY=2026-01-12 sl assign end 1 --on 2026-01-31
sl report alerts --period 2026-W03 --person ana --format json
expect_json '[.rows[].kind] | index("assignment_ending") != null and index("goal_overdue") != null'

# --- weekly and monthly -------------------------------------------------------------------------
it "weekly = summary + hours + signals for last week (the default period)"
SLEUTEL_TODAY=2026-01-07 sl report weekly --format json
expect_json '.report == "weekly" and .period.label == "2026-W01" and (.generated_at | length > 0)'
expect_json '(.sections | keys_unsorted) == ["summary", "hours", "alerts", "signals"]'
expect_json '.sections.summary.totals.minutes == 990 and .sections.hours.rows[2].status == "over"'
expect_json '.sections.summary | has("report") and has("period") and has("group_by") and has("generated_at") and has("rows") and has("totals")'
it "monthly = every kind for last month"
sl report monthly --format json
expect_json '.period.label == "2025-12"'
expect_json '(.sections | keys_unsorted) == ["summary", "hours", "allowance", "reach", "referrals", "coverage", "alerts", "signals", "progress"]'
expect_json '.sections.allowance.rows[0].exceeds == true'
it "the default period of a single report is last week"
SLEUTEL_TODAY=2026-01-07 sl report summary --format json
expect_json '.period.label == "2026-W01" and .totals.activities == 5'

# --- formats ------------------------------------------------------------------------------------
it "table: aligned, durations as h:mm, money in Dutch, a totals row"
sl report summary --period 2026-W01
expect_out "13:00"
expect_out "€ 5,00"
expect_out "totaal"
expect_out "Overzicht"
it "csv: the contract's header and plain numbers"
sl report summary --period 2026-W01 --format csv
expect_true "csv header" [ "$(head -n 1 out)" = "key,label,activities,minutes,questions,reached,reached_professionals,referrals,after_hours,km,expenses_cents" ]
expect_out "ana,Ana,2,180,0,10,0,3,1,10,0"
it "csv: the Dutch Excel option from the config"
printf '[output]\ncsv_separator = ";"\ncsv_bom = true\n' >excel.toml
sl --config excel.toml report hours --period 2026-W01 --format csv
expect_true "BOM" [ "$(head -c 3 out | od -An -tx1 | tr -d ' ')" = efbbbf ]
expect_out "ana;Ana;480;180;0,38;1;te weinig"
expect_true "Dutch-Excel headings are for people" grep -q "persoon;naam;contract;gelogd" out
it "a combined report as csv needs a folder"
sl report weekly --format csv
expect_code 64
expect_error "the weekly report has 4 sections"
it "md: a heading per section"
sl report weekly --period 2026-W01 --format md
expect_out "## Overzicht"
expect_out "## Uren tegen contract"
expect_out "## Signalen"
it "English labels with [programme] language = en"
printf '[programme]\nname = "Key persons"\norganisation = "Test"\nlanguage = "en"\n' >en.toml
sl --config en.toml report summary --period 2026-W01
expect_out "€5.00"
expect_out "total"
expect_out "Summary"
sl --config en.toml report summary --period 2026-W01 --format json
expect_json '.rows[0] | has("expenses_cents")'

it "-o FOLDER with csv writes sleutel-<kind>-<period>.csv per section"
mkdir exports
sl report monthly --period 2025-12 -o exports
expect_code 0
for kind in summary hours allowance reach referrals coverage alerts; do
    expect_file "exports/sleutel-$kind-2025-12.csv"
done
expect_true "allowance csv" grep -q '^ana,Ana,2025-12,2520,21000,21000,24360,210000,10,230,true,23520,monthly,0$' \
    exports/sleutel-allowance-2025-12.csv
sl report hours --period 2026-W01 -o exports/
expect_file "exports/sleutel-hours-2026-W01.csv"
sl report hours -o exports --format json
expect_code 64

it "-o FILE picks the format from the extension and writes atomically"
sl report weekly --period 2026-W01 -o weekly.json
expect_code 0
expect_out_empty
expect_json '.sections.hours.totals.minutes == 990' weekly.json
expect_true "no temporary files left" [ "$(ls -a | grep -c '^\.weekly')" -eq 0 ]

it "html: one self-contained file with SVG charts, non-blank in Chromium"
sl report monthly --period 2025-12 -o report.html
expect_code 0
expect_true "has svg" grep -q "<svg" report.html
expect_true "three charts" [ "$(grep -o "<figure>" report.html | wc -l)" -eq 3 ]
expect_true "no external resources" bash -c "! grep -Eq '(src|href)=|@import|url\\(' report.html"
expect_true "printable on A4" grep -q "size: A4" report.html
timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$WORK/shot.png" --window-size=800,1100 "file://$WORK/report.html" >/dev/null 2>&1
expect_file shot.png
ink=$(python3 "$SOURCE/tests/tools/png_ink.py" shot.png 2>/dev/null || echo 0)
expect_true "screenshot has ink ($ink)" python3 -c "import sys; sys.exit(0 if $ink > 0.01 else 1)"

it "xlsx: one sheet per section, numbers as numbers, dates as dates"
sl report monthly --period 2025-12 -o report.xlsx
expect_code 0
expect_true "a zip" unzip -tq report.xlsx
unzip -p report.xlsx xl/workbook.xml >workbook.xml
expect_true "9 sheets" [ "$(grep -o '<sheet ' workbook.xml | wc -l)" -eq 9 ]
expect_true "allowance sheet" grep -q 'name="Vrijwilligersvergoeding"' workbook.xml
unzip -p report.xlsx xl/sharedStrings.xml >strings.xml
expect_true "labels are text" grep -q "Ana" strings.xml
# Sheet 3 is the allowance: year cap 2100 euros as a number, month as a date (2025-12-01 is
# Excel serial 45992), the exceeds flag as a boolean.
unzip -p report.xlsx xl/worksheets/sheet3.xml >sheet3.xml
expect_true "money as a number" grep -q '<v>2100</v>' sheet3.xml
expect_true "month as a date" grep -q '<v>45992</v>' sheet3.xml
expect_true "boolean" grep -q 't="b"' sheet3.xml
unzip -p report.xlsx xl/styles.xml >styles.xml
expect_true "duration format" grep -q '\[h\]:mm' styles.xml
sl report hours --period 2026-W01 --format xlsx
expect_code 0
expect_true "xlsx on a pipe is a zip" [ "$(head -c 2 out)" = PK ]

# --- several databases --------------------------------------------------------------------------
# Files copied and compared byte for byte: the file store only.
if ! on_server; then
it "several --db: persons kept apart, counts added up"
cp test.db other.db
sl --db test.db --db other.db report summary --by theme --period 2026-W01 --format json
expect_code 0
expect_json '.rows[] | select(.key == "gezondheid") | .activities == 4 and .minutes == 360'
expect_json '.totals.activities == 10'
sl report hours --period 2026-W01 --db test.db --db other.db --format json
expect_json '[.rows[].key] == ["test:ana", "test:bo", "test:cas", "other:ana", "other:bo", "other:cas"]'
expect_json '.totals.minutes == 1980 and .totals.ratio == 0.66'
sl report coverage --db test.db --db other.db --format json
expect_json '.rows[] | select(.key == "GM0392") | .active_persons == 6 and .languages_missing == ["ti", "so"]'
it "several --db: the databases are only read"
before=$(sha256sum other.db)
sl report monthly --db test.db --db other.db --period 2025-12 --format json
expect_true "unchanged" [ "$before" = "$(sha256sum other.db)" ]
it "several --db: a missing one is exit 66"
sl report summary --db test.db --db missing.db
expect_code 66
it "several --db only for reports"
sl log list --db test.db --db other.db
expect_code 64
expect_error "--db was given 2 times"
fi

# --- bad input ----------------------------------------------------------------------------------
it "unknown kind: usage error with a suggestion"
sl report sumary
expect_code 64
expect_error "unknown report 'sumary'"
expect_hint "did you mean 'summary'?"
sl report
expect_code 64
expect_error "report needs a KIND"
it "--by on a report that has no grouping, or an unknown dimension"
sl report hours --by theme
expect_code 64
sl report summary --by colour
expect_code 64
expect_error "cannot group by 'colour'"
it "bad period, unknown person, unknown municipality"
sl report summary --period 2026-W54
expect_code 65
sl report summary --person zed
expect_code 65
sl report summary --municipality Atlantis
expect_code 65
it "--check only where there are signals"
sl report hours --check
expect_code 64
it "a missing database is exit 66 and is not created"
sl --db nothere.db report summary
expect_code 66
expect_no_file nothere.db
it "an unknown extension for -o"
sl report summary -o report.pdf
expect_code 64

# SQLite files: the trace replays in sqlite3, copies and links of the file.
if ! on_server; then
it "SLEUTEL_TRACE_SQL: the reading statements, replayable in sqlite3, nothing that writes"
SLEUTEL_TRACE_SQL="$WORK/trace.sql" sl log bo individueel-contact 30m --date 2026-01-19 \
    --note "Vraag over de huurtoeslag"
SLEUTEL_TRACE_SQL="$WORK/trace.sql" sl report weekly --period 2026-W03 --format json
expect_code 0
expect_true "report queries traced" grep -q "FROM activity a" trace.sql
expect_true "no writes traced" bash -c "! grep -Eqi '^(INSERT|UPDATE|DELETE)' trace.sql"
expect_true "no note text traced" bash -c "! grep -q huurtoeslag trace.sql"
expect_true "replays in sqlite3" sqlite3 -bail test.db ".read trace.sql"

it "the same database twice is refused: it would count everything twice"
cp test.db same.db
sl --db same.db --db ./same.db report summary --period 2026-W01
expect_code 64
expect_error "--db names ./same.db twice"
ln -s same.db link.db
sl --db same.db --db link.db report summary --period 2026-W01
expect_code 64
fi

it "-o to a folder that does not exist says so"
sl report monthly --period 2025-12 -o missing/
expect_code 73
expect_error "the folder missing/ does not exist"
expect_hint "create it first (mkdir -p missing/), or name a file"

finish
