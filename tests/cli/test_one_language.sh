#!/usr/bin/env bash
# One language per document: a Dutch programme's reports, cards, lists and job profile hold none
# of a list of English words and ids, an English programme's none of a list of Dutch ones. The
# programme is examples/haarlem-setup.sh, a month later, so alerts of several kinds are raised.
# stores: file and server
source "$(dirname "$0")/lib.sh"

SLEUTEL="$BIN" SLEUTEL_TODAY=2026-11-23 bash "$SOURCE/examples/haarlem-setup.sh" >/dev/null 2>&1 ||
    { echo "FAIL: examples/haarlem-setup.sh did not run"; exit 1; }
# Overload and after hours in November, a goal past its date, an activity outside any assignment.
cfg_nl="$WORK/nl.toml"
# The example's own [output] is Dutch Excel: CSV in it is for people, so it is checked too.
cp "$SOURCE/examples/haarlem.toml" "$cfg_nl"
grep -q '^csv_separator = ";"' "$cfg_nl" || { echo "FAIL: the example is no longer Dutch Excel"; exit 1; }
sed 's/^language = "nl"/language = "en"/' "$cfg_nl" >"$WORK/en.toml"
grep -q '^language = "en"' "$WORK/en.toml" || { echo "FAIL: no language line to change"; exit 1; }
s() { "$BIN" --config "$cfg_nl" "$@" >/dev/null 2>&1; }
s log amira groepsvoorlichting 30h --date 2026-11-02 --theme gezondheid --reached 40
for d in 03 04 05 06 10 11; do s log amira individueel-contact 1h --date 2026-11-$d --at 21:00; done
s profile yonas goal add "Verslag schrijven" --due 2026-11-01
s log farida individueel-contact 1h --date 2026-11-12 --theme taal
export SLEUTEL_TODAY=2026-12-15

# Everything a person reads, for one config; visible text only (HTML without its markup).
documents() {
    local cfg=$1 out=$2 f
    : >"$out"
    run() { "$BIN" --config "$cfg" "$@" >>"$out" 2>/dev/null || echo "FAIL: sleutel $* exited $?"; }
    for f in table md; do
        run report monthly --period 2026-11 --format "$f"
        run report weekly --period 2026-W46 --format "$f"
    done
    for k in alerts hours allowance coverage; do run report "$k" --period 2026-11 --format csv; done
    "$BIN" --config "$cfg" report monthly --period 2026-11 --format html >"$WORK/r.html" 2>/dev/null
    python3 -c 'import html,re,sys
t=open(sys.argv[1]).read()
t=re.sub(r"(?s)<(style|script)[^>]*>.*?</\1>","",t)
print(html.unescape(re.sub(r"<[^>]+>"," ",t)))' "$WORK/r.html" >>"$out"
    for p in amira yonas farida hodan; do run profile "$p"; done
    run profile list
    run profile match --lang ar
    run assign list
    run profile role voorlichter
    run profile role voorlichter --format md
}

english_words=(warning warnings info under active volunteer employed local regional free
               h/week total signals hours contracted logged allowance yes none since
               supervisor severity detail kind overload after_hours allowance_over allowance_near
               inactive intervision_overdue assignment_ending goal_overdue unassigned_activity
               paused capped ceiling limit "no rows" note)
dutch_words=(waarschuwing waarschuwingen actief vrijwilliger loondienst lokaal totaal gelogd
             verhouding vergoeding signalen geslacht u/week ja nee sinds begeleider bereikt geen
             maand gemeente vrij grens plafond uur "let op" ernst toelichting persoon naam)

# A word is found only as a whole word, in any case; the hits are shown with their line.
find_words() {
    local file=$1
    shift
    local w hits=""
    for w in "$@"; do
        if grep -qiwF -- "$w" "$file"; then
            hits+="$w: $(grep -iwF -m1 -- "$w" "$file" | head -c 120)"$'\n'
        fi
    done
    printf '%s' "$hits"
}

it "a Dutch programme's documents hold no English word or id"
documents "$cfg_nl" "$WORK/nl.txt"
[ "$(wc -l <"$WORK/nl.txt")" -gt 100 ] && _pass || _fail "the Dutch documents are short"
hits=$(find_words "$WORK/nl.txt" "${english_words[@]}")
[ -z "$hits" ] && _pass || _fail "English in Dutch documents:"$'\n'"$hits"

it "an English programme's documents hold no Dutch word"
documents "$WORK/en.toml" "$WORK/en.txt"
[ "$(wc -l <"$WORK/en.txt")" -gt 100 ] && _pass || _fail "the English documents are short"
hits=$(find_words "$WORK/en.txt" "${dutch_words[@]}")
[ -z "$hits" ] && _pass || _fail "Dutch in English documents:"$'\n'"$hits"

it "the lists find what they look for (the check is not vacuous)"
grep -qiw "waarschuwing" "$WORK/nl.txt" && _pass || _fail "no Dutch severity in the Dutch documents"
grep -qiw "warning" "$WORK/en.txt" && _pass || _fail "no English severity in the English documents"

finish
