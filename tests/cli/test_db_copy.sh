# `sleutel db copy SOURCE TARGET`: a whole programme into a new database, the same figures, never
# over a file, nothing left behind when it fails.
source "$(dirname "$0")/lib.sh"

small_programme
it "the programme to copy is set up"
sl register person bilal --name "Bilal" --municipality Haarlem --hours 4 --birth-year 2006
expect_code 0
sl assign bilal ggd --role voorlichter --hours 4 --from 2026-02-01
expect_code 0
sl log bilal individueel-contact 45m --date 2026-11-18 --theme taal --refer huisarts:2
expect_code 0
sl log amira huisbezoek 2h --date 2026-10-07 --theme gezondheid --reached 3
expect_code 0
sl profile amira goal add "Cursus gespreksvoering afronden" --due 2027-03-01
expect_code 0
sl profile amira training add "Basistraining voorlichting" --on 2026-02-10
expect_code 0
sl profile amira agreement --from 2026-09-01 --hours 10
expect_code 0
sl signal add "Veel vragen over de eigen bijdrage" --person amira --theme zorgstelsel --date 2026-11-02
expect_code 0
sl register person tijdelijk --name "Tijdelijk" --municipality Haarlem --hours 2
expect_code 0
sl register delete tijdelijk
expect_code 0
sl register person zaynab --name "Zaynab" --municipality Haarlem --hours 2 --birth-year 1990
expect_code 0
sl forget zaynab --yes
expect_code 0
# The last activity deleted: its id must not be given again, in the copy either.
sl log amira groepsvoorlichting 30m --date 2026-11-19
expect_code 0
sl log delete "$(sqlite3 "$SLEUTEL_DB" "SELECT max(id) FROM activity")"
expect_code 0
# Every kind of report once, so the copy's totals are worked out from its own activities.
sl report monthly --period 2026-11 --format json

# The programme's rows, table by table (the monthly totals are worked out again, the copy adds
# one audit row).
rows_of() {
    for table in person organisation person_language person_status agreement age_band assignment \
        activity activity_theme activity_referral training goal signal signal_theme audit \
        sqlite_sequence; do
        echo "== $table"
        sqlite3 -csv "$1" "SELECT * FROM $table ORDER BY 1, 2"
    done
}

it "db copy makes a new database with every row, and says what it copied"
sl db copy "$SLEUTEL_DB" copy.db
expect_code 0
expect_out "copied $SLEUTEL_DB to copy.db (key persons 3, organisations 1, activities 3, signals 1,"
expect_out "each row checked against the original"
expect_true "mode 0600" [ "$(stat -c %a copy.db)" = 600 ]
expect_true "no file left but the copy: $(ls -A)" [ -z "$(ls -A | grep -E 'copying|copy\.db-')" ]
diff <(rows_of "$SLEUTEL_DB") <(rows_of copy.db | grep -v ',"db copy",database,') >rows.diff
expect_true "the same rows: $(head -c 400 rows.diff)" [ ! -s rows.diff ]
expect_true "one audit row for the copy" \
    [ "$(sqlite3 copy.db "SELECT count(*) FROM audit WHERE command = 'db copy' AND action = 'copy'")" = 1 ]
sl --db copy.db db check
expect_code 0

it "every report gives the same figures on the copy"
# The monthly report holds every kind as a section; the weekly one groups them another way.
for kind in monthly weekly; do
    sl report "$kind" --period 2026-11 --format json
    jq -S 'walk(if type == "object" then del(.generated_at) else . end)' out >"original-$kind.json"
    sl --db copy.db report "$kind" --period 2026-11 --format json
    jq -S 'walk(if type == "object" then del(.generated_at) else . end)' out >"copy-$kind.json"
    current="report $kind"
    expect_true "the copy's $kind differs" cmp -s "original-$kind.json" "copy-$kind.json"
done
sl --db copy.db profile amira --format json
jq -S . out >copy-profile.json
sl profile amira --format json
expect_true "the same card" cmp -s <(jq -S . out) copy-profile.json

it "ids go on where the original's would: a deleted last row's id is not given again"
sl register person nieuw --name "Nieuw" --municipality Haarlem --hours 2
sl --db copy.db register person nieuw --name "Nieuw" --municipality Haarlem --hours 2
expect_true "the same id" [ "$(sqlite3 "$SLEUTEL_DB" "SELECT id FROM person WHERE handle = 'nieuw'")" = \
    "$(sqlite3 copy.db "SELECT id FROM person WHERE handle = 'nieuw'")" ]
sl log amira groepsvoorlichting 1h --date 2026-11-21
sl --db copy.db log amira groepsvoorlichting 1h --date 2026-11-21
expect_true "the same activity id" [ "$(sqlite3 "$SLEUTEL_DB" "SELECT max(id) FROM activity")" = \
    "$(sqlite3 copy.db "SELECT max(id) FROM activity")" ]

it "an existing target is never written over: a database, a file, a link, the source"
cp copy.db keep.db
sum_before=$(md5sum keep.db)
sl db copy "$SLEUTEL_DB" keep.db
expect_code 73
expect_error "keep.db already exists: a copy is only written as a new file"
expect_hint "give the copy a new file name"
expect_true "untouched" [ "$(md5sum keep.db)" = "$sum_before" ]
printf 'notes\n' >notes.txt
sl db copy "$SLEUTEL_DB" notes.txt
expect_code 73
expect_true "untouched" [ "$(cat notes.txt)" = notes ]
ln -s "$SLEUTEL_DB" link.db
sl db copy "$SLEUTEL_DB" link.db
expect_code 64
expect_error "link.db is the database being copied"
ln -s missing-target.db dangling.db
sl db copy "$SLEUTEL_DB" dangling.db
expect_code 73
expect_true "the link's target is not made" [ ! -e missing-target.db ]
sl db copy "$SLEUTEL_DB" "$SLEUTEL_DB"
expect_code 64
expect_error ".*test.db is the database being copied"

it "a source that is missing or not ours"
sl db copy nothing.db new1.db
expect_code 66
expect_true "nothing made" [ ! -e new1.db ]
sqlite3 other.db "CREATE TABLE t (x)"
sl db copy other.db new2.db
expect_code 74
expect_error "not a sleutel database: other.db"
expect_true "nothing made" [ -z "$(ls -A | grep new2)" ]

it "a target in a folder that does not exist"
sl db copy "$SLEUTEL_DB" no/such/folder/copy.db
expect_code 73
expect_true "no folder made" [ ! -e no ]

it "a copy that fails halfway (a file-size limit) leaves no file behind"
awk 'BEGIN { print "date,person,type,minutes,note"
    for (i = 0; i < 3000; i++) printf "2026-11-%02d,amira,groepsvoorlichting,60,notitie %d over werk\n", i % 20 + 1, i }' >big.csv
sl log import big.csv
expect_code 0
(ulimit -f 300; "$BIN" db copy "$SLEUTEL_DB" big-copy.db >out 2>err)
code=$?
expect_code 74
expect_error "cannot write the copy big-copy.db: "
expect_true "no file left: $(ls -A | grep big-copy)" [ -z "$(ls -A | grep big-copy)" ]
# Too small a limit for even an empty database: the error names the copy all the same.
(ulimit -f 64; "$BIN" db copy "$SLEUTEL_DB" big-copy.db >out 2>err)
code=$?
expect_code 73
expect_error "cannot create the database big-copy.db: "
expect_true "no file left: $(ls -A | grep big-copy)" [ -z "$(ls -A | grep big-copy)" ]

it "a server that cannot be reached is exit 74, its password never repeated"
sl db copy "$SLEUTEL_DB" "postgresql://coordinator:geheim123@127.0.0.1:1/sleutel"
expect_code 74
expect_error "cannot connect to the PostgreSQL server postgresql://coordinator:\*\*\*@127.0.0.1:1/sleutel"
expect_true "no password in the message" bash -c "! grep -q geheim123 err"
SLEUTEL_DB="host=127.0.0.1 port=1 password=geheim123" "$BIN" report summary >out 2>err
code=$?
expect_code 74
expect_true "no password in the message" bash -c "! grep -q geheim123 err"
sl --db "service=regio" log amira groepsvoorlichting 1h
expect_code 74
expect_error "cannot connect to the PostgreSQL server service=regio"
expect_true "no file named after it" [ ! -e "service=regio" ]

it "db copy needs both names"
sl db copy "$SLEUTEL_DB"
expect_code 64
sl db copy "" x.db
expect_code 64

finish
