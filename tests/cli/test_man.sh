# The manual pages are lint-clean, each command's page documents every option its --help lists,
# sleutel.toml(5) every key of the configuration, and sleutel(1) the exit codes and all pages.
source "$(dirname "$0")/lib.sh"

man_dir="$SOURCE/man"
pages=("$man_dir"/*.[157])

it "mandoc -Tlint finds nothing at warning level in any page"
for page in "${pages[@]}"; do
    current="lint $(basename "$page")"
    mandoc -Tlint -W warning "$page" >lint.txt 2>&1
    expect_true "$(head -c 300 lint.txt)" [ ! -s lint.txt ]
done

render() { mandoc -Tascii "$1" | col -bx; }
render "$man_dir/sleutel.1" >sleutel.txt

# The page of a command is that of its first word; global options are in sleutel(1).
page_of() {
    local first=${1%% *}
    if [ -z "$first" ]; then echo "$man_dir/sleutel.1"; else echo "$man_dir/sleutel-$first.1"; fi
}

it "every command has its page, listed in sleutel(1)"
for command in "${all_commands[@]}"; do
    [ -n "$command" ] || continue
    page=$(page_of "$command")
    current="page for '$command'"
    expect_file "$page"
    expect_true "sleutel(1) refers to $(basename "$page" .1)(1)" \
        grep -qF -- "$(basename "$page" .1)(1)" sleutel.txt
done

it "every option in --help appears in the command's page"
for command in "${all_commands[@]}"; do
    page=$(page_of "$command")
    render "$page" >page.txt
    # shellcheck disable=SC2086
    "$BIN" $command --help >help.txt
    for option in $(grep -oE -- '--[a-z][a-z-]+' help.txt | sort -u); do
        current="'sleutel $command' option $option"
        if grep -qF -- "$option" page.txt || grep -qF -- "$option" sleutel.txt; then
            _pass
        else
            _fail "$option is in neither $(basename "$page") nor sleutel.1"
        fi
    done
done

it "every command appears in its page"
for command in init "config template" "config check" "config show" "db check" "db backup" audit \
    "register person" "register org" "register import" "register delete" assign "assign end" \
    "assign list" log "log list" "log edit" "log delete" "log import" "signal add" \
    "signal forward" "signal answer" "signal close" "signal edit" "signal list" profile \
    "profile list" "profile role" "profile match" forget "completion"; do
    current="command $command"
    render "$(page_of "$command")" >page.txt
    grep -qF -- "sleutel $command" page.txt && _pass || _fail "'sleutel $command' is not in its page"
done

it "every exit code of the contract is documented"
for n in 0 1 64 65 66 70 73 74 75 77 78; do
    current="exit code $n"
    grep -qE "^ +$n +[A-Z]" sleutel.txt && _pass || _fail "exit code $n is not in sleutel(1)"
done

it "every key of the configuration is in sleutel.toml(5)"
render "$man_dir/sleutel.toml.5" >toml.txt
"$BIN" config template >template.toml
for key in $(grep -oE '^\[+[a-z_.]+\]+|^[a-z_0-9]+ =' template.toml | tr -d '[] =' | tr '.' '\n' | sort -u); do
    current="config key $key"
    grep -qw -- "$key" toml.txt && _pass || _fail "$key is not in sleutel.toml(5)"
done

it "dates, durations and periods are in sleutel-dates(7)"
render "$man_dir/sleutel-dates.7" >dates.txt
for word in yesterday 1h30 1u30 thisweek lastquarter 2026-W47 2026-Q3 ..; do
    current="sleutel-dates(7): $word"
    grep -qF -- "$word" dates.txt && _pass || _fail "$word is not in sleutel-dates(7)"
done

it "every kind the privacy guard refuses is in sleutel-privacy(7)"
render "$man_dir/sleutel-privacy.7" >privacy.txt
for word in "citizen service number (BSN)" "phone number" "e-mail address" \
    "bank account number (IBAN)" postcode "street address" "date of birth" \
    "name with a title" NFKC 65 "log import" "goal add"; do
    current="sleutel-privacy(7): $word"
    grep -qF -- "$word" privacy.txt && _pass || _fail "$word is not in sleutel-privacy(7)"
done

finish
