# Nothing is lost while several programs use the database at once: 8 coordinators each log 200
# activities while cron writes the monthly report over and over and another job takes backups.
source "$(dirname "$0")/lib.sh"

loggers=8
# 200 each; fewer under the sanitizers, whose every process start is slow (tests/CMakeLists.txt).
per_logger=$((200 / ${SLEUTEL_TEST_DIVISOR:-1}))
sl init
sl register org ggd --name "GGD" --type ggd
for n in $(seq 1 $loggers); do
    sl register person "p$n" --name "Persoon $n"
    sl assign "p$n" ggd --role voorlichter --hours 8 --from 2026-01-01
done
it "fixture"
expect_code 0
mkdir reports backups failures

# Each logger notes every failed call, with its exit code and message, in its own file.
for n in $(seq 1 $loggers); do
    (
        for i in $(seq 1 $per_logger); do
            "$BIN" log "p$n" individueel-contact 30m --date 2026-11-20 --theme gezondheid \
                --ref "p$n-$i" >/dev/null 2>"failures/p$n.err.tmp"
            rc=$?
            [ $rc -eq 0 ] ||
                echo "log p$n #$i: exit $rc: $(cat "failures/p$n.err.tmp")" >>"failures/p$n"
        done
        rm -f "failures/p$n.err.tmp"
    ) &
    pids+=($!)
done
(
    n=0
    while [ ! -e stop ]; do
        n=$((n + 1))
        "$BIN" report monthly --period 2026-11 -o "reports/monthly-$n.json" 2>failures/report.err
        rc=$?
        [ $rc -eq 0 ] || echo "report #$n: exit $rc: $(cat failures/report.err)" >>failures/report
    done
    rm -f failures/report.err
) &
reporter=$!
(
    n=0
    while [ ! -e stop ]; do
        n=$((n + 1))
        "$BIN" db backup "backups/copy-$n.db" >/dev/null 2>failures/backup.err
        rc=$?
        [ $rc -eq 0 ] || echo "backup #$n: exit $rc: $(cat failures/backup.err)" >>failures/backup
        sleep 0.2
    done
    rm -f failures/backup.err
) &
backer=$!
wait "${pids[@]}"
touch stop
wait "$reporter" "$backer"

it "no process failed (no busy error within the default wait)"
expect_true "failures: $(cat failures/* 2>/dev/null | head -c 400)" [ -z "$(ls failures)" ]

it "exactly every activity is there"
sl report summary --period 2026-11 --format json
expect_json ".totals.activities == $((loggers * per_logger))"
expect_true "and in the table" \
    [ "$(sqlite3 "$SLEUTEL_DB" 'SELECT count(*) FROM activity')" = $((loggers * per_logger)) ]

it "every report file is complete and parseable"
reports=(reports/*)
expect_true "reports were written (${#reports[@]})" [ "${#reports[@]}" -ge 2 ]
bad=0
for f in "${reports[@]}"; do
    jq -e '.sections.summary.totals.activities >= 0 and (.sections | length == 9)' "$f" \
        >/dev/null 2>&1 || bad=$((bad + 1))
done
expect_true "$bad bad report files" [ "$bad" -eq 0 ]
expect_true "no temporary files left" [ -z "$(ls -A reports | grep -v '^monthly-[0-9]*\.json$')" ]

it "every backup passes db check"
copies=(backups/*.db)
expect_true "backups were taken (${#copies[@]})" [ "${#copies[@]}" -ge 2 ]
bad=0
for f in "${copies[@]}"; do
    "$BIN" --db "$f" db check >/dev/null 2>&1 || bad=$((bad + 1))
done
expect_true "$bad backups fail db check" [ "$bad" -eq 0 ]

it "the database itself passes db check"
sl db check
expect_code 0

finish
