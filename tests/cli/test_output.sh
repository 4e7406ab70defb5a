# Output formats, -o files written atomically, and colour only on a terminal.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init

it "--format csv, json and md"
sl audit --format csv
expect_code 0
expect_out "id,at,user,command,entity,entity_id,action"
sl audit --format json
expect_code 0
expect_out '"command": "init"'
sl audit --format md
expect_code 0
expect_out "| id | tijdstip (UTC) |"

it "table labels follow [programme] language"
printf '[programme]\nname = "x"\nlanguage = "en"\n' >en.toml
sl --config en.toml audit
expect_code 0
expect_out "at (UTC)"

it "an unknown format is a usage error"
sl audit --format pdf
expect_code 64
expect_error "unknown format 'pdf'"

it "-o takes the format from the extension"
sl audit -o audit.json
expect_code 0
expect_out_empty
expect_true "JSON written" grep -q '"command": "init"' audit.json
sl audit -o audit.csv
expect_true "CSV written" grep -q '^id,at,user' audit.csv
sl audit -o audit.txt
expect_true "table written" grep -q 'init' audit.txt

it "--format wins over the extension"
sl audit --format csv -o audit.out
expect_code 0
expect_true "CSV written" grep -q '^id,at,user' audit.out

it "-o with an unknown extension and no --format"
sl audit -o audit.xyz
expect_code 64
expect_error "cannot tell the format of audit.xyz from its name"
expect_no_file audit.xyz

it "-o into a missing folder"
sl audit -o no/such/audit.csv
expect_code 73
expect_error "cannot create no/such/audit.csv"

it "-o - is standard output"
sl audit --format csv -o -
expect_code 0
expect_out "id,at,user"
expect_no_file ./-

it "-o to a pipe writes to it, and leaves it a pipe"
# (A pipe rather than /dev/stdout or /dev/null: a regression must not damage the machine's /dev.)
mkfifo pipe
cat pipe >from-pipe.csv &
reader=$!
sl audit --format csv -o pipe
expect_code 0
wait "$reader"
expect_true "the pipe carried the CSV" grep -q '^id,at,user' from-pipe.csv
expect_true "still a pipe" [ -p pipe ]

it "-o through a symbolic link replaces the file it points to"
echo old >target.csv
ln -s target.csv link.csv
sl audit -o link.csv
expect_code 0
expect_true "still a link" [ -L link.csv ]
expect_true "target rewritten" grep -q '^id,at,user' target.csv

it "-o to a folder"
mkdir outdir
sl audit -o outdir --format csv
expect_code 73
expect_error "cannot create outdir: it is a folder"

it "-o extensions are case-insensitive"
sl audit -o AUDIT.CSV
expect_code 0
expect_true "CSV written" grep -q '^id,at,user' AUDIT.CSV

it "commands that print a message refuse --format and -o"
sl db check --format json
expect_code 64
expect_error "'sleutel db check' prints a message, not a table"
sl config check -o check.csv
expect_code 64
expect_no_file check.csv

it "config show and template: TOML or JSON by --format or extension"
sl config show -o show.toml
expect_code 0
expect_true "TOML written" grep -q '^\[programme\]' show.toml
sl config show -o show.json
expect_code 0
expect_true "JSON written" grep -q '"programme"' show.json
sl config show --format toml
expect_code 0
expect_out "[programme]"
sl config show --format table
expect_code 64
sl config template --format json
expect_code 64
expect_error "'sleutel config template' writes TOML, not json"

it "a failing command leaves the old output file whole"
echo "old content" >keep.csv
sl --config missing.toml audit -o keep.csv
expect_code 66
expect_true "old content kept" grep -q '^old content$' keep.csv
expect_true "no temporary files" [ -z "$(ls -A | grep sleutel-)" ]

it "Dutch Excel CSV: separator and byte order mark from [output]"
printf '[output]\ncsv_separator = ";"\ncsv_bom = true\n' >excel.toml
sl --config excel.toml audit --format csv
expect_code 0
expect_true "starts with a BOM" [ "$(head -c 3 out | od -An -tx1 | tr -d ' ')" = efbbbf ]
expect_out "id;tijdstip (UTC);gebruiker;opdracht;soort;kenmerk;actie"
expect_out ";database;"

it "colour on a terminal, never with NO_COLOR or --no-color or in a pipe"
if command -v script >/dev/null; then
    script -qec "$BIN audit" /dev/null >tty.txt 2>&1
    expect_true "bold header on a terminal" grep -q $'\e\[1m' tty.txt
    NO_COLOR=1 script -qec "$BIN audit" /dev/null >tty.txt 2>&1
    expect_true "no colour with NO_COLOR" bash -c "! grep -q $'\e' tty.txt"
    script -qec "$BIN --no-color audit" /dev/null >tty.txt 2>&1
    expect_true "no colour with --no-color" bash -c "! grep -q $'\e' tty.txt"
fi
sl audit
expect_true "no colour in a pipe" bash -c "! grep -q $'\e' out"

finish
