# `sleutel report progress`: each [[targets]] entry against what was done in its year so far,
# with every figure worked out by hand below; each measure, each filter, each status, the label in
# Dutch and English, JSON keys, the monthly section and the html bars.
# stores: file and server
source "$(dirname "$0")/lib.sh"

# Today is 2026-04-15; the period is March 2026, so the report is judged on 2026-03-31: day 90
# of 365 (31 + 28 + 31), and a target of V expects V x 90 / 365. Values are multiples of 73 where
# a round figure helps: 73 x 90 / 365 = 18.
export SLEUTEL_TODAY=2026-04-15
cfg=$WORK/targets.toml
cat >"$cfg" <<'TOML'
[[targets]]                 # reached, all: 113 of 365 x 90/365 = 90, ratio 1.26, ahead
id = "reach-all"
year = 2026
measure = "reached"
value = 365

[[targets]]                 # reached, theme gezondheid: 110 of 438 x 90/365 = 108, 1.02, on_track
id = "reach-health"
year = 2026
measure = "reached"
value = 438
theme = "gezondheid"

[[targets]]                 # questions: 18 of 146 x 90/365 = 36, 0.5, behind
id = "questions"
name = "Vragen beantwoord"
year = 2026
measure = "questions"
value = 146

[[targets]]                 # activities of type groepsvoorlichting: 3 of 18, 0.17, behind
id = "group-sessions"
year = 2026
measure = "activities"
value = 73
type = "groepsvoorlichting"

[[targets]]                 # minutes in Haarlem (amira only): 480 of 2190 x 90/365 = 540, 0.89, behind
id = "haarlem-time"
year = 2026
measure = "minutes"
value = 2190
municipality = "GM0392"

[[targets]]                 # reached under wmo (amira's assignment): 91 of 292 x 90/365 = 72, 1.26, ahead
id = "wmo-reach"
year = 2026
measure = "reached"
value = 292
funding = "wmo"

[[targets]]                 # signals: 3 of 18, 0.17, behind
id = "signals-all"
year = 2026
measure = "signals"
value = 73

[[targets]]                 # signals on gezondheid: 2 of 8 x 90/365 = 1.97, 1.01, on_track
id = "signals-health"
year = 2026
measure = "signals"
value = 8
theme = "gezondheid"

[[targets]]                 # referrals: 4 of 18, 0.22, behind
id = "referrals"
year = 2026
measure = "referrals"
value = 73

[[targets]]                 # active key persons: 2 of 2 x 90/365 = 0.49, 4.06, ahead
id = "active"
year = 2026
measure = "persons_active"
value = 2

[[targets]]                 # professionals reached: 2 of 1.97, 1.01, on_track
id = "professionals"
year = 2026
measure = "reached_professionals"
value = 8

[[targets]]                 # signals by key persons of Haarlem: 1 of 4 x 90/365 = 0.99, 1.01, on_track
id = "signals-haarlem"
year = 2026
measure = "signals"
value = 4
municipality = "GM0392"

[[targets]]                 # another year: only in a period that reaches into 2025
id = "reach-2025"
year = 2025
measure = "reached"
value = 365

[[targets]]                 # a year not begun: never shown in these periods
id = "reach-2027"
year = 2027
measure = "reached"
value = 365
TOML
export SLEUTEL_CONFIG=$cfg
# SQL on the test database, for what the commands of this version cannot write yet (community
# signals) or refuse (reach on an internal type).
q() { db_sql "$1"; }

sl init
sl register person amira --name "Amira" --municipality Haarlem --hours 8 --since 2025-01-01
sl register person bo --name "Bo" --municipality Amsterdam --hours 8 --since 2025-01-01
sl register org ggd --name "GGD" --type ggd
sl assign amira ggd --role voorlichter --hours 8 --from 2025-01-01 --funding wmo
sl assign bo ggd --role voorlichter --hours 8 --from 2025-01-01
# Amira (Haarlem, funded by wmo):
#   2025-12-20 group session 1h, 30 reached                       (last year)
#   2026-01-10 group session 2h gezondheid, 40 reached, 5 questions, 2 professionals, huisarts:3
#   2026-02-10 individual 1h taal, 1 reached, ggd:1
#   2026-03-10 group session 3h gezondheid, 50 reached, 10 questions
#   2026-03-20 intervisie 2h (internal), written as 50 reached and 50 questions: never counted
#   2026-04-05 group session 1h, 100 reached                      (after the period)
# Bo (Amsterdam, no funding):
#   2026-02-15 group session 2h gezondheid, 20 reached, 3 questions
#   2026-03-15 home visit 1h, 2 reached
sl log amira groepsvoorlichting 1h --date 2025-12-20 --reached 30
sl log amira groepsvoorlichting 2h --date 2026-01-10 --theme gezondheid --reached 40 \
    --refer huisarts:3 --questions 5 --professionals 2
sl log amira individueel-contact 1h --date 2026-02-10 --theme taal --reached 1 --refer ggd
sl log amira groepsvoorlichting 3h --date 2026-03-10 --theme gezondheid --reached 50 --questions 10
sl log amira intervisie 2h --date 2026-03-20
sl log amira groepsvoorlichting 1h --date 2026-04-05 --reached 100
sl log bo groepsvoorlichting 2h --date 2026-02-15 --theme gezondheid --reached 20 --questions 3
sl log bo huisbezoek 1h --date 2026-03-15 --reached 2
it "fixture is in place"
expect_code 0
q "UPDATE activity SET reached = 50, questions = 50 WHERE date = '2026-03-20'"
it "the internal activity is in the database with reach written on it"
expect_true "intervisie row" test "$(q "SELECT reached FROM activity WHERE type = 'intervisie'")" = 50
# Signals: 2025-12-31 amira (last year), 2026-01-05 amira gezondheid, 2026-03-02 bo wonen,
# 2026-03-30 nobody's gezondheid, 2026-04-02 amira (after the period). Up to 2026-03-31: 3;
# on gezondheid 2; by a key person of Haarlem 1.
for s in "2025-12-31|amira|" "2026-01-05|amira|gezondheid" "2026-03-02|bo|wonen" \
    "2026-03-30||gezondheid" "2026-04-02|amira|"; do
    IFS='|' read -r day who theme <<<"$s"
    person=NULL
    [ -n "$who" ] && person="(SELECT id FROM person WHERE handle = '$who')"
    sql="INSERT INTO signal (date, person_id, text, created_at) VALUES ('$day', $person, 'x', '$day');"
    [ -n "$theme" ] && sql+=" INSERT INTO signal_theme VALUES ((SELECT max(id) FROM signal), '$theme');"
    q "$sql"
done

# Actual up to 2026-03-31, 2026 only:
#   reached: 40 + 1 + 50 + 20 + 2 = 113 (not the intervisie's 50, nor 2025's 30 or April's 100)
#   reached on gezondheid: 40 + 50 + 20 = 110; under wmo (amira): 40 + 1 + 50 = 91
#   questions: 5 + 10 + 3 = 18 (not the intervisie's 50); professionals: 2
#   group sessions: 2026-01-10, 2026-03-10, 2026-02-15 = 3
#   minutes in Haarlem: 120 + 60 + 180 + 120 = 480 (the intervisie is hours: it counts)
#   referrals: 3 + 1 = 4; active key persons: 2
it "json: one row per target of 2026, figures by hand"
sl report progress --period 2026-03 --format json
expect_code 0
cp out progress.json
row() { jq -c ".rows[] | select(.key == \"$1\") | [.target, .actual, .expected, .ratio, .status]" progress.json; }
expect_json '[.rows[].key] == ["reach-all","reach-health","questions","group-sessions","haarlem-time","wmo-reach","signals-all","signals-health","referrals","active","professionals","signals-haarlem"]' progress.json
expect_json '.rows[0] | keys_unsorted == ["key","label","target","actual","expected","ratio","status"]' progress.json
expect_json '.report == "progress" and .period.from == "2026-03-01" and .period.to == "2026-03-31"' progress.json
expect_true "reach-all" test "$(row reach-all)" = '[365,113,90,1.26,"ahead"]'
expect_true "reach-health (theme)" test "$(row reach-health)" = '[438,110,108,1.02,"on_track"]'
expect_true "questions (internal left out)" test "$(row questions)" = '[146,18,36,0.5,"behind"]'
expect_true "group-sessions (type)" test "$(row group-sessions)" = '[73,3,18,0.17,"behind"]'
expect_true "haarlem-time (municipality)" test "$(row haarlem-time)" = '[2190,480,540,0.89,"behind"]'
expect_true "wmo-reach (funding)" test "$(row wmo-reach)" = '[292,91,72,1.26,"ahead"]'
expect_true "signals-all" test "$(row signals-all)" = '[73,3,18,0.17,"behind"]'
expect_true "signals-health (theme)" test "$(row signals-health)" = '[8,2,1.97,1.01,"on_track"]'
expect_true "referrals" test "$(row referrals)" = '[73,4,18,0.22,"behind"]'
expect_true "active" test "$(row active)" = '[2,2,0.49,4.06,"ahead"]'
expect_true "professionals" test "$(row professionals)" = '[8,2,1.97,1.01,"on_track"]'
expect_true "signals-haarlem (municipality)" test "$(row signals-haarlem)" = '[4,1,0.99,1.01,"on_track"]'
expect_json '.totals == {"targets": 12, "ahead": 3, "on_track": 4, "behind": 5}' progress.json

it "labels: the name given, or words in the programme's language (Dutch by default)"
expect_json '(.rows[] | select(.key == "reach-health") | .label) == "Nieuwkomers bereikt, thema Gezondheid, 2026"' progress.json
expect_json '(.rows[] | select(.key == "questions") | .label) == "Vragen beantwoord"' progress.json
expect_json '(.rows[] | select(.key == "haarlem-time") | .label) == "Bestede tijd, gemeente Haarlem, 2026"' progress.json
expect_json '(.rows[] | select(.key == "wmo-reach") | .label) == "Nieuwkomers bereikt, financiering Wmo, 2026"' progress.json

it "table: Dutch words for the statuses and time as hours"
sl report progress --period 2026-03
expect_code 0
expect_out "achter op schema"
expect_out "op schema"
expect_out "8:00"
expect_out "9:00"

it "labels in English when the programme speaks English"
{ printf '[programme]\nlanguage = "en"\n\n'; cat "$cfg"; } >"$WORK/en.toml"
SLEUTEL_CONFIG=$WORK/en.toml sl report progress --period 2026-03 --format json
expect_code 0
expect_json '(.rows[] | select(.key == "reach-health") | .label) == "Newcomers reached, theme Gezondheid, 2026"'
SLEUTEL_CONFIG=$WORK/en.toml sl report progress --period 2026-03
expect_out "on track"
expect_out "behind"

# Across New Year, judged on 2026-01-14: 2025's target as it ended on 31 December (30 of the
# whole 365, 0.08, behind) beside 2026's so far (40 of 365 x 14/365 = 14, 2.86, ahead).
it "a period across New Year shows last year's targets as they ended"
sl report progress --period 2025-12-15..2026-01-14 --format json
expect_code 0
cp out newyear.json
expect_json '.rows | length == 13' newyear.json
expect_json '[.rows[] | select(.key == "reach-2025") | [.target, .actual, .expected, .ratio, .status]] == [[365, 30, 365, 0.08, "behind"]]' newyear.json
expect_json '[.rows[] | select(.key == "reach-all") | [.actual, .expected, .ratio, .status]] == [[40, 14, 2.86, "ahead"]]' newyear.json
expect_json '[.rows[].key] | index("reach-2027") == null' newyear.json

# A running period is judged today: 2026-04-15 is day 105, so reach-all expects 105; April's
# 100 counts now: 213 / 105 = 2.03.
it "a running period is judged today"
sl report progress --period 2026-04 --format json
expect_json '[.rows[] | select(.key == "reach-all") | [.actual, .expected, .ratio]] == [[213, 105, 2.03]]'

# Only amira's work: reached 91 of 90 (1.01, on track), and a note says why.
it "--person counts only that person's work, and says so"
sl report progress --period 2026-03 --person amira --format json
expect_code 0
expect_json '[.rows[] | select(.key == "reach-all") | [.actual, .status]] == [[91, "on_track"]]'
expect_json '[.rows[] | select(.key == "signals-all") | .actual] == [1]'
expect_json '.notes | length == 1'
# Bo lives in Amsterdam: reached 20 + 2 = 22, and a target on Haarlem counts nothing.
it "--municipality counts only its key persons' work"
sl report progress --period 2026-03 --municipality Amsterdam --format json
expect_code 0
expect_json '[.rows[] | select(.key == "reach-all") | .actual] == [22]'
expect_json '[.rows[] | select(.key == "haarlem-time") | .actual] == [0]'
expect_json '[.rows[] | select(.key == "signals-all") | .actual] == [1]'

# Two databases with the same work: the actuals add up (113 + 113 = 226 of 90, 2.51), the
# promise is still 365.
it "several databases add their actuals against the one target"
sl db copy "$SLEUTEL_DB" "$WORK/copy.db"
sl --db "$SLEUTEL_DB" --db "$WORK/copy.db" report progress --period 2026-03 --format json
expect_code 0
expect_json '[.rows[] | select(.key == "reach-all") | [.target, .actual, .expected, .ratio, .status]] == [[365, 226, 90, 2.51, "ahead"]]'
expect_json '.totals.targets == 12'

it "monthly includes the progress section"
sl report monthly --period 2026-03 --format json
expect_code 0
expect_json '.sections.progress.totals.targets == 12'
expect_json '.sections.progress.rows[0] | keys_unsorted == ["key","label","target","actual","expected","ratio","status"]'

it "html draws one bar per target, in the single report and in monthly"
sl report progress --period 2026-03 --format html
expect_code 0
expect_true "12 bars" test "$(grep -o 'class="target"' out | wc -l)" -eq 12
sl report monthly --period 2026-03 --format html
expect_true "12 bars in monthly" test "$(grep -o 'class="target"' out | wc -l)" -eq 12

it "no targets: no rows, totals still there"
printf '[programme]\nname = "leeg"\n' >"$WORK/none.toml"
SLEUTEL_CONFIG=$WORK/none.toml sl report progress --period 2026-03 --format json
expect_code 0
expect_json '.rows == [] and .totals == {"targets": 0, "ahead": 0, "on_track": 0, "behind": 0}'

finish
