# The benchmark generator keeps working: a tiny programme, the same for the same seed, that
# passes db check and has what the benchmarks rely on (key persons joining over time, ended
# assignments, several themes, referrals, evenings after hours).
source "$(dirname "$0")/lib.sh"

generate() { python3 "$SOURCE/bench/generate" --sleutel "$BIN" "$@" >out 2>err; code=$?; }

it "a tiny programme is generated through sleutel's own imports"
generate --db "$WORK/gen.db" --activities 600 --seed 7
expect_code 0
export SLEUTEL_DB="$WORK/gen.db"
sl db check
expect_code 0
q() { sqlite3 "$SLEUTEL_DB" "$1"; }
expect_true "600 activities" [ "$(q 'SELECT count(*) FROM activity')" = 600 ]
expect_true "20 key persons" [ "$(q 'SELECT count(*) FROM person')" = 20 ]
expect_true "every activity has its assignment" \
    [ "$(q 'SELECT count(*) FROM activity WHERE assignment_id IS NULL')" = 0 ]
expect_true "some assignments have ended" \
    [ "$(q 'SELECT count(*) FROM assignment WHERE until_date IS NOT NULL')" -gt 0 ]
expect_true "key persons joined on different days" \
    [ "$(q 'SELECT count(DISTINCT since) FROM person')" -gt 1 ]
expect_true "evenings after hours" \
    [ "$(q 'SELECT count(*) FROM activity WHERE after_hours = 1')" -gt 0 ]
expect_true "activities with two themes" \
    [ "$(q 'SELECT count(*) FROM (SELECT activity_id FROM activity_theme GROUP BY 1 HAVING count(*) = 2)')" -gt 0 ]
expect_true "referrals" [ "$(q 'SELECT count(*) FROM activity_referral')" -gt 0 ]
expect_true "the commonest theme is gezondheid (Zipf-like)" \
    [ "$(q 'SELECT theme FROM activity_theme GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')" = gezondheid ]

it "the same seed gives the same rows, another seed others"
python3 "$SOURCE/bench/generate" --csv a --activities 600 --seed 7
python3 "$SOURCE/bench/generate" --csv b --activities 600 --seed 7
python3 "$SOURCE/bench/generate" --csv c --activities 600 --seed 8
expect_true "same seed" cmp -s a/activities.csv b/activities.csv
expect_true "other seed" bash -c "! cmp -s a/activities.csv c/activities.csv"

it "an existing database is never overwritten"
generate --db "$WORK/gen.db" --activities 10
expect_true "refused" [ "$code" -ne 0 ]
expect_true "still 600" [ "$(q 'SELECT count(*) FROM activity')" = 600 ]
expect_no_file "$WORK/gen.db.csv.d"

finish
