# Activity types that count as intervision or training (`counts_as` in the config): logging such
# a session is enough for the profile card and the signals, as recording a training is.
# stores: file and server
source "$(dirname "$0")/lib.sh"

small_programme
intervision_overdue() {
    jq -r '[.rows[] | select(.kind == "intervision_overdue" and .person == "amira") | .detail] |
        join(";")' out
}

it "without any intervision amira has the signal"
sl report alerts --period 2026-11 --format json
expect_code 0
expect_true "signal: $(intervision_overdue)" [ "$(intervision_overdue)" = "geen intervisie vastgelegd" ]

it "a logged intervisie session clears the signal for the periods after it"
sl log amira intervisie 1h30 --date 2026-11-10
expect_code 0
sl report alerts --period 2026-11 --format json
expect_code 0
expect_true "signal: $(intervision_overdue)" [ -z "$(intervision_overdue)" ]
sl report alerts --period 2026-W46 --format json # 2026-11-09..15: it is in the period
expect_true "signal: $(intervision_overdue)" [ -z "$(intervision_overdue)" ]
sl report alerts --period 2026-11 --check
expect_out_not "intervision_overdue"
sl profile amira --format json
expect_json '.last_intervision == "2026-11-10"'
expect_json '[.alerts[] | select(.kind == "intervision_overdue")] == []'
sl profile amira
expect_out "Laatste intervisie: 2026-11-10"

it "but not for a period that ended before it"
sl report alerts --period 2026-10 --format json
expect_true "signal: $(intervision_overdue)" [ "$(intervision_overdue)" = "geen intervisie vastgelegd" ]
SLEUTEL_TODAY=2026-11-09 "$BIN" profile amira --format json >out 2>err
expect_json '.last_intervision == null'

it "what counts is the config's choice, not the type's id"
cat >own.toml <<'TOML'
[[activity_types]]
id = "groepsvoorlichting"
name = "Groepsvoorlichting"
group = true

[[activity_types]]
id = "intervisie"
name = "Intervisie"

[[activity_types]]
id = "training"
name = "Training"

[[activity_types]]
id = "leerkring"
name = "Leerkring"
counts_as = "intervision"

[[activity_types]]
id = "cursus"
name = "Cursus sleutelpersoon"
counts_as = "training"
TOML
sl --config own.toml profile amira --format json
expect_json '.last_intervision == null'
sl --config own.toml report alerts --period 2026-11 --format json
expect_true "signal: $(intervision_overdue)" [ "$(intervision_overdue)" = "geen intervisie vastgelegd" ]

it "more than six months later it is overdue again, naming the logged session"
SLEUTEL_TODAY=2027-06-01 "$BIN" report alerts --period 2027-05 --format json >out 2>err
expect_true "signal: $(intervision_overdue)" \
    [ "$(intervision_overdue)" = "laatste intervisie 2026-11-10, meer dan 6 maanden geleden" ]

it "the later of a recorded intervision training and a logged session counts"
sl profile amira training add intervisie --on 2026-11-01
sl profile amira --format json
expect_json '.last_intervision == "2026-11-10"'
sl profile amira training add "Intervisie GGD" --on 2026-11-12
sl profile amira --format json
expect_json '.last_intervision == "2026-11-12"'
sl report alerts --period 2026-11 --format json
expect_true "signal: $(intervision_overdue)" [ -z "$(intervision_overdue)" ]

it "an activity of a type that counts as training is on the card's trainings, marked as logged"
sl log amira training 3h --date 2026-11-05
expect_code 0
training_id=$(cat out)
sl profile amira --format json
expect_code 0
expect_json "[.trainings[] | [.name, .completed_on, .activity_id]] == [
    [\"intervisie\", \"2026-11-01\", null], [\"Training\", \"2026-11-05\", $training_id],
    [\"Intervisie GGD\", \"2026-11-12\", null]]"
sl profile amira
expect_out "  - Training (2026-11-05, gelogd #$training_id)"
expect_out "  - intervisie (2026-11-01)"
sl profile amira --format md
expect_out "- Training (2026-11-05, gelogd #$training_id)"
printf '[programme]\nlanguage = "en"\n' >en.toml
sl --config en.toml profile amira
expect_out "  - Training (2026-11-05, logged #$training_id)"

it "a training logged after the card's date is not on it"
SLEUTEL_TODAY=2026-11-04 "$BIN" profile amira --format json >out 2>err
expect_json '[.trainings[] | [.name, .activity_id]] == [["intervisie", null], ["Intervisie GGD", null]]'

it "with the config's own types"
sl --config own.toml profile amira --format json
expect_json '.last_intervision == "2026-11-12"'
expect_json '[.trainings[] | .activity_id] == [null, null]'
sl --config own.toml log amira leerkring 1h --date 2026-11-20
sl --config own.toml log amira cursus 2h --date 2026-11-19
cursus_id=$(cat out)
sl --config own.toml profile amira --format json
expect_json '.last_intervision == "2026-11-20"'
expect_json "[.trainings[] | [.name, .activity_id]] == [[\"intervisie\", null],
    [\"Intervisie GGD\", null], [\"Cursus sleutelpersoon\", $cursus_id]]"

# SQLite's query plans.
if ! on_server; then
it "the signals find the sessions through the index on type, person and date"
rm -f trace.sql
SLEUTEL_TRACE_SQL=$WORK/trace.sql "$BIN" report alerts --period 2026-11 --format json >out 2>err
query=$(grep -m 1 "VALUES ('intervisie')" trace.sql)
expect_true "traced: $query" grep -q "GROUP BY p.id" <<<"$query"
plan=$(sqlite3 "$SLEUTEL_DB" "EXPLAIN QUERY PLAN ${query%;}")
expect_true "plan: $plan" grep -q "COVERING INDEX activity_type_person_date" <<<"$plan"
rm -f trace.sql
SLEUTEL_TRACE_SQL=$WORK/trace.sql "$BIN" profile amira --format json >out 2>err
for query in "$(grep -m 1 'SELECT max(date) FROM activity' trace.sql)" \
    "$(grep -m 1 'SELECT id, date, type FROM activity' trace.sql)"; do
    plan=$(sqlite3 "$SLEUTEL_DB" "EXPLAIN QUERY PLAN ${query%;}")
    expect_true "plan of $query: $plan" grep -q "COVERING INDEX activity_type_person_date" <<<"$plan"
done
fi

finish
