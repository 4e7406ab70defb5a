# Hostile input, table-driven: each bad input gives one `sleutel: error:` line (and perhaps a
# hint), the right exit code, no crash, and leaves the database as it was.
source "$(dirname "$0")/lib.sh"

small_programme

# Files the cases below use.
mkdir a-folder
echo "just some text" >text.txt
printf 'date,person,type,minutes\n"2026-11-20,amira,groepsvoorlichting,60\n' >unbalanced.csv
printf 'date,person,type\n2026-11-20,amira,groepsvoorlichting\n' >no-minutes.csv
: >empty.csv
# UTF-8 (the é) with a stray byte: damaged, not Windows-1252, which would be converted.
printf 'date,person,type,minutes\ncaf\xc3\xa9\xff,amira,groepsvoorlichting,60\n' >latin1.csv
printf 'date,person,type,minutes\n2026-11-20,amira,groepsvoorlichting,60\n2026-11-20,amira,groepsvoorlichting,60,extra,fields\n' >ragged.csv
awk 'BEGIN { printf "date,person,type,minutes,note\n2026-11-20,amira,groepsvoorlichting,60,"
    for (i = 0; i < 10 * 1024 * 1024; i++) printf "x"; print "" }' >ten-mb-note.csv
printf 'handle,name\nrobert-tables,"Robert\x27); DROP TABLE person;--"\nbad handle,x\n' >persons.csv
printf '[programme\nname = "x"\n' >syntax.toml
printf '[programme]\ncolour = "blue"\n' >unknown-key.toml
printf '[alerts]\noverload_ratio = "high"\n' >wrong-type.toml

# expected exit code | arguments (bash words, as typed)
cases=(
    # unknown commands, flags and missing arguments: usage, 64
    "64|frobnicate"
    "64|log"
    "64|log amira"
    "64|log amira groepsvoorlichting"
    "64|--format yaml log list"
    "64|log list --period"
    "64|log list --bogus"
    "64|--wait abc log list"
    "64|--wait -1 log list"
    "64|--wait 99999999 log list"
    "64|register person"
    "64|register"
    "64|log edit"
    "64|log edit abc --duration 1h"
    "64|log edit 1"
    "64|--db '' log list"
    "64|report"
    "64|report sumary"
    "64|report summary --by colour"
    "64|report hours --by theme"
    "64|report hours --check"
    "64|report weekly --format csv"
    "64|forget amira"
    "64|log list -o report.pdf"
    # values that are wrong: data, 65
    "65|log amira groepsvoorlichting 0m"
    "65|log amira groepsvoorlichting 25h"
    "65|log amira groepsvoorlichting -5m"
    "65|log amira groepsvoorlichting 99999999999999999999h"
    "65|log amira groepsvoorlichting abc"
    "64|log amira groepsvoorlichting ''"
    "64|log amira '' 1h"
    "64|log '' groepsvoorlichting 1h"
    "65|log nobody groepsvoorlichting 1h"
    "65|log amira koffie 1h"
    "65|log amira groepsvoorlichting 1h --date 2099-01-01"
    "65|log amira groepsvoorlichting 1h --date 2026-02-30"
    "65|log amira groepsvoorlichting 1h --date 99999-01-01"
    "65|log amira groepsvoorlichting 1h --at 25:00"
    "65|log amira groepsvoorlichting 1h --reached -1"
    "65|log amira groepsvoorlichting 1h --reached 99999999999999999999"
    "65|log amira groepsvoorlichting 1h --km -3"
    "65|log amira groepsvoorlichting 1h --km 1e309"
    "65|log amira groepsvoorlichting 1h --expense -1"
    "65|log amira groepsvoorlichting 1h --expense 99999999999999999999"
    "65|log amira groepsvoorlichting 1h --theme \"'; DROP TABLE activity; --\""
    "65|log amira groepsvoorlichting 1h --refer \"huisarts:1; DELETE FROM activity\""
    "65|log amira groepsvoorlichting 1h --note 'BSN 111222333'"
    "65|log amira groepsvoorlichting 1h --note 'bel 06-12345678'"
    "65|log amira groepsvoorlichting 1h --note 'mail a@b.nl'"
    "65|log amira groepsvoorlichting 1h --note \$'line\\x01feed'"
    "65|log amira groepsvoorlichting 1h --note \$'\\xff\\xfe'"
    "65|log amira groepsvoorlichting 1h --note \"\$(printf 'x%.0s' {1..501})\""
    "65|register person \"robert'); DROP TABLE person;--\" --name x"
    "65|register person bob --name ''"
    "65|register person bob --name \$'\\xff'"
    "65|register person bob --name x --birth-year 99999"
    "65|register person bob --name x --hours 1000"
    "65|register person bob --name x --lang xx:Z9"
    "65|register person bob --name x --gender q"
    "65|register person bob --name x --municipality Atlantis"
    "65|register person amira --name x"
    "65|assign amira ggd --role koning"
    "65|assign amira ggd --role helper --from 2026-01-10 --until 2026-01-01"
    "65|assign end 99999"
    "65|log edit 99999 --duration 1h"
    "65|log delete 99999"
    "65|profile nobody"
    "65|report summary --period 2026-13"
    "65|report summary --period 2026-W54"
    "65|report summary --from 2026-12-01 --to 2026-01-01"
    "65|report summary --person ''"
    "65|report summary --municipality Atlantis"
    "65|log import unbalanced.csv"
    "65|log import no-minutes.csv"
    "65|log import empty.csv"
    "65|log import latin1.csv"
    "65|log import ragged.csv"
    "65|log import ten-mb-note.csv"
    "65|register import persons persons.csv"
    # missing input: 66
    "66|log import missing.csv"
    "66|log import a-folder"
    "66|--db missing.db log list"
    "66|--config missing.toml log list"
    "66|--config a-folder log list"
    # not a database, cannot create: 74, 73
    "74|--db text.txt log list"
    "73|log list --format csv -o a-folder"
    "73|report summary -o no-such-folder/"
    # configuration: 78
    "78|--config syntax.toml log list"
    "78|--config unknown-key.toml log list"
    "78|--config wrong-type.toml log list"
)

expect_true "at least 60 cases (${#cases[@]})" [ "${#cases[@]}" -ge 60 ]
for entry in "${cases[@]}"; do
    want=${entry%%|*}
    args=${entry#*|}
    current="sleutel $args"
    before=$(dump)
    eval "\"\$BIN\" $args" >out 2>err
    code=$?
    expect_code "$want"
    if [[ "$args" == *" import "* ]] && head -n 1 err | grep -qE '^[^ ]+:[0-9]+: '; then
        # An import names every bad row as FILE:LINE: why, then ends with one error line.
        expect_true "rows as FILE:LINE, then one error" bash -c \
            "head -n -1 err | grep -vqE '^[^ ]+:[0-9]+: ' && exit 1; tail -n 1 err | grep -q '^sleutel: error: '"
    else
        expect_error ".+"
    fi
    [ "$(dump)" = "$before" ] && _pass || _fail "the database changed"
done

it "a file-size limit (ulimit -f) mid-import: an I/O error, nothing written, no crash"
awk 'BEGIN { print "date,person,type,minutes,note"
    for (i = 0; i < 50000; i++) printf "2026-11-20,amira,groepsvoorlichting,60,notitie %d over werk\n", i }' >big.csv
before=$(dump)
(ulimit -f 200; "$BIN" log import big.csv >out 2>err)
code=$?
expect_code 74
expect_error "cannot read or write"
[ "$(dump)" = "$before" ] && _pass || _fail "the database changed"
sl db check
expect_code 0

it "a full disk (a tiny tmpfs, where mounting is allowed): an error, nothing lost"
mkdir tiny
if mount -t tmpfs -o size=256k tmpfs tiny 2>/dev/null; then
    cp "$SLEUTEL_DB" tiny/small.db
    "$BIN" --db tiny/small.db log import big.csv >out 2>err
    code=$?
    expect_true "exit 73 or 74 (got $code)" bash -c "[ $code -eq 73 ] || [ $code -eq 74 ]"
    expect_error ".+"
    "$BIN" --db tiny/small.db db check >/dev/null 2>&1
    expect_true "the full database still passes db check" [ $? -eq 0 ]
    umount tiny
else
    echo "note: cannot mount a tmpfs here; the full-disk case is covered by the file-size limit"
fi

finish
