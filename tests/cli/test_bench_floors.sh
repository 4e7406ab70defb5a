# The floors in bench/floors are honest: on a small generated programme, the hand-written minimal
# SQL gives the very figures sleutel reports, so a ratio against it measures sleutel's algorithm.
source "$(dirname "$0")/lib.sh"

floor() { "$SOURCE/bench/floors/run" "$SLEUTEL_DB" "$@"; }
python3 "$SOURCE/bench/generate" --sleutel "$BIN" --db "$WORK/gen.db" --activities 4000 \
    --seed 3 >/dev/null
export SLEUTEL_DB="$WORK/gen.db" SLEUTEL_TODAY=2026-12-15
it "fixture: a generated programme"
expect_true "generated" [ -s "$SLEUTEL_DB" ]

# The keys of sleutel's rows and totals that the floor has, each side sorted the same way.
only_floor_keys() {
    jq -S --slurpfile f "$1" '
        ($f[0].rows[0] // {}) as $r | ($f[0].totals // {}) as $t
        | {rows: [.rows[] | with_entries(select(.key as $k | $r | has($k)))],
           totals: (.totals | with_entries(select(.key as $k | $t | has($k))))}
        | if $f[0] | has("totals") then . else del(.totals) end'
}
same_figures() { # NAME FROM TO -- sleutel report arguments
    local name=$1 from=$2 to=$3
    shift 4
    floor "$name" "$from" "$to" | jq -S '.' >floor.json
    "$BIN" report "$@" --format json >ours.json
    only_floor_keys floor.json <ours.json >ours-figures.json
    expect_true "rows: $(jq '.rows | length' floor.json)" [ "$(jq '.rows | length' floor.json)" -gt 1 ]
    expect_true "$(diff floor.json ours-figures.json | head -c 300)" \
        cmp -s floor.json ours-figures.json
}

for by in person theme; do
    it "summary --by $by for a year"
    same_figures "summary-$by" 2026-01-01 2026-12-31 -- summary --by "$by" --period 2026
done
it "summary --by theme for one month"
same_figures summary-theme 2026-11-01 2026-11-30 -- summary --by theme --period 2026-11
it "reach"
same_figures reach 2026-11-01 2026-11-30 -- reach --period 2026-11
it "referrals"
same_figures referrals 2026-01-01 2026-12-31 -- referrals --period 2026
for period in 2026-11 2026; do
    it "hours, $period"
    from=$period-01-01 to=$period-12-31
    [ "$period" = 2026 ] || from=$period-01 to=$period-30
    same_figures hours "$from" "$to" -- hours --period "$period"
done

it "allowance: the minutes and kilometres of every volunteer's month"
floor allowance 2026-11-01 2026-11-30 >floor.json
sl report allowance --period 2026 --format json
cp "$WORK/out" ours.json
expect_json '.rows | length > 5'
expect_true "each allowance row has the floor's minutes and km" jq -e --slurpfile f floor.json '
    [.rows[] | {key, month, minutes, km} as $r
     | ($f[0].rows | map(select(.key == $r.key and .month == $r.month)) | .[0]) == $r] | all' \
    ours.json

it "monthly: every section the floor reads has sleutel's figures"
floor monthly 2026-11-01 2026-11-30 | jq -s . >floor.json
sl report monthly --period 2026-11 --format json
cp "$WORK/out" ours.json
expect_true "six documents" [ "$(jq length floor.json)" = 6 ]
check_section() { # INDEX SECTION
    jq -S ".[$1]" floor.json >section.json
    jq ".sections.$2" ours.json | only_floor_keys section.json >ours-section.json
    expect_true "$2: $(diff section.json ours-section.json | head -c 300)" \
        cmp -s section.json ours-section.json
}
check_section 0 summary
check_section 1 reach
check_section 2 referrals
expect_true "hours: contracted minutes" jq -e --slurpfile f floor.json '
    [.sections.hours.rows[] | select(.contracted_minutes > 0) | {key, contracted_minutes}]
    == [$f[0][3].rows[] | select(.contracted_minutes > 0)]' ours.json
expect_true "allowance: November of each volunteer" jq -e --slurpfile f floor.json '
    [.sections.allowance.rows[] | {key, month, minutes, km} as $r
     | ($f[0][4].rows | map(select(.key == $r.key and .month == $r.month)) | .[0]) == $r] | all' \
    ours.json
expect_true "alerts: the unassigned days are counted" jq -e '.[5].unassigned >= 0' floor.json

it "log: the floor's INSERTs make the row sleutel makes"
cp "$SLEUTEL_DB" floor.db
person=$(sqlite3 "$SLEUTEL_DB" "SELECT p.handle FROM assignment a JOIN person p ON p.id = a.person_id
    WHERE a.from_date <= '2026-12-01' AND (a.until_date IS NULL OR a.until_date >= '2026-12-01')
    ORDER BY a.id LIMIT 1")
SLEUTEL_DB=floor.db floor log - - >/dev/null
sl log "$person" individueel-contact 30m --date 2026-12-01 --theme taal
expect_code 0
row='SELECT a.date, a.person_id, a.type, a.role, a.organisation_id, a.assignment_id, a.minutes,
     a.reached, a.after_hours, group_concat(t.theme) FROM activity a
     LEFT JOIN activity_theme t ON t.activity_id = a.id WHERE a.id = (SELECT max(id) FROM activity)'
expect_true "the same row" [ "$(sqlite3 "$SLEUTEL_DB" "$row")" = "$(sqlite3 floor.db "$row")" ]

finish
