# Files that stay private: an empty file becomes a database only for a command that may create
# one, and then 0600; the SQL trace is 0600 and refused while others may read it; a database on a
# read-only mount or in a read-only folder is still read by every reading command.
source "$(dirname "$0")/lib.sh"

mode_of() { stat -c %a "$1"; }

small_programme

# 5. An empty file given by --db.
it "reading commands never turn an empty file into a database"
for args in "log list" "report summary" "report monthly --format json" "profile list" "assign list" \
    "db check" "audit" "db backup copy.db" "profile amira" "log amira groepsvoorlichting 1h"; do
    : >empty.db
    chmod 644 empty.db
    # shellcheck disable=SC2086
    sl --db empty.db $args
    current="--db empty.db $args"
    expect_code 66
    expect_error "the database empty.db is an empty file"
    [ ! -s empty.db ] && _pass || _fail "the empty file was written"
    [ "$(mode_of empty.db)" = 644 ] && _pass || _fail "its mode changed"
done

it "a command that may create a database makes an empty file one, mode 0600"
for args in "init" "register person bo --name Bo --municipality Haarlem" \
    "register org wt --name Wijkteam --type wijkteam"; do
    : >empty.db
    chmod 666 empty.db
    # shellcheck disable=SC2086
    sl --db empty.db $args
    current="--db empty.db $args"
    expect_code 0
    [ "$(mode_of empty.db)" = 600 ] && _pass || _fail "mode $(mode_of empty.db), not 600"
    "$BIN" --db empty.db db check >/dev/null 2>&1 && _pass || _fail "not a good database"
done

it "a new database is 0600 whatever the umask, and leaves no temporary file"
mkdir fresh
(umask 000 && "$BIN" --db fresh/new.db init >/dev/null 2>&1)
[ "$(mode_of fresh/new.db)" = 600 ] && _pass || _fail "mode $(mode_of fresh/new.db)"
[ "$(ls -A fresh | grep -vE '^new\.db(-wal|-shm)?$')" = "" ] && _pass || _fail "left: $(ls -A fresh)"

# 6. The SQL trace.
it "SLEUTEL_TRACE_SQL is created 0600, whatever the umask"
(umask 000 && SLEUTEL_TRACE_SQL="$WORK/trace.sql" "$BIN" report summary --period 2026-W47 >/dev/null 2>&1)
[ "$(mode_of trace.sql)" = 600 ] && _pass || _fail "mode $(mode_of trace.sql)"
expect_true "it holds the report's queries" grep -q "SELECT" trace.sql

it "a trace file others may read is refused, and nothing is appended"
for mode in 644 640 604 666; do
    chmod "$mode" trace.sql
    size=$(stat -c %s trace.sql)
    SLEUTEL_TRACE_SQL="$WORK/trace.sql" sl report summary --period 2026-W47
    expect_code 77
    expect_error "the SQL trace .*trace.sql may be read by others"
    expect_hint "chmod 600"
    [ "$(stat -c %s trace.sql)" = "$size" ] && _pass || _fail "something was appended"
done
chmod 600 trace.sql
SLEUTEL_TRACE_SQL="$WORK/trace.sql" sl report summary --period 2026-W47
expect_code 0

it "the trace through a link goes to the file it names; the link stays"
ln -s real-trace.sql trace-link.sql
SLEUTEL_TRACE_SQL="$WORK/trace-link.sql" sl log list
expect_code 0
expect_true "trace-link.sql is still a link" test -L trace-link.sql
[ "$(mode_of real-trace.sql)" = 600 ] && _pass || _fail "mode $(mode_of real-trace.sql)"

it "the trace to a device is written to, not replaced"
SLEUTEL_TRACE_SQL=/dev/null sl log list
expect_code 0
expect_true "/dev/null is still a character device" test -c /dev/null

# 7. Read-only databases are read.
reading=("log list --period 2026-11" "report summary --period 2026-11" "report monthly --period 2026-11 --format json"
    "profile list" "profile amira" "db check" "assign list" "audit --period 2026")
ro_checks() { # $1: how to run sleutel, $2: the database, $3: a folder the backup may go to
    local runner=$1 db=$2 out_folder=$3 args
    for args in "${reading[@]}"; do
        current="$args on $db"
        # shellcheck disable=SC2086
        $runner "$BIN" --db "$db" $args >out 2>err
        code=$?
        expect_code 0
    done
    current="report figures on $db"
    $runner "$BIN" --db "$db" report summary --period 2026-11 --format json >out 2>err
    expect_json '.totals.minutes == 60'
    current="db backup of $db"
    $runner "$BIN" --db "$db" db backup "$out_folder/backup.db" >out 2>err
    code=$?
    expect_code 0
    expect_true "the backup is a good database" \
        bash -c "[ \"\$(sqlite3 '$out_folder/backup.db' 'SELECT count(*) FROM activity')\" = 1 ]"
    rm -f "$out_folder/backup.db"
    current="a change to $db"
    $runner "$BIN" --db "$db" log amira groepsvoorlichting 30m --date 2026-11-21 >out 2>err
    code=$?
    expect_true "a change is refused (exit $code)" bash -c "[ $code -eq 77 ] || [ $code -eq 74 ]"
    expect_error ".*read-only"
}

it "a database in a folder the user may not write"
if [ "$(id -u)" -eq 0 ]; then
    runner="setpriv --reuid=nobody --regid=nogroup --clear-groups"
    chmod 755 "$WORK"
else
    runner=""
fi
mkdir ro-folder out-folder
chmod 777 out-folder
cp "$SLEUTEL_DB" ro-folder/prog.db
chmod 644 ro-folder/prog.db
chmod 555 ro-folder
ro_checks "$runner" ro-folder/prog.db "$WORK/out-folder"
[ "$(ls -A ro-folder)" = prog.db ] && _pass || _fail "files appeared: $(ls -A ro-folder)"

it "a database file without write permission, in a folder that may be written"
mkdir rw-folder
chmod 777 rw-folder
cp "$SLEUTEL_DB" rw-folder/prog.db
chmod 444 rw-folder/prog.db
ro_checks "$runner" rw-folder/prog.db "$WORK/out-folder"

mkdir ro-mount
if mount -t tmpfs -o size=2m tmpfs ro-mount 2>/dev/null; then
    it "a database on a read-only mount"
    cp "$SLEUTEL_DB" ro-mount/prog.db
    mount -o remount,ro ro-mount
    ro_checks "" ro-mount/prog.db "$WORK/out-folder"
    umount ro-mount
else
    echo "note: cannot mount a tmpfs here; the read-only mount case is skipped"
fi

it "an unwritable XDG_DATA_HOME says permission denied"
mkdir locked-data
chmod 555 locked-data
$runner env SLEUTEL_DB= XDG_DATA_HOME="$WORK/locked-data" "$BIN" init >out 2>err
code=$?
expect_code 77
expect_error "cannot create the folder $WORK/locked-data/sleutel: permission denied"

finish
