# `sleutel profile role`: the job profile in Dutch and in English, a role's requirements from the
# config (set, shown as written, refused when wrong), and languages named beside their codes.
# stores: file and server
source "$(dirname "$0")/lib.sh"

it "a Dutch job profile: the default role's requirements, the municipality's languages by name"
sl profile role voorlichter --municipality Haarlem --hours 8
expect_code 0
expect_out "# Functieprofiel: Voorlichter"
expect_out "## Wat we vragen"
expect_out "- Je spreekt Nederlands op minstens B1-niveau."
expect_out "- Je hebt minimaal een MBO werk- en denkniveau."
expect_out "- Je hebt interesse in gezondheid en welzijn en kent het aanbod van zorg- en welzijnsorganisaties."
expect_out "- Je spreekt één of meer van de talen die nodig zijn in Haarlem: Arabisch (ar), Tigrinya (ti), Perzisch/Farsi (fa), Somalisch (so)."
expect_out "- Je bent 8 uur per week beschikbaar."
expect_out "- Je woont en werkt in Haarlem (Kennemerland)."
expect_out "## Een pré"
expect_out "- een achtergrond in zorg, welzijn of onderwijs"
expect_out "## Voor elke sleutelpersoon"
expect_out_not "een of meer"
expect_out_not "1 of meer"
expect_out_not "You "

it "half hours are written the Dutch way"
sl profile role tolk --hours 4.5
expect_out "- Je bent 4,5 uur per week beschikbaar."

cat >english.toml <<'TOML'
[programme]
name = "Key persons"
language = "en"

[[municipalities]]
code = "GM0001"
name = "Somewhere"
languages = ["uk"]

[[roles]]
id = "guide"
name = "Guide"
description = "Shows newcomers the way."
dutch_level = "B2"
education_level = "MBO 4"
requirements = ["You hold a driving licence <B>."]
advantages = ["experience with young people"]

[[roles]]
id = "buddy"
name = "Buddy"
TOML

it "an English job profile: the role's requirements from the config, shown as written"
sl --config english.toml profile role guide --municipality Somewhere --hours 1
expect_code 0
expect_out "# Job profile: Guide"
expect_out "## What we ask"
expect_out "- You speak Dutch at B2 level or better."
expect_out "- You work and think at MBO 4 level or higher."
expect_out "- You hold a driving licence <B>."
expect_out "- You speak the language needed in Somewhere: Ukrainian (uk)."
expect_out "- You are available 1 hour a week."
expect_out "- You live and work in Somewhere."
expect_out "## A plus"
expect_out "- experience with young people"
expect_out "## For every key person"
expect_out_not "Je "

it "the same in html, every text escaped"
sl --config english.toml profile role guide --format html -o guide.html
expect_code 0
expect_true "lang en" grep -q '<html lang="en">' guide.html
expect_true "requirement escaped" grep -qF '<li>You hold a driving licence &lt;B&gt;.</li>' guide.html

it "a role without requirements asks Dutch at B1 and nothing more"
sl --config english.toml profile role buddy
expect_code 0
expect_out "- You speak Dutch at B1 level or better."
expect_out_not "work and think"
expect_out_not "A plus"

it "config show shows a role's requirements as written"
sl --config english.toml config show --format json
expect_json '.roles[0] | .dutch_level == "B2" and .education_level == "MBO 4"
    and .requirements == ["You hold a driving licence <B>."]
    and .advantages == ["experience with young people"]'
sl config show --format json
expect_json '[.roles[] | .dutch_level] | length == 10 and all(. == "B1")'

it "an unknown CEFR level, an empty requirement or a wrong type is refused, naming the key"
printf '[[roles]]\nid = "guide"\nname = "Guide"\ndutch_level = "B3"\n' >bad-level.toml
sl --config bad-level.toml profile role guide
expect_code 78
expect_error "bad-level.toml:4:15: roles\[0\]\.dutch_level: 'B3' is not a CEFR level"
expect_hint "use A1, A2, B1, B2, C1 or C2"
expect_out_empty
sl config check bad-level.toml
expect_code 78
printf '[[roles]]\nid = "guide"\nname = "Guide"\nadvantages = [""]\n' >bad-empty.toml
sl config check bad-empty.toml
expect_code 78
expect_error "bad-empty.toml:4:14: roles\[0\]\.advantages: an empty text in the list"
printf '[[roles]]\nid = "guide"\nname = "Guide"\nrequirements = "a licence"\n' >bad-type.toml
sl config check bad-type.toml
expect_code 78
expect_error "bad-type.toml:4:16: roles\[0\]\.requirements: expected an array of strings"
it "the refusal in Dutch for a Dutch user"
LANG=nl_NL.UTF-8 "$BIN" --config bad-level.toml config check >out 2>err
code=$?
expect_code 78
expect_error "bad-level.toml:4:15: roles\[0\]\.dutch_level: 'B3' is geen ERK-niveau"

it "the card names the languages beside their codes, in the programme's language"
sl init
sl register person amira --name "Amira Haddad" --municipality Haarlem --lang ar:native \
    --lang nl:B1 --lang ckb:B2 --lang qq:A2
expect_code 0
sl profile amira
expect_code 0
expect_out "Talen:           Arabisch (ar) moedertaal, Sorani-Koerdisch (ckb) B2, Nederlands (nl) B1, qq A2"
sl --config english.toml profile amira
expect_out "Languages:       Arabic (ar) native, Sorani Kurdish (ckb) B2, Dutch (nl) B1, qq A2"
sl profile amira --format json
expect_json '[.languages[].code] == ["ar", "ckb", "nl", "qq"]'

finish
