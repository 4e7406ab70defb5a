# Files as a Dutch Excel saves them: `;` between the cells, dates with the day first
# (`20-11-2026`, `1/3/2024`), Windows-1252 text ("CSV (puntkomma)"); and a config in Dutch day
# names.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init
sl register org ggd --name "GGD" --type ggd
count() { db_sql "SELECT count(*) FROM $1"; }

it "a Windows-1252 persons file with the day first: names and free text arrive as UTF-8"
# ë (0xEB), é (0xE9) and the typographic apostrophe ’ (0x92) as Windows-1252 bytes, CRLF line
# ends, no byte order mark: what Excel's "CSV (puntkomma)" writes.
printf 'handle;name;municipality;since;birth_date;trainings;background\r\n' >persons.csv
printf 'zoe;Zo\xeb D\x92Souza;Haarlem;1-3-2024;05-04-1990;"Basis@10/2/2024;EHBO";Werkte in een caf\xe9\r\n' >>persons.csv
printf 'bram;Bram;Haarlem;01/03/2024;;;\r\n' >>persons.csv
sl register import persons persons.csv
expect_code 0
expect_out "persons.csv: imported 2 persons"
sl profile zoe --format json
expect_json '.name == "Zoë D’Souza"'
expect_json '.background == "Werkte in een café"'
expect_json '.since == "2024-03-01" and .birth_date == "1990-04-05"'
expect_json '.trainings | map(.completed_on) | index("2024-02-10") != null'
sl profile bram --format json
expect_json '.since == "2024-03-01"'
expect_true "the stored name is UTF-8" \
    [ "$(db_sql "SELECT name FROM person WHERE handle = 'zoe'" | xxd -p -u)" = \
    "$(printf 'Zoë D’Souza\n' | xxd -p -u)" ]

it "a Windows-1252 activities file with the day first: the note arrives as UTF-8"
sl assign zoe ggd --role voorlichter --hours 8 --from 2026-01-01
expect_code 0
printf 'date;person;type;minutes;km;note;ref\r\n' >week.csv
printf '20-11-2026;zoe;groepsvoorlichting;60;12,5;Uitleg over \x92t caf\xe9 en Zo\xeb;w1\r\n' >>week.csv
printf '2026-11-19;zoe;huisbezoek;30;;;w2\r\n' >>week.csv
printf '9/11/2026;zoe;huisbezoek;30;;;w3\r\n' >>week.csv
sl log import week.csv
expect_code 0
expect_out "week.csv: imported 3 activities"
sl log list --period 2026-11 --format json
expect_json 'map(select(.ref == "w1"))[0] | .note == "Uitleg over ’t café en Zoë" and .date == "2026-11-20"'
expect_json 'map(select(.ref == "w3"))[0].date == "2026-11-09"'

it "a UTF-8 file with a byte order mark and the day first still reads as UTF-8"
printf '\xEF\xBB\xBFhandle;name;since\r\nemre;Emre Çelik;2-1-2025\r\n' >bom.csv
sl register import persons bom.csv
expect_code 0
sl profile emre --format json
expect_json '.name == "Emre Çelik" and .since == "2025-01-02"'

it "a day that does not exist is refused naming its line and column; nothing is written"
printf 'date;person;type;minutes\r\n2026-11-19;zoe;huisbezoek;30\r\n30-2-2026;zoe;huisbezoek;30\r\n' >feb.csv
before=$(count activity)
sl log import feb.csv
expect_code 65
expect_err "feb.csv:3: column 'date': the date '30-2-2026' does not exist"
expect_err "sleutel: error: 1 of 2 rows rejected; nothing was imported"
expect_true "nothing written" [ "$(count activity)" -eq "$before" ]
printf 'handle;name;since\r\nfien;Fien;31/4/2024\r\n' >april.csv
sl register import persons april.csv
expect_code 65
expect_err "april.csv:2: column 'since': the date '31/4/2024' does not exist"
printf 'handle;name;trainings\r\nfien;Fien;Basis@29-2-2025\r\n' >training.csv
sl register import persons training.csv
expect_code 65
expect_err "training.csv:2: column 'trainings': the date '29-2-2025' does not exist"
expect_true "no person written" [ "$(count person)" -eq 3 ]

it "the day first only where Excel writes it: in a comma file it is refused, saying why"
printf 'date,person,type,minutes\n20-11-2026,zoe,huisbezoek,30\n' >comma.csv
sl log import comma.csv
expect_code 65
expect_err "comma.csv:2: column 'date': not a date: '20-11-2026' (write YYYY-MM-DD; D-M-YYYY is read only in a file separated by ';')"

it "a spreadsheet's serial day number stays refused, with what to do"
printf 'date;person;type;minutes\r\n46000;zoe;huisbezoek;30\r\n' >serial.csv
sl log import serial.csv
expect_code 65
expect_err "serial.csv:2: column 'date': not a date: '46000' (a spreadsheet's day number: format the column as a date, or save the file as CSV UTF-8)"
printf 'handle,name,birth_date\nfien,Fien,33000\n' >serial-birth.csv
sl register import persons serial-birth.csv
expect_code 65
expect_err "serial-birth.csv:2: column 'birth_date': not a date: '33000' (a spreadsheet's day number"

it "in Dutch, the same refusals"
LANG=nl_NL.UTF-8 sl log import feb.csv
expect_code 65
expect_err "feb.csv:3: kolom 'date': de datum '30-2-2026' bestaat niet"
expect_err "sleutel: error: 1 van 2 rijen geweigerd; er is niets geïmporteerd"

it "a byte Windows-1252 does not define: one line and a hint, nothing written"
printf 'handle;name\r\nfien;Fi\x81n\r\n' >undefined.csv
sl register import persons undefined.csv
expect_code 65
expect_error "undefined.csv:2: not UTF-8 or Windows-1252 text \\(byte 0x81\\)"
expect_hint 'save the file as "CSV UTF-8"'
for byte in 8D 8F 90 9D; do
    printf "date;person;type;minutes;note\r\n2026-11-19;zoe;huisbezoek;30;caf\xe9 \x$byte\r\n" >undefined.csv
    sl log import undefined.csv
    expect_code 65
    expect_error "undefined.csv:2: not UTF-8 or Windows-1252 text \\(byte 0x$byte\\)"
done
expect_true "nothing written" [ "$(count person)" -eq 3 ]

it "UTF-16 (Excel's Unicode text) is refused with the same hint"
printf '\xff\xfeh\x00a\x00\n\x00' >utf16.csv
sl register import persons utf16.csv
expect_code 65
expect_error "utf16.csv:1: the file is UTF-16 text, not UTF-8"
expect_hint 'save the file as "CSV UTF-8"'

it "a UTF-8 file with a broken byte is UTF-8 damaged, not Windows-1252"
printf 'handle,name\nfien,Caf\xc3\xa9 \xe9\n' >broken.csv
sl register import persons broken.csv
expect_code 65
expect_error "broken.csv:2: not valid UTF-8 text"
expect_hint 'save the file as "CSV UTF-8"'

it "the config takes Dutch day names, short and in full"
printf '[working_hours]\ndays = ["maandag", "Dinsdag", "wo", "DONDERDAG", "vrijdag"]\nstart = "09:00"\nend = "17:00"\n' >dutch.toml
sl --config dutch.toml config check
expect_code 0
sl --config dutch.toml log zoe huisbezoek 30m --date 2026-11-21 --at 10:00 --ref sat
expect_code 0
sl --config dutch.toml log zoe huisbezoek 30m --date 2026-11-20 --at 10:00 --ref fri
expect_code 0
sl log list --period 2026-11 --format json
expect_json 'map(select(.ref == "sat"))[0].after_hours == true'
expect_json 'map(select(.ref == "fri"))[0].after_hours == false'
printf '[working_hours]\ndays = ["zaterdag", "zondag"]\n' >weekend.toml
sl --config weekend.toml log zoe huisbezoek 30m --date 2026-11-22 --at 10:00 --ref sun
expect_code 0
sl log list --period 2026-11 --format json
expect_json 'map(select(.ref == "sun"))[0].after_hours == false'
printf '[working_hours]\ndays = ["maandagen"]\n' >bad.toml
sl --config bad.toml config check
expect_code 78
expect_error "bad.toml:2:8: working_hours.days: 'maandagen' is not a weekday"
expect_hint "use mon, tue, wed, thu, fri, sat, sun, or ma, di, wo, do, vr, za, zo, or maandag to zondag"

finish
