# The manual page is lint-clean and documents every command and option that --help lists.
source "$(dirname "$0")/lib.sh"

page="$SOURCE/man/sleutel.1"

it "mandoc -Tlint finds nothing at warning level"
mandoc -Tlint -W warning "$page" >lint.txt 2>&1
code=$?
expect_code 0
expect_true "no lint output" [ ! -s lint.txt ]

mandoc -Tascii "$page" | col -bx >page.txt

it "every option in --help appears in the page"
for command in "${all_commands[@]}"; do
    # shellcheck disable=SC2086
    "$BIN" $command --help >help.txt
    for option in $(grep -oE -- '--[a-z][a-z-]+' help.txt | sort -u); do
        current="'sleutel $command' option $option"
        grep -qF -- "$option" page.txt && _pass || _fail "$option is not in sleutel(1)"
    done
done

it "every command appears in the page"
for command in init "config template" "config check" "config show" "db check" "db backup" audit \
    "register person" "register org" "register import" assign "assign end" "assign list" log \
    "log list" "log edit" "log delete" "log import" profile \
    "profile list" "profile role" "profile match" forget "completion bash"; do
    current="command $command"
    grep -qF -- "sleutel $command" page.txt && _pass || _fail "'sleutel $command' is not in sleutel(1)"
done

it "every exit code of the contract is documented"
for n in 0 1 64 65 66 70 73 74 75 77 78; do
    current="exit code $n"
    grep -qE "^ +$n +[A-Z]" page.txt && _pass || _fail "exit code $n is not in sleutel(1)"
done

finish
