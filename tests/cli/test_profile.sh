# `sleutel profile`: the card, the list, goals, trainings, status, job profiles and matching.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init
sl register person amira --name "Amira Haddad" --municipality Haarlem --lang ar:native \
    --lang nl:B1 --gender f --contract volunteer --hours 8 --since 2024-03-01 \
    --training "Pharos basistraining@2024-02-10" --training "intervisie@2026-04-01"
sl register person selam --name "ሰላም ተስፋይ" --municipality Haarlem --lang ti:native --lang nl:A2 \
    --gender f --contract employed --hours 18 --training "Intervisie GGD@2026-10-01"
sl register person yusuf --name "يوسف العلي" --municipality Utrecht --lang ar:native --lang nl:B2 \
    --gender m --hours 8
sl register org ggd --name "GGD Kennemerland" --type ggd
sl assign amira ggd --role voorlichter --hours 4 --from 2024-03-01
sl assign amira ggd --role verbinder --hours 2 --from 2026-11-09 --until 2026-12-10
sl assign selam ggd --role tolk --hours 18 --from 2025-01-01

it "the card shows details, assignments, trainings, goals and signals"
sl profile amira goal add "Nederlands naar B2" --due 2026-06-01
expect_code 0
expect_true "prints goal id 1" [ "$(cat out)" = 1 ]
sl profile amira goal add "Zelf een bijeenkomst leiden"
sl profile amira goal add "Verwijskaart maken"
sl profile amira goal done 3 --on 2026-11-23
expect_code 0
sl profile amira
expect_code 0
expect_out "amira (Amira Haddad)"
expect_out "#1 ggd als voorlichter 4:00 u/week, 2024-03-01.. (actief)"
expect_out "Laatste intervisie: 2026-04-01"
expect_out "#1 [te laat] Nederlands naar B2 (uiterlijk 2026-06-01)"
expect_out "#2 [open] Zelf een bijeenkomst leiden"
expect_out "#3 [klaar 2026-11-23] Verwijskaart maken"
expect_out "Gemeente:        Haarlem (GM0392)"
expect_out "intervisie te lang geleden: laatste intervisie 2026-04-01, meer dan 6 maanden geleden"
expect_out "doel over tijd: doel 1 moest af zijn op 2026-06-01"
expect_out "inzet loopt af: inzet 2 bij ggd als verbinder eindigt 2026-12-10"

it "the card in JSON"
sl profile amira --format json
expect_code 0
expect_out '"last_intervision": "2026-04-01"'
expect_out '"state": "overdue"'
expect_out '"state": "done"'
expect_out '"kind": "assignment_ending"'
# Last 4 weeks: 2026-10-27..2026-11-23. Assignment 1: 4 h/week for 28 days = 960 minutes.
# Assignment 2 (from 2026-11-09): 2 h/week for 15 days = 120*15/7 = 257.1 -> 257. Total 1217.
expect_out '"contracted_minutes": 1217'
expect_out '"minutes": 0'

it "the card in Markdown, and in English"
sl profile amira --format md
expect_out "# amira (Amira Haddad)"
expect_out "## Inzet"
printf '[programme]\nname = "x"\nlanguage = "en"\n' >en.toml
sl --config en.toml profile amira
expect_out "Assignments"
expect_out "[overdue] Nederlands naar B2"
expect_out "goal overdue: goal 1 was due 2026-06-01"

it "logged hours in the last 4 weeks count against the contract, and overload is a signal"
# 1,200 + 400 minutes inside the window (1,600 > 1.2 x 1,217 = 1,460); 600 the day before it.
db_sql "INSERT INTO activity (date, person_id, type, minutes, created_at) VALUES ('2026-11-20', 1, 'huisbezoek', 1200, 'x'), ('2026-11-21', 1, 'huisbezoek', 400, 'x'), ('2026-10-26', 1, 'huisbezoek', 600, 'x');"
sl profile amira --format json
expect_out '"minutes": 1600'
expect_out '"kind": "overload"'

it "goal and training errors"
sl profile amira goal done 99
expect_code 65
expect_error "amira has no goal 99"
sl profile selam goal done 1
expect_code 65
sl profile amira goal done 3
expect_code 65
expect_error "goal 3 of amira was already done on 2026-11-23"
sl profile amira goal add ""
expect_code 65
sl profile amira training add intervisie --on 2027-01-01
expect_code 65
expect_error "a completed training cannot be in the future: 2027-01-01"
sl profile amira goal add "x" --due someday
expect_code 65
sl profile amira goal
expect_code 64
sl profile goal add "whose?"
expect_code 64
expect_error "which key person?"

it "training add records intervision"
sl profile amira training add intervisie --on 2026-11-20
expect_code 0
sl profile amira --format json
expect_out '"last_intervision": "2026-11-20"'
expect_out_not '"kind": "intervision_overdue"'

it "status changes are kept as history"
sl profile selam status paused --on 2026-11-01
expect_code 0
expect_out "selam is paused since 2026-11-01"
sl profile selam --format json
expect_out '"status": "paused"'
expect_out '"since": "2026-11-01"'
sl profile selam status retired
expect_code 65
expect_error "unknown status 'retired'"

it "goals, trainings and status changes are audited"
sl audit --format csv
expect_out "profile goal add,goal,1,create"
expect_out "profile goal done,goal,3,update"
expect_out "profile training add,person,amira,update"
expect_out "profile status,person,selam,update"

it "profile list with filters"
sl profile list --format csv
expect_out "person,name,municipality,status,contract,minutes_per_week,languages,roles"
expect_out "amira,Amira Haddad,GM0392,active,volunteer,480,ar:native;nl:B1,voorlichter;verbinder"
sl profile list --municipality Utrecht --format csv
expect_true "only yusuf" [ "$(tail -n +2 out | cut -d, -f1 | tr '\n' ' ')" = "yusuf " ]
sl profile list --status paused --format csv
expect_true "only selam" [ "$(tail -n +2 out | cut -d, -f1 | tr '\n' ' ')" = "selam " ]
sl profile list --role voorlichter --format csv
expect_true "only amira" [ "$(tail -n +2 out | cut -d, -f1 | tr '\n' ' ')" = "amira " ]
sl profile list --role chef
expect_code 65
sl profile list --municipality Atlantis
expect_code 65

it "profile role: a job profile in Markdown and HTML"
sl profile role voorlichter --municipality Haarlem --hours 8
expect_code 0
expect_out "# Functieprofiel: Voorlichter"
expect_out "## Taken"
expect_out "voorlichtingsbijeenkomsten voorbereiden en geven"
expect_out "Je spreekt Nederlands op minstens B1-niveau."
expect_out "nodig zijn in Haarlem: Arabisch (ar), Tigrinya (ti), Perzisch/Farsi (fa), Somalisch (so)."
expect_out "Je bent 8 uur per week beschikbaar."
sl profile role voorlichter --format html -o voorlichter.html
expect_code 0
expect_true "an HTML page" grep -q '<h1>Functieprofiel: Voorlichter</h1>' voorlichter.html
expect_true "no network" bash -c "! grep -qE 'https?://' voorlichter.html"
sl profile role kok
expect_code 65
expect_error "unknown role 'kok'"
sl profile role voorlichter --format csv
expect_code 64

it "profile match ranks active key persons, best first, with what fits and what does not"
sl profile selam status active
sl profile match --lang ar:B1 --lang nl:B1 --gender f --role voorlichter --format csv
expect_code 0
expect_true "amira first" [ "$(sed -n 2p out | cut -d, -f1)" = amira ]
expect_out "amira,Amira Haddad,4,4,"
expect_out "yusuf,يوسف العلي,2,4,480,ar:B1 (native);nl:B1 (B2),role voorlichter;gender f"
sl profile match --hours 6 --format json
expect_out '"person": "yusuf"'
expect_out '"available_minutes": 480'
sl profile match --lang xx:Z9
expect_code 65

it "a goal is never done before it was set, and holds no client's personal data"
sl profile amira goal add "Bellen met mevrouw op 0612345678"
expect_code 65
expect_error "the goal holds a phone number; goals may not hold a client's personal data"
expect_out_not 0612345678
sl profile amira goal add "Een training volgen"
goal=$(cat out)
sl profile amira goal done "$goal" --on 2026-11-20
expect_code 65
expect_error "goal $goal was set on 2026-11-23; it cannot be done before that, on 2026-11-20"
sl db check
expect_code 0

finish
