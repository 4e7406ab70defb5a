# Reports ask the database a fixed number of questions, however many key persons there are: no
# query per person (an N+1 pattern turns a national programme's monthly report into thousands).
# The statements are counted with SLEUTEL_TRACE_SQL, once with 2 key persons and once with 12.
source "$(dirname "$0")/lib.sh"

sl init
sl register org ggd --name "GGD" --type ggd
add_person() {
    sl register person "p$1" --name "Persoon $1" --contract volunteer --hours 8 --since 2026-01-01 \
        --training "intervisie@2026-03-01"
    sl assign "p$1" ggd --role voorlichter --hours 8 --from 2026-01-01 --until 2026-12-01
    sl profile "p$1" goal add "Een voorlichting geven" --due 2026-06-01
    sl log "p$1" groepsvoorlichting 1h --date 2026-11-10 --theme gezondheid --reached 5
    # New terms from mid-June: the allowance reads that month day by day, the others whole.
    sl profile "p$1" agreement --from 2026-06-16 --allowance hour:4,50
    sl log "p$1" huisbezoek 2h --date 2026-06-22
}
# A first report adds up the months it needs (writes, not counted); the second one is counted.
statements() {
    rm -f trace.sql
    "$BIN" report "$@" --format json >/dev/null 2>&1
    SLEUTEL_TRACE_SQL=$WORK/trace.sql "$BIN" report "$@" --format json >/dev/null 2>&1
    grep -c ';$' trace.sql
}
for n in 1 2; do add_person "$n"; done
it "fixture"
expect_code 0
declare -A few
for kind in monthly alerts weekly; do few[$kind]=$(statements "$kind" --period 2026-11); done
for n in $(seq 3 12); do add_person "$n"; done
for kind in monthly alerts weekly; do
    it "report $kind: as many statements for 12 key persons as for 2"
    many=$(statements "$kind" --period 2026-11)
    expect_true "2 persons: ${few[$kind]} statements, 12 persons: $many" [ "$many" = "${few[$kind]}" ]
done
it "a year of months is summed from the monthly totals"
statements monthly --period 2026-11 >/dev/null
expect_true "per person and month" grep -q 'FROM month_tally a WHERE a.month BETWEEN' trace.sql
expect_true "June, whose terms changed, day by day" \
    grep -q "sum(a.after_hours) FROM activity a WHERE a.date BETWEEN '2026-06-01' AND '2026-06-30'" \
    trace.sql

it "a month not yet over is summed from the date index alone, without a look-up per activity"
statements weekly --period 2026-W46 >/dev/null
days_query=$(grep -m 1 "sum(a.after_hours) FROM activity a WHERE a.date BETWEEN '2026-11-01'" \
    trace.sql)
plan=$(sqlite3 "$SLEUTEL_DB" "EXPLAIN QUERY PLAN ${days_query%;}")
expect_true "plan: $plan" grep -q "COVERING INDEX activity_date_person" <<<"$plan"

it "and the signals are there for all 12"
sl report alerts --period 2026-11 --format json
expect_json '[.rows[] | select(.kind == "goal_overdue")] | length == 12'

it "unassigned activities are counted per person and day from the date index, not per activity"
statements alerts --period 2026-11 >/dev/null
unassigned_query=$(grep -m 1 'sum(d.n)' trace.sql)
plan=$(sqlite3 "$SLEUTEL_DB" "EXPLAIN QUERY PLAN ${unassigned_query%;}")
expect_true "plan: $plan" grep -q "COVERING INDEX activity_date_person" <<<"$plan"
expect_true "plan: $plan" grep -q "INDEX assignment_person" <<<"$plan"

finish
