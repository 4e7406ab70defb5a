# Hostile input, part two: over-long CSV cells refused while reading, spreadsheet formulas and
# markup in what the tool writes, and values at the edges of what the options take.
source "$(dirname "$0")/lib.sh"

small_programme


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
refused_cases "${long_cases[@]}"
# --- Spreadsheet formulas in CSV, markup in Markdown ------------------------------------------
# handle | name (each begins as a spreadsheet formula would)
formula_people=(
    'f-hyperlink|=HYPERLINK("http://x")'
    'f-plus|+cmd'
    'f-at|@SUM(1)'
    'f-minus|-2+3'
    'f-equals|=1+1'
)
for entry in "${formula_people[@]}"; do
    sl register person "${entry%%|*}" --name "${entry#*|}" --municipality Haarlem --hours 4
done
sl register org f-org --name '=cmd|calc' --type ggd
sl assign f-plus f-org --role voorlichter --hours 4 --from 2026-01-01
sl log f-plus groepsvoorlichting 1h --date 2026-11-18 --note '=HYPERLINK("http://x")' --ref '-R9'
sl log f-at groepsvoorlichting 1h --date 2026-11-18 --note '@SUM(1) en meer'
sl log f-minus groepsvoorlichting 1h --date 2026-11-18 --theme gezondheid
sl register person f-markup --name '<script>alert(1)</script> [klik](http://evil.example)'
sl log f-markup groepsvoorlichting 1h --date 2026-11-18 --note '<b>[x](http://y)</b> ![i](http://img)'
it "people, an organisation and activities with formula-like text"
expect_code 0

# command | a cell that must be there, quoted for the spreadsheet
csv_cases=(
    "profile list --format csv|\"'=HYPERLINK(\"\"http://x\"\")\""
    "profile list --format csv|,'+cmd,"
    "profile list --format csv|,'@SUM(1),"
    "profile list --format csv|,'-2+3,"
    "profile list --format csv|,'=1+1,"
    "log list --format csv|\"'=HYPERLINK(\"\"http://x\"\")\""
    "log list --format csv|,'@SUM(1) en meer"
    "log list --format csv|,'-R9,"
    "report summary --by org --period 2026-11 --format csv|,'=cmd|calc,"
    "report summary --by person --period 2026-11 --format csv|,'+cmd,"
    "report summary --by person --period 2026-11 --format csv|,'-2+3,"
)
for entry in "${csv_cases[@]}"; do
    args=${entry%%|*}
    cell=${entry#*|}
    it "sleutel $args quotes $cell"
    eval "sl $args"
    expect_code 0
    expect_out "$cell"
done
it "no CSV cell of text begins with = + - @ or a tab"
tab=$'\t'
for args in "profile list" "assign list" "log list" "report summary --by person --period 2026-11" \
    "report summary --by org --period 2026-11"; do
    eval "sl $args --format csv"
    expect_code 0
    expect_true "$args: no cell begins like a formula" bash -c "! grep -qE '(^|,)[=+@$tab-]' out"
done
it "numbers the tool writes stay numbers: minutes, counts and ids"
sl log list --format csv
expect_out ",60,"
expect_out_not ",'6"
sl assign list --format csv
expect_code 0
expect_out "f-plus,f-org,voorlichter,240,"

it "a log list CSV imports again with its text as it was"
sl log list --format csv
grep -E '^id|f-at' out >roundtrip.csv
"$BIN" --db roundtrip.db init >/dev/null 2>&1
"$BIN" --db roundtrip.db register person f-at --name x >/dev/null 2>&1
sl --db roundtrip.db log import roundtrip.csv
expect_code 0
sl --db roundtrip.db log list --format json
expect_json '.[0].note == "@SUM(1) en meer"'

# command | text that must be there | text that must not
md_cases=(
    "profile list --format md|&lt;script&gt;alert(1)&lt;/script&gt;|<script>"
    "profile list --format md|\\[klik\\](http://evil.example)|[klik](http"
    "log list --format md|&lt;b&gt;\\[x\\](http://y)&lt;/b&gt;|<b>"
    "log list --format md|!\\[i\\](http://img)|![i](http"
    "profile f-markup --format md|&lt;script&gt;|<script>"
    "profile f-markup --format md|\\[klik\\]|[klik](http"
    "report summary --by person --period 2026-11 --format md|&lt;script&gt;|<script>"
    "report summary --by person --period 2026-11 --format md|\\[klik\\]|[klik](http"
)
for entry in "${md_cases[@]}"; do
    IFS='|' read -r args want unwanted <<<"$entry"
    it "sleutel $args escapes markup"
    eval "sl $args"
    expect_code 0
    expect_out "$want"
    expect_out_not "$unwanted"
done

# --- Values at the edges: one error line that says what is wrong -----------------------------
# expected exit code | arguments | the error line (a regex)
value_cases=(
    "65|log amira groepsvoorlichting 1h --reached 99999999999999999999|too large a count of people reached"
    "65|log amira groepsvoorlichting 1h --reached 1000000001|too large a count of people reached"
    "65|log amira groepsvoorlichting 1h --refer huisarts:99999999999999999999|too large a count of referrals"
    "65|log amira groepsvoorlichting 1h --refer huisarts:9999999999|too large a count of referrals"
    "65|log amira groepsvoorlichting 1h --km 1e30|too large a distance in km"
    "65|log amira groepsvoorlichting 1h --km 1e309|too large a distance in km"
    "65|log amira groepsvoorlichting 1h --km 100000|too large a distance in km"
    "65|log amira groepsvoorlichting 1h --expense 99999999999999999999|too large an amount of money"
    "65|register person bob --name Bob --hours 99999999999999999999|too many hours per week"
    "65|register person bob --name Bob --hours 169|too many hours per week"
    "65|assign amira ggd --role voorlichter --hours 99999999999999999999|too many hours per week"
    "65|register person amira --update --hours 1e30|too many hours per week"
    "65|register person bob --name Bob --birth-year 99999999999999999999|too large a count of years"
    "65|log amira groepsvoorlichting 999999h|a duration can be at most 24 hours"
    "65|log amira groepsvoorlichting 99999999999999999999h|a duration can be at most 24 hours"
    "65|log amira groepsvoorlichting 99999999m|a duration can be at most 24 hours"
    "65|log amira groepsvoorlichting 99999:00|a duration can be at most 24 hours"
    "65|log amira groepsvoorlichting 25h|a duration can be at most 24 hours"
    "65|log amira groepsvoorlichting 1h --reached abc|not a count of people reached"
    "65|log amira groepsvoorlichting 1h --km abc|not a distance in km"
    "65|log amira groepsvoorlichting abc|not a duration"
    "65|report summary --period 9999-W52|not a period: '9999-W52' runs past 9999-12-31"
    "65|report summary --period 9999-W53|not a period: 9999 has only 52 ISO weeks"
    "65|report summary --period 2026-01..9999-W52|not a period: '2026-01..9999-W52' runs past"
    "65|log list --period 9999-W52|not a period: '9999-W52' runs past 9999-12-31"
    "65|report summary --period 10000|not a period: '10000'"
)
refused_cases "${value_cases[@]}"

# Periods at the end of the calendar end on 9999-12-31.
# period | its last day
for entry in "9999-12|9999-12-31" "9999|9999-12-31" "9999-Q4|9999-12-31" "9999-W51|9999-12-26" \
    "9999-12-31|9999-12-31" "9999-W52..|9999-12-31"; do
    it "--period ${entry%%|*} ends ${entry#*|}"
    sl report summary --period "${entry%%|*}" --format json
    expect_code 0
    expect_json ".period.to == \"${entry#*|}\""
done

# --- A [programme] section without a name gets the default the manual promises ---------------
printf '[programme]\norganisation = "GGD"\n' >no-name.toml
printf '[programme]\nname = ""\n' >empty-name.toml
printf '[programme]\nname = "   "\nlanguage = "en"\n' >blank-name.toml
for file in no-name.toml empty-name.toml blank-name.toml; do
    it "$file: config show and a report header name the programme Sleutelpersonen"
    sl --config "$file" config show
    expect_code 0
    expect_out "name = 'Sleutelpersonen'"
    sl --config "$file" config show --format json
    expect_json '.programme.name == "Sleutelpersonen"'
    sl --config "$file" report summary --period 2026-11 --format md
    expect_code 0
    [ "$(head -n 1 out)" = "# Sleutelpersonen" ] && _pass || _fail "report header: $(head -n 1 out)"
done

# --- forget wants the full handle; other commands keep taking a unique prefix -----------------
sl register person zora --name "Zora" --municipality Haarlem
sl register person zoltan --name "Zoltan" --municipality Haarlem
it "people to forget"
expect_code 0
# arguments | the error line (a regex)
forget_cases=(
    "forget zor --yes|give the full handle 'zora' to forget"
    "forget zora- --yes|no person 'zora-'"
    "forget zolt --yes|give the full handle 'zoltan' to forget"
    "forget zo --yes|.*zo"
    "forget am --yes|give the full handle 'amira' to forget"
    "forget a --yes|give the full handle 'amira' to forget"
    "forget amir --yes|give the full handle 'amira' to forget"
)
for entry in "${forget_cases[@]}"; do
    IFS='|' read -r args message <<<"$entry"
    it "sleutel $args is refused"
    before=$(dump)
    eval "\"\$BIN\" $args" >out 2>err
    code=$?
    expect_true "exit 64 or 65 (got $code)" bash -c "[ $code -eq 64 ] || [ $code -eq 65 ]"
    expect_error "$message"
    [ "$(dump)" = "$before" ] && _pass || _fail "the database changed"
done
it "forget without --yes names the full handle to type"
sl forget zor
expect_code 64
expect_err "sleutel forget zora --yes"
it "other commands still take a unique prefix"
sl profile zor --format json
expect_code 0
expect_json '.handle == "zora"'
sl log zor groepsvoorlichting 30m --date 2026-11-19
expect_code 0
it "forget with the full handle erases"
sl forget zora --yes
expect_code 0
expect_out "erased the personal data of zora"

# --- Phone numbers and e-mail addresses of key persons are checked --------------------------
# expected exit code | arguments | the error line (a regex)
contact_cases=(
    "65|register person pia --name Pia --phone abc|not a phone number"
    "65|register person pia --name Pia --phone 123|not a phone number"
    "65|register person pia --name Pia --phone 0612345678901234|not a phone number"
    "65|register person pia --name Pia --phone '+31+6 12345678'|not a phone number"
    "65|register person pia --name Pia --phone '06_12345678'|not a phone number"
    "65|register person pia --name Pia --phone '06 1234 567x'|not a phone number"
    "65|register person amira --update --phone 'bel me'|not a phone number"
    "65|register person pia --name Pia --email nobody|not an e-mail address"
    "65|register person pia --name Pia --email a@b|not an e-mail address"
    "65|register person pia --name Pia --email @b.nl|not an e-mail address"
    "65|register person pia --name Pia --email a@@b.nl|not an e-mail address"
    "65|register person pia --name Pia --email 'a b@c.nl'|not an e-mail address"
    "65|register person pia --name Pia --email a@b..nl|not an e-mail address"
    "65|register person pia --name Pia --email a@.nl|not an e-mail address"
    "65|register person amira --update --email amira.example.nl|not an e-mail address"
)
refused_cases "${contact_cases[@]}"
# phone | e-mail, accepted
for entry in "06-12345678|pia@ggd.nl" "+31 6 12345678|pia.de.vries@ggd.example.org" \
    "(020) 123 4567|p+tag@voorbeeld.nl"; do
    it "accepted: ${entry%%|*} and ${entry#*|}"
    sl register person amira --update --phone "${entry%%|*}" --email "${entry#*|}"
    expect_code 0
done
it "register import persons checks phone numbers and e-mail addresses per row"
printf 'handle,name,phone,email\npia,Pia,06-12345678,pia@ggd.nl\nrik,Rik,12,rik@ggd.nl\nsam,Sam,0612345678,sam-at-ggd\n' >contacts.csv
before=$(dump)
sl register import persons contacts.csv
expect_code 65
expect_err "contacts.csv:3: not a phone number"
expect_err "contacts.csv:4: not an e-mail address"
[ "$(dump)" = "$before" ] && _pass || _fail "the database changed"

# --- Activity refs: spaces around them are taken off, control characters refused -------------
sl log amira groepsvoorlichting 1h --date 2026-11-19 --ref 'R1 '
it "a ref with a trailing space is stored without it"
expect_code 0
sl log list --format json
expect_json 'map(select(.ref == "R1")) | length == 1'
# expected exit code | arguments | the error line (a regex)
ref_cases=(
    "65|log amira groepsvoorlichting 1h --date 2026-11-19 --ref R1|an activity with ref 'R1' is already logged"
    "65|log amira groepsvoorlichting 1h --date 2026-11-19 --ref ' R1'|an activity with ref 'R1' is already logged"
    "65|log amira groepsvoorlichting 1h --date 2026-11-19 --ref \$'\\tR1 \\t'|an activity with ref 'R1' is already logged"
    "65|log amira groepsvoorlichting 1h --ref \$'R\\n2'|a ref cannot hold control characters"
    "65|log amira groepsvoorlichting 1h --ref \$'R\\r2'|a ref cannot hold control characters"
    "65|log amira groepsvoorlichting 1h --ref \$'R\\x012'|a ref cannot hold control characters"
    "65|log amira groepsvoorlichting 1h --ref \$'R\\x7f2'|a ref cannot hold control characters"
    "65|log amira groepsvoorlichting 1h --ref '   '|a ref is 1 to 100 characters"
)
refused_cases "${ref_cases[@]}"
it "log import trims refs before matching them"
printf 'date,person,type,minutes,ref\n2026-11-19,amira,groepsvoorlichting,60," R1 "\n2026-11-19,amira,groepsvoorlichting,60,R7 \n' >refs.csv
sl log import refs.csv
expect_code 0
expect_out "1 skipped (ref already logged)"
sl log list --format json
expect_json 'map(select(.ref == "R7")) | length == 1'
it "log import: the same ref with and without spaces twice in one file"
printf 'date,person,type,minutes,ref\n2026-11-19,amira,groepsvoorlichting,60,R8\n2026-11-19,amira,groepsvoorlichting,60,"R8 "\n' >twice.csv
before=$(dump)
sl log import twice.csv
expect_code 65
expect_err "twice.csv:3: ref 'R8' appears twice in this file"
[ "$(dump)" = "$before" ] && _pass || _fail "the database changed"
it "log import refuses a ref with a line break"
printf 'date,person,type,minutes,ref\n2026-11-19,amira,groepsvoorlichting,60,"R\n9"\n' >newline.csv
sl log import newline.csv
expect_code 65
expect_err "newline.csv:2: a ref cannot hold control characters"

# --- An unknown command after a global option is named as such ------------------------------
# These fail until `--db` stops taking the next word as a second database: in src/cli/app.cpp,
# add_globals, the --db option needs `->allow_extra_args(false)` after `->expected(1)`.
# args
unknown_command_cases=(
    "--db test.db frobnicate"
    "--db test.db --format json frobnicate"
    "--format json --db test.db frobnicate"
    "--no-color --db test.db frobnicate"
    "--db test.db frobnicate log"
)
for args in "${unknown_command_cases[@]}"; do
    it "sleutel $args names the unknown command"
    eval "sl $args"
    expect_code 64
    expect_error "unknown command 'frobnicate'"
done

finish
