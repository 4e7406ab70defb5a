# The `unassigned_activity` alert of `report alerts`: activities on a day that none of the key
# person's assignments covers, judged on the assignments' dates (not on whether the activity was
# linked to one when it was logged): one alert per person, with the count and the first day.
# stores: file and server
source "$(dirname "$0")/lib.sh"

export SLEUTEL_TODAY=2026-11-23
it "fixture"
sl init
expect_code 0
# Intervision done (every six months, before each period tested) and hours that fit, so the
# only alerts are the ones under test.
for who in amira:Haarlem bashir:Amsterdam; do
    sl register person "${who%%:*}" --name "${who%%:*}" --municipality "${who##*:}" \
        --training "intervisie@2025-11-01" --training "intervisie@2026-06-01"
    expect_code 0
done
sl register org ggd --name "GGD" --type ggd
expect_code 0
sl assign amira ggd --role voorlichter --from 2026-01-01
expect_code 0
sl assign bashir ggd --role tolk --from 2026-03-01
expect_code 0
bashir_assignment=$(cat out)
# Amira: one activity before her assignment started, one within.
sl log amira individueel-contact 1h --date 2025-12-20
expect_code 0
expect_err "amira has no assignment active on 2025-12-20"
sl log amira individueel-contact 1h --date 2026-11-20
# Bashir: one before his assignment started, one within, two after it ended (they were logged
# while it ran, and so are linked to it; ending it earlier left them outside).
sl log bashir individueel-contact 1h --date 2026-02-15
sl log bashir individueel-contact 1h --date 2026-04-01
sl log bashir individueel-contact 30m --date 2026-07-10
sl log bashir individueel-contact 30m --date 2026-07-11
expect_code 0
sl assign end "$bashir_assignment" --on 2026-06-30
expect_code 0
# Within the assignment's dates, but logged in a role it does not have: no assignment linked,
# yet not outside every assignment.
sl log amira individueel-contact 1h --date 2026-11-19 --role tolk
expect_code 0
expect_true "linked to no assignment" \
    [ "$(db_sql "SELECT CASE WHEN assignment_id IS NULL THEN 1 ELSE 0 END FROM activity WHERE date = '2026-11-19'")" = 1 ]

unassigned='[.rows[] | select(.kind == "unassigned_activity")]'

it "before the start and after the end of the assignment: one alert per person, count and first day"
sl report alerts --period 2026 --format json
expect_code 0
expect_json "$unassigned"' == [{"kind": "unassigned_activity", "person": "bashir",
    "detail": "3 activiteiten buiten elke inzet, de eerste op 2026-02-15", "severity": "warning"}]'

it "the period decides which activities count"
sl report alerts --period 2026-07 --format json
expect_json "$unassigned"' | map(.person + " " + .detail) == ["bashir 2 activiteiten buiten elke inzet, de eerste op 2026-07-10"]'
sl report alerts --period 2025-12 --format json
expect_json "$unassigned"' | map(.person + " " + .detail) == ["amira 1 activiteit buiten elke inzet, op 2025-12-20"]'

it "an activity within an assignment's dates gives no alert"
sl report alerts --period 2026-04 --format json
expect_json "$unassigned"' == []'
sl report alerts --period 2026-11 --format json
expect_json "$unassigned"' == []'

it "--person and --municipality choose whose alerts are shown"
sl report alerts --period 2025-12..2026-12 --format json
expect_json "$unassigned"' | map(.person) == ["amira", "bashir"]'
sl report alerts --period 2025-12..2026-12 --person amira --format json
expect_json "$unassigned"' | map(.person) == ["amira"]'
sl report alerts --period 2025-12..2026-12 --municipality Amsterdam --format json
expect_json "$unassigned"' | map(.person) == ["bashir"]'
expect_json '.totals.alerts == (.rows | length) and .totals.warnings >= 1'

it "--check exits 1 when the only alert is an unassigned activity, 0 when there is none"
sl report alerts --period 2026-07 --person bashir --format json
expect_json '[.rows[].kind] == ["unassigned_activity"]'
sl report alerts --period 2026-07 --person bashir --check
expect_code 1
expect_out "activiteit buiten inzet"
sl report alerts --period 2026-W14 --person bashir --check
expect_code 0

it "in English, and in the weekly and monthly reports"
printf '[programme]\nlanguage = "en"\n' >en.toml
sl --config en.toml report alerts --period 2026-07 --person bashir --format json
expect_json '.rows[0].detail == "2 activities outside every assignment, the first on 2026-07-10"'
sl --config en.toml report alerts --period 2025-12 --person amira --format json
expect_json '.rows[0].detail == "1 activity outside every assignment, on 2025-12-20"'
SLEUTEL_TODAY=2026-07-15 sl report weekly --person bashir --format json
expect_json '[.sections.alerts.rows[].kind] == ["unassigned_activity"]'
sl report monthly --period 2026-07 --person bashir --format json
expect_json '[.sections.alerts.rows[].kind] == ["unassigned_activity"]'

it "alerts are sorted by person, then kind: unassigned_activity after the others"
sl report alerts --period 2025-12..2026-12 --format json
expect_json '[.rows[] | select(.person == "bashir") | .kind] | last == "unassigned_activity"'

it "an erased person's activities raise no alert: their log can no longer be put right"
sl register person dirk --name "Dirk" --training "intervisie@2025-11-01" --training "intervisie@2026-06-01"
sl log dirk individueel-contact 1h --date 2026-11-02
sl report alerts --period 2026-11 --format json
expect_json "$unassigned"' | map(.person) == ["dirk"]'
sl forget dirk --yes
sl report alerts --period 2026-11 --format json
expect_json "$unassigned"' == []'

finish
