# `sleutel assign`, `assign end`, `assign list`: roles from config, dates, overlaps, hours.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init
sl register person amira --name "Amira Haddad" --hours 8 --contract volunteer
sl register person selam --name "Selam" --hours 18 --contract employed
sl register org ggd-kennemerland --name "GGD Kennemerland" --type ggd
sl register org haarlem-effect --name "Haarlem Effect" --type welzijn

it "assign prints the new id and takes the person's contract form"
sl assign amira ggd --role voorlichter --hours 4 --from 2026-01-01 --supervisor "Inge de Vries" --scope regional
expect_code 0
expect_true "prints 1" [ "$(cat out)" = 1 ]
sl assign list --format json
expect_out '"id": 1'
expect_out '"person": "amira"'
expect_out '"org": "ggd-kennemerland"'
expect_out '"role": "voorlichter"'
expect_out '"minutes_per_week": 240'
expect_out '"from": "2026-01-01"'
expect_out '"until": null'
expect_out '"contract": "volunteer"'
expect_out '"supervisor": "Inge de Vries"'
expect_out '"scope": "regional"'
expect_out '"active": true'

it "the role must be in the config"
sl assign amira ggd --role voorlichtster
expect_code 65
expect_error "unknown role 'voorlichtster'"
expect_hint "did you mean 'voorlichter'? known: adviseur, verbinder, helper, rolmodel, tolk, voorlichter, bemiddelaar, verkenner"

it "until before from"
sl assign amira ggd --role tolk --from 2026-05-01 --until 2026-04-30
expect_code 65
expect_error "the assignment ends \(2026-04-30\) before it starts \(2026-05-01\)"

it "overlap with an assignment of the same person, org and role"
sl assign amira ggd --role voorlichter --from 2026-06-01
expect_code 65
expect_error "amira already has assignment 1 at ggd-kennemerland as voorlichter from 2026-01-01"
expect_hint "end it first ('sleutel assign end 1 --on DATE'), or choose --from/--until that do not overlap"

it "the same role at another organisation is fine; more hours than available is a warning"
sl assign amira haarlem --role voorlichter --hours 6 --from 2026-11-01
expect_code 0
expect_true "prints 2" [ "$(cat out)" = 2 ]
expect_err "sleutel: warning: amira is now assigned 10:00 hours a week, more than the 8:00 they are available"

it "assign end, then a new assignment in the same role may follow"
sl assign end 1 --on 2026-05-31
expect_code 0
expect_out "assignment 1 ends 2026-05-31"
sl assign amira ggd --role voorlichter --hours 4 --from 2026-06-01
expect_code 0
sl assign end 99
expect_code 65
expect_error "no assignment 99"
sl assign end 2 --on 2026-10-01
expect_code 65
expect_error "assignment 2 starts 2026-11-01; it cannot end before that on 2026-10-01"
sl assign end abc
expect_code 64
expect_error "ID: not a number: 'abc'"

it "assign end never lengthens an assignment"
sl assign selam haarlem --role helper --from 2026-01-01 --until 2026-03-31
sl assign end 4 --on 2026-06-30
expect_code 65
expect_error "assignment 4 already ends 2026-03-31; ending it on 2026-06-30 would lengthen it"
sl assign end 4 --on 2026-02-28
expect_code 0

it "assign list filters"
sl assign selam ggd --role tolk --hours 18 --from 2026-01-01
sl assign list --person selam --format csv
expect_true "two rows" [ "$(wc -l <out)" -eq 3 ]
sl assign list --org haarlem --format csv
expect_true "two rows at haarlem-effect" [ "$(grep -c haarlem-effect out)" -eq 2 ]
sl assign list --role tolk --format csv
expect_out "selam,ggd-kennemerland,tolk"
sl assign list --role tol
expect_code 65
expect_error "unknown role 'tol'"
sl assign list --active-on 2026-03-01 --format csv
expect_out "1,amira,ggd-kennemerland,voorlichter"
expect_out_not "2,amira,haarlem-effect"
sl assign list
expect_code 0
expect_out "uren/week"

it "bad input"
sl assign nobody ggd --role tolk
expect_code 65
expect_error "no person 'nobody'"
sl assign amira nowhere --role tolk
expect_code 65
expect_error "no organisation 'nowhere'"
sl assign amira ggd
expect_code 64
sl assign amira ggd --role tolk --hours lots
expect_code 65
sl assign amira ggd --role tolk --scope national
expect_code 65
expect_error "unknown scope 'national'"
sl assign amira ggd --role tolk --from 2026-13-01
expect_code 65

it "assignments are audited"
sl audit --format csv
expect_out "assign,assignment,1,create"
expect_out "assign end,assignment,1,update"

finish
