# `sleutel config template|check|show`, the lookup order, per-section replacement, and exit 78.
source "$(dirname "$0")/lib.sh"

it "the template is a complete config that checks clean"
sl config template
expect_code 0
expect_out "[[roles]]"
expect_out "[[allowance.ceilings]]"
cp out template.toml
sl config check template.toml
expect_code 0
expect_out "template.toml: ok (6 municipalities, 10 roles, 15 activity types, 17 themes"

it "config template -o writes the file"
sl config template -o written.toml
expect_code 0
expect_true "same as stdout" cmp written.toml template.toml

it "without any config file the built-in default is used"
sl config check
expect_code 0
expect_out "built-in default: ok"

it "a user file replaces whole sections and keeps the others"
cat >roles.toml <<'TOML'
[[roles]]
id = "gids"
name = "Gids"
TOML
sl config check roles.toml
expect_code 0
expect_out "1 roles, 15 activity types, 17 themes"
sl --config roles.toml config show --format json
expect_code 0
expect_out '"id" : "gids"'
expect_out_not '"id" : "voorlichter"'
expect_out '"id" : "gezondheid"'

it "config show prints TOML by default"
sl --config roles.toml config show
expect_code 0
expect_out "[[roles]]"
expect_out "id = 'gids'"

it "lookup order: --config > SLEUTEL_CONFIG > XDG_CONFIG_HOME > default"
mkdir -p "$XDG_CONFIG_HOME/sleutel"
printf '[programme]\nname = "xdg"\n' >"$XDG_CONFIG_HOME/sleutel/config.toml"
printf '[programme]\nname = "env"\n' >env.toml
printf '[programme]\nname = "flag"\n' >flag.toml
sl config check
expect_out "$XDG_CONFIG_HOME/sleutel/config.toml: ok"
SLEUTEL_CONFIG=env.toml "$BIN" config check >out 2>err
expect_out "env.toml: ok"
SLEUTEL_CONFIG=env.toml "$BIN" --config flag.toml config show --format json >out 2>err
expect_out '"name" : "flag"'
SLEUTEL_CONFIG=env.toml "$BIN" config show --format json >out 2>err
expect_out '"name" : "env"'
rm "$XDG_CONFIG_HOME/sleutel/config.toml"

it "a schema error exits 78 with FILE:LINE:COL: key: why"
printf '[programme]\nname = "x"\ncolour = "blue"\n' >unknown.toml
sl config check unknown.toml
expect_code 78
expect_error "unknown.toml:3:1: programme.colour: unknown key$"
expect_hint "known keys here: language, name, organisation"

it "wrong type"
printf '[alerts]\noverload_ratio = "high"\n' >type.toml
sl config check type.toml
expect_code 78
expect_error "type.toml:2:18: alerts.overload_ratio: expected a number, found a string$"

it "duplicate id"
printf '[[themes]]\nid = "taal"\nname = "Taal"\n\n[[themes]]\nid = "taal"\nname = "Taal 2"\n' >dup.toml
sl config check dup.toml
expect_code 78
expect_error "dup.toml:6:6: themes\[1\].id: duplicate id 'taal' in themes$"

it "bad handle"
printf '[[roles]]\nid = "Voor Lichter"\nname = "V"\n' >handle.toml
sl config check handle.toml
expect_code 78
expect_error "handle.toml:2:6: roles\[0\].id: 'Voor Lichter' is not a valid id$"

it "counts_as is intervision or training; anything else is 78 at its place"
printf '[[activity_types]]\nid = "leerkring"\nname = "Leerkring"\ncounts_as = "supervision"\n' \
    >counts.toml
sl config check counts.toml
expect_code 78
expect_error "counts.toml:4:13: activity_types\[0\].counts_as: 'supervision' is not something an activity can count as$"
expect_hint 'use "intervision" or "training", or leave counts_as out'
printf '[[activity_types]]\nid = "leerkring"\nname = "Leerkring"\ncounts_as = true\n' >counts.toml
sl config check counts.toml
expect_code 78
expect_error "counts.toml:4:13: activity_types\[0\].counts_as: expected a string, found a boolean$"
printf '[[activity_types]]\nid = "leerkring"\nname = "Leerkring"\ncounts_as = "intervision"\n' \
    >counts.toml
sl config check counts.toml
expect_code 0

it "the template and config show say which default activity types count as what"
sl config template
expect_out 'counts_as = "intervision"'
expect_out 'counts_as = "training"'
sl config show --format json
expect_json '[.activity_types[] | select(.counts_as) | [.id, .counts_as]] ==
    [["intervisie", "intervision"], ["training", "training"]]'
sl --config counts.toml config show
expect_out "counts_as = 'intervision'"

it "TOML syntax error"
printf '[programme\nname = "x"\n' >syntax.toml
sl config check syntax.toml
expect_code 78
expect_error "syntax.toml:1:[0-9]+: syntax: "

it "a broken config stops every command that needs it, with 78"
sl init
sl --config dup.toml audit
expect_code 78
SLEUTEL_CONFIG=dup.toml "$BIN" audit >out 2>err
code=$?
expect_code 78

it "a missing config file is 66, not silently the default"
sl --config nothing.toml config check
expect_code 66
expect_error "config file not found: nothing.toml"
sl config check nothing.toml
expect_code 66

it "a folder as config file is 66"
mkdir conf.d
sl config check conf.d
expect_code 66
expect_error "config file is not a regular file: conf.d"

it "config check warns about an allowance section without ceilings"
printf '[allowance]\ntravel_cents_per_km = 19\n' >noceil.toml
sl config check noceil.toml
expect_code 0
expect_err "sleutel: warning: [allowance] has no [[allowance.ceilings]]"

it "every example config checks clean"
for example in "$SOURCE"/examples/*.toml; do
    sl config check "$example"
    expect_code 0
    expect_out "$example: ok"
done

it "config show only writes TOML or JSON"
sl config show --format csv
expect_code 64

finish
