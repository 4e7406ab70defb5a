# Nothing destroyed: no output replaces the database, its WAL or SHM, another SQLite file, a
# device, a FIFO or a symbolic link; a failed init or backup leaves nothing half made. After
# every case the database, the devices and the links are checked.
source "$(dirname "$0")/lib.sh"

small_programme

before=$(dump)
db_intact() {
    [ -f "$SLEUTEL_DB" ] && [ ! -L "$SLEUTEL_DB" ] && [ "$(dump)" = "$before" ] &&
        "$BIN" db check >/dev/null 2>&1 && _pass || _fail "the database changed or is gone"
}

# A connection left open keeps the database's -wal and -shm files there while the cases run.
mkfifo holder
sqlite3 "$SLEUTEL_DB" <holder >/dev/null 2>&1 &
exec 8>holder
echo "SELECT count(*) FROM activity;" >&8
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -e "$SLEUTEL_DB-shm" ] && break; sleep 0.1; done
cp "$SLEUTEL_DB" other.db
ln -s "$SLEUTEL_DB" link-to-db
ln -s link-to-db link-to-link
ln -s "$SLEUTEL_DB" link-to-db.csv
ln -s "$SLEUTEL_DB-wal" link-to-wal.csv
ln -s "$SLEUTEL_DB-shm" link-to-shm.md
ln -s other.db link-to-other.json
mkdir sub
other_before=$(sqlite3 other.db .dump | sha256sum)

# 1. -o never replaces the database or any SQLite file, by any name: 73, one line.
targets=("$SLEUTEL_DB" "./test.db" "$WORK/sub/../test.db" "$SLEUTEL_DB-wal" "$SLEUTEL_DB-shm"
    "test.db-journal" link-to-db link-to-link link-to-db.csv link-to-wal.csv link-to-shm.md
    other.db link-to-other.json "/proc/self/cwd/test.db")
commands=("report summary --format csv" "report weekly --format json" "report monthly --format xlsx"
    "report hours --format md" "report monthly --format html" "log list --format csv"
    "profile list --format json" "assign list" "profile amira --format md" "audit --format csv"
    "profile role voorlichter --format html" "config show --format json")
mapfile -t commands < <(thinned "${commands[@]}")
n=0
for target in "${targets[@]}"; do
    for command in "${commands[@]}"; do
        it "sleutel $command -o $target"
        # shellcheck disable=SC2086
        sl $command -o "$target"
        expect_code 73
        expect_error "cannot write .*: it is "
        n=$((n + 1))
    done
done
it "every output onto a database is refused (${n} cases)"
db_intact
[ "$(sqlite3 other.db .dump | sha256sum)" = "$other_before" ] && _pass || _fail "other.db changed"
for link in link-to-db link-to-link link-to-db.csv link-to-wal.csv link-to-shm.md link-to-other.json; do
    [ -L "$link" ] && _pass || _fail "$link is no longer a link"
done
expect_no_file test.db-journal

it "db backup onto the database, its WAL or SHM, by any name, is refused"
for target in "$SLEUTEL_DB" link-to-db "./test.db" "$SLEUTEL_DB-wal" "$SLEUTEL_DB-shm" link-to-wal.csv; do
    sl db backup "$target"
    expect_code 73
done
db_intact

it "db backup never replaces another program's database, nor a database some program has open"
sqlite3 foreign.db "CREATE TABLE x (a); INSERT INTO x VALUES (1);"
cp foreign.db foreign.txt
foreign_before=$(sqlite3 foreign.db .dump | sha256sum)
for target in foreign.db foreign.txt; do
    sl db backup "$target"
    expect_code 73
    expect_error "cannot write $target: it is another program's SQLite database"
done
[ "$(sqlite3 foreign.db .dump | sha256sum)" = "$foreign_before" ] && _pass || _fail "foreign.db changed"
sl db backup in-use.db
expect_code 0
: >in-use.db-wal
sl db backup in-use.db
expect_code 73
expect_error "cannot write in-use.db: it is a database in use \(it has a wal file\)"
rm in-use.db-wal
sl db backup in-use.db
expect_code 0

it "SLEUTEL_TRACE_SQL onto the database or its files is refused before anything runs"
for target in "$SLEUTEL_DB" link-to-db "$SLEUTEL_DB-wal" "$SLEUTEL_DB-shm" other.db; do
    SLEUTEL_TRACE_SQL=$target sl report summary
    expect_code 73
    expect_error "cannot write .*: it is "
done
db_intact

# 2. Devices and FIFOs are written to, never replaced, in every format; a device has no
# extension, so it takes --format or the command's own default.
it "-o /dev/null works for every command and format, without --format too"
for args in "report summary" "report weekly" "log list" "profile list" "assign list" \
    "profile amira" "profile role voorlichter" "audit" "config show" "report monthly --format xlsx" \
    "report summary --format csv" "report summary --format json" "report summary --format md" \
    "report summary --format html" "log list --format json"; do
    # shellcheck disable=SC2086
    sl $args -o /dev/null
    expect_code 0
    expect_true "/dev/null is still a character device" test -c /dev/null
done
sl db backup /dev/null
expect_code 0
expect_true "/dev/null is still a character device" test -c /dev/null

it "-o /dev/stdout takes the command's default format: a table for reports, md for a job profile"
"$BIN" report summary --period 2026-W47 -o /dev/stdout >out 2>err
code=$?
expect_code 0
expect_out "amira"
"$BIN" profile role voorlichter -o /dev/stdout >out 2>err
expect_out "# "

it "-o /dev/stdout appends where the shell appends"
echo "earlier line" >appended.txt
"$BIN" log list --period 2026-11 --format csv -o /dev/stdout >>appended.txt 2>err
expect_true "the earlier line stays" grep -qx "earlier line" appended.txt
expect_true "the list follows it" grep -q "amira" appended.txt
"$BIN" report summary --format csv -o /dev/stdout >>"$SLEUTEL_DB" 2>err
code=$?
expect_code 73
db_intact
"$BIN" log list --period 2026-11 --format json -o /dev/stdout >out 2>err
expect_json '.[0].person == "amira"'

it "xlsx, html, csv and json through /dev/stdout into a pipe"
for format in xlsx html csv json md; do
    kind=monthly
    [ "$format" = csv ] && kind=summary # a combined report is one CSV file per section
    "$BIN" report "$kind" --period 2026-11 --format "$format" -o /dev/stdout 2>err | cat >"piped.$format"
    expect_true "piped $format has content" test -s "piped.$format"
done
expect_true "the piped workbook is a zip" bash -c "head -c 2 piped.xlsx | grep -q PK"

it "a FIFO is written to, never replaced, in every format"
mkfifo fifo
for format in xlsx html csv json md table; do
    kind=monthly
    [ "$format" = csv ] && kind=summary
    cat fifo >"from-fifo.$format" &
    reader=$!
    sl report "$kind" --period 2026-11 --format "$format" -o fifo
    wait "$reader"
    expect_code 0
    expect_true "fifo is still a FIFO after $format" test -p fifo
    expect_true "the reader got the $format report" test -s "from-fifo.$format"
done
cat fifo >from-fifo.backup &
sl db backup fifo
wait $!
expect_code 0
expect_true "fifo is still a FIFO after db backup" test -p fifo
expect_true "the backup came through the FIFO" bash -c "head -c 15 from-fifo.backup | grep -q 'SQLite format 3'"

it "a link to a device is written through, the link stays"
ln -s /dev/null link-to-null
sl report monthly --format xlsx -o link-to-null
expect_code 0
expect_true "link-to-null is still a link" test -L link-to-null
expect_true "/dev/null is still a character device" test -c /dev/null

# 3. Links: a link to a regular file writes that file (as cp does); a dangling link creates the
# file it names; the link itself is never replaced.
it "-o through a link to a regular file writes the file, the link stays"
echo old >target.csv
ln -s target.csv link.csv
sl report summary --period 2026-W47 -o link.csv
expect_code 0
expect_true "link.csv is still a link" test -L link.csv
expect_true "target.csv holds the report" grep -q amira target.csv
for format in json md html xlsx; do
    ln -s "target-$format.$format" "dangling.$format"
    sl report weekly --period 2026-W47 -o "dangling.$format"
    expect_code 0
    expect_true "dangling.$format is still a link" test -L "dangling.$format"
    expect_true "the file it names was made ($format)" test -s "target-$format.$format"
done
ln -s sub/chain-end.csv chain-middle.csv
ln -s chain-middle.csv chain-start.csv
sl log list --format csv -o chain-start.csv
expect_code 0
expect_true "a chain of links ends in the new file" test -s sub/chain-end.csv
expect_true "both links stay" bash -c "test -L chain-start.csv && test -L chain-middle.csv"
ln -s nowhere/x.csv dangling-into-nothing.csv
sl log list -o dangling-into-nothing.csv
expect_code 73
expect_error "cannot create dangling-into-nothing.csv: the folder .*nowhere does not exist"
ln -s loop-b.csv loop-a.csv
ln -s loop-a.csv loop-b.csv
sl log list -o loop-a.csv
expect_code 73
expect_true "the loop's links stay" bash -c "test -L loop-a.csv && test -L loop-b.csv"

it "db backup through links: the file named, the link stays"
ln -s backups/nightly.db backup-link.db
mkdir backups
sl db backup backup-link.db
expect_code 0
expect_true "backup-link.db is still a link" test -L backup-link.db
expect_true "the backup is at the link's target" bash -c "sqlite3 backups/nightly.db 'SELECT count(*) FROM activity' | grep -qx 1"

it "init --force through a link starts the named file over; the link stays"
mkdir real
"$BIN" --db real/prog.db init >/dev/null 2>&1
ln -s real/prog.db prog-link.db
"$BIN" --db prog-link.db register person bo --name Bo --municipality Haarlem >/dev/null 2>&1
"$BIN" --db prog-link.db init --force >out 2>err
code=$?
expect_code 0
expect_true "prog-link.db is still a link" test -L prog-link.db
expect_true "the named file is a fresh database" bash -c "[ \"\$(sqlite3 real/prog.db 'SELECT count(*) FROM person')\" = 0 ]"
expect_true "the old one is kept beside the named file" bash -c "ls real/prog.db.*.bak >/dev/null"
expect_true "the .bak holds the old key person" bash -c "sqlite3 real/prog.db.*.bak 'SELECT handle FROM person' | grep -qx bo"

it "init through a dangling link creates the database it names"
ln -s real/fresh.db fresh-link.db
"$BIN" --db fresh-link.db init >out 2>err
code=$?
expect_code 0
expect_true "fresh-link.db is still a link" test -L fresh-link.db
expect_true "real/fresh.db is a database" bash -c "head -c 15 real/fresh.db | grep -q 'SQLite format 3'"

# 4. A failed init or backup leaves nothing half made, and names the file that failed.
it "init where it may not write leaves no file"
mkdir locked
chmod 555 locked
if [ "$(id -u)" -eq 0 ]; then
    as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
    chmod 755 "$WORK"
else
    as_nobody() { "$@"; }
fi
as_nobody "$BIN" --db "$WORK/locked/new.db" init >out 2>err
code=$?
expect_code 73
expect_error "cannot create the database $WORK/locked/new.db: Permission denied"
[ -z "$(ls -A locked)" ] && _pass || _fail "something was left in locked/"

mkdir tiny
# Room for one copy of the database, not for two; and, filled, not for a new one.
kib() { echo $((($(stat -c %s "$1") + 1023) / 1024)); }
tiny_kib=$(($(kib "$SLEUTEL_DB") * 3 / 2))
"$BIN" --db fresh.db init 2>/dev/null
if mount -t tmpfs -o size=${tiny_kib}k tmpfs tiny 2>/dev/null; then
    it "init on a full disk leaves no half database"
    dd if=/dev/zero of=tiny/filler bs=1k count=$((tiny_kib - $(kib fresh.db) / 2)) 2>/dev/null
    sl --db tiny/new.db init
    expect_code 73
    expect_error "cannot create the database tiny/new.db: the disk is full"
    [ "$(ls -A tiny)" = filler ] && _pass || _fail "left behind: $(ls -A tiny)"
    rm tiny/filler

    it "db backup onto a full disk leaves no temporary file or journal, names the backup, and keeps the older one"
    sl db backup tiny/copy.db
    expect_code 0
    cp tiny/copy.db good-before.db
    sl log amira individueel-contact 30m --date 2026-11-21
    sl db backup tiny/copy.db
    expect_code 74
    expect_error "cannot write the backup tiny/copy.db: the disk is full"
    [ "$(ls -A tiny)" = copy.db ] && _pass || _fail "left behind: $(ls -A tiny)"
    cmp -s tiny/copy.db good-before.db && _pass || _fail "the older backup changed"
    sl log delete 2
    before=$(dump)

    it "a report onto a full disk: 74 naming the report, no temporary file, the old report kept"
    sl report monthly --period 2026-11 --format json -o tiny/r.json
    expect_code 0
    cp tiny/r.json r-before.json
    dd if=/dev/zero of=tiny/filler bs=4k count=100 2>/dev/null
    sl report monthly --period 2026-11 --format html -o tiny/r.json
    expect_code 74
    expect_error "cannot write tiny/r.json: No space left on device"
    rm -f tiny/filler
    [ "$(ls -A tiny | sort | tr '\n' ' ')" = "copy.db r.json " ] && _pass || _fail "left behind: $(ls -A tiny)"
    cmp -s tiny/r.json r-before.json && _pass || _fail "the older report changed"
    umount tiny
else
    echo "note: cannot mount a tmpfs here; the full-disk cases are skipped"
fi

it "after everything, the database is as it was"
db_intact
exec 8>&- # sqlite3 reads the end of its input and closes
finish
