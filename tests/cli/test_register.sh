# `sleutel register person|org`: every field, updates, handles and prefixes, and bad input.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init

it "register a person with every field"
sl register person amira --name "Amira Haddad" --municipality Haarlem --lang ar:native \
    --lang nl:B1 --origin Syrië --gender f --birth-year 1985 --education HBO --background zorg \
    --contract volunteer --hours 8 --since 2024-03-01 --phone 0612345678 \
    --email amira@example.org --training "Pharos basistraining@2024-02-10" --training EHBO
expect_code 0
expect_out "registered person amira"
sl profile amira --format json
expect_out '"name": "Amira Haddad"'
expect_out '"municipality": "GM0392"'
expect_out '"code": "ar"'
expect_out '"level": "native"'
expect_out '"origin": "Syrië"'
expect_out '"gender": "f"'
expect_out '"birth_year": 1985'
expect_out '"education": "HBO"'
expect_out '"background": "zorg"'
expect_out '"contract": "volunteer"'
expect_out '"minutes_per_week": 480'
expect_out '"since": "2024-03-01"'
expect_out '"phone": "0612345678"'
expect_out '"email": "amira@example.org"'
expect_out '"name": "Pharos basistraining"'
expect_out '"completed_on": "2024-02-10"'
expect_out '"name": "EHBO"'

it "names in Arabic and Ge'ez script"
sl register person yusuf --name "يوسف العلي" --municipality GM0392 --lang ar:native --gender m
expect_code 0
sl register person selam --name "ሰላም ተስፋይ" --municipality gm0392 --lang ti:native
expect_code 0
sl profile list --format csv
expect_out "selam,ሰላም ተስፋይ,GM0392"
expect_out "yusuf,يوسف العلي,GM0392"

it "an existing handle is 65 unless --update"
sl register person amira --name "Someone Else"
expect_code 65
expect_error "person 'amira' is already registered"
expect_hint "change it with 'sleutel register person amira --update ...'"

it "--update changes only the fields given; languages merge by code"
sl register person amira --update --education HBO --lang nl:B2
expect_code 0
expect_out "updated person amira"
sl profile amira --format json
expect_out '"education": "HBO"'
expect_out '"name": "Amira Haddad"'
expect_out '"level": "B2"'
expect_out '"code": "ar"'

it "--update does not change contract or hours: they are dated, and the hint says how"
before=$(dump)
sl register person amira --update --contract volunteer --hours 12
expect_code 64
expect_error "--update no longer changes contract or hours: they are a dated agreement"
expect_hint "sleutel profile amira agreement --from DATE --contract volunteer --hours N"
expect_true "nothing changed" [ "$(dump)" = "$before" ]

it "--birth-date gives the birth year too; the two must agree"
sl register person amira --update --birth-date 2001-05-04
expect_code 0
sl profile amira --format json
expect_json '.birth_year == 2001'
sl register person amira --update --birth-date 2001-05-04 --birth-year 2002
expect_code 65
expect_error "birth year 2002 and birth date 2001-05-04 disagree"
sl register person amira --update --birth-date 04-05-2001
expect_code 65
expect_error "not a birth date: '04-05-2001'"

it "--update needs an existing person, named by handle or unique prefix"
sl register person bilal --update --name "Bilal"
expect_code 65
expect_error "no person 'bilal'"
sl register person ami --update --origin Syrië
expect_code 0
expect_out "updated person amira"
sl register person bilal --name "Bilal"
expect_code 0

it "bad handles"
for bad in A x 1abc "am ira" "$(printf 'a%.0s' {1..33})" "anon-7" list; do
    sl register person "$bad" --name X
    expect_code 65
done
sl register person Amira --name X
expect_error "not a valid person handle: 'Amira'"

it "bad values, each with a clear error and nothing written"
count_before=$(db_sql "SELECT count(*) FROM person")
sl register person nieuw
expect_code 65
expect_error "a new person needs a name"
sl register person nieuw --name X --municipality Atlantis
expect_code 65
expect_error "unknown municipality 'Atlantis'"
expect_hint "known: GM0392 (Haarlem)"
sl register person nieuw --name X --municipality Harlem
expect_code 65
expect_hint "did you mean 'Haarlem'?"
sl register person nieuw --name X --lang ti:fluent
expect_code 65
expect_error "not a language level: 'ti:fluent'"
sl register person nieuw --name X --lang tigrinya:native
expect_code 65
sl register person nieuw --name X --gender q
expect_code 65
expect_error "unknown gender 'q'"
sl register person nieuw --name X --contract zzp
expect_code 65
expect_hint "known: volunteer, employed, internship, freelance"
sl register person nieuw --name X --birth-year 1850
expect_code 65
sl register person nieuw --name X --hours 200
expect_code 65
sl register person nieuw --name X --since 2026-02-30
expect_code 65
sl register person nieuw --name ""
expect_code 65
expect_error "the name cannot be empty"
sl register person nieuw --name "   "
expect_code 65
expect_error "the name cannot be empty"
sl register person nieuw --name X --lang ar:native --lang ar:B1
expect_code 65
expect_error "language 'ar' is given twice"
sl register person nieuw --name X --training "Basis@2027-01-01"
expect_code 65
expect_error "a completed training cannot be in the future: 2027-01-01"
for word in list end goal training status role match; do
    sl register person "$word" --name X
    expect_code 65
    expect_error "'$word' cannot be a handle: it is a command word"
done
sl register person nieuw --name X --training "Basis@gisteren"
expect_code 65
sl register person nieuw --name "Robert'); DROP TABLE person;--"
expect_code 0
expect_true "nothing else happened" [ "$(db_sql "SELECT count(*) FROM person")" -eq $((count_before + 1)) ]

it "register an organisation"
sl register org ggd-kennemerland --name "GGD Kennemerland" --type ggd --municipality Haarlem \
    --contact "Inge, 023-1234567"
expect_code 0
expect_out "registered organisation ggd-kennemerland"
sl register org ggd-kennemerland --name X --type ggd
expect_code 65
sl register org ggd --update --contact "Piet"
expect_code 0
expect_out "updated organisation ggd-kennemerland"
expect_true "contact changed, name kept" [ "$(db_sql "SELECT name || '|' || contact FROM organisation WHERE handle = 'ggd-kennemerland'")" = "GGD Kennemerland|Piet" ]

it "an organisation type must be in the config"
sl register org wijk --name Wijkteam --type wijkteem
expect_code 65
expect_error "unknown organisation type 'wijkteem'"
expect_hint "did you mean 'wijkteam'?"
sl register org wijk --name Wijkteam
expect_code 65
expect_error "a new organisation needs --name and --type"

it "unique prefixes resolve; ambiguous ones list the candidates"
sl register person amina --name "Amina"
sl profile amir --format json
expect_code 0
expect_out '"handle": "amira"'
sl profile ami
expect_code 65
expect_error "'ami' matches more than one person"
expect_hint "which one: amina, amira"
sl profile zzz
expect_code 65
expect_error "no person 'zzz'"
sl profile amiar
expect_hint "did you mean 'amira'?"

it "every registration is audited"
sl audit --format csv
expect_out "register person,person,amira,create"
expect_out "register person,person,amira,update"
expect_out "register org,organisation,ggd-kennemerland,create"
expect_out "register org,organisation,ggd-kennemerland,update"

it "a register on a missing database creates it and says so"
sl --db "$WORK/fresh.db" register person amira --name A
expect_code 0
expect_err "sleutel: created a new database at $WORK/fresh.db"

finish
