# `sleutel init`: a private WAL database, never overwritten by accident.
source "$(dirname "$0")/lib.sh"

it "init creates a private WAL database"
sl init
expect_code 0
expect_out "created database $SLEUTEL_DB (schema version 1)"
expect_file "$SLEUTEL_DB"
expect_true "mode 0600" [ "$(stat -c %a "$SLEUTEL_DB")" = 600 ]
expect_true "WAL mode" [ "$(sqlite3 "$SLEUTEL_DB" 'PRAGMA journal_mode')" = wal ]
expect_true "user_version 1" [ "$(sqlite3 "$SLEUTEL_DB" 'PRAGMA user_version')" = 1 ]
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
