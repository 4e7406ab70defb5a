# `log edit ID --person P`: an activity logged under the wrong key person moves to the right one,
# and its role, organisation and assignment are derived again from the new person's assignments,
# exactly as `log` derives them.
# stores: file and server
source "$(dirname "$0")/lib.sh"

small_programme
# Bashir works at the wijkteam as tolk from June; Carla has no assignment at all.
it "fixture"
sl register org wijkteam --name "Sociaal wijkteam" --type wijkteam
expect_code 0
sl register person bashir --name "Bashir"
expect_code 0
sl assign bashir wijkteam --role tolk --from 2026-06-01
expect_code 0
bashir_tolk=$(cat out)
sl register person carla --name "Carla"
expect_code 0
sl log amira individueel-contact 30m --date 2026-11-19
second=$(cat out)
sl log amira individueel-contact 45m --date 2026-11-18
third=$(cat out)
expect_code 0

assignment_of() { db_sql "SELECT coalesce(CAST(assignment_id AS TEXT), 'none') FROM activity WHERE id = $1"; }

it "the activity moves, and takes role, organisation and assignment from the new person"
sl log edit 1 --person bashir
expect_code 0
expect_out "activity 1 moved to bashir"
expect_err_empty
sl log list --period 2026-11-20 --format json
expect_json '.[0] | .id == 1 and .person == "bashir" and .role == "tolk" and .org == "wijkteam"'
expect_json '.[0] | .type == "groepsvoorlichting" and .minutes == 60 and .themes == ["gezondheid"]'
expect_true "assignment $bashir_tolk, not $(assignment_of 1)" [ "$(assignment_of 1)" = "$bashir_tolk" ]
sl log list --period 2026-11-20 --person amira --format json
expect_json '. == []'

it "the move is audited"
sl audit --format csv
expect_out "log edit,activity,1,update"

it "a unique prefix names the new person, as in log"
sl log edit "$second" --person ba
expect_code 0
expect_out "activity $second moved to bashir"

it "with several active assignments, --role or --org is needed (65, listing them)"
sl assign bashir ggd --role voorlichter --from 2026-01-01
bashir_ggd=$(cat out)
before=$(dump)
sl log edit "$third" --person bashir
expect_code 65
expect_error "bashir has 2 active assignments on 2026-11-18: say which role or organisation \(--role, --org\)"
expect_hint "#$bashir_ggd ggd as voorlichter; #$bashir_tolk wijkteam as tolk"
expect_true "nothing changed" [ "$(dump)" = "$before" ]

it "--role given in the same edit picks the new person's assignment in that role"
sl log edit "$third" --person bashir --role voorlichter
expect_code 0
sl log list --period 2026-11-18 --format json
expect_json '.[0] | .person == "bashir" and .role == "voorlichter" and .org == "ggd"'
expect_true "assignment $bashir_ggd" [ "$(assignment_of "$third")" = "$bashir_ggd" ]

it "--org given in the same edit picks the new person's assignment there"
sl log edit "$third" --person amira
expect_code 0
sl log edit "$third" --person bashir --org wijk
expect_code 0
sl log list --period 2026-11-18 --format json
expect_json '.[0] | .person == "bashir" and .role == "tolk" and .org == "wijkteam"'
expect_true "assignment $bashir_tolk" [ "$(assignment_of "$third")" = "$bashir_tolk" ]

it "a role the new person has no assignment in is kept, with the warning log gives"
sl log edit "$third" --person amira --role tolk
expect_code 0
expect_err "sleutel: warning: amira has no matching assignment active on 2026-11-18; logged without one"
sl log list --period 2026-11-18 --format json
expect_json '.[0] | .person == "amira" and .role == "tolk" and .org == null'
expect_true "no assignment" [ "$(assignment_of "$third")" = none ]

it "a person without an active assignment: no role or organisation, and a warning"
sl log edit 1 --person carla
expect_code 0
expect_err "sleutel: warning: carla has no assignment active on 2026-11-20; logged without one"
sl log list --period 2026-11-20 --format json
expect_json '.[0] | .person == "carla" and .role == null and .org == null'
expect_true "no assignment" [ "$(assignment_of 1)" = none ]

it "an assignment that had not started on the activity's date does not count"
sl log amira individueel-contact 1h --date 2026-05-04
early=$(cat out)
sl log edit "$early" --person bashir
expect_code 0
sl log list --period 2026-05-04 --format json
expect_json '.[0] | .person == "bashir" and .role == "voorlichter" and .org == "ggd"'

it "other flags of the same edit apply too"
sl log edit "$early" --person amira --reached 4 --date 2026-05-05
expect_code 0
sl log list --period 2026-05-05 --format json
expect_json '.[0] | .id == '"$early"' and .person == "amira" and .reached == 4 and .role == "voorlichter" and .org == "ggd"'

sl register person dirk --name "Dirk"
sl forget dirk --yes
erased=$(db_sql "SELECT handle FROM person WHERE forgotten = 1")
refused_cases \
    "65|log edit 1 --person $erased|$erased has been erased; nothing can be logged for them" \
    "65|log edit 1 --person zzz|no person 'zzz'" \
    "65|log edit 1 --person a --role tolk|'a' matches more than one person" \
    "65|log edit 999 --person amira|no activity 999" \
    "64|log edit 1 --person|--person needs a value"

finish
