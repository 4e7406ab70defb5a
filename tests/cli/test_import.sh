# `sleutel register import persons|orgs FILE.csv [--dry-run]`: all rows or none.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init

it "a good persons file, with a BOM and Dutch Excel separators"
# Lists inside a cell are ';'-separated, so with ';' as separator the cell is quoted.
printf '\xEF\xBB\xBFhandle;name;municipality;langs;gender;contract;hours;since;trainings\r\n' >persons.csv
printf 'amira;Amira Haddad;Haarlem;"ar:native;nl:B1";f;volunteer;8;2024-03-01;"Basis@2024-02-10;intervisie@2026-04-01"\r\n' >>persons.csv
printf 'selam;"Selam ""ሰላም"" T.";GM0392;ti:native;f;employed;18;;\r\n' >>persons.csv
sl register import persons persons.csv --dry-run
expect_code 0
expect_out "persons.csv: 2 persons would be imported (dry run, nothing written)"
expect_true "nothing written" [ "$(db_sql "SELECT count(*) FROM person")" -eq 0 ]
sl register import persons persons.csv
expect_code 0
expect_out "persons.csv: imported 2 persons"
sl profile amira --format json
expect_out '"level": "B1"'
expect_out '"last_intervision": "2026-04-01"'
sl profile selam --format json
expect_out '"name": "Selam \"ሰላም\" T."'
sl audit --format csv
expect_out "register import,person,amira,create"

it "the same file again: every row is already registered, nothing written"
sl register import persons persons.csv
expect_code 65
expect_err "persons.csv:2: 'amira' is already registered"
expect_err "persons.csv:3: 'selam' is already registered"
expect_err "sleutel: error: 2 of 2 rows rejected; nothing was imported"

it "one bad row among many: every bad row reported, nothing written"
{
    echo "handle,name,gender,hours"
    for i in $(seq 1 500); do echo "p$i,Person $i,f,8"; done
    echo "Bad Handle,X,f,8"
    for i in $(seq 501 997); do echo "p$i,Person $i,x,4"; done
    echo "p2000,Y,q,8"
    echo "p3,Dup,f,8"
} >many.csv
sl register import persons many.csv
expect_code 65
expect_err "many.csv:502: not a valid person handle: 'Bad Handle'"
expect_err "many.csv:1000: unknown gender 'q'"
expect_err "many.csv:1001: 'p3' appears twice in this file"
expect_err "sleutel: error: 3 of 1000 rows rejected; nothing was imported"
expect_true "nothing written" [ "$(db_sql "SELECT count(*) FROM person")" -eq 2 ]

it "the good rows of that file import in one go"
grep -v -e '^Bad Handle' -e '^p2000' -e '^p3,Dup' many.csv >good.csv
sl register import persons good.csv
expect_code 0
expect_out "good.csv: imported 997 persons"

it "organisations"
printf 'handle,name,type,municipality,contact\nggd,GGD Kennemerland,ggd,Haarlem,"Inge, 023-1234567"\nwijk,Wijkteam Noord,wijkteam,,\n' >orgs.csv
sl register import orgs orgs.csv
expect_code 0
expect_out "orgs.csv: imported 2 organisations"
printf 'handle,name,type\nschool,De Brug,school\n' >badorgs.csv
sl register import orgs badorgs.csv
expect_code 65
expect_err "badorgs.csv:2: unknown organisation type 'school'"

it "header problems"
printf 'handle,naam\nx1,X\n' >header.csv
sl register import persons header.csv
expect_code 65
expect_error "header.csv:1: unknown column 'naam'"
expect_hint "columns: handle, name"
printf 'name\nX\n' >nohandle.csv
sl register import persons nohandle.csv
expect_code 65
expect_error "nohandle.csv:1: the header has no 'handle' column"
printf 'Handle,Birth-Year,NAME\nq1,1990,Q\n' >loose.csv
sl register import persons loose.csv
expect_code 0

it "broken CSV"
printf 'handle,name\nx1,"Unclosed\n' >quote.csv
sl register import persons quote.csv
expect_code 65
expect_error "quote.csv:2: a quote is not closed"
printf 'handle,name\nx1,X,extra\n' >fields.csv
sl register import persons fields.csv
expect_code 65
expect_err "fields.csv:2: 3 fields where the header has 2"
# UTF-8 (the é) with a stray byte is damaged; a file with no UTF-8 at all would be read as
# Windows-1252 (test_dutch_excel.sh).
printf 'handle,name\nx1,Caf\xc3\xa9 \xff\xfe\n' >utf8.csv
sl register import persons utf8.csv
expect_code 65
expect_error "utf8.csv:2: not valid UTF-8 text"
expect_hint 'save the file as "CSV UTF-8"'

it "missing file, wrong kind"
sl register import persons nothing.csv
expect_code 66
expect_error "file not found: nothing.csv"
sl register import people persons.csv
expect_code 64

finish
