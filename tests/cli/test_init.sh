# `sleutel init`: a private WAL database, never overwritten by accident.
source "$(dirname "$0")/lib.sh"

it "init creates a private WAL database"
sl init
expect_code 0
expect_out "created database $SLEUTEL_DB (schema version 5)"
expect_file "$SLEUTEL_DB"
expect_true "mode 0600" [ "$(stat -c %a "$SLEUTEL_DB")" = 600 ]
expect_true "WAL mode" [ "$(sqlite3 "$SLEUTEL_DB" 'PRAGMA journal_mode')" = wal ]
expect_true "user_version 5" [ "$(sqlite3 "$SLEUTEL_DB" 'PRAGMA user_version')" = 5 ]
expect_true "STRICT tables" grep -q STRICT <(sqlite3 "$SLEUTEL_DB" .schema)

it "init records itself in the audit"
sl audit --format csv
expect_code 0
expect_out "command,entity,entity_id,action"
expect_out "init,database,$SLEUTEL_DB,create"

it "a second init refuses to overwrite"
sl init
expect_code 73
expect_error "a database already exists at $SLEUTEL_DB"
expect_hint "keep using it"

it "init --force starts over and keeps the old database as a .bak copy"
sl init --force
expect_code 0
expect_err "the old database is kept as $SLEUTEL_DB."
bak=$(ls "$SLEUTEL_DB".*.bak)
expect_true "the copy passes a check" "$BIN" --db "$bak" db check
expect_true "the copy holds the old audit row" grep -q init <(sqlite3 "$bak" 'SELECT command FROM audit')
sl audit --format csv
expect_true "the new database has one audit row" [ "$(wc -l <out)" -eq 2 ]

it "init --force refuses what is not a sleutel database, and leaves it alone"
mkdir folder.db
echo "some notes" >notes.txt
for target in folder.db notes.txt; do
    sl --db "$target" init --force
    expect_code 74
    expect_error "not a sleutel database: $target"
    expect_true "$target is still there" [ -e "$target" ]
    expect_true "nothing moved aside" [ -z "$(ls "$target".*.bak 2>/dev/null)" ]
done
sl --db notes.txt init
expect_code 74

it "init --force waits for another program's write, then exits 75 without touching anything"
(echo "BEGIN IMMEDIATE; INSERT INTO audit (at, os_user, command, entity, entity_id, action) VALUES ('x','x','x','x','x','x');"; sleep 3; echo "COMMIT;") | sqlite3 "$SLEUTEL_DB" >/dev/null 2>&1 &
holder=$!
sleep 0.5
baks_before=$(ls "$SLEUTEL_DB".*.bak | wc -l)
sl --wait 0.5 init --force
expect_code 75
expect_true "no new .bak" [ "$(ls "$SLEUTEL_DB".*.bak | wc -l)" -eq "$baks_before" ]
wait "$holder"
expect_true "the other program's row was committed" [ "$(sqlite3 "$SLEUTEL_DB" "SELECT count(*) FROM audit WHERE command = 'x'")" -eq 1 ]

it "init checks the config first"
printf '[programme\n' >broken.toml
sl --config broken.toml --db "$WORK/fresh.db" init
expect_code 78
expect_no_file "$WORK/fresh.db"

it "init into a folder that does not exist"
sl --db "$WORK/no/such/folder/x.db" init
expect_code 73
expect_error "cannot create the database .*folder .* does not exist"

it "without --db or SLEUTEL_DB, init uses \$XDG_DATA_HOME and makes its folder"
SLEUTEL_DB= "$BIN" init >out 2>err
code=$?
expect_code 0
expect_file "$XDG_DATA_HOME/sleutel/sleutel.db"

it "a read-only command never creates a database"
sl --db "$WORK/missing.db" audit
expect_code 66
expect_error "no database at $WORK/missing.db"
expect_hint "run 'sleutel init'"
expect_no_file "$WORK/missing.db"
sl --db "$WORK/missing.db" db check
expect_code 66

finish
