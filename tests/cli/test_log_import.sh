# `sleutel log import`: all rows or none, every bad row reported, known refs skipped.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init
sl register person amira --name "Amira" --hours 8
sl register person yusuf --name "Yusuf" --hours 8
sl register org ggd --name "GGD" --type ggd
sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01

it "a file with the JSON keys as columns"
cat >week.csv <<'CSV'
date,time,person,type,role,org,minutes,themes,reached,referrals,km,expenses_cents,after_hours,ref,note
2026-11-16,10:00,amira,groepsvoorlichting,,,90,gezondheid;taal,14,huisarts:2;ggd,12.5,350,,w47-1,Voorlichting zorgverzekering
2026-11-17,21:30,amira,individueel-contact,,,1h15,mentale-gezondheid,1,ggz,,,,w47-2,
2026-11-18,,yusuf,huisbezoek,verbinder,ggd,45,,,,,,true,w47-3,"Uitleg brief, ""urgent"""
CSV
sl log import week.csv --dry-run
expect_code 0
expect_out "week.csv: 3 activities would be imported (dry run, nothing written)"
expect_true "nothing written" [ "$(db_sql "SELECT count(*) FROM activity")" -eq 0 ]
sl log import week.csv
expect_code 0
expect_out "week.csv: imported 3 activities"
sl log list --period 2026-W47 --format csv
expect_out "2026-11-16,10:00,amira,groepsvoorlichting,voorlichter,ggd,90,gezondheid;taal,0,14,0,ggd;huisarts:2,12.5,350,false,w47-1,Voorlichting zorgverzekering"
expect_out "2026-11-17,21:30,amira,individueel-contact,voorlichter,ggd,75,mentale-gezondheid,0,1,0,ggz,0,0,true,w47-2,"
expect_out "2026-11-18,,yusuf,huisbezoek,verbinder,ggd,45,,0,0,0,,0,0,true,w47-3,\"Uitleg brief, \"\"urgent\"\"\""
sl audit --format csv
expect_out "log import,activity,1..3,create"

it "importing the same file twice counts once"
sl log import week.csv
expect_code 0
expect_out "week.csv: imported 0 activities, 3 skipped (ref already logged)"
expect_true "still 3" [ "$(db_sql "SELECT count(*) FROM activity")" -eq 3 ]

it "one bad row in 1,000: reported with its line, nothing written"
{
    echo "date,person,type,minutes,ref"
    for i in $(seq 1 1000); do
        if [ "$i" -eq 517 ]; then
            echo "2026-11-19,amira,huisbezoek,25h,r$i"
        else
            echo "2026-11-19,amira,huisbezoek,30,r$i"
        fi
    done
} >thousand.csv
sl log import thousand.csv
expect_code 65
expect_err "thousand.csv:518: a duration can be at most 24 hours: '25h'"
expect_err "sleutel: error: 1 of 1000 rows rejected; nothing was imported"
expect_true "nothing written" [ "$(db_sql "SELECT count(*) FROM activity")" -eq 3 ]
sed -i 's/,25h,/,30,/' thousand.csv
sl log import thousand.csv
expect_code 0
expect_out "imported 1000 activities"

it "every kind of bad row is reported"
cat >bad.csv <<'CSV'
date,person,type,minutes,themes,referrals,note,ref
2026-11-24,amira,huisbezoek,30,,,,b1
2026-11-19,nobody,huisbezoek,30,,,,b2
2026-11-19,amira,huisbezoekje,30,,,,b3
2026-11-19,amira,huisbezoek,0,,,,b4
2026-11-19,amira,huisbezoek,30,gezondhied,,,b5
2026-11-19,amira,huisbezoek,30,,huisarts:0,,b6
2026-11-19,amira,huisbezoek,30,,,bel 0612345678,b7
2026-11-19,amira,huisbezoek,30,,,,b7
,amira,huisbezoek,30,,,,b9
2026-11-19,amira,huisbezoek,30,,,
CSV
sl log import bad.csv
expect_code 65
expect_err "bad.csv:2: 2026-11-24 is in the future"
expect_err "bad.csv:3: no person 'nobody'"
expect_err "bad.csv:4: unknown activity type 'huisbezoekje'"
expect_err "bad.csv:5: a duration must be more than 0 minutes"
expect_err "bad.csv:6: unknown theme 'gezondhied'"
expect_err "bad.csv:7: a referral needs a count of 1 or more"
expect_err "bad.csv:8: the note holds a phone number"
expect_err "bad.csv:9: ref 'b7' appears twice in this file"
expect_err "bad.csv:10: 'date' is empty"
expect_err "bad.csv:11: 7 fields where the header has 8"
expect_true "the phone number is not echoed" bash -c "! grep -q 0612345678 err"

it "what spreadsheets leave: sep= line, blank rows, WAAR, seconds; an exported list imports"
printf 'sep=;\r\ndate;person;type;minutes;after_hours;time;ref\r\n2026-11-19;amira;huisbezoek;30;WAAR;09:00:00;x1\r\n;;;;;;\r\n;;;;;;\r\n' >excel.csv
sl log import excel.csv
expect_code 0
expect_out "excel.csv: imported 1 activity"
sl log list --period 2026-11-19 --format csv
expect_out ",09:00,amira,huisbezoek,voorlichter,ggd,30,,0,0,0,,0,0,true,x1,"
sl log list --period 2026-W47 --format csv -o export.csv
"$BIN" --db other.db init >/dev/null 2>&1
"$BIN" --db other.db register person amira --name A >/dev/null 2>&1
"$BIN" --db other.db register person yusuf --name Y >/dev/null 2>&1
"$BIN" --db other.db register org ggd --name G --type ggd >/dev/null 2>&1
sl --db other.db log import export.csv
expect_code 0
expect_out "imported 1004 activities"
printf 'date,person,type,minutes,date\n' >twice.csv
sl log import twice.csv
expect_code 65
expect_error "twice.csv:1: column 'date' appears twice in the header"

it "header problems and a missing file"
printf 'date,person,type\n2026-11-19,amira,huisbezoek\n' >nominutes.csv
sl log import nominutes.csv
expect_code 65
expect_error "nominutes.csv:1: the header has no 'minutes' column"
printf 'date,person,type,minutes,colour\n' >extra.csv
sl log import extra.csv
expect_code 65
expect_error "extra.csv:1: unknown column 'colour'"
sl log import missing.csv
expect_code 66

finish
