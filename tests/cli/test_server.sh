# A programme on a PostgreSQL server: the same figures as in a file, `db copy` both ways, the
# server's own refusals, concurrent writers, a killed import and a server that goes away.
# stores: server
source "$(dirname "$0")/lib.sh"

server=$SLEUTEL_DB # this script's own database on the test server (lib.sh)
file="$WORK/programme.db"

# The same work, command by command, into the file and onto the server (bulk.csv: below).
build_programme() {
    local db=$1
    "$BIN" --db "$db" init
    "$BIN" --db "$db" register person amira --name "Amira Haddad" --municipality Haarlem \
        --lang ar:native --lang nl:B1 --gender f --contract employed --hours 18 --since 2024-03-01
    "$BIN" --db "$db" register person yusuf --name "Yusuf" --municipality Haarlem --lang ar:native \
        --contract volunteer --hours 8 --since 2025-01-15 --birth-year 2006
    "$BIN" --db "$db" register person selam --name "Selam" --municipality Haarlem --lang ti:native \
        --contract volunteer --hours 8 --since 2025-09-01
    "$BIN" --db "$db" register org ggd --name "GGD" --type ggd --municipality Haarlem
    "$BIN" --db "$db" register org wijk --name "Wijkteam" --type wijkteam --municipality Haarlem
    "$BIN" --db "$db" assign amira ggd --role voorlichter --hours 12 --from 2024-03-01 --funding wmo
    "$BIN" --db "$db" assign yusuf wijk --role verbinder --hours 8 --from 2025-01-15 \
        --until 2026-12-15
    "$BIN" --db "$db" assign selam ggd --role tolk --hours 4 --from 2025-09-01
    "$BIN" --db "$db" profile yusuf agreement --from 2026-06-01 --allowance hour:4,50
    "$BIN" --db "$db" log import bulk.csv
    local day
    for day in 03 10 17 24; do
        "$BIN" --db "$db" log amira groepsvoorlichting 2h --date "2026-10-$day" --at 10:00 \
            --theme gezondheid --reached 12 --questions 4 --refer huisarts:2 --km 6
        "$BIN" --db "$db" log yusuf huisbezoek 1h30 --date "2026-10-$day" --at 19:30 \
            --theme opvoeding --refer wijkteam --expense 4,60
        "$BIN" --db "$db" log selam begeleiding 45m --date "2026-11-$day" --theme taal
    done
    "$BIN" --db "$db" log amira intervisie 1h30 --date 2026-11-19
    "$BIN" --db "$db" log delete 3
    # The last activity deleted: its id is never given again, in a copy neither.
    "$BIN" --db "$db" log delete "$("$BIN" --db "$db" log amira huisbezoek 1h --date 2026-11-20)"
    "$BIN" --db "$db" signal add "Te weinig inloopspreekuren voor nieuwkomers" --person selam \
        --theme gezondheid --date 2026-10-05
    "$BIN" --db "$db" signal forward 1 ggd --on 2026-10-06
    "$BIN" --db "$db" signal answer 1 "Extra spreekuur op woensdag" --on 2026-11-02
    "$BIN" --db "$db" register person farid --name "Farid"
    "$BIN" --db "$db" forget farid --yes
}

# Every report in JSON, the listings and the cards, without the moment they were made.
figures() {
    local db=$1 report
    for report in "weekly --period 2026-W43" "monthly --period 2026-10" "monthly --period 2026-11" \
        "hours --period 2026-10" "ceiling --period 2026" "themes --period 2026-10" \
        "alerts --period 2026-11" "reach --period 2026-10" "signals --period 2026-10" \
        "progress --period 2026-10" "coverage" "summary --by person --period 2026-10" \
        "summary --by org --period 2026-Q4"; do
        # shellcheck disable=SC2086
        "$BIN" --db "$db" report $report --format json | jq -S 'del(.. | .generated_at?)'
    done
    "$BIN" --db "$db" log list --period 2026 --format json
    # Without the moment and the database's own name (its creation, its copies)
    "$BIN" --db "$db" audit --format csv | cut -d, -f1,3- | grep -v ',database,'
    "$BIN" --db "$db" profile list --format json
    "$BIN" --db "$db" profile amira --format json
    "$BIN" --db "$db" profile yusuf agreements --format json
    "$BIN" --db "$db" signal list --format json
    "$BIN" --db "$db" assign list --format json
}

it "the same commands give the same figures in a file and on a server"
# More activities than a server sends in one batch of a listing (1,000).
awk 'BEGIN {
    print "date,person,type,minutes,themes,reached,ref"
    for (i = 1; i <= 2500; i++)
        printf "2026-%02d-%02d,%s,groepsvoorlichting,%d,gezondheid,%d,b%d\n", 1 + i % 9,
            1 + i % 28, (i % 3 ? "amira" : "selam"), 15 + i % 120, i % 20, i
}' >bulk.csv
build_programme "$file" >/dev/null 2>file.err
build_programme "$server" >/dev/null 2>server.err
expect_true "the same messages" cmp file.err server.err
figures "$file" >file.json 2>&1
figures "$server" >server.json 2>&1
expect_true "figures were made: $(head -c 300 server.json)" grep -q '"minutes"' server.json
expect_true "identical: $(diff file.json server.json | head -20)" cmp file.json server.json

it "db copy moves a file onto a server and back, figure for figure"
copy_db=${server/\/\/\/$server_db?/\/\/\/${server_db}_copy?}
psql "$SLEUTEL_TEST_SERVER" -qXc "CREATE DATABASE ${server_db}_copy" >/dev/null
sl db copy "$file" "$copy_db"
expect_code 0
expect_out "each row checked against the original"
figures "$copy_db" >copy.json 2>&1
expect_true "the server copy: $(diff file.json copy.json | head -20)" cmp file.json copy.json
sl db copy "$copy_db" back.db
expect_code 0
figures back.db >back.json 2>&1
expect_true "back in a file: $(diff file.json back.json | head -20)" cmp file.json back.json
it "the copy keeps each table's next id, also after the last activity was deleted"
next_ids=$(for db in "$file" "$copy_db" back.db; do
    "$BIN" --db "$db" log amira huisbezoek 1h --date 2026-11-20
done | tr '\n' ' ')
last=$(db_sql "SELECT max(id) FROM activity") # the server's, before the deletion above
expect_true "the same next id everywhere, past the deleted one: $next_ids (highest kept $last)" \
    [ "$next_ids" = "$((last + 2)) $((last + 2)) $((last + 2)) " ]
it "a server database that holds a programme is refused as a target, and left as it was"
before=$(dump)
sl db copy "$file" "$server"
expect_code 73
expect_error ".* already holds a programme: a copy only goes into an empty database"
expect_true "unchanged" [ "$(dump)" = "$before" ]
psql "$SLEUTEL_TEST_SERVER" -qXc "DROP DATABASE ${server_db}_copy WITH (FORCE)" >/dev/null

it "db check on a server: sound, then a missing index is found"
sl db check
expect_code 0
expect_out ": ok (schema version 5)"
db_sql "DROP INDEX activity_date"
sl db check
expect_code 1
expect_out "index activity_date is missing"
db_sql "CREATE INDEX activity_date ON activity (date)"

it "db backup on a server points to pg_dump"
sl db backup backup.db
expect_code 64
expect_error "a programme on a PostgreSQL server is backed up with the server's own tools"
expect_hint "use pg_dump"
expect_no_file backup.db

it "a schema newer than this sleutel is refused (74), and nothing is changed"
db_sql "UPDATE sleutel_schema SET version = 99"
sl log amira huisbezoek 1h --date 2026-11-20
expect_code 74
expect_error "the database .* has schema version 99, newer than this sleutel understands"
db_sql "UPDATE sleutel_schema SET version = 5"

it "an empty server database is not a programme until 'sleutel init'"
empty_db=${server/\/\/\/$server_db?/\/\/\/${server_db}_empty?}
psql "$SLEUTEL_TEST_SERVER" -qXc "CREATE DATABASE ${server_db}_empty" >/dev/null
sl --db "$empty_db" report weekly
expect_code 66
expect_error "no sleutel programme in the database .*"
expect_hint "run 'sleutel init'"
it "a database of another program is refused (74)"
psql -qX "$empty_db" -c "CREATE TABLE orders (id int)" >/dev/null
sl --db "$empty_db" init
expect_code 74
expect_error "not a sleutel database"
psql "$SLEUTEL_TEST_SERVER" -qXc "DROP DATABASE ${server_db}_empty WITH (FORCE)" >/dev/null

it "a password in the location is never printed or stored"
socket=${SLEUTEL_TEST_SERVER#*host=}
socket=${socket%%&*}
with_password="postgresql://postgres:geheim123@/${server_db}_pw?host=$socket"
psql "$SLEUTEL_TEST_SERVER" -qXc "CREATE DATABASE ${server_db}_pw" >/dev/null
sl --db "$with_password" init
expect_code 0
expect_out "created database postgresql://postgres:***@/${server_db}_pw"
sl --db "$with_password" audit --format csv
expect_out ",init,database,postgresql://postgres:***@/${server_db}_pw"
sl --db "$with_password" report summary --db "$file" --period 2026-10
expect_code 0
expect_true "nowhere: stdout, stderr, the tables" \
    bash -c "! grep -q geheim123 out err && ! pg_dump --data-only '$with_password' | grep -q geheim123"
it "init on a server that has the tables: 73, and --force is refused"
sl --db "$with_password" init
expect_code 73
expect_error "postgresql://postgres:\*\*\*@.* already holds the tables of a sleutel programme"
sl --db "$with_password" init --force
expect_code 64
expect_error "a programme on a PostgreSQL server cannot be started over by sleutel"
it "db copy into a database set up with init says what to do; its message hides the password"
sl db copy "$file" "$with_password"
expect_code 73
expect_error ".* was set up with 'sleutel init': a copy makes the tables itself, in a database without them"
psql "$SLEUTEL_TEST_SERVER" -qXc "DROP DATABASE ${server_db}_pw WITH (FORCE)" \
    -c "CREATE DATABASE ${server_db}_pw" >/dev/null
sl db copy "$file" "$with_password"
expect_code 0
expect_out "to postgresql://postgres:***@/${server_db}_pw"
expect_true "no password" bash -c "! grep -q geheim123 out err"
it "a report over a file and a server names each by its database"
sl --db "$file" --db "$with_password" report hours --period 2026-10 --format json
expect_code 0
expect_json '[.rows[].key] | index("programme:amira") != null and index("'"${server_db}"'_pw:amira") != null'
psql "$SLEUTEL_TEST_SERVER" -qXc "DROP DATABASE ${server_db}_pw WITH (FORCE)" >/dev/null

it "a database that is not on the server: 66, with the server's way to make it"
sl --db "${server/\/\/\/$server_db?/\/\/\/no_such_db?}" report weekly
expect_code 66
expect_error "no database at .*"
expect_hint "create it on the server (createdb), or check its name"
it "a user the server does not know: 77"
sl --db "${server/user=postgres/user=nobody_here}" report weekly
expect_code 77
expect_error "the PostgreSQL server .* refused the login: .*"

it "db check finds a missing id trigger"
db_sql "DROP TRIGGER activity_id ON activity"
sl db check
expect_code 1
expect_out "trigger activity_id is missing"
db_sql "CREATE TRIGGER activity_id BEFORE INSERT ON activity FOR EACH ROW EXECUTE FUNCTION next_id()"

it "roles: a coordinator logs and reports; forget and agreements need the administrator (77)"
# Roles belong to the whole server: named after this script's database.
coordinator=${server_db}_coordinator
db_sql "CREATE ROLE $coordinator; GRANT SELECT ON ALL TABLES IN SCHEMA public TO $coordinator;
    GRANT INSERT, UPDATE, DELETE ON activity, activity_theme, activity_referral, signal,
        signal_theme, id_counter, tally_month, month_tally, month_theme_tally TO $coordinator;
    GRANT INSERT ON audit TO $coordinator;
    CREATE ROLE ${server_db}_amira LOGIN IN ROLE $coordinator;" >/dev/null
as_coordinator=${server/user=postgres/user=${server_db}_amira}
"$BIN" --db "$as_coordinator" log amira huisbezoek 1h --date 2026-11-20 --theme gezondheid >out 2>err
code=$?
expect_code 0
"$BIN" --db "$as_coordinator" signal add "Vraag naar taalles voor ouderen" --date 2026-11-20 \
    >out 2>err
code=$?
expect_code 0
"$BIN" --db "$as_coordinator" report monthly --period 2026-11 --format json >out 2>err
code=$?
expect_code 0
before=$(dump)
"$BIN" --db "$as_coordinator" forget yusuf --yes >out 2>err
code=$?
expect_code 77
expect_error "access to the database .* was denied: permission denied for table .*"
expect_hint "ask the administrator for the role that may do this"
"$BIN" --db "$as_coordinator" profile yusuf agreement --from 2026-12-01 --hours 4 >out 2>err
code=$?
expect_code 77
expect_true "nothing changed" [ "$(dump)" = "$before" ]

it "8 writers on their own connections: every activity kept once, refs unique"
per_writer=$((60 / ${SLEUTEL_TEST_DIVISOR:-1}))
before=$(db_sql "SELECT count(*) FROM activity")
mkdir failures
pids=()
for n in $(seq 1 8); do
    (
        for i in $(seq 1 "$per_writer"); do
            "$BIN" log amira individueel-contact 30m --date 2026-11-20 --ref "w$n-$i" \
                >/dev/null 2>>"failures/w$n" || echo "w$n-$i: exit $?" >>"failures/w$n"
        done
    ) &
    pids+=($!)
done
# Two imports of the same refs at once: one of them takes them, never both.
printf 'date,person,type,minutes,ref\n' >same.csv
for i in $(seq 1 50); do printf '2026-11-21,yusuf,huisbezoek,30,imp-%d\n' "$i" >>same.csv; done
"$BIN" log import same.csv >import1.out 2>import1.err &
pids+=($!)
"$BIN" log import same.csv >import2.out 2>import2.err &
pids+=($!)
wait "${pids[@]}"
expect_true "no writer failed: $(cat failures/* 2>/dev/null | head -5)" \
    [ -z "$(cat failures/* 2>/dev/null)" ]
expect_true "all $((8 * per_writer)) logged" \
    [ "$(db_sql "SELECT count(*) FROM activity WHERE ref LIKE 'w%'")" -eq $((8 * per_writer)) ]
expect_true "the refs once each" \
    [ "$(db_sql "SELECT count(*) FROM activity WHERE ref LIKE 'imp-%'")" -eq 50 ]
expect_true "ids given once each" \
    [ "$(db_sql "SELECT count(DISTINCT id) = count(*) FROM activity")" = t ]
expect_true "an audit row for each" \
    [ "$(db_sql "SELECT count(*) FROM audit WHERE command = 'log'")" -ge $((8 * per_writer)) ]

# A server of this script's own, to kill and stop.
# Beside the test folder, which its unprivileged owner could not enter.
own=$(mktemp -u "${TMPDIR:-/tmp}/sleutel-pg-XXXXXX")
own_uri=$("$SOURCE/scripts/pg-server" start "$own")
if [ -z "$own_uri" ]; then
    echo "FAIL: could not start a server of this test's own"
    exit 1
fi
trap 'cd / && "$SOURCE/scripts/pg-server" stop "$own"
      psql "$SLEUTEL_TEST_SERVER" -qXc "DROP DATABASE IF EXISTS $server_db WITH (FORCE)" >/dev/null
      chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
export SLEUTEL_DB=$own_uri
sl init
sl register org ggd --name "GGD" --type ggd
for n in $(seq 1 10); do
    sl register person "p$n" --name "Persoon $n"
    sl assign "p$n" ggd --role voorlichter --hours 8 --from 2020-01-01
done
rows=$((20000 / ${SLEUTEL_TEST_DIVISOR:-1}))
awk -v n=$rows 'BEGIN {
    print "date,person,type,minutes,themes,reached,ref"
    for (i = 1; i <= n; i++)
        printf "2025-%02d-%02d,p%d,groepsvoorlichting,%d,gezondheid;taal,%d,r%d\n",
            1 + i % 12, 1 + i % 28, 1 + i % 10, 15 + i % 120, i % 20, i
}' >import.csv
count() { db_sql "SELECT (SELECT count(*) FROM activity) || ' ' || (SELECT count(*) FROM activity_theme)"; }

it "kill -9 of an import: all of it or none of it"
for delay in 0.5 1.5; do
    "$BIN" log import import.csv >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    now=$(count)
    expect_true "after ${delay}s: $now" [ "$now" = "0 0" ] || [ "$now" = "$rows $((2 * rows))" ]
    [ "$now" = "0 0" ] || db_sql "DELETE FROM activity" >/dev/null
done

it "the server goes away in the middle of an import: 74, and nothing half-written"
"$BIN" log import import.csv >out 2>err &
pid=$!
sleep 1
"$SOURCE/scripts/pg-server" halt "$own"
wait "$pid"
code=$?
expect_code 74
expect_error "lost the connection to the PostgreSQL server .*"
expect_hint "nothing of this command was kept"
expect_true "no password or crash text" bash -c "! grep -qi 'internal\|password' err"
"$SOURCE/scripts/pg-server" resume "$own"
expect_true "nothing of it kept: $(count)" [ "$(count)" = "0 0" ]
it "a server that is not there at all: 74"
"$SOURCE/scripts/pg-server" halt "$own"
sl report weekly
expect_code 74
expect_error "cannot connect to the PostgreSQL server"

finish
