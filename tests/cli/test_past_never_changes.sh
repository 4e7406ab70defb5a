# A report of a past month is the same whenever it is run. Every report kind is taken for three
# past months; then, one after the other, a key person is forgotten, statuses change, an agreement
# starts, a person is updated, assignments end and the config's display names change. After each,
# every report must be identical: JSON apart from `generated_at` and the forgotten person's handle
# and name; CSV and Markdown row for row.
# stores: file and server
source "$(dirname "$0")/lib.sh"

it "a programme with three months of work"
sl init
sl register person amira --name "Amira Haddad" --municipality Haarlem --lang ar:native \
    --lang nl:B1 --gender f --contract volunteer --birth-year 1990 --since 2026-01-01
expect_code 0
# Anke turns 21 on 15 September: the allowance changes rate that day, and her kept age band must
# say so once she is forgotten.
sl register person anke --name "Anke Bos" --municipality Haarlem --lang ti:native --gender f \
    --contract volunteer --birth-date 2005-09-15 --since 2026-01-01
expect_code 0
sl register person bilal --name "Bilal Yusuf" --municipality Amsterdam --lang so:native \
    --gender m --contract employed --hours 16 --since 2026-01-01
expect_code 0
sl register person carla --name "Carla Mendes" --municipality Haarlem --lang fa:C1 --gender x \
    --contract volunteer --since 2026-01-01
expect_code 0
sl profile carla agreement --from 2026-01-01 --allowance hour:4 --available 8
expect_code 0
sl profile amira agreement --from 2026-09-01 --allowance month:100 --other-allowance 50
expect_code 0
sl register org ggd --name "GGD Kennemerland" --type ggd --municipality Haarlem
sl register org wijk --name "Wijkteam Noord" --type wijkteam --municipality Haarlem
sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01
sl assign amira wijk --role tolk --hours 2 --from 2026-08-01
expect_code 0
tolk=$(cat out)
sl assign anke ggd --role voorlichter --hours 6 --from 2026-01-01
sl assign bilal wijk --role bemiddelaar --hours 16 --from 2026-01-01
sl assign carla ggd --role voorlichter --hours 14 --from 2026-01-01
expect_code 0
carla_ggd=$(cat out)
sl profile anke training add intervisie --on 2026-06-01
expect_code 0

for month in 08 09 10; do
    for day in 03 10 17 24; do
        sl log amira groepsvoorlichting 2h --date "2026-$month-$day" --role voorlichter \
            --theme gezondheid --theme taal --reached 12 --refer huisarts:2 --km 8
        sl log amira individueel-contact 45m --date "2026-$month-$day" --role tolk --at 19:30
        sl log anke huisbezoek 1h30 --date "2026-$month-$day" --theme opvoeding --reached 1
        sl log bilal bemiddeling 3h --date "2026-$month-$day" --theme wonen --refer wijkteam
        sl log carla groepsvoorlichting 4h --date "2026-$month-$day" --theme gezondheid \
            --reached 20 --expense 12,50
    done
    sl log anke huisbezoek 2h --date "2026-$month-20" --theme zorgstelsel --reached 2
done
expect_code 0
expect_true "every activity logged" [ "$(db_sql 'SELECT count(*) FROM activity')" = 63 ]
# Community signals: one forwarded in August, one raised by Anke in September, one of October
# still open. Their answers and closes come later, after the reports are taken.
sl signal add "Ouders missen uitleg over het consultatiebureau" --person amira \
    --theme opvoeding --date 2026-08-05
sl signal forward 1 ggd --on 2026-08-10
sl signal add "Weinig bekend over de huisartsenpost" --person anke --theme zorgstelsel \
    --date 2026-09-12
sl signal add "Wachtlijst bij de taalschool" --person bilal --theme taal --date 2026-10-02
expect_code 0

kinds=("summary" "summary --by theme" "summary --by municipality" "summary --by org" hours
    allowance reach "reach --by type" referrals coverage alerts signals "signals --by org" weekly
    monthly)
periods=(2026-08 2026-09 2026-10)
# Under the sanitizers, many times slower, September alone: the month Anke turns 21, when every
# kind of figure the changes could disturb is there. There the monthly report stands for the
# kinds it holds whole (summary by person, hours, allowance, reach, referrals, coverage, alerts,
# signals; weekly is made of the same), and only the other groupings are taken on their own.
if [ "${SLEUTEL_TEST_DIVISOR:-1}" -gt 1 ]; then
    periods=(2026-09)
    kinds=("summary --by theme" "summary --by municipality" "summary --by org" "reach --by type"
        "signals --by org" monthly)
fi

# The forgotten person's handle and name, whatever they are now.
masked() { sed -E 's/\banke\b/FORGOTTEN/g; s/Anke Bos/FORGOTTEN/g; s/\banon-[0-9]+\b/FORGOTTEN/g'; }

# Every report of every period, in JSON (without generated_at), CSV files and Markdown.
take() {
    local dir=$1 kind period name
    mkdir -p "$dir"
    for period in "${periods[@]}"; do
        for kind in "${kinds[@]}"; do
            name=${kind// /_}
            # shellcheck disable=SC2086
            "$BIN" report $kind --period "$period" --format json 2>>"$dir/stderr" |
                jq -S 'del(.generated_at) | del(.sections?[]?.generated_at)' |
                masked >"$dir/$name-$period.json"
        done
        "$BIN" report monthly --period "$period" --format md 2>>"$dir/stderr" | masked \
            >"$dir/monthly-$period.md"
        mkdir -p "$dir/csv-$period"
        "$BIN" report monthly --period "$period" --format csv -o "$dir/csv-$period" 2>>"$dir/stderr"
        for file in "$dir/csv-$period"/*.csv; do masked <"$file" >"$file.masked"; done
    done
}

# The two takes hold the same reports, file for file.
same_as_before() {
    local what=$1 after=$2 file
    current="$what: every report of ${periods[*]} is unchanged"
    for file in before/*.json before/*.md before/csv-*/*.masked; do
        if ! cmp -s "$file" "$after/${file#before/}"; then
            _fail "${file#before/} differs: $(diff "$file" "$after/${file#before/}" | head -6)"
            return
        fi
    done
    _pass
}

take before
it "the reports before any change hold the figures the changes could disturb"
# September, the one period of both runs, in the monthly report's sections: Anke's signal of the
# 12th, open 18 days on the 30th; signal 1, forwarded in August, unanswered after 42 days, an
# alert of that month.
expect_json '.sections.signals | .rows | length == 1 and .[0].status == "open" and .[0].days_open == 18' \
    before/monthly-2026-09.json
expect_json '.sections.alerts | [.rows[] | select(.kind == "signal_unanswered")] | length == 1' \
    before/monthly-2026-09.json
expect_json '.sections.hours | .rows | map(.key) == ["amira", "FORGOTTEN", "bilal", "carla"]' \
    before/monthly-2026-09.json
expect_json '.sections.allowance | .rows | map(.key) == ["amira", "FORGOTTEN", "carla"]' \
    before/monthly-2026-09.json
# Anke's September: 1:30 on the 3rd and 10th at the under-21 rate, the rest (1:30 on the 17th and
# 24th, 2:00 on the 20th) at the adult rate.
expect_json '.sections.allowance | .rows[] | select(.key == "FORGOTTEN") | .allowance_cents == 990 + 2800' \
    before/monthly-2026-09.json
expect_json '.sections.allowance | .rows[] | select(.key == "amira") |
    .agreed_cents == 10000 and .other_allowance_cents == 5000' \
    before/monthly-2026-09.json
expect_json '.sections.coverage | .rows[0] |
    .active_persons == 3 and .languages_covered == ["ar", "ti", "fa"]' \
    before/monthly-2026-09.json
expect_true "no report failed: $(grep error before/stderr | head -3)" \
    bash -c '! grep -q error before/stderr'

sl forget anke --yes
expect_code 0
take after-forget
same_as_before "forget" after-forget

sl signal answer 1 "De GGD geeft een voorlichting op de basisschool" --on 2026-11-02
sl signal forward 2 wijk --on 2026-11-03
sl signal close 3 --on 2026-11-04
expect_code 0
take after-signals
same_as_before "signals answered, forwarded and closed later" after-signals

sl profile amira status left --on 2026-12-01
expect_code 0
sl profile bilal status paused
expect_code 0
take after-status
same_as_before "status left and paused" after-status

sl profile carla agreement --from 2026-11-01 --contract employed --hours 20 --allowance none
expect_code 0
take after-agreement
same_as_before "a new agreement" after-agreement

sl register person bilal --update --education HBO --background zorg --phone 0612345678
expect_code 0
take after-update
same_as_before "register --update" after-update

sl assign end "$tolk"
expect_code 0
sl assign end "$carla_ggd" --on 2026-12-10
expect_code 0
take after-assign-end
same_as_before "assign end" after-assign-end

it "display names in the config change"
sed -e 's/^name = "Gezondheid"/name = "Gezondheid en zorg"/' \
    -e 's/^name = "Sleutelpersonen[^"]*"/name = "Programma met een nieuwe naam"/' \
    <"$SOURCE/src/domain/default.toml" >renamed.toml
expect_true "the theme was renamed" grep -q 'Gezondheid en zorg' renamed.toml
export SLEUTEL_CONFIG="$WORK/renamed.toml"
take after-config
unset SLEUTEL_CONFIG
# A theme's label is its display name: the one thing such a change is meant to change.
expect_json '.rows[] | select(.key == "gezondheid") | .label == "Gezondheid en zorg"' \
    after-config/summary_--by_theme-2026-09.json
unlabelled() {
    local file
    for file in "$1"/*.json; do
        jq -S 'walk(if type == "object" and has("key") and (.key | type) == "string"
            and (.key | test("^[a-z-]+$")) and .key != "FORGOTTEN" and .group_by? == null
            then del(.label) else . end)' "$file" >"$file.unlabelled"
    done
}
unlabelled before
unlabelled after-config
current="config display names: every figure of every report is unchanged"
differs=$(for f in before/*.unlabelled; do cmp -s "$f" "after-config/${f#before/}" || echo "${f#before/}"; done)
[ -z "$differs" ] && _pass || _fail "differ: $differs"

it "the forgotten person is gone from the database, and what the figures needed stayed"
expect_true "no name" [ -z "$(db_sql "SELECT id FROM person WHERE name = 'Anke Bos'")" ]
expect_true "no birth date" \
    [ -z "$(db_sql "SELECT id FROM person WHERE birth_date IS NOT NULL AND handle LIKE 'anon-%'")" ]
expect_true "her age bands: under 21 in 2026 until September" \
    [ "$(db_sql "SELECT year, under_21, turned_21_month FROM age_band")" = "2026|1|9" ]

finish
