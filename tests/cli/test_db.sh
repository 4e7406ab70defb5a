# `sleutel db check|backup` and every way a database file can be wrong.
source "$(dirname "$0")/lib.sh"

sl init

it "db check on a healthy database"
sl db check
expect_code 0
expect_out "$SLEUTEL_DB: ok (schema version 5)"

it "db check reports a broken foreign key and exits 1"
cp "$SLEUTEL_DB" broken.db
sqlite3 broken.db "PRAGMA foreign_keys=OFF; INSERT INTO training (person_id, name) VALUES (7, 'x');"
sl --db broken.db db check
expect_code 1
expect_out "training row 1 refers to a missing person"
expect_err "1 problem found"

it "a text file is not a database"
printf 'naam;uren\namira;3\n%.0s' {1..50} >text.db
sl --db text.db db check
expect_code 74
expect_error "not a sleutel database: text.db is not an SQLite file"

it "another program's SQLite file is refused"
sqlite3 other.db "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
sl --db other.db audit
expect_code 74
expect_error "not a sleutel database: other.db"

it "a database from a newer sleutel is refused with both versions"
cp "$SLEUTEL_DB" newer.db
sqlite3 newer.db "PRAGMA user_version = 7"
sl --db newer.db db check
expect_code 74
expect_error "the database newer.db has schema version 7, newer than this sleutel understands \(version 5\)"

it "a corrupt database: exit 74, one line"
cp "$SLEUTEL_DB" corrupt.db
sqlite3 corrupt.db "PRAGMA journal_mode=DELETE" >/dev/null
# Garbage over the schema page, after the 100-byte file header.
head -c 3900 /dev/zero | tr '\0' 'Z' | dd of=corrupt.db bs=1 seek=100 conv=notrunc status=none
sl --db corrupt.db db check
expect_code 74
expect_error "the database corrupt.db is corrupt"

it "a folder is not a database"
mkdir folder.db
sl --db folder.db db check
expect_code 74
expect_error "not a sleutel database: folder.db is a folder"

it "db backup writes a consistent copy that passes db check"
sl db backup copy.db
expect_code 0
expect_out "backup written to copy.db"
expect_true "mode 0600" [ "$(stat -c %a copy.db)" = 600 ]
sl --db copy.db db check
expect_code 0
expect_true "no temporary files left" [ -z "$(ls -A | grep sleutel-)" ]

it "db backup over an older backup replaces it"
sl db backup copy.db
expect_code 0

it "db backup never overwrites a file that is not a database"
echo "important notes" >notes.csv
sl db backup notes.csv
expect_code 73
expect_error "notes.csv exists and is not a database: not overwriting it"
expect_true "notes kept" grep -q "important notes" notes.csv

it "db check names rows of tables without row numbers"
cp "$SLEUTEL_DB" theme.db
sqlite3 theme.db "PRAGMA foreign_keys=OFF; INSERT INTO activity_theme VALUES (999, 'taal');"
sl --db theme.db db check
expect_code 1
expect_out "activity_theme a row refers to a missing activity"

it "db backup into a missing folder"
sl db backup no/such/copy.db
expect_code 73
expect_error "cannot create no/such/copy.db"

it "db backup onto the database itself"
sl db backup "$SLEUTEL_DB"
expect_code 73
expect_error "cannot back up the database onto itself"

it "db backup needs a file name"
sl db backup
expect_code 64

it "a database locked by another program: exit 75 after the wait"
# In exclusive locking mode SQLite keeps even readers out until the lock is released.
(echo "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO audit (at, os_user, command, entity, entity_id, action) VALUES ('x','x','x','x','x','x');"; sleep 4) | sqlite3 "$SLEUTEL_DB" >/dev/null 2>&1 &
holder=$!
sleep 0.5
start=$(date +%s%N)
sl --wait 0 db check
expect_code 75
expect_error "the database .* is busy"
expect_hint "try again, or wait longer with --wait SECONDS"
sl --wait 1 db check
expect_code 75
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
expect_true "it waited about a second (${elapsed_ms} ms)" [ "$elapsed_ms" -ge 900 ]

it "within the default wait of 5 s, the lock is released and the command succeeds"
sl db check
expect_code 0
wait "$holder"

it "db check finds rows that contradict each other"
rm -f logic.db
export SLEUTEL_DB="$WORK/logic.db"
sl init
sl register person ana --name "Ana" --since 2025-01-01
sl register person bo --name "Bo"
sl register org ggd --name "GGD" --type ggd
sl assign ana ggd --role voorlichter --from 2025-01-01
sl assign bo ggd --role tolk --from 2025-01-01
sl log ana individueel-contact 1h --date 2025-06-01
sl profile ana goal add "Leren" --due 2026-01-01
sl db check
expect_code 0
# What sleutel refuses, written behind its back (CHECKs switched off, as another tool might).
sqlite3 "$SLEUTEL_DB" "PRAGMA ignore_check_constraints = 1;
    UPDATE assignment SET until_date = '2024-12-31' WHERE id = 2;
    UPDATE activity SET date = '2024-06-01' WHERE id = 1;
    UPDATE goal SET done_on = '2020-01-01';"
sl db check
expect_code 1
expect_out "assignment 2 ends on 2024-12-31 before it starts on 2025-01-01"
expect_out "activity 1 on 2024-06-01 is before its key person joined the programme on 2025-01-01"
expect_out "activity 1 on 2024-06-01 is outside the dates of its assignment 1"
expect_out "goal 1 was done on 2020-01-01 before it was set on"
expect_out "CHECK constraint failed in assignment"
expect_err "5 problems found"
sqlite3 "$SLEUTEL_DB" "UPDATE activity SET assignment_id = 2 WHERE id = 1"
sl db check
expect_out "activity 1 is linked to assignment 2 of another key person"
expect_out_not "Ana"

finish
