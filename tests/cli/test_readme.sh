# Every command in the README's "First steps" runs as written, in order, and succeeds.
source "$(dirname "$0")/lib.sh"

# The walkthrough uses the default locations, so run it in a fresh home.
unset SLEUTEL_DB

commands=$(sed -n '/^## First steps/,/^## /p' "$SOURCE/README.md" | grep '^sleutel ' |
    sed 's/[[:space:]]*# .*$//; s/[[:space:]]*$//')
expect_true "the walkthrough has commands" [ "$(echo "$commands" | wc -l)" -ge 10 ]
mkdir -p "$HOME/.config/sleutel"
while IFS= read -r line; do
    current="README: $line"
    # shellcheck disable=SC2086
    eval "\"$BIN\"${line#sleutel}" >out 2>err
    code=$?
    expect_code 0
done <<<"$commands"

it "the walkthrough ends with a profile card and a job profile"
"$BIN" profile amira >out 2>err
expect_out "amira (Amira Haddad)"
expect_out "ggd-kennemerland als voorlichter 4:00 u/week"
expect_out "Zelf een voorlichting geven"
expect_file "$XDG_DATA_HOME/sleutel/sleutel.db"

finish
