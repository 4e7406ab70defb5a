# Exit codes and the one-line error format, across the admin commands.
# stores: file and server
source "$(dirname "$0")/lib.sh"

it "--version"
sl --version
expect_code 0
expect_true "version line" grep -qE '^sleutel [0-9]+\.[0-9]+\.[0-9]+$' out
cp out version-alone
# Alone it is answered before the command line is parsed; after a global option CLI11 answers.
sl --db other.db --version
expect_code 0
expect_true "the same line both ways: $(cat out)" cmp -s out version-alone

it "--help for every command"
for command in "${all_commands[@]}"; do
    # shellcheck disable=SC2086
    sl $command --help
    expect_code 0
    expect_out "Usage: sleutel"
done

# sleutel builds only the command it runs; after global options it cannot tell which that is
# (`--db log` names a file), and builds them all. Both ways give the same help, word for word.
it "the command alone and the whole tree give the same help"
sl --help
cp out help-alone
sl --db log --help
expect_true "sleutel --help" cmp -s out help-alone
for command in "${all_commands[@]}"; do
    # A subcommand's help comes from the tree its command built: the top level is what differs.
    [[ $command == *" "* ]] && continue
    sl "$command" --help
    cp out help-alone
    sl --db log "$command" --help
    expect_true "sleutel $command --help" cmp -s out help-alone
done

it "a command after global options"
sl --db "$WORK/other.db" --wait 1 init
expect_code 0
sl --no-color --db "$WORK/other.db" register org ggd --name GGD --type ggd
expect_code 0
sl --format json --db "$WORK/other.db" audit
expect_code 0
expect_out '"register org"'

it "usage errors are 64"
sl
expect_code 64
expect_error "'sleutel' needs a command"
expect_hint "commands here: register, assign, log, signal, profile, init, config, db, audit, forget"
sl frobnicate
expect_code 64
expect_error "unknown command 'frobnicate'"
sl init --frobnicate
expect_code 64
expect_error "unknown option '--frobnicate'"
sl audit --perid thismonth
expect_code 64
expect_error "unknown option '--perid'"
expect_hint "did you mean '--period'?"
sl int
expect_code 64
expect_hint "did you mean 'init'?"
sl audit extra
expect_code 64
expect_error "unexpected argument 'extra'"
sl --wait abc db check
expect_code 64
expect_error "--wait: not a number of seconds: 'abc'"
sl --wait nan db check
expect_code 64
sl -o "" audit
expect_code 64
expect_error "an empty file name was given"
sl db
expect_code 64
expect_error "'sleutel db' needs a command"
sl --wait -3 db check
expect_code 64
expect_error "--wait: not a number of seconds: '-3'"
sl audit --period
expect_code 64

sl init

it "a bad period is 65"
sl audit --period 2025-W53
expect_code 65
expect_error "not a period: 2025 has only 52 ISO weeks"
sl audit --period lastweak
expect_code 65
expect_error "not a period: 'lastweak'"
expect_hint "write today, yesterday, thisweek"

it "periods across the year end are accepted"
sl audit --period 2026-W53
expect_code 0
sl audit --period 2020-W53
expect_code 0

it "--from and --to are the same as --period FROM..TO"
# Audit times are real UTC times, whatever SLEUTEL_TODAY says.
sl audit --from 2000-01-01 --to "$(date -u +%F)" --format csv
expect_code 0
expect_out "init,database"
sl audit --from "$(date -u -d tomorrow +%F)" --format csv
expect_code 0
expect_out_not "init,database"
sl audit --from -3d --period thismonth
expect_code 64
expect_error "--(period|from) and --(period|from) cannot be given together"
sl audit --from 2026-11-30 --to 2026-11-01
expect_code 65
expect_error "the period starts after it ends"

it "a bad SLEUTEL_TODAY is a data error"
SLEUTEL_TODAY=2026-02-30 "$BIN" audit --period thisweek >out 2>err
code=$?
expect_code 65
expect_error "SLEUTEL_TODAY is not a date: '2026-02-30'"

it "SLEUTEL_TODAY fixes today"
SLEUTEL_TODAY=1999-06-01 "$BIN" audit --period today --format csv >out 2>err
code=$?
expect_code 0
expect_true "no rows on that day" [ "$(wc -l <out)" -eq 1 ]
SLEUTEL_TODAY="$(date -u +%F)" "$BIN" audit --period today --format csv >out 2>err
expect_true "today's init row" [ "$(wc -l <out)" -eq 2 ]

finish
