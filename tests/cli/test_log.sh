# `sleutel log`: every flag, the defaults from assignments, after-hours, the note guard, and
# `log list|edit|delete`.
# stores: file and server
source "$(dirname "$0")/lib.sh"

# Today is Monday 2026-11-23; working hours are mon-fri 08:30-18:00.
sl init
sl register person amira --name "Amira" --hours 8
sl register person selam --name "Selam" --hours 8
sl register person farid --name "Farid" --hours 8
sl register org ggd --name "GGD" --type ggd
sl register org effect --name "Haarlem Effect" --type welzijn
sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01
sl assign selam ggd --role tolk --hours 4 --from 2026-01-01
sl assign selam effect --role helper --hours 4 --from 2026-01-01

it "log with every flag prints the new id"
sl log amira groepsvoorlichting 1h30 --date 2026-11-20 --at 10:00 --theme gezondheid \
    --theme taal --reached 12 --refer huisarts:2 --refer ggd --km 7.5 --expense 12,50 \
    --ref ext-1 --note "Voorlichting over vaccinaties"
expect_code 0
expect_true "prints 1" [ "$(cat out)" = 1 ]
sl log list --period 2026-11-20 --format json
expect_out '"id": 1'
expect_out '"date": "2026-11-20"'
expect_out '"time": "10:00"'
expect_out '"person": "amira"'
expect_out '"type": "groepsvoorlichting"'
expect_out '"role": "voorlichter"'
expect_out '"org": "ggd"'
expect_out '"minutes": 90'
expect_out '"gezondheid"'
expect_out '"taal"'
expect_out '"reached": 12'
expect_out '"target": "huisarts"'
expect_out '"count": 2'
expect_out '"km": 7.5'
expect_out '"expenses_cents": 1250'
expect_out '"after_hours": false'
expect_out '"ref": "ext-1"'
expect_out '"note": "Voorlichting over vaccinaties"'

it "the date defaults to today; durations in every form"
for d in 90m 1h 1h30 1h30m 1.5h 1:30 1u30; do
    sl log amira individueel-contact "$d"
    expect_code 0
done
sl log list --period today --format csv
expect_true "seven today" [ "$(tail -n +2 out | wc -l)" -eq 7 ]

it "after-hours: --at outside working hours, a weekend day, or the flag"
sl log amira individueel-contact 30m --date 2026-11-20 --at 22:15
sl log amira individueel-contact 30m --date 2026-11-20 --at 08:29
sl log amira individueel-contact 30m --date 2026-11-20 --at 18:00
sl log amira individueel-contact 30m --date 2026-11-22
sl log amira individueel-contact 30m --date 2026-11-20 --at 17:59
sl log amira individueel-contact 30m --date 2026-11-20 --after-hours
sl log list --period 2026-11-20..2026-11-22 --format csv
expect_true "five after hours, the 10:00 and 17:59 ones not" [ "$(grep -c ',true,' out)" -eq 5 ]
expect_out ",17:59,amira,individueel-contact,voorlichter,ggd,30,,0,0,0,,0,0,false,,"
expect_out ",22:15,amira,individueel-contact,voorlichter,ggd,30,,0,0,0,,0,0,true,,"
expect_out "2026-11-22,,amira,individueel-contact,voorlichter,ggd,30,,0,0,0,,0,0,true,,"

it "with several active assignments, --role or --org is needed"
sl log selam individueel-contact 1h
expect_code 65
expect_error "selam has 2 active assignments on 2026-11-23: say which role or organisation \(--role, --org\)"
expect_hint "#2 ggd as tolk; #3 effect as helper"
sl log selam individueel-contact 1h --role helper
expect_code 0
sl log selam individueel-contact 1h --org gg
expect_code 0
sl log list --person selam --format csv
expect_out "selam,individueel-contact,helper,effect,60"
expect_out "selam,individueel-contact,tolk,ggd,60"

it "without an active assignment it is logged, with a warning"
sl log farid signalering 20m
expect_code 0
expect_err "sleutel: warning: farid has no assignment active on 2026-11-23; logged without one"

it "unknown ids: exit 65 with a did-you-mean and the list"
sl log amira groepsvoorlihting 1h
expect_code 65
expect_error "unknown activity type 'groepsvoorlihting'"
expect_hint "did you mean 'groepsvoorlichting'? known: groepsvoorlichting,"
sl log amira huisbezoek 1h --theme gezondhied
expect_code 65
expect_error "unknown theme 'gezondhied'"
expect_hint "did you mean 'gezondheid'?"
sl log amira huisbezoek 1h --refer huisarst
expect_code 65
expect_error "unknown referral target 'huisarst'"
sl log amira huisbezoek 1h --role voorlichtr
expect_code 65
expect_error "unknown role 'voorlichtr'"
sl log nobody huisbezoek 1h
expect_code 65
sl log amira huisbezoek 1h --org nowhere
expect_code 65

it "bad values"
count=$(db_sql "SELECT count(*) FROM activity")
for bad in "0m" "-1h" "25h" "1.5.3h" "lots"; do
    sl log amira huisbezoek "$bad"
    expect_code 65
done
sl log amira huisbezoek 1h --date 2026-11-24
expect_code 65
expect_error "2026-11-24 is in the future; log what has happened"
sl log amira huisbezoek 1h --date 2026-02-30
expect_code 65
sl log amira huisbezoek 1h --at 25:00
expect_code 65
sl log amira huisbezoek 1h --reached -3
expect_code 65
sl log amira huisbezoek 1h --refer huisarts:0
expect_code 65
sl log amira huisbezoek 1h --refer huisarts:-1
expect_code 65
sl log amira huisbezoek 1h --km -2
expect_code 65
sl log amira huisbezoek 1h --expense -5
expect_code 65
sl log amira huisbezoek 1h --theme taal --theme taal
expect_code 65
sl log amira huisbezoek 1h --ref ext-1
expect_code 65
expect_error "an activity with ref 'ext-1' is already logged"
sl log amira huisbezoek
expect_code 64
expect_true "nothing written" [ "$(db_sql "SELECT count(*) FROM activity")" -eq "$count" ]

it "the note guard: personal data refused, never echoed"
for note in "BSN 111222333" "bel 06-12345678" "mail fatima@example.org" "+31 20 1234567"; do
    sl log amira huisbezoek 1h --note "$note"
    expect_code 65
    expect_true "not echoed" bash -c "! grep -qE '111222333|12345678|fatima|1234567' err"
done
sl log amira huisbezoek 1h --note "BSN 111222333"
expect_error "the note holds a citizen service number \(BSN\); notes may not hold a client's personal data"
sl log amira huisbezoek 1h --note "bel 06-12345678"
expect_error "the note holds a phone number"
sl log amira huisbezoek 1h --note "mail fatima@example.org"
expect_error "the note holds an e-mail address"
for note in $'bel 06\u2013''12345678' "bel 06/12345678" "bel 612345678" $'\u0660\u0666\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668'; do
    sl log amira huisbezoek 1h --note "$note"
    expect_code 65
    expect_error "the note holds a phone number"
done
sl log amira huisbezoek 1h --refer huisarts:-1
expect_hint "write TARGET or TARGET:N, such as huisarts:2"
sl log amira huisbezoek 1h --note "dossier 123456789"
expect_code 0
sl log amira huisbezoek 1h --note "$(printf 'x%.0s' {1..501})"
expect_code 65
expect_error "the note is 501 characters; at most 500"
sl log amira huisbezoek 1h --note "$(printf 'é%.0s' {1..500})"
expect_code 0
expect_true "nothing with personal data stored" [ "$(db_sql "SELECT count(*) FROM activity WHERE note LIKE '%111222333%' OR note LIKE '%@%'")" -eq 0 ]

it "log list filters and formats"
sl log list --period 2026-11-20 --type groepsvoorlichting --format csv
expect_true "one row" [ "$(tail -n +2 out | wc -l)" -eq 1 ]
sl log list --period 2026-11 --theme taal --format csv
expect_true "one row with taal" [ "$(tail -n +2 out | wc -l)" -eq 1 ]
sl log list --from 2026-11-01 --to 2026-11-22 --person amira --format csv
expect_out "id,date,time,person,type,role,org,minutes,themes,questions,reached,reached_professionals,referrals,km,expenses_cents,after_hours,ref,note"
expect_out "gezondheid;taal,0,12,0,ggd;huisarts:2,7.5,1250,false,ext-1,"
sl log list --period 2026-11-20
expect_code 0
expect_out "€ 12,50"
sl log list --type nope
expect_code 65
sl log list --period 2025-W53
expect_code 65

it "log edit changes only the flags given, checked like log"
sl log edit 1 --reached 15 --theme werk
expect_code 0
expect_out "activity 1 changed"
sl log list --period 2026-11-20 --type groepsvoorlichting --format csv
expect_out ",90,werk,0,15,0,ggd;huisarts:2,7.5,1250,false,ext-1,Voorlichting over vaccinaties"
sl log edit 1 --note "bel 0612345678"
expect_code 65
sl log edit 1 --theme nope
expect_code 65
sl log edit 1 --date 2026-12-01
expect_code 65
sl log edit 999 --reached 1
expect_code 65
expect_error "no activity 999"

it "log edit judges after-hours again for a new day or time"
sl log amira individueel-contact 30m --date 2026-11-20 --at 22:00
id=$(cat out)
sl log edit "$id" --at 10:00
sl log list --period 2026-11-20 --format csv
expect_out "$id,2026-11-20,10:00,amira,individueel-contact,voorlichter,ggd,30,,0,0,0,,0,0,false,,"
sl log edit "$id" --date 2026-11-22
sl log list --period 2026-11-22 --format csv
expect_out "$id,2026-11-22,10:00,amira,individueel-contact,voorlichter,ggd,30,,0,0,0,,0,0,true,,"

it "log edit needs something to change, and keeps refs unique"
sl log edit 1
expect_code 64
expect_error "nothing to change in activity 1"
sl log amira huisbezoek 1h --ref ext-2
sl log edit 1 --ref ext-2
expect_code 65
expect_error "an activity with ref 'ext-2' is already logged"
sl log edit 1 --role tolk
expect_code 0
expect_err "sleutel: warning: amira has no matching assignment active on 2026-11-20"

it "log delete"
sl log delete 2
expect_code 0
expect_out "activity 2 deleted"
sl log delete 2
expect_code 65
expect_error "no activity 2"
expect_true "themes went with it" [ "$(db_sql "SELECT count(*) FROM activity_theme WHERE activity_id = 2")" -eq 0 ]
last=$(db_sql "SELECT max(id) FROM activity")
sl log delete "$last"
sl log amira huisbezoek 1h
expect_true "a deleted id is never given out again" [ "$(cat out)" -gt "$last" ]

it "every change is audited"
sl audit --format csv
expect_out "log,activity,1,create"
expect_out "log edit,activity,1,update"
expect_out "log delete,activity,2,delete"

finish
