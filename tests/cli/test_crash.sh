# Killed at any moment (kill -9, as when a laptop dies), sleutel leaves a sound database holding
# all of an import or none of it, and never a half-written report under the name asked for.
source "$(dirname "$0")/lib.sh"

# 200,000 rows; fewer under the sanitizers (tests/CMakeLists.txt).
rows=$((200000 / ${SLEUTEL_TEST_DIVISOR:-1}))
sl init
sl register org ggd --name "GGD" --type ggd
for n in $(seq 1 20); do
    sl register person "p$n" --name "Persoon $n"
    sl assign "p$n" ggd --role voorlichter --hours 8 --from 2020-01-01
done
it "fixture"
expect_code 0
awk -v n=$rows 'BEGIN {
    print "date,person,type,minutes,themes,reached,referrals,ref"
    for (i = 1; i <= n; i++)
        printf "2025-%02d-%02d,p%d,groepsvoorlichting,%d,gezondheid;taal,%d,%s,r%d\n",
            1 + i % 12, 1 + i % 28, 1 + i % 20, 15 + i % 120, i % 20, (i % 5 ? "" : "huisarts:2"), i
}' >import.csv
cp test.db base.db
count() { sqlite3 "$SLEUTEL_DB" "SELECT (SELECT count(*) FROM activity) || ' ' || (SELECT count(*) FROM activity_theme) || ' ' || (SELECT count(*) FROM activity_referral)"; }

# Kill points spread over the import: while reading and checking, while writing, at the commit.
for delay in 0.1 0.4 0.8 1.2 1.6 2.0 2.5 3.5; do
    rm -f test.db test.db-wal test.db-shm
    cp base.db test.db
    "$BIN" log import import.csv >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    it "killed after ${delay}s: the database passes db check"
    sl db check
    expect_code 0
    it "killed after ${delay}s: all rows or none"
    counts=$(count)
    expect_true "counts: $counts" bash -c "[ '$counts' = '0 0 0' ] || [ '$counts' = '$rows $((2 * rows)) $((rows / 5))' ]"
done

it "an import that is not killed writes every row"
rm -f test.db test.db-wal test.db-shm
cp base.db test.db
sl log import import.csv
expect_code 0
expect_true "all rows: $(count)" [ "$(count)" = "$rows $((2 * rows)) $((rows / 5))" ]

it "a killed report never leaves a partial file under its name"
for delay in 0.05 0.1 0.2 0.3 0.5; do
    rm -f report.json
    "$BIN" report monthly --period 2025 --by month -o report.json >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    current="report killed after ${delay}s"
    expect_true "report.json absent or complete" \
        bash -c "[ ! -e report.json ] || jq -e '.sections.summary.totals.activities == $rows' report.json"
done

finish
