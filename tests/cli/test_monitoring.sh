# Monitoring as the programme guide asks for it: questions received, newcomers and professionals
# reached apart, internal work (intervision, training, team meetings) as hours only, and hours and
# reach accounted per funding stream and per scope.
# stores: file and server
source "$(dirname "$0")/lib.sh"

export SLEUTEL_TODAY=2026-11-30
it "fixture: amira works for the Wmo (8 h) and, regionally, for Kansrijke Start (4 h)"
sl init
sl register person amira --name "Amira" --municipality Haarlem --hours 12
sl register person bashir --name "Bashir" --municipality Zandvoort --hours 4
sl register org ggd --name "GGD Kennemerland" --type ggd
sl register org wijk --name "Wijkteam" --type wijkteam
expect_code 0
sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01 --funding wmo
expect_code 0
sl assign amira wijk --role bruggenbouwer --hours 4 --from 2026-01-01 --funding kansrijke-start \
    --scope regional
expect_code 0
# Bashir's assignment names no funding stream.
sl assign bashir wijk --role intermediair --hours 4 --from 2026-01-01
expect_code 0

it "log --questions and --professionals next to --reached; the id is printed"
sl log amira groepsvoorlichting 2h --date 2026-11-23 --role voorlichter --theme eerste-1000-dagen \
    --questions 7 --reached 15 --professionals 2
expect_code 0
expect_out "1"
sl log amira advies-professional 1h --date 2026-11-24 --role bruggenbouwer --theme participatie \
    --questions 1 --professionals 3
expect_code 0
sl log bashir huiskamergesprek 1h30 --date 2026-11-25 --theme huiselijk-geweld --questions 4 \
    --reached 6 --refer veilig-thuis
expect_code 0

it "an internal activity type refuses reach and questions, with a hint, and stores nothing"
before=$(dump)
for flag in "--reached 6" "--professionals 1" "--questions 2"; do
    # shellcheck disable=SC2086
    sl log amira intervisie 1h --date 2026-11-26 --role voorlichter $flag
    expect_code 65
    expect_error "'intervisie' is internal work: it counts as hours, never as reach or questions"
    expect_hint "log it without --reached, --professionals and --questions"
done
expect_true "nothing stored" [ "$(dump)" = "$before" ]
it "its hours are logged"
sl log amira intervisie 1h --date 2026-11-26 --role voorlichter
expect_code 0
sl log amira teamoverleg 30m --date 2026-11-27 --role bruggenbouwer
expect_code 0

it "log list: JSON keys in the contract's order, with questions and both reaches"
sl log list --period 2026-W48 --format json
expect_code 0
expect_json '.[0] | keys_unsorted == ["id", "date", "time", "person", "type", "role", "org",
    "minutes", "themes", "questions", "reached", "reached_professionals", "referrals", "km",
    "expenses_cents", "after_hours", "ref", "note"]'
expect_json '[.[] | [.questions, .reached, .reached_professionals]] ==
    [[7, 15, 2], [1, 0, 3], [4, 6, 0], [0, 0, 0], [0, 0, 0]]'

it "log edit changes questions and professionals; moving to an internal type with reach is refused"
sl log edit 2 --questions 2 --professionals 4
expect_code 0
sl log list --period 2026-W48 --format json
expect_json '.[1] | [.questions, .reached_professionals] == [2, 4]'
sl log edit 1 --type training
expect_code 65
expect_error "'training' is internal work"

# By hand, week 48 (2026-11-23..29):
#   amira  groepsvoorlichting 120 min  q 7  r 15  p 2   wmo / local
#   amira  advies-professional 60 min  q 2  r 0   p 4   kansrijke-start / regional
#   bashir huiskamergesprek    90 min  q 4  r 6   p 0   no funding / local
#   amira  intervisie          60 min  (internal)        wmo / local
#   amira  teamoverleg         30 min  (internal)        kansrijke-start / regional
# Totals: 5 activities, 360 minutes, questions 13, reached 21, professionals 6.
it "summary: questions and both reaches in rows and totals"
sl report summary --period 2026-W48 --format json
expect_code 0
expect_json '.rows[0] | keys_unsorted == ["key", "label", "activities", "minutes", "questions",
    "reached", "reached_professionals", "referrals", "after_hours", "km", "expenses_cents"]'
expect_json '[.rows[] | [.key, .activities, .minutes, .questions, .reached,
    .reached_professionals]] == [["amira", 4, 270, 9, 15, 6], ["bashir", 1, 90, 4, 6, 0]]'
expect_json '.totals | [.activities, .minutes, .questions, .reached, .reached_professionals] ==
    [5, 360, 13, 21, 6]'

it "reach: newcomers and professionals apart, internal work never"
sl report reach --period 2026-W48 --by type --format json
expect_json '[.rows[] | [.key, .activities, .reached, .reached_professionals, .questions]] == [
    ["advies-professional", 1, 0, 4, 2], ["groepsvoorlichting", 1, 15, 2, 7],
    ["huiskamergesprek", 1, 6, 0, 4], ["intervisie", 1, 0, 0, 0], ["teamoverleg", 1, 0, 0, 0]]'
expect_json '.totals == {"activities": 5, "reached": 21, "reached_professionals": 6,
    "questions": 13}'

it "summary --by funding: hours and reach per financier, no funding last"
sl report summary --period 2026-W48 --by funding --format json
expect_json '[.rows[] | [.key, .label, .activities, .minutes, .reached, .reached_professionals]] == [
    ["kansrijke-start", "Kansrijke Start", 2, 90, 0, 4], ["wmo", "Wmo", 2, 180, 15, 2],
    [null, "(zonder financiering)", 1, 90, 6, 0]]'
it "summary --by scope"
sl report summary --period 2026-W48 --by scope --format json
expect_json '[.rows[] | [.key, .label, .minutes]] == [["local", "lokaal", 270],
    ["regional", "regionaal", 90]]'

# Hours per funding stream, week 48 (7 days of each assignment, hours/week pro rata):
#   kansrijke-start: 4 h = 240 contracted, 90 logged: ratio 0.375 < 1/1.2: under
#   wmo:             8 h = 480 contracted, 180 logged: ratio 0.375: under
#   none:            4 h = 240 contracted, 90 logged: ratio 0.375: under
it "hours --by funding"
sl report hours --period 2026-W48 --by funding --format json
expect_code 0
expect_json '.group_by == "funding"'
expect_json '[.rows[] | [.key, .contracted_minutes, .minutes, .status]] == [
    ["kansrijke-start", 240, 90, "under"], ["wmo", 480, 180, "under"], [null, 240, 90, "under"]]'
expect_json '.totals | [.contracted_minutes, .minutes] == [960, 360]'
it "hours --by funding over the month: amira's hours fit her Wmo contract"
# November: 30 days of 8 h/week = 8*60*30/7 = 2057 (rounded) contracted; logged 180.
sl report hours --period 2026-11 --by funding --person amira --format json
expect_json '[.rows[] | .key] == ["kansrijke-start", "wmo"]'
it "hours --by scope"
sl report hours --period 2026-W48 --by scope --format json
expect_json '[.rows[] | [.key, .contracted_minutes, .minutes]] == [["local", 720, 270],
    ["regional", 240, 90]]'
it "hours --by refuses what it cannot group by"
sl report hours --period 2026-W48 --by theme
expect_code 64
expect_error "cannot group by 'theme'"

it "assign --funding must name a stream from the config"
sl assign bashir ggd --role tolk --funding gemeentefonds
expect_code 65
expect_error "unknown funding stream 'gemeentefonds'"
sl assign list --format json
expect_json '[.[] | .funding] == ["wmo", "kansrijke-start", null]'
sl assign list
expect_out "Kansrijke Start"

it "a report reads an internal type from the config in use: old reach of it no longer counts"
# A programme that once logged intervision with participants, before it was internal.
cat >old.toml <<'EOF'
[[activity_types]]
id = "intervisie"
name = "Intervisie"
group = true
EOF
sl --config old.toml log amira intervisie 1h --date 2026-11-19 --role voorlichter --reached 6
expect_code 0
sl --config old.toml report summary --period 2026-11-19 --format json
expect_json '.totals.reached == 6'
sl report summary --period 2026-11-19 --format json
expect_json '.totals.reached == 0 and .totals.activities == 1 and .totals.minutes == 60'

it "log import reads questions and reached_professionals"
cat >week.csv <<'EOF'
date,person,type,minutes,questions,reached,reached_professionals,ref
2026-11-28,bashir,spreekuur,60,5,3,1,w1
2026-11-28,bashir,casusoverleg,45,0,0,2,w2
EOF
sl log import week.csv
expect_code 0
sl report summary --period 2026-11-28 --format json
expect_json '.totals | [.questions, .reached, .reached_professionals] == [5, 3, 3]'
it "an import with reach on an internal type is refused whole"
cat >bad.csv <<'EOF'
date,person,type,minutes,reached,ref
2026-11-29,bashir,spreekuur,60,3,b1
2026-11-29,bashir,training,60,3,b2
EOF
before=$(dump)
sl log import bad.csv
expect_code 65
expect_err "bad.csv:3"
expect_err "'training' is internal work"
expect_true "nothing imported" [ "$(dump)" = "$before" ]

it "the English programme names the columns in English"
printf '[programme]\nlanguage = "en"\n' >en.toml
sl --config en.toml report summary --period 2026-W48 --by funding
expect_out "questions"
expect_out "professionals"
expect_out "(no funding)"
sl report summary --period 2026-W48
expect_out "vragen"

finish
