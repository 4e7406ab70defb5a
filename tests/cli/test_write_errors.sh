# Every error reported, nothing that drives the terminal: a failed write to standard output is
# 74 with one line; messages neutralise control characters and cut what they echo; a tampered
# database is 74 (never 70), and db check finds a missing table or index.
source "$(dirname "$0")/lib.sh"

small_programme

# 10. Standard output that cannot be written.
outputs=("log list --period 2026-11" "log list --period 2026-11 --format csv" "log list --period 2026-11 --format json"
    "report summary --period 2026-11" "report monthly --period 2026-11 --format json"
    "report monthly --period 2026-11 --format md" "report monthly --period 2026-11 --format html"
    "report monthly --period 2026-11 --format xlsx" "report hours --period 2026-11 --format csv"
    "profile amira" "profile amira --format json" "profile list --format md" "assign list"
    "profile role voorlichter" "profile match --lang ar" "audit --period 2026" "config show"
    "config template" "db check" "completion bash" "--help" "log --help" "--version")
mapfile -t outputs < <(thinned "${outputs[@]}")
it "a full device: 74 and one line, for every command and format"
for args in "${outputs[@]}"; do
    current="sleutel $args >/dev/full"
    # shellcheck disable=SC2086
    "$BIN" $args >/dev/full 2>err
    code=$?
    expect_code 74
    expect_error "cannot write to standard output: No space left on device"
done

it "a closed standard output: 74 and one line"
for args in "${outputs[@]}"; do
    current="sleutel $args >&-"
    # shellcheck disable=SC2086
    "$BIN" $args >&- 2>err
    code=$?
    expect_code 74
    expect_error "cannot write to standard output"
done

# A pipe whose read end is closed before sleutel starts, so the first write fails every time.
# Python ignores SIGPIPE itself; restore_signals decides what the child inherits.
into_broken_pipe() { # $1: keep SIGPIPE ignored (1) or default (0), then the arguments
    local ignore=$1
    shift
    python3 - "$ignore" "$BIN" "$@" <<'PY' >out 2>err
import os, subprocess, sys
ignore = sys.argv[1] == "1"
r, w = os.pipe()
os.close(r)
p = subprocess.run(sys.argv[2:], stdout=w, stderr=sys.stderr, restore_signals=not ignore)
print(p.returncode)
PY
    code=$(cat out)
}

it "a pipe whose reader has gone, with SIGPIPE ignored: 74 and one line, every format"
for args in "${outputs[@]}"; do
    current="sleutel $args | (gone)"
    # shellcheck disable=SC2086
    into_broken_pipe 1 $args
    expect_code 74
    expect_error "cannot write to standard output: Broken pipe"
done

it "a pipe whose reader has gone, with SIGPIPE as usual: silent, as for any CLI"
for args in "config template" "report monthly --period 2026-11 --format json" "log list"; do
    current="sleutel $args | (gone), SIGPIPE default"
    # shellcheck disable=SC2086
    into_broken_pipe 0 $args
    expect_code -13
    expect_err_empty
done

it "a command that changes the database and cannot say so: 74, the change is kept"
"$BIN" log amira individueel-contact 30m --date 2026-11-21 >/dev/full 2>err
code=$?
expect_code 74
"$BIN" log list --period 2026-11-21 --format json >out 2>err
expect_json 'length == 1'

# 11. Messages show control characters as escapes and cut what they echo.
it "control characters in an echoed value are shown as escapes"
for value in $'am\e]0;pwned\a' $'x\e[2J\e[H' $'x\x9b31m' $'\xc2\x9b31m' $'q\x01b' $'a\rb' \
    $'\xe2\x80\xaeevil' $'a\x07b' $'\x1b[31mred'; do
    current="person $(printf %q "$value")"
    sl log "$value" groepsvoorlichting 1h
    expect_code 65
    if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80\xae' err; then
        _fail "stderr holds a raw control character"
    else
        _pass
    fi
    expect_error "no person '.*\\\\(x|u)"
done

it "a long echoed value is cut with an ellipsis"
long=$(head -c 5000 /dev/zero | tr '\0' 'a')
sl log amira "$long" 1h
expect_code 65
expect_error "unknown activity type 'a{80}…'"
sl report "$long"
expect_code 64
[ "$(head -n 1 err | wc -c)" -lt 300 ] && _pass || _fail "the line is $(head -n 1 err | wc -c) bytes"

it "a 50 MB header cell gives a short line"
head -c 50000000 /dev/zero | tr '\0' 'x' >huge-header.csv
printf ',date\n' >>huge-header.csv
sl log import huge-header.csv
expect_true "exit 65 or 74 (got $code)" bash -c "[ $code -eq 65 ] || [ $code -eq 74 ]"
[ "$(wc -c <err)" -lt 600 ] && _pass || _fail "stderr is $(wc -c <err) bytes"
rm -f huge-header.csv

it "escape sequences in an import's row messages are neutralised"
printf 'date,person,type,minutes\n2026-11-20,\033]0;pwned\007,groepsvoorlichting,60\n' >esc.csv
sl log import esc.csv
expect_code 65
if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]' err; then _fail "raw control character"; else _pass; fi

it "an unknown option where the command belongs is named as an option"
sl --x
expect_code 64
expect_error "unknown option '--x'"
sl --fromat json log list
expect_code 64
expect_error "unknown option '--fromat'"
expect_hint "did you mean '--format'?"

# 14. Tampered databases.
tamper() { # $1: name, $2: SQL that damages a copy
    cp "$SLEUTEL_DB" "$1.db"
    sqlite3 "$1.db" "$2"
}
tamper no-version "PRAGMA user_version = 0"
tamper negative-version "PRAGMA user_version = -7"
tamper no-table "DROP TABLE activity_theme"
tamper no-person-status "DROP TABLE person_status"
tamper no-index "DROP INDEX activity_date"
tamper no-index-2 "DROP INDEX assignment_person"
it "a wiped or negative schema version is 74 with one line, for every command"
for db in no-version negative-version; do
    for args in "log list" "report monthly --format json" "profile amira" "db check" \
        "log amira groepsvoorlichting 1h" "register person bo --name Bo"; do
        current="$db: $args"
        # shellcheck disable=SC2086
        sl --db "$db.db" $args
        expect_code 74
        expect_error "the database $db.db has lost its schema version"
    done
done

it "a missing table is 74 with one line, never 70"
for db in no-table no-person-status; do
    for args in "log list --period 2026" "report monthly --period 2026-11 --format json" \
        "report summary --period 2026-11 --by theme" "profile amira" "profile list" \
        "log amira groepsvoorlichting 1h --theme wonen"; do
        current="$db: $args"
        # shellcheck disable=SC2086
        sl --db "$db.db" $args
        if [ "$code" -ne 0 ]; then # a command that never reads the table works
            expect_code 74
            expect_error "the database $db.db is damaged: no such table"
        fi
    done
done
sl --db no-table.db log list --period 2026
expect_code 74

it "db check finds a missing table or index and exits 1"
sl --db no-table.db db check
expect_code 1
expect_out "table activity_theme is missing"
sl --db no-index.db db check
expect_code 1
expect_out "index activity_date is missing"
sl --db no-index-2.db db check
expect_code 1
expect_out "index assignment_person is missing"
sl db check
expect_code 0

finish
