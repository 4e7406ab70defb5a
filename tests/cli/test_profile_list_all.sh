# `profile list` shows the key persons; an erased (forgotten) person's record, kept for the counts,
# shows only with --all, in every format.
# stores: file and server
source "$(dirname "$0")/lib.sh"

small_programme
it "fixture"
sl register person bashir --name "Bashir" --municipality Haarlem
expect_code 0
sl forget bashir --yes
expect_code 0
erased=$(db_sql "SELECT handle FROM person WHERE forgotten = 1")
expect_true "an erased handle: $erased" [ "$erased" = anon-2 ]

it "without --all, no erased person, in any format"
for format in table csv json md; do
    current="profile list --format $format"
    sl profile list --format "$format"
    expect_code 0
    expect_out amira
    expect_out_not "$erased"
done
sl profile list --format json
expect_json '[.[].person] == ["amira"]'
sl profile list -o list.csv
expect_true "no erased person in the file" grep -q amira list.csv
expect_true "no erased person in the file" bash -c "! grep -q $erased list.csv"

it "not for a filter that would match them either"
sl profile list --status left --format json
expect_json '. == []'
sl profile list --municipality Haarlem --format json
expect_json '[.[].person] == ["amira"]'

it "with --all, the erased person too, in every format"
for format in table csv json md; do
    current="profile list --all --format $format"
    sl profile list --all --format "$format"
    expect_code 0
    expect_out amira
    expect_out "$erased"
done
sl profile list --all --format json
expect_json '[.[].person] == ["amira", "anon-2"]'
expect_json '.[1] | .name == null and .status == "left"'
sl profile list --all --status left --format json
expect_json '[.[].person] == ["anon-2"]'

finish
