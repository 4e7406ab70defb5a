# The volunteer-allowance ceilings: a config row lacking one of its four amounts is a config error
# (78) naming FILE:LINE:COL and the key, never a default; and a report period whose year has no
# ceiling row says so visibly in every output format.
# stores: file and server
source "$(dirname "$0")/lib.sh"

export SLEUTEL_TODAY=2026-01-20
note="geen plafond voor 2026 in de config: dat van 2025 is gebruikt"

# --- config: no silent defaults ------------------------------------------------------------------
ceiling_2024='[[allowance.ceilings]]
year = 2024
hourly_cents = 550
hourly_cents_under_21 = 325
monthly_cents = 21000
yearly_cents = 210000
'
for key in hourly_cents hourly_cents_under_21 monthly_cents yearly_cents; do
    it "a ceiling row without $key is exit 78 naming file, line, column and key"
    {
        printf '[allowance]\ntravel_cents_per_km = 23\n\n%s\n' "$ceiling_2024"
        printf '[[allowance.ceilings]]\nyear = 2025\n'
        for amount in hourly_cents=560 hourly_cents_under_21=330 monthly_cents=21000 \
            yearly_cents=210000; do
            [ "${amount%%=*}" = "$key" ] || printf '%s = %s\n' "${amount%%=*}" "${amount#*=}"
        done
    } >"lacks-$key.toml"
    sl config check "lacks-$key.toml"
    expect_code 78
    expect_error "lacks-$key.toml:11:1: allowance.ceilings\[1\].$key: required key is missing"
    expect_hint "each [[allowance.ceilings]] row gives year, hourly_cents, hourly_cents_under_21"
    # Any command that reads the config refuses it the same way.
    sl --config "lacks-$key.toml" report allowance --period 2025
    expect_code 78
    expect_error "lacks-$key.toml:11:1: allowance.ceilings\[1\].$key: required key is missing"
done

it "an inline ceiling table without an amount is refused too"
printf '[allowance]\nceilings = [{year = 2025, hourly_cents = 560, monthly_cents = 21000, yearly_cents = 210000}]\n' >inline.toml
SLEUTEL_CONFIG=$WORK/inline.toml sl config check
expect_code 78
expect_error "$WORK/inline.toml:2:13: allowance.ceilings\[0\].hourly_cents_under_21: required key is missing"

it "a complete row passes, and the under-21 rate is its own"
printf '[allowance]\n%s' "$ceiling_2024" >complete.toml
sl config check complete.toml
expect_code 0
sl --config complete.toml config show --format json
expect_json '.allowance.ceilings[0].hourly_cents_under_21 == 325'

it "the built-in default keeps every published year"
sl config show --format json
expect_json '[.allowance.ceilings[] | [.year, .hourly_cents, .hourly_cents_under_21, .monthly_cents, .yearly_cents]] ==
    [[2023, 500, 275, 19000, 190000], [2024, 550, 325, 21000, 210000], [2025, 560, 330, 21000, 210000]]'
sl config check
expect_code 0

# --- a period without its own ceiling row, in every format ---------------------------------------
it "fixture: a volunteer who worked in January 2026, a year the default has no row for"
sl init
sl register person ana --name "Ana" --contract volunteer --hours 8 --since 2025-01-01 \
    --training "intervisie@2026-01-01"
sl log ana individueel-contact 1h --date 2026-01-05
expect_code 0

# The allowance report, and the monthly one (allowance and signals sections), in each format.
for kind in allowance alerts monthly; do
    it "$kind: the note in table output"
    sl report "$kind" --period 2026-01
    expect_code 0
    expect_out "let op: $note"

    it "$kind: the note in md output"
    sl report "$kind" --period 2026-01 --format md
    expect_out "> Let op: $note"

    it "$kind: the note in json output"
    sl report "$kind" --period 2026-01 --format json
    if [ "$kind" = monthly ]; then
        expect_json '[.sections.allowance.notes, .sections.alerts.notes] == [["'"$note"'"], ["'"$note"'"]]'
    else
        expect_json '.notes == ["'"$note"'"]'
    fi

    it "$kind: the note in html output"
    sl report "$kind" --period 2026-01 -o "$kind.html"
    expect_code 0
    expect_true "a note paragraph in $kind.html" grep -qF "<p class=\"note\">$note</p>" "$kind.html"

    it "$kind: the note in the xlsx workbook, and on stderr"
    sl report "$kind" --period 2026-01 -o "$kind.xlsx"
    expect_code 0
    expect_err "sleutel: $note"
    expect_true "the note in $kind.xlsx" bash -c "unzip -p $kind.xlsx xl/sharedStrings.xml | grep -qF '$note'"
done

it "csv: one table on stdout, the note on stderr, said once"
sl report allowance --period 2026-01 --format csv
expect_code 0
expect_out "ana,Ana,2026-01,60,560,21000,560,210000,0,0,false"
expect_out_not "plafond"
expect_err "sleutel: $note"
mkdir exports
sl report monthly --period 2026-01 -o exports/
expect_code 0
expect_true "said once for the whole report" [ "$(grep -c "plafond" err)" -eq 1 ]
expect_true "not in the files" bash -c "! grep -rq plafond exports"

it "in English"
printf '[programme]\nlanguage = "en"\n' >en.toml
sl --config en.toml report allowance --period 2026-01
expect_out "note: no ceiling for 2026 in the config: 2025's is used"

it "also when nobody has worked in the year yet"
sl report allowance --period 2026-01 --person ana --format json
expect_json '.notes == ["'"$note"'"]'
sl register person bo --name "Bo" --contract volunteer
sl report allowance --period 2026-01 --person bo --format json
expect_json '.rows == [] and .notes == ["'"$note"'"]'

it "a year that has its row gives no note"
sl report allowance --period 2025-12 --format json
expect_json '(.notes // []) == []'
sl report allowance --period 2025-12 --format csv
expect_err_empty

it "an error stops the report before any note is said"
sl report monthly --period 2026-01 --format csv
expect_code 64
expect_error "the monthly report has 9 sections: CSV holds one table"

finish
