# A database from every earlier schema version opens with the current binary, migrates, and keeps
# every row: persons, assignments, activities with themes and referrals, goals, agreements, audit.
source "$(dirname "$0")/lib.sh"

# Versions 2 to 4 first: each must reach the current version and keep what it held.
for version in 2 3 4; do
    rm -f old.db
    sqlite3 old.db <"$SOURCE/tests/fixtures/schema-v$version.sql"
    tables=$(sqlite3 old.db "SELECT group_concat(name, ' ') FROM sqlite_schema WHERE type = 'table'
        AND name NOT LIKE 'sqlite_%'")
    declare -A kept=()
    for table in $tables; do kept[$table]=$(sqlite3 old.db "SELECT count(*) FROM $table"); done
    it "a version-$version database migrates to the current version and keeps every row"
    SLEUTEL_DB="$WORK/old.db" sl db check
    expect_code 0
    for table in $tables; do
        expect_true "v$version $table: ${kept[$table]} rows" \
            [ "$(sqlite3 old.db "SELECT count(*) FROM $table")" = "${kept[$table]}" ]
    done
    if [ "$version" -lt 4 ]; then
        it "a version-$version database: old activities count no questions or professionals"
        SLEUTEL_DB="$WORK/old.db" sl report summary --period 2026-W47 --format json
        expect_json '.totals | [.activities, .minutes, .questions, .reached, .reached_professionals]
            == [2, 135, 0, 12, 0]'
        SLEUTEL_DB="$WORK/old.db" sl assign list --format json
        expect_json '.[0].funding == null'
    else
        it "a version-4 database keeps its questions, professionals, funding and signals"
        SLEUTEL_DB="$WORK/old.db" sl report summary --period 2026-11 --format json
        expect_json '.totals | [.activities, .minutes, .questions, .reached, .reached_professionals]
            == [3, 195, 3, 17, 2]'
        SLEUTEL_DB="$WORK/old.db" sl assign list --format json
        expect_json '.[0].funding == "wmo"'
        SLEUTEL_DB="$WORK/old.db" sl report signals --period 2026-11 --format json
        expect_json '.rows | map([.id, .status, .org]) == [[1, "forwarded", "ggd"]]'
    fi
done
it "the version-3 agreements are still the ones in force"
SLEUTEL_DB="$WORK/old.db" sl profile amira agreements --format json
expect_code 0
expect_json '[.[] | .from] == ["2025-01-01", "2026-09-01"]'

rm -f old.db
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

it "the migration to version 4 added the monitoring columns and the signal tables, empty"
expect_true "signal tables" [ "$(sqlite3 old.db "SELECT count(*) FROM signal") $(sqlite3 old.db \
    "SELECT count(*) FROM signal_theme")" = "0 0" ]

it "and new rows can be added"
sl log amira individueel-contact 30m --date 2026-11-20 --questions 3 --professionals 1
expect_code 0
expect_true "three activities" [ "$(count activity)" = 3 ]
sl report summary --period 2026-11-20 --format json
expect_json '.totals.questions == 3 and .totals.reached_professionals == 1'

finish
