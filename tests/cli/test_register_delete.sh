# `register delete HANDLE` (and `register delete person|org HANDLE`): a person or organisation
# registered by mistake goes, with the details that belong to it, only while nothing refers to it.
# stores: file and server
source "$(dirname "$0")/lib.sh"

small_programme
it "fixture"
sl register person bashir --name "Bashir" --lang ar:native --lang nl:B1 --phone 0612345678 \
    --training "Pharos basistraining@2026-02-01"
expect_code 0
bashir_id=$(db_sql "SELECT id FROM person WHERE handle = 'bashir'")
sl profile bashir goal add "Voorlichting leren geven" --due 2026-12-31
expect_code 0
sl profile bashir status paused --on 2026-11-01
expect_code 0
# What later commands record about a person: an agreement period and an age band.
db_sql "INSERT INTO agreement (person_id, from_date, created_at)
    VALUES ($bashir_id, '2026-11-01', '2026-11-01T10:00:00Z');
    INSERT INTO age_band (person_id, year, under_21) VALUES ($bashir_id, 2026, 0);"
sl register org welzijn-west --name "Welzijn West" --type welzijn --contact "Els, 023-1234567"
expect_code 0

rows_of() {
    local table=$1 column=$2 id=$3
    db_sql "SELECT count(*) FROM $table WHERE $column = $id"
}

it "a person nothing refers to is deleted with their own details"
sl register delete bashir
expect_code 0
expect_out "deleted person bashir"
expect_err_empty
for table in person_language person_status training goal agreement age_band; do
    expect_true "no $table rows left" [ "$(rows_of "$table" person_id "$bashir_id")" -eq 0 ]
done
expect_true "no person row left" [ "$(rows_of person id "$bashir_id")" -eq 0 ]
sl profile list --format json
expect_json '[.[].person] == ["amira"]'
sl db check
expect_code 0

it "an organisation nothing refers to is deleted"
sl register delete welzijn-west
expect_code 0
expect_out "deleted organisation welzijn-west"
expect_true "no organisation row left" \
    [ "$(db_sql "SELECT count(*) FROM organisation WHERE handle = 'welzijn-west'")" -eq 0 ]

it "each deletion is audited"
sl audit --format csv
expect_out "register delete,person,bashir,delete"
expect_out "register delete,organisation,welzijn-west,delete"

it "the handle is free again"
sl register person bashir --name "Bashir"
expect_code 0

it "a shared handle needs the kind"
sl register org bashir --name "Stichting Bashir" --type zelforganisatie
expect_code 0
before=$(dump)
sl register delete bashir
expect_code 65
expect_error "'bashir' is both a person and an organisation"
expect_hint "say which: sleutel register delete person bashir, or sleutel register delete org bashir"
expect_true "nothing changed" [ "$(dump)" = "$before" ]
sl register delete org bashir
expect_code 0
expect_out "deleted organisation bashir"
expect_true "the person stays" [ "$(db_sql "SELECT count(*) FROM person WHERE handle = 'bashir'")" -eq 1 ]
sl register delete person bashir
expect_code 0
expect_out "deleted person bashir"
sl audit --format csv
expect_out "register delete org,organisation,bashir,delete"
expect_out "register delete person,person,bashir,delete"

it "a person with activities and assignments stays, and the error says what refers to them"
for day in 16 17 18; do sl log amira individueel-contact 1h --date 2026-11-$day; done
sl register org wijkteam --name "Wijkteam" --type wijkteam
sl assign amira wijkteam --role tolk --from 2026-06-01
expect_code 0
before=$(dump)
sl register delete amira
expect_code 65
expect_error "amira has 4 activities and 2 assignments$"
expect_err "sleutel forget amira --yes"
expect_err "sleutel assign end ID"
expect_true "nothing changed" [ "$(dump)" = "$before" ]
sl register delete person amira
expect_code 65
expect_error "amira has 4 activities and 2 assignments$"

it "an organisation with assignments or activities stays"
sl register delete ggd
expect_code 65
expect_error "ggd has 4 activities and 1 assignment$"
expect_err "sleutel assign end ID"
sl register delete org wijkteam
expect_code 65
expect_error "wijkteam has 1 assignment$"
it "an activity logged at an organisation without an assignment there refers to it too"
sl register org taalschool --name "Taalschool" --type taalschool
sl log amira individueel-contact 1h --date 2026-11-19 --org taalschool
expect_code 0
sl register delete taalschool
expect_code 65
expect_error "taalschool has 1 activity$"

it "a person with only an assignment stays"
sl register person carla --name "Carla"
sl assign carla wijkteam --role tolk --from 2026-12-01
sl register delete carla
expect_code 65
expect_error "carla has 1 assignment$"

it "an erased person with no work on record can be deleted"
sl register person dirk --name "Dirk"
sl forget dirk --yes
erased=$(db_sql "SELECT handle FROM person WHERE forgotten = 1")
sl register delete "$erased"
expect_code 0
expect_out "deleted person $erased"

sl register person zahra --name "Zahra"
sl register org zorggroep --name "Zorggroep" --type zorg
refused_cases \
    "64|register delete za|give the full handle to delete, not 'za'" \
    "64|register delete person za|give the full handle to delete, not 'za'" \
    "64|register delete z|give the full handle to delete, not 'z'" \
    "65|register delete nobody|no person or organisation 'nobody'" \
    "65|register delete person nobody|no person 'nobody'" \
    "65|register delete org zahra|no organisation 'zahra'" \
    "64|register delete|register delete needs the HANDLE to delete" \
    "64|register delete person|PERSON is required" \
    "64|register delete zahra zorggroep|unexpected argument 'zorggroep'" \
    "64|register delete zahra -o x.csv|.sleutel register delete. prints a message, not a table"
it "a prefix is answered with the full handles it matches"
sl register delete z
expect_hint "a deletion is for good: sleutel register delete person zahra, or org zorggroep"

it "the database is still sound"
sl db check
expect_code 0

finish
