# Shell completion: the scripts load in their shell, and the bash one completes commands,
# options and values from the config and the database in a real bash, as a person pressing Tab.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init
sl register person amira --name "Amira" --contract volunteer --hours 8
sl register person bashir --name "Bashir"
sl register org ggd-kennemerland --name "GGD" --type ggd
it "fixture"
expect_code 0

# The script calls `sleutel` by name, as an installed one would be.
mkdir bin
ln -s "$BIN" bin/sleutel
export PATH="$WORK/bin:$PATH"

it "the bash script loads and registers a completion function"
sl completion bash
expect_code 0
cp out completion.bash
bash -c 'source completion.bash && complete -p sleutel' >registered 2>&1
expect_true "complete -p: $(cat registered)" grep -q -- "-F _sleutel" registered

# Completes the words as bash would: COMP_WORDS holds them, COMP_CWORD points at the last.
tab() {
    bash -c 'source completion.bash
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _sleutel
        printf "%s\n" "${COMPREPLY[@]}"' tab sleutel "$@" >out 2>err
    code=$?
}

it "commands"
tab lo
expect_code 0
expect_true "only log: $(tr '\n' ' ' <out)" [ "$(cat out)" = log ]
tab ""
expect_out report
expect_out completion
expect_out_not __complete

it "subcommands and the persons of the database"
tab log ""
expect_out import
expect_out amira
expect_out bashir
tab log am
expect_true "amira alone: $(tr '\n' ' ' <out)" [ "$(cat out)" = amira ]

it "no subcommands in the middle of a command's arguments, but after them"
tab log amira ""
expect_out groepsvoorlichting
expect_out_not import
tab assign amira ""
expect_out_not list
tab profile amira ""
expect_out goal

it "activity types after the person, themes after --theme, targets after --refer"
tab log amira groeps
expect_true "groepsvoorlichting: $(cat out)" [ "$(cat out)" = groepsvoorlichting ]
tab log amira groepsvoorlichting 1h --theme gez
expect_true "gezondheid: $(cat out)" [ "$(cat out)" = gezondheid ]
tab log amira groepsvoorlichting 1h --refer huis
expect_true "huisarts: $(cat out)" [ "$(cat out)" = huisarts ]

it "options of the command, and the global ones"
tab log amira --r
expect_out --role
expect_out --refer
tab report summary --
expect_out --period
expect_out --by
expect_out --db

it "values of options: periods, dimensions, formats, organisations, report kinds"
tab report summary --period last
expect_true "four last* periods: $(tr '\n' ' ' <out)" [ "$(wc -l <out)" -eq 4 ]
expect_out lastweek
tab report summary --by th
expect_true "theme: $(cat out)" [ "$(cat out)" = theme ]
tab report ""
expect_out monthly
expect_out coverage
tab assign amira ""
expect_out ggd-kennemerland
tab register org x --type wel
expect_true "an organisation type: $(cat out)" [ "$(cat out)" = welzijn ]
tab log list --type huisb
expect_true "an activity type: $(cat out)" [ "$(cat out)" = huisbezoek ]
tab assign amira ggd --role tolk --funding kans
expect_true "a funding stream: $(cat out)" [ "$(cat out)" = kansrijke-start ]
tab report summary --by fun
expect_true "by funding: $(cat out)" [ "$(cat out)" = funding ]
tab report ""
expect_out alerts
expect_out progress

it "roles come from the configuration in use"
printf '[[roles]]\nid = "wegwijzer"\nname = "Wegwijzer"\ndescription = "Wijst de weg."\ntasks = ["x"]\ncompetencies = ["y"]\n' >roles.toml
SLEUTEL_CONFIG=$WORK/roles.toml tab assign amira ggd --role ""
expect_true "wegwijzer only: $(tr '\n' ' ' <out)" [ "$(cat out)" = wegwijzer ]

it "--db on the command line names the database whose persons are offered"
"$BIN" --db other.db init >/dev/null
"$BIN" --db other.db register person zahra --name Zahra >/dev/null
tab --db other.db log ""
expect_out zahra
expect_out_not amira

it "file arguments are left to the shell"
tab log import ""
expect_true "nothing offered: $(cat out)" [ -z "$(cat out)" ]

it "without a database, nothing breaks and nothing is written"
SLEUTEL_DB=$WORK/missing.db tab log ""
expect_code 0
expect_err_empty
expect_out import
expect_no_file missing.db

it "register delete offers persons and organisations, or those of the kind named"
tab register ""
expect_out delete
tab register delete ""
expect_out person
expect_out org
expect_out amira
expect_out ggd-kennemerland
tab register delete person ""
expect_out bashir
expect_out_not ggd-kennemerland
tab register delete org ""
expect_true "the organisation only: $(tr '\n' ' ' <out)" [ "$(cat out)" = ggd-kennemerland ]

it "zsh and fish scripts"
sl completion zsh
expect_code 0
expect_out "compdef _sleutel sleutel"
sl completion fish
expect_code 0
expect_out "complete -c sleutel"
for shell in zsh fish; do
    if command -v "$shell" >/dev/null; then
        "$BIN" completion "$shell" >"script.$shell"
        current="the $shell script parses"
        expect_true "$shell -n" "$shell" -n "script.$shell"
    fi
done

it "an unknown shell is a usage error"
sl completion tcsh
expect_code 64
expect_error "no completion for the shell 'tcsh'"
expect_hint "shells: bash, zsh, fish"

finish
