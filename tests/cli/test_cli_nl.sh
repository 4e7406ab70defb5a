# The command line in two languages: messages and --help follow the user's locale, the tables
# of `profile list`, `profile match` and `assign list` follow the programme's language, values
# included; JSON and CSV keep the English ids.
# stores: file and server
source "$(dirname "$0")/lib.sh"

it "sleutel --help in Dutch with a Dutch locale"
LANG=nl_NL.UTF-8 sl --help
expect_code 0
expect_out "Gebruik: sleutel [OPTIES] OPDRACHT"
expect_out "Opties:"
expect_out "Opdrachten:"
expect_out "Toon deze hulptekst en stop"
expect_out "Registreer sleutelpersonen en organisaties"
expect_out_not "Options:"
expect_out_not "Print this help message"

it "sleutel --help in English with the C locale"
sl --help
expect_code 0
expect_out "Usage: sleutel [OPTIONS] COMMAND"
expect_out "Options:"
expect_out "Commands:"
expect_out "Register key persons and organisations"
expect_out_not "Opdrachten"

it "sleutel log --help in Dutch: arguments, options and commands"
LANG=nl_NL.UTF-8 sl log --help
expect_code 0
expect_out "Argumenten:"
expect_out "PERSON TEKST"
expect_out "Dag waarop het gebeurde (standaard vandaag)"
expect_out "Toon vastgelegde activiteiten (standaard: de laatste 7 dagen)"
expect_out_not "Options:"
expect_out_not "Day it happened"

it "sleutel log --help in English"
sl log --help
expect_code 0
expect_out "Arguments:"
expect_out "Day it happened (default today)"
expect_out_not "Dag waarop"

it "LANGUAGE and LC_ALL choose the messages too"
# Through env: the shell itself would try to switch to a locale this machine may not have.
env LANGUAGE=nl "$BIN" --help >out 2>err
expect_out "Gebruik:"
env LC_ALL=nl_BE.UTF-8 "$BIN" --help >out 2>err
expect_out "Gebruik:"

it "a usage error in Dutch and in English"
LANG=nl_NL.UTF-8 sl frobnicate
expect_code 64
expect_error "onbekende opdracht 'frobnicate'$"
sl frobnicate
expect_code 64
expect_error "unknown command 'frobnicate'$"
LANG=nl_NL.UTF-8 sl log list --period thismonth --from 2026-11-01
expect_code 64
expect_error "--(period|from) en --(period|from) kunnen niet samen worden gegeven$"
expect_hint "zie 'sleutel --help' of 'sleutel OPDRACHT --help'"
LANG=nl_NL.UTF-8 sl assign end
expect_code 64
expect_error "ID is verplicht$"
LANG=nl_NL.UTF-8 sl log list --period
expect_code 64
expect_error "--period heeft een waarde nodig$"
sl log list --period
expect_error "--period needs a value$"

it "an error of a command in Dutch"
LANG=nl_NL.UTF-8 sl log list
expect_code 66
if on_server; then
    expect_hint "voer 'sleutel init' uit om de tabellen te maken"
else
    expect_hint "maak er een met 'sleutel init'"
fi
LANG=nl_NL.UTF-8 sl init
expect_code 0
expect_out "database $SLEUTEL_DB gemaakt (schemaversie"
LANG=nl_NL.UTF-8 sl log edit 7
expect_code 64
expect_error "niets te wijzigen aan activiteit 7$"

sl register person amira --name "Amira Haddad" --municipality Haarlem --lang ar:native \
    --lang nl:B1 --gender f --contract volunteer --hours 8 --since 2024-03-01
sl register person selam --name "Selam Tesfay" --municipality Haarlem --lang ti:native \
    --gender f --contract employed --hours 18
sl register org ggd --name "GGD Kennemerland" --type ggd
sl assign amira ggd --role voorlichter --hours 2 --from 2024-03-01 --contract volunteer
sl assign selam ggd --role tolk --hours 12 --from 2025-01-01 --scope regional
printf '[programme]\nname = "x"\nlanguage = "en"\n' >en.toml

# Runs the three documents in the programme language of the config given (if any), into ./all.
documents() {
    : >all
    for command in "profile list" "profile match --lang ar --hours 4 --role voorlichter" \
        "assign list"; do
        # shellcheck disable=SC2086
        sl "$@" $command
        [ "$code" -eq 0 ] || _fail "$command: exit $code"
        cat out >>all
    done
}

it "a Dutch programme: no English word in profile list, profile match and assign list"
documents
for word in active volunteer employed free h/week native local regional; do
    grep -qiw -- "$word" all && _fail "Dutch tables say '$word'" || _pass
done
grep -qF "actief" all && _pass || _fail "no 'actief' in Dutch tables"
grep -qF "vrijwilliger" all && _pass || _fail "no 'vrijwilliger' in Dutch tables"
grep -qF "in loondienst" all && _pass || _fail "no 'in loondienst' in Dutch tables"
grep -qF "ar:moedertaal" all && _pass || _fail "no 'ar:moedertaal' in Dutch tables"
grep -qF "6:00 u/week vrij" all && _pass || _fail "no '6:00 u/week vrij' in the match"
grep -qF "regionaal" all && _pass || _fail "no 'regionaal' in Dutch tables"

it "an English programme: no Dutch word in the same tables, whatever the locale"
LANG=nl_NL.UTF-8 documents --config en.toml
for word in actief vrijwilliger vrij u/week moedertaal; do
    grep -qF -- "$word" all && _fail "English tables say '$word'" || _pass
done
grep -qF "6:00 h/week free" all && _pass || _fail "no '6:00 h/week free' in the match"
grep -qF "volunteer" all && _pass || _fail "no 'volunteer' in English tables"

it "JSON and CSV keep the English ids in a Dutch programme"
sl profile list --format json
expect_json '.[] | select(.person == "amira") | .status == "active" and .contract == "volunteer"'
expect_json '.[] | select(.person == "amira") | .languages == ["ar:native", "nl:B1"]'
sl assign list --format csv
expect_out ",volunteer,"
expect_out ",regional,"
expect_out_not "vrijwilliger"

it "the Dutch agreement line in a Dutch programme, the English one in an English programme"
sl profile amira agreement --from 2026-11-01 --hours 6
expect_out "amira heeft vanaf 2026-11-01: vrijwilliger, 6:00 u/week"
sl --config en.toml profile amira agreement --from 2026-11-02 --hours 5
expect_out "amira from 2026-11-02: volunteer, 5:00 h/week"

it "the audit table speaks the programme's language, its JSON the ids"
sl audit
expect_out "toegevoegd"
expect_out "persoon"
sl audit --format json
expect_json '[.[] | .action] | index("create") != null'

it "a confirmation in the user's language"
LANG=nl_NL.UTF-8 sl profile amira status paused --on 2026-11-20
expect_out "amira is gepauzeerd sinds 2026-11-20"
sl profile amira status active --on 2026-11-21
expect_out "amira is active since 2026-11-21"

finish
