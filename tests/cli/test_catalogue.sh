#!/usr/bin/env bash
# The message catalogue: po/nl.po checks with msgfmt, po/sleutel.pot is what xgettext extracts
# from the sources as they stand, every text in it has Dutch, and no message or document text is
# written around the catalogue.
source "$(dirname "$0")/lib.sh"
BUILD=${SLEUTEL_BUILD:?set SLEUTEL_BUILD to the build folder}
extracted="$BUILD/po/sleutel.pot"

it "po/nl.po passes msgfmt --check"
msgfmt --check --output-file=/dev/null "$SOURCE/po/nl.po" 2>err && _pass || _fail "$(cat err)"

it "the committed template holds exactly the texts the sources have (scripts/update-po)"
[ -f "$extracted" ] || _fail "no $extracted: the build extracts it"
msgcmp --use-untranslated "$SOURCE/po/sleutel.pot" "$extracted" 2>err && _pass ||
    _fail "a text in the sources is not in po/sleutel.pot: $(head -c 400 err)"
msgcmp --use-untranslated "$extracted" "$SOURCE/po/sleutel.pot" 2>err && _pass ||
    _fail "po/sleutel.pot has a text the sources lost: $(head -c 400 err)"

it "every text has its Dutch, none fuzzy"
msgcmp "$SOURCE/po/nl.po" "$extracted" 2>err && _pass ||
    _fail "untranslated: $(head -c 400 err)"

it "the comparison fails when a text is missing from the catalogue"
msggrep --invert-match --msgid --fixed-strings --regexp="the date '{}' does not exist" \
    "$SOURCE/po/nl.po" -o "$WORK/short.po" 2>/dev/null
msgcmp "$WORK/short.po" "$extracted" 2>/dev/null && _fail "msgcmp did not notice" || _pass

it "no message is made of a bare literal outside the catalogue"
# An error or hint written as a plain string literal or fmt::format never reaches a translator.
# A literal with no letters (`"{}:{}: {}"`) only arranges translated parts.
bare=$(grep -rnE '(Error|Warning)\((fmt::format\()?"[^"]*[A-Za-z]' "$SOURCE/src" --include='*.cpp' \
    --include='*.hpp' | grep -v '^[^:]*:[0-9]*: *//' || true)
[ -z "$bare" ] && _pass || _fail "$(printf '%s\n' "$bare" | head -5)"

it "no Dutch-or-English ternary is left: one catalogue, one place per word"
ternaries=$(grep -rnE '\bnl \? "|== Language::nl \? "' "$SOURCE/src" | grep -v '^[^:]*/util/i18n.hpp:' || true)
[ -z "$ternaries" ] && _pass || _fail "$(printf '%s\n' "$ternaries" | head -5)"

finish
