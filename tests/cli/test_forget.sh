# `sleutel forget`: personal data erased for good (also from the file's bytes), counts kept.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init
sl register person zaynab --name "Zaynab Qoraishi-Vandermolen" --origin Afghanistan \
    --birth-year 1990 --phone 0687654321 --email zaynab.q@example.org --lang prs:native \
    --gender f --hours 8 --education "Verpleegkunde Kabul" --background "verloskunde"
sl register org ggd --name "GGD" --type ggd
sl assign zaynab ggd --role tolk --hours 4 --from 2026-01-01
sl profile zaynab goal add "Rijbewijs halen voor huisbezoeken Vandermolen"
db_sql "INSERT INTO activity (date, person_id, type, minutes, note, created_at) VALUES ('2026-11-02', 1, 'huisbezoek', 90, 'Vandermolen bracht koffie mee', 'x');"

it "without --yes nothing happens"
sl forget zaynab
expect_code 64
expect_error "forget erases the personal data of zaynab for good"
expect_hint "add --yes to go ahead: sleutel forget zaynab --yes"
expect_true "still there" grep -qa Vandermolen <(db_bytes)

it "forget --yes erases name, contact, birth year, origin, notes and goals"
sl forget zaynab --yes
expect_code 0
expect_out "erased the personal data of zaynab; the record is now anon-1"
expect_true "no name, contact or origin left" [ "$(db_sql "SELECT coalesce(name,'') || coalesce(phone,'') || coalesce(email,'') || coalesce(origin,'') || coalesce(CAST(birth_year AS TEXT),'') || coalesce(education,'') || coalesce(background,'') FROM person WHERE id = 1")" = "" ]
expect_true "activity note erased" [ -z "$(db_sql "SELECT note FROM activity WHERE person_id = 1 AND note IS NOT NULL")" ]

it "the erased values cannot be found in the database file's bytes, or a server's tables"
for secret in Vandermolen Qoraishi 0687654321 zaynab.q@example Kabul zaynab; do
    current="byte search for $secret"
    if grep -qa -- "$secret" <(db_bytes); then _fail "found $secret"; else _pass; fi
done

it "counts stay: the activity, the assignment and languages remain, anonymously"
expect_true "activity kept" [ "$(db_sql "SELECT count(*), sum(minutes) FROM activity")" = "1|90" ]
sl profile anon-1 --format json
expect_code 0
expect_out '"handle": "anon-1"'
expect_out '"name": null'
expect_out '"forgotten": true'
expect_out '"status": "left"'
expect_out '"code": "prs"'
expect_out '"until": "2026-11-23"'

it "the audit records the erasure under the anonymous handle only"
sl audit --format csv
expect_out "forget,person,anon-1,erase"
expect_out_not "zaynab"

it "the bytes are gone even while another program keeps the database open"
# An open connection keeps the write-ahead log alive, with old copies of the changed pages:
# forget must checkpoint it, not rely on the log being removed when the last program closes.
sl register person hamid --name "Hamid Oostervaart-Nazari"
holder=
if ! on_server; then
    (echo "SELECT count(*) FROM person;"; sleep 4) | sqlite3 "$SLEUTEL_DB" >/dev/null 2>&1 &
    holder=$!
    sleep 0.5
fi
sl forget hamid --yes
expect_code 0
if grep -qa Oostervaart <(db_bytes); then
    _fail "the name is still in the database files"
else
    _pass
fi
[ -z "$holder" ] || wait "$holder"

it "an erased record takes no new personal data"
sl register org wijk --name Wijkteam --type wijkteam
for attempt in "register person anon-1 --update --name Zaynab" "profile anon-1 goal add x" \
    "profile anon-1 training add Cursus" "profile anon-1 status active" \
    "assign anon-1 wijk --role tolk"; do
    # shellcheck disable=SC2086
    sl $attempt
    expect_code 65
    expect_error "anon-1 has been erased and cannot be changed"
done

it "future assignments of an erased person are removed, running ones end today"
sl register person karim --name "Karim" --hours 8
sl assign karim wijk --role helper --from 2026-01-01
sl assign karim wijk --role tolk --from 2027-02-01
sl forget karim --yes
sl assign list --format csv
expect_out "anon-3,wijk,helper,0,2026-01-01,2026-11-23"
expect_out_not "tolk,0,2027-02-01"

it "forgetting twice, or someone unknown"
sl forget anon-1 --yes
expect_code 65
expect_error "anon-1 has already been erased"
sl forget nobody --yes
expect_code 65

finish
