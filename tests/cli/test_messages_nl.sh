# Messages follow the user's locale: Dutch under LANG=nl_NL.UTF-8, English under LANG=C.UTF-8,
# LANGUAGE before LC_ALL before LANG, and the exit code the same in either language. Hints that
# give an example take its ids from the config in use, never from the built-in one.
# stores: file and server
source "$(dirname "$0")/lib.sh"

small_programme

# Runs sleutel with the arguments under LANG=$1; stdout to ./out, stderr to ./err.
sl_lang() {
    local lang=$1
    shift
    LANG=$lang "$BIN" "$@" >out 2>err
    code=$?
}

# `in_both ENGLISH DUTCH ARGS...`: the command fails with the English message under C.UTF-8 and
# the Dutch one under nl_NL.UTF-8, with one and the same exit code.
in_both() {
    local english=$1 dutch=$2 english_code
    shift 2
    it "in English: sleutel $*"
    sl_lang C.UTF-8 "$@"
    english_code=$code
    [ "$code" -ne 0 ] && _pass || _fail "expected a failure"
    expect_err "$english"
    it "in Dutch: sleutel $*"
    sl_lang nl_NL.UTF-8 "$@"
    expect_code "$english_code"
    expect_err "$dutch"
    grep -qF -- "$english" err && _fail "the Dutch run still says: $english" || _pass
}

in_both "the date '2026-02-30' does not exist" "de datum '2026-02-30' bestaat niet" \
    log amira groepsvoorlichting 30m --date 2026-02-30
in_both "not a date: 'gisteren'" "geen datum: 'gisteren'" \
    log amira groepsvoorlichting 30m --date gisteren
in_both "not a duration: '5x'" "geen duur: '5x'" log amira groepsvoorlichting 5x
in_both "a duration can be at most 24 hours: '25h'" "een duur is hoogstens 24 uur: '25h'" \
    log amira groepsvoorlichting 25h
in_both "no person 'nobody'" "er is geen persoon 'nobody'" log nobody groepsvoorlichting 1h
in_both "unknown theme 'gezondheidd'" "onbekend thema 'gezondheidd'" \
    log amira groepsvoorlichting 1h --theme gezondheidd
in_both "not an amount of money: 'veel'" "geen geldbedrag: 'veel'" \
    log amira groepsvoorlichting 1h --expense veel
in_both "no activity 99" "er is geen activiteit 99" log delete 99

it "the hints are Dutch too"
sl_lang nl_NL.UTF-8 log amira groepsvoorlichting 1h --theme gezondheidd
expect_hint "bedoelde je 'gezondheid'?"
sl_lang nl_NL.UTF-8 log amira groepsvoorlichting 5x
expect_hint "schrijf 90m, 1h, 1h30, 1.5h, 1:30 of 1u30"

printf '[programme]\nlanguage = "fr"\n' >french.toml
in_both "'fr' is not a supported language" "'fr' is geen taal die sleutel kent" \
    --config french.toml config check french.toml
it "a config error exits 78 in Dutch as in English"
sl_lang nl_NL.UTF-8 --config french.toml config check french.toml
expect_code 78

sqlite3 foreign.db 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'
in_both "not a sleutel database: foreign.db" "geen sleutel-database: foreign.db" \
    --db foreign.db profile list
it "a foreign database exits 74 with a Dutch hint"
sl_lang nl_NL.UTF-8 --db foreign.db profile list
expect_code 74
expect_hint "het is een SQLite-bestand van een ander programma"

it "LANGUAGE=nl asks for Dutch under LANG=C.UTF-8"
LANGUAGE=nl LANG=C.UTF-8 "$BIN" log amira groepsvoorlichting 30m --date 2026-02-30 >out 2>err
code=$?
expect_code 65
expect_err "de datum '2026-02-30' bestaat niet"

it "LC_ALL=C.UTF-8 overrides LANG=nl_NL.UTF-8"
LC_ALL=C.UTF-8 LANG=nl_NL.UTF-8 "$BIN" log amira groepsvoorlichting 30m --date 2026-02-30 \
    >out 2>err
code=$?
expect_code 65
expect_err "the date '2026-02-30' does not exist"

it "LC_ALL=nl_NL.UTF-8 overrides LANG=C.UTF-8"
LC_ALL=nl_NL.UTF-8 LANG=C.UTF-8 "$BIN" log amira groepsvoorlichting 30m --date 2026-02-30 \
    >out 2>err
code=$?
expect_code 65
expect_err "de datum '2026-02-30' bestaat niet"

# A programme that named its own activity types and themes: an example with the built-in
# `taal` or `groepsvoorlichting` would be refused as typed.
cat >own.toml <<'TOML'
[[activity_types]]
id = "buurtgesprek"
name = "Buurtgesprek"

[[themes]]
id = "buurt"
name = "Buurt"
TOML
it "the example in a hint comes from the config in use"
SLEUTEL_DB="$WORK/own.db" "$BIN" --config own.toml init >out 2>err
code=$?
expect_code 0
SLEUTEL_DB="$WORK/own.db" "$BIN" --config own.toml log edit 1 >out 2>err
code=$?
expect_code 64
expect_hint "give the flags to change, such as --reached 12 or --theme buurt"
grep -qF -- "taal" err && _fail "the hint names the built-in theme taal" || _pass
SLEUTEL_DB="$WORK/own.db" "$BIN" --config own.toml log >out 2>err
code=$?
expect_code 64
expect_hint "sleutel log amira buurtgesprek 1h30 --theme buurt"
grep -qF -- "groepsvoorlichting" err && _fail "the hint names a built-in type" || _pass

it "the example from the config in use, in Dutch"
SLEUTEL_DB="$WORK/own.db" LANG=nl_NL.UTF-8 "$BIN" --config own.toml log edit 1 >out 2>err
code=$?
expect_code 64
expect_hint "geef aan wat er verandert, bijvoorbeeld --reached 12 of --theme buurt"

finish
