# Hostile input, part two: over-long CSV cells refused while reading, spreadsheet formulas and
# markup in what the tool writes, and values at the edges of what the options take.
source "$(dirname "$0")/lib.sh"

sl init
sl register person amira --name "Amira" --municipality Haarlem --hours 8
sl register org ggd --name "GGD" --type ggd
sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01
sl log amira groepsvoorlichting 1h --date 2026-11-20 --theme gezondheid
it "fixture"
expect_code 0

dump() { sqlite3 "$SLEUTEL_DB" .dump | sha256sum; }

# --- Over-long CSV fields and records: refused while reading, naming the file and line ---------
# One 20 MB note cell, plain and quoted; a 20 MB name; a record of a million separators.
awk 'BEGIN { printf "date,person,type,minutes,note\n2026-11-20,amira,groepsvoorlichting,60,"
    s = sprintf("%1024s", ""); gsub(/ /, "x", s); for (i = 0; i < 20 * 1024; i++) printf "%s", s
    print "" }' >huge-note.csv
awk 'BEGIN { printf "date,person,type,minutes,note\n2026-11-20,amira,groepsvoorlichting,60,1\n"
    printf "2026-11-21,amira,groepsvoorlichting,60,\""
    s = sprintf("%1024s", ""); gsub(/ /, "y", s); for (i = 0; i < 20 * 1024; i++) printf "%s", s
    print "\"" }' >huge-quoted-note.csv
awk 'BEGIN { printf "handle,name\nbob,"
    s = sprintf("%1024s", ""); gsub(/ /, "z", s); for (i = 0; i < 20 * 1024; i++) printf "%s", s
    print "" }' >huge-name.csv
awk 'BEGIN { printf "date,person,type,minutes,note\n"
    for (i = 0; i < 1100000; i++) printf ","; print "" }' >wide-record.csv

long_note=$(head -c 100000 /dev/zero | tr '\0' x)

# expected exit code | arguments | the error line (a regex)
long_cases=(
    "65|log import huge-note.csv|huge-note.csv:2: a field is longer than 65536 bytes"
    "65|log import --dry-run huge-note.csv|huge-note.csv:2: a field is longer than 65536 bytes"
    "65|log import huge-quoted-note.csv|huge-quoted-note.csv:3: a field is longer than 65536 bytes"
    "65|register import persons huge-name.csv|huge-name.csv:2: a field is longer than 65536 bytes"
    "65|log import wide-record.csv|wide-record.csv:2: a record is longer than 1048576 bytes"
    "65|log amira groepsvoorlichting 1h --note \"\$long_note\"|the note is 100000 characters; at most 500"
)
for entry in "${long_cases[@]}"; do
    IFS='|' read -r want args message <<<"$entry"
    it "sleutel $args"
    before=$(dump)
    eval "\"\$BIN\" $args" >out 2>err
    code=$?
    expect_code "$want"
    expect_error "$message"
    [ "$(dump)" = "$before" ] && _pass || _fail "the database changed"
done
finish
