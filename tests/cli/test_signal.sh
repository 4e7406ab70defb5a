# `sleutel signal`: a community signal's life (add, forward, answer, close), the list and its
# filters, `report signals` with its totals and groupings, the unanswered alert, the card,
# forget and register delete, and the refusals.
# stores: file and server
source "$(dirname "$0")/lib.sh"

# Today is 2026-11-23.
sl init
sl register person amira --name "Amira" --municipality Haarlem --hours 8
sl register person selam --name "Selam" --municipality Amsterdam --hours 8
sl register org ggd-kennemerland --name "GGD Kennemerland" --type ggd
sl register org wijkteam --name "Wijkteam Noord" --type welzijn
sl register org buurthuis --name "Buurthuis" --type welzijn

it "signal add prints the new id"
sl signal add "Ouders missen informatie over de overstap naar de middelbare school" \
    --person amira --theme onderwijs --theme opvoeding --date 2026-09-15
expect_code 0
expect_true "prints 1" [ "$(cat out)" = 1 ]
sl signal add "Lange wachttijden bij de huisarts voor nieuwkomers" --person sel \
    --theme gezondheid --date 2026-10-01
expect_true "prints 2" [ "$(cat out)" = 2 ]
sl signal add "Geen taalcursus in de avonduren" --theme taal --date 2026-10-20
expect_true "prints 3" [ "$(cat out)" = 3 ]
sl signal add "Te weinig betaalbare woningen voor grote gezinnen" --person amira --date 2026-11-10
expect_true "prints 4" [ "$(cat out)" = 4 ]

it "a new signal is open"
sl signal list --format json
expect_json 'length == 4 and .[0].status == "open" and .[0].org == null and .[0].answer == null'
expect_json '.[0] | keys_unsorted == ["id", "date", "person", "themes", "text", "org", "forwarded_on", "answer", "answered_on", "closed_on", "status"]'
expect_json '.[0].themes == ["onderwijs", "opvoeding"] and .[1].person == "selam" and .[2].person == null'

it "forward, answer and close, each with its day"
sl signal forward 1 ggd-kennemerland --on 2026-09-20
expect_code 0
expect_out "signal 1 forwarded"
sl signal list --format json
expect_json '.[0].status == "forwarded" and .[0].org == "ggd-kennemerland" and .[0].forwarded_on == "2026-09-20"'
sl signal answer 1 "Voorlichtingsavond op drie basisscholen georganiseerd" --on 2026-10-25
expect_code 0
sl signal list --format json
expect_json '.[0].status == "answered" and .[0].answered_on == "2026-10-25"'
expect_json '.[0].answer == "Voorlichtingsavond op drie basisscholen georganiseerd"'
sl signal close 1 --on 2026-11-05
expect_code 0
expect_out "signal 1 closed"
sl signal forward 2 wijk --on 2026-10-01
expect_code 0
sl signal forward 4 ggd-kennemerland --on 2026-11-12
sl signal answer 4 "Doorgezet naar de woningcorporatie" --on 2026-11-20
sl signal list --format json
expect_json '[.[].status] == ["closed", "forwarded", "open", "answered"]'
expect_json '.[0].closed_on == "2026-11-05" and .[1].org == "wijkteam"'

it "the answer date defaults to today"
sl signal add "Geen speelplek in de wijk" --date 2026-11-01
expect_true "prints 5" [ "$(cat out)" = 5 ]
sl signal answer 5 "Wordt meegenomen in het wijkplan"
sl signal list --format json
# Listed by date: signal 5 (11-01) comes before signal 4 (11-10).
expect_json '[.[].id] == [1, 2, 3, 5, 4]'
expect_json '.[3].answered_on == "2026-11-23" and .[3].status == "answered"'

it "signal list filters by status, period, person and theme"
sl signal list --status forwarded --format csv
expect_true "one forwarded: signal 2" [ "$(tail -n +2 out | cut -d, -f1)" = 2 ]
sl signal list --status answered --format json
expect_json '[.[].id] == [5, 4]'
sl signal list --period 2026-10 --format json
expect_json '[.[].id] == [2, 3]'
sl signal list --person amira --format json
expect_json '[.[].id] == [1, 4]'
sl signal list --theme taal --format json
expect_json '[.[].id] == [3]'
sl signal list --format md
expect_out "| beantwoord |"

it "signal edit changes only what is given"
sl signal edit 5 --theme wonen --person amira
expect_code 0
expect_out "signal 5 changed"
sl signal list --person amira --format json
expect_json '[.[].id] == [1, 5, 4]'
expect_json '.[1].themes == ["wonen"] and .[1].text == "Geen speelplek in de wijk"'
sl signal edit 5 --text "Geen veilige speelplek in de wijk" --date 2026-11-02
sl signal list --theme wonen --format json
expect_json '.[0].text == "Geen veilige speelplek in de wijk" and .[0].date == "2026-11-02"'

# Signals 1 to 4 over 2026-09-01..2026-11-30, as of today 2026-11-23 (the period runs):
#   1 raised 09-15, closed 11-05:       closed,    days_open 15 + 31 + 5 = 51, answered 10-25
#   2 raised 10-01, forwarded 10-01:    forwarded, days_open 30 + 23 = 53
#   3 raised 10-20, nothing since:      open,      days_open 11 + 23 = 34
#   4 raised 11-10, answered 11-20:     answered,  days_open 13
# Signal 5 (raised 11-02, amira) too: answered today, days_open 21.
it "report signals: one row per signal, as of the report's day"
sl report signals --from 2026-09-01 --to 2026-11-30 --format json
expect_code 0
expect_json '.report == "signals" and (.rows | length) == 5'
expect_json '.rows[0] | keys_unsorted == ["id", "date", "person", "themes", "org", "status", "days_open", "answered_on"]'
expect_json '[.rows[].days_open] == [51, 53, 34, 21, 13]'
expect_json '[.rows[].status] == ["closed", "forwarded", "open", "answered", "answered"]'
expect_json '.rows[0].answered_on == "2026-10-25" and .rows[1].answered_on == null and .rows[0].org == "ggd-kennemerland"'
expect_json '.totals == {"signals": 5, "open": 1, "forwarded": 1, "answered": 2, "closed": 1}'

it "report signals in a human format speaks the programme's language"
sl report signals --from 2026-09-01 --to 2026-11-30
expect_out "gesloten"
expect_out "doorgestuurd"

it "report signals --by theme counts a signal once per theme, once in the totals"
# gezondheid: 2 forwarded; onderwijs and opvoeding: 1 closed; taal: 3 open; wonen: 5 answered;
# no theme: 4 answered.
sl report signals --from 2026-09-01 --to 2026-11-30 --by theme --format json
expect_json '[.rows[].key] == ["gezondheid", "onderwijs", "opvoeding", "taal", "wonen", null]'
expect_json '.rows[1] | keys_unsorted == ["key", "label", "signals", "open", "forwarded", "answered", "closed"]'
expect_json '.rows[1].closed == 1 and .rows[2].closed == 1 and .rows[0].forwarded == 1 and .rows[5].answered == 1'
expect_json '.totals.signals == 5 and .totals.closed == 1'

it "report signals --by org counts per organisation forwarded to"
# ggd-kennemerland: 1 closed, 4 answered; wijkteam: 2 forwarded; not forwarded: 3 open, 5 answered.
sl report signals --from 2026-09-01 --to 2026-11-30 --by org --format json
expect_json '[.rows[].key] == ["ggd-kennemerland", "wijkteam", null]'
expect_json '.rows[0].label == "GGD Kennemerland" and .rows[0].signals == 2 and .rows[0].answered == 1 and .rows[0].closed == 1'
expect_json '.rows[1].forwarded == 1 and .rows[2].signals == 2 and .rows[2].open == 1 and .rows[2].answered == 1'

it "report signals filters by person and municipality"
sl report signals --from 2026-09-01 --to 2026-11-30 --person amira --format json
expect_json '[.rows[].id] == [1, 5, 4] and .totals.signals == 3'
sl report signals --from 2026-09-01 --to 2026-11-30 --municipality Amsterdam --format json
expect_json '[.rows[].id] == [2] and .totals.forwarded == 1'

it "a past period shows the signal as it stood then"
# September, as of 09-30: signal 1 was forwarded (09-20), not yet answered; open 15 days.
sl report signals --period 2026-09 --format json
expect_json '.rows[0].status == "forwarded" and .rows[0].days_open == 15 and .rows[0].answered_on == null'
expect_json '.totals == {"signals": 1, "open": 0, "forwarded": 1, "answered": 0, "closed": 0}'
# October, as of 10-31: signal 2 forwarded (30 days), signal 3 open (11 days).
sl report signals --period 2026-10 --format json
jq 'del(.generated_at)' out >october-before.json
expect_json '[.rows[].days_open] == [30, 11] and [.rows[].status] == ["forwarded", "open"]'

it "the weekly report holds the signals section"
sl report weekly --format json
expect_json '.sections | has("signals")'
expect_json '.sections.signals.totals | has("signals") and has("open") and has("closed")'

it "the card lists the signals a key person raised, newest first, with the answer"
sl profile amira --format json
expect_json '[.signals[].id] == [4, 5, 1]'
expect_json '.signals[0].status == "answered" and .signals[0].answer == "Doorgezet naar de woningcorporatie"'
expect_json '.signals[2].status == "closed" and .signals[2].org == "ggd-kennemerland"'
expect_json 'has("alerts")'
sl profile amira
expect_out "#4 2026-11-10 [beantwoord, ggd-kennemerland] Te weinig betaalbare woningen"
expect_out "Doorgezet naar de woningcorporatie"
sl profile selam --format md
expect_out "doorgestuurd"

it "signal_unanswered: forwarded more than 42 days without an answer"
# Signal 2 was forwarded on 2026-10-01: on 11-12 that is 30 + 12 = 42 days (within the limit),
# on 11-13 43. The detail is in the programme's language (Dutch by default).
SLEUTEL_TODAY=2026-11-12 sl report alerts --period 2026-11 --format json
expect_json '[.rows[] | select(.kind == "signal_unanswered")] | length == 0'
SLEUTEL_TODAY=2026-11-13 sl report alerts --period 2026-11 --format json
expect_json '[.rows[] | select(.kind == "signal_unanswered")] == [{"kind": "signal_unanswered", "person": "selam", "detail": "signaal 2 op 2026-10-01 doorgestuurd naar wijkteam, na 43 dagen geen antwoord", "severity": "warning"}]'
sl report alerts --period 2026-11 --person amira --format json
expect_json '[.rows[] | select(.kind == "signal_unanswered")] | length == 0'
sl report alerts --period 2026-11
expect_out "signaal onbeantwoord"

it "report alerts --check exits 1 for an unanswered signal alone"
# A programme with one organisation and one signal without a key person: no other alert.
main_db=$SLEUTEL_DB
export SLEUTEL_DB="$WORK/only-signal.db"
sl init
sl register org ggd --name "GGD" --type ggd
sl signal add "Geen inloopspreekuur voor statushouders" --date 2026-09-01
sl signal forward 1 ggd --on 2026-09-01
SLEUTEL_TODAY=2026-10-13 sl report alerts --period 2026-10 --check --format json
expect_code 0
expect_json '.rows == []'
SLEUTEL_TODAY=2026-10-14 sl report alerts --period 2026-10 --check --format json
expect_code 1
expect_json '.rows[0].person == "" and .rows[0].detail == "signaal 1 op 2026-09-01 doorgestuurd naar ggd, na 43 dagen geen antwoord"'
sl signal close 1 --on 2026-10-14
SLEUTEL_TODAY=2026-10-14 sl report alerts --period 2026-10 --check
expect_code 0
export SLEUTEL_DB=$main_db

it "a past period's report is unchanged after a later answer"
sl signal answer 2 "Extra spreekuur bij de huisartsenpost"
expect_code 0
sl report signals --period 2026-10 --format json
jq 'del(.generated_at)' out >october-after.json
expect_true "October reads the same" cmp october-before.json october-after.json
sl report signals --from 2026-09-01 --to 2026-11-30 --format json
expect_json '.rows[1].status == "answered" and .rows[1].answered_on == "2026-11-23"'

it "the privacy guard refuses a phone number without echoing it"
before=$(dump)
sl signal add "Bel mevrouw terug op 06-12345678 over de school" --person amira
expect_code 65
expect_error "the signal holds a phone number"
expect_true "the number is not echoed" bash -c '! grep -q 12345678 err'
sl signal answer 3 "Mail naar j.jansen@example.nl"
expect_code 65
expect_error "the answer holds an e-mail address"
expect_hint "describe what was done, not for whom"
sl signal edit 3 --text "Spreek mevrouw De Vries aan"
expect_code 65
expect_true "nothing changed" [ "$(dump)" = "$before" ]

refused_cases \
    "65|signal forward 99 ggd-kennemerland|no signal 99" \
    "65|signal answer 99 Gedaan|no signal 99" \
    "65|signal close 99|no signal 99" \
    "65|signal edit 99 --text Anders|no signal 99" \
    "65|signal add Iets --date 2026-11-24|2026-11-24 is in the future" \
    "65|signal forward 3 wijkteam --on 2026-11-24|2026-11-24 is in the future" \
    "65|signal forward 3 wijkteam --on 2026-10-19|2026-10-19 is before signal 3 was raised on 2026-10-20" \
    "65|signal answer 3 Gedaan --on 2026-10-01|2026-10-01 is before signal 3 was raised" \
    "65|signal close 3 --on 2026-10-19|2026-10-19 is before signal 3 was raised" \
    "65|signal answer 4 Gedaan --on 2026-11-11|2026-11-11 is before signal 4 was forwarded on 2026-11-12" \
    "65|signal edit 4 --date 2026-11-15|signal 4 was followed up on 2026-11-12, before 2026-11-15" \
    "65|signal forward 1 wijkteam|signal 1 was closed on 2026-11-05" \
    "65|signal forward 2 ggd-kennemerland|signal 2 was already forwarded to wijkteam on 2026-10-01" \
    "65|signal close 1|signal 1 was closed on 2026-11-05" \
    "65|signal add Iets --theme onderwys|unknown theme 'onderwys'" \
    "65|signal add Iets --person nobody|" \
    "65|signal forward 3 gemeente|" \
    "65|signal list --status lost|" \
    "64|signal edit 3|nothing to change in signal 3" \
    "64|signal add|signal add needs the TEXT"

it "an unknown theme gets a did-you-mean"
sl signal add Iets --theme onderwys
expect_err "onderwijs"

it "every change is audited as a signal"
sl audit --format csv
expect_out "signal add,signal,1,create"
expect_out "signal forward,signal,1,update"
expect_out "signal answer,signal,1,update"
expect_out "signal close,signal,1,update"
expect_out "signal edit,signal,5,update"

it "register delete refuses a person or organisation a signal refers to"
sl register delete wijkteam
expect_code 65
expect_err "1 signal"
sl register delete buurthuis
expect_code 0

it "forget keeps the signals, linked to the anonymous record"
sl forget selam --yes
expect_code 0
sl signal list --format json
expect_json '.[1].person == "anon-2" and .[1].status == "answered"'
sl report signals --from 2026-09-01 --to 2026-11-30 --format json
expect_json '.totals.signals == 5 and .rows[1].person == "anon-2"'
sl signal add "Nog iets" --person anon-2
expect_code 65
expect_error "anon-2 has been erased"

it "completion offers the signal subcommands and statuses"
sl __complete signal ""
expect_true "the six subcommands" [ "$(tr '\n' ' ' <out)" = "add forward answer close edit list " ]
sl __complete signal list --status ""
expect_true "the four statuses" [ "$(tr '\n' ' ' <out)" = "open forwarded answered closed " ]

# The key persons are named with each database's file name.
if ! on_server; then
it "several databases: their signals side by side, the key persons named with their database"
# test.db holds signals 1 to 5; only-signal.db one, closed 2026-10-14, without a key person.
sl --db "$WORK/test.db" --db "$WORK/only-signal.db" report signals --from 2026-09-01 \
    --to 2026-11-30 --format json
expect_code 0
expect_json '[.rows[].id] == [1, 2, 3, 5, 4, 1] and .rows[0].person == "test:amira"'
expect_json '.rows[5].person == null and .rows[5].status == "closed"'
expect_json '.totals == {"signals": 6, "open": 1, "forwarded": 0, "answered": 3, "closed": 2}'
fi

finish
