# Helpers for black-box tests: run the real sleutel binary in a fresh temporary folder and check
# its exit code, stdout, stderr and files. Source this file; end the test with `finish`.
set -u

BIN=${SLEUTEL_BIN:?set SLEUTEL_BIN to the sleutel binary}
SOURCE=${SLEUTEL_SOURCE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sleutel-cli-XXXXXX")
trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1

# A clean, fixed environment: no user config or database can leak in.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/xdg-config" XDG_DATA_HOME="$WORK/xdg-data"
export SLEUTEL_DB="$WORK/test.db" SLEUTEL_TODAY=2026-11-23
unset SLEUTEL_CONFIG NO_COLOR LANGUAGE LC_ALL LC_MESSAGES
# Messages in English unless a test asks for Dutch (LANG=nl_NL.UTF-8 on the command).
export LANG=C.UTF-8
mkdir -p "$HOME"

# $SLEUTEL_TEST_SERVER (a PostgreSQL URI, scripts/pg-server): the same test against a database of
# its own on that server, dropped at the end, instead of a file.
if [ -n "${SLEUTEL_TEST_SERVER:-}" ]; then
    server_db=$(basename "$WORK" | tr 'A-Z-' 'a-z_')
    psql "$SLEUTEL_TEST_SERVER" -qXc "CREATE DATABASE $server_db" >/dev/null || exit 1
    export SLEUTEL_DB=${SLEUTEL_TEST_SERVER/\/\/\/postgres\?/\/\/\/$server_db?}
    trap 'cd / && psql "$SLEUTEL_TEST_SERVER" -qXc "DROP DATABASE IF EXISTS $server_db WITH (FORCE)" >/dev/null
          chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
fi
on_server() { [ -n "${SLEUTEL_TEST_SERVER:-}" ]; }
# Everything the database holds, as bytes to search: the file and its log, or a server's rows.
db_bytes() {
    if on_server; then
        pg_dump --data-only "$SLEUTEL_DB"
    else
        cat "$SLEUTEL_DB" "$SLEUTEL_DB-wal" 2>/dev/null
    fi
}
# Runs SQL on the test's database in either store, printing rows as sqlite3 does: `|` between
# columns, no headings.
db_sql() {
    if on_server; then
        psql -qAtX -v ON_ERROR_STOP=1 -c "$1" "$SLEUTEL_DB"
    else
        sqlite3 "$SLEUTEL_DB" "$1"
    fi
}

# Every command and subcommand, for the checks that go through all of them, from the binary
# itself: the hidden `sleutel completion commands` prints the command tree, one command a line,
# the bare `sleutel` first as an empty line.
mapfile -t all_commands < <("$BIN" completion commands)
if [ "${#all_commands[@]}" -lt 2 ]; then
    echo "FAIL: 'sleutel completion commands' printed no command tree"
    exit 1
fi

passed=0
failed=0
code=0

# Runs sleutel with the arguments; stdout goes to ./out, stderr to ./err, the exit code to $code.
sl() {
    "$BIN" "$@" >out 2>err
    code=$?
}

_fail() {
    failed=$((failed + 1))
    echo "FAIL: $current: $*"
    echo "  exit code: $code"
    echo "  stdout: $(head -c 600 out 2>/dev/null)"
    echo "  stderr: $(head -c 600 err 2>/dev/null)"
}
_pass() { passed=$((passed + 1)); }

# `it "what is being checked"` names the checks that follow, for failure messages.
it() { current=$1; }

expect_code() { [ "$code" -eq "$1" ] && _pass || _fail "expected exit code $1"; }
expect_out() { grep -qF -- "$1" out && _pass || _fail "stdout lacks: $1"; }
expect_out_not() { grep -qF -- "$1" out && _fail "stdout has: $1" || _pass; }
expect_err() { grep -qF -- "$1" err && _pass || _fail "stderr lacks: $1"; }
expect_out_empty() { [ ! -s out ] && _pass || _fail "stdout is not empty"; }
expect_err_empty() { [ ! -s err ] && _pass || _fail "stderr is not empty"; }
# The error contract: one `sleutel: error:` line matching the regex, optionally one hint line.
expect_error() {
    local first lines
    first=$(head -n 1 err)
    lines=$(wc -l <err)
    if [[ "$first" =~ ^sleutel:\ error:\ $1 ]] && [ "$lines" -le 2 ] &&
        { [ "$lines" -eq 1 ] || sed -n 2p err | grep -q '^sleutel: hint: '; }; then
        _pass
    else
        _fail "stderr is not one error line matching '$1'"
    fi
}
expect_hint() { grep -qF -- "sleutel: hint: $1" err && _pass || _fail "no hint: $1"; }
expect_file() { [ -f "$1" ] && _pass || _fail "no file $1"; }
expect_no_file() { [ ! -e "$1" ] && _pass || _fail "file exists: $1"; }
expect_true() {
    local what=$1
    shift
    "$@" >/dev/null 2>&1 && _pass || _fail "$what"
}

# A jq filter that must hold on ./out (or on the file given second).
expect_json() {
    jq -e "$1" "${2:-out}" >/dev/null 2>&1 && _pass || _fail "JSON check failed: $1"
}

# One key person (amira, Haarlem, 8 h) assigned to the GGD as voorlichter since 2026-01-01, with
# an hour of group information on 2026-11-20: the programme most tests start from.
small_programme() {
    it "the small programme is set up"
    sl init
    expect_code 0
    sl register person amira --name "Amira" --municipality Haarlem --hours 8
    expect_code 0
    sl register org ggd --name "GGD" --type ggd
    expect_code 0
    sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01
    expect_code 0
    sl log amira groepsvoorlichting 1h --date 2026-11-20 --theme gezondheid
    expect_code 0
}

# Every Nth of the arguments, N = $SLEUTEL_TEST_DIVISOR: a matrix of cases that all take the same
# code path runs whole in the normal build and thinned under the sanitizers, which are many times
# slower. Usage: mapfile -t list < <(thinned "${list[@]}")
thinned() {
    local i=0 step=${SLEUTEL_TEST_DIVISOR:-1} item
    for item in "$@"; do
        [ $((i % step)) -eq 0 ] && printf '%s\n' "$item"
        i=$((i + 1))
    done
}

# A digest of every row, to show that a refused command changed nothing. The monthly totals are
# left out: a report may add them up before it is refused, and they are derived from the rows.
dump() {
    if on_server; then
        # A refused INSERT still used up an id: the sequences are left out.
        pg_dump --data-only --exclude-table='*tally*' "$SLEUTEL_DB" |
            grep -Ev '^\\(un)?restrict |setval' | sha256sum
        return
    fi
    sqlite3 "$SLEUTEL_DB" .dump | grep -Ev '^INSERT INTO (tally_month|month_tally|month_theme_tally) ' |
        sha256sum
}

# Table-driven refusals `CODE|ARGS|MESSAGE` (ARGS as typed in bash): each exits CODE with one
# error line matching MESSAGE and leaves the database as it was.
refused_cases() {
    local entry want args message before
    for entry in "$@"; do
        IFS='|' read -r want args message <<<"$entry"
        it "sleutel $args"
        before=$(dump)
        eval "\"\$BIN\" $args" >out 2>err
        code=$?
        expect_code "$want"
        expect_error "$message"
        [ "$(dump)" = "$before" ] && _pass || _fail "the database changed"
    done
}

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
