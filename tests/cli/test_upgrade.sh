# A database from the first schema version opens with the current binary, migrates if it must,
# and keeps every row: persons, assignments, activities with themes and referrals, goals, audit.
source "$(dirname "$0")/lib.sh"

fixture="$SOURCE/tests/fixtures/schema-v1.sql"
sqlite3 old.db <"$fixture"
export SLEUTEL_DB="$WORK/old.db"
count() { sqlite3 old.db "SELECT count(*) FROM $1"; }
declare -A before
for table in person person_language training organisation assignment activity activity_theme \
    activity_referral goal audit; do
    before[$table]=$(count "$table")
done

it "the old database passes db check with the current binary"
sl db check
expect_code 0
# db check names the version this binary writes; the file must now be at that version.
current_version=$(sed -n 's/.*(schema version \([0-9]*\)).*/\1/p' out)
expect_true "at the current schema version ($current_version)" \
    [ "$(sqlite3 old.db 'PRAGMA user_version')" = "$current_version" ]

it "the migrations added indexes of date, person, minutes, km and after-hours, and of type, person and date"
index_names=$(sqlite3 old.db "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema
    WHERE type = 'index' AND tbl_name = 'activity' AND sql IS NOT NULL ORDER BY name)")
expect_true "indexes: $index_names" [ "$index_names" = "activity_date activity_date_person activity_person_date activity_type_person_date" ]

it "the migration to version 3 gave every person one agreement period from their start"
expect_true "amira's period: $(sqlite3 old.db 'SELECT from_date, contract, minutes_per_week, allowance FROM agreement')" \
    [ "$(sqlite3 old.db "SELECT from_date || ' ' || contract || ' ' || minutes_per_week || ' ' || allowance FROM agreement")" = "2025-01-01 volunteer 480 legal" ]

it "every row is still there"
for table in "${!before[@]}"; do
    current="every row of $table is kept"
    expect_true "$table: ${before[$table]} rows" [ "$(count "$table")" = "${before[$table]}" ]
done

it "the old rows read back through the commands"
sl log list --period 2026-11 --format json
expect_json 'length == 2'
expect_json '.[0] | .ref == "ext-1" and .themes == ["gezondheid"] and .referrals == [{"target": "huisarts", "count": 2}] and .km == 5'
sl profile amira --format json
expect_code 0
expect_out "Voorlichting geven"
sl report summary --period 2026-W47 --format json
expect_json '.totals.activities == 2 and .totals.minutes == 135'

it "and new rows can be added"
sl log amira individueel-contact 30m --date 2026-11-20
expect_code 0
expect_true "three activities" [ "$(count activity)" = 3 ]

finish
