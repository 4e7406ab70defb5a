# The monthly totals kept beside the activity log: a report of whole months adds them up instead of
# every activity, with the very same figures; any change to a month's activities, themes or
# referrals empties that month at once, whatever program writes; a database that may not be
# written, or is busy, is reported from the activities; db check finds totals that disagree.
source "$(dirname "$0")/lib.sh"

# A database we may only read: root may write anything, so as root it is read as nobody.
as_reader() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    as_reader() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
    chmod 755 "$WORK"
fi

sl init
sl register person amira --name "Amira" --municipality Haarlem --hours 8
sl register person bilal --name "Bilal" --municipality Zandvoort --hours 8
sl register org ggd --name "GGD" --type ggd
sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01 --funding wmo
sl assign bilal ggd --role voorlichter --hours 8 --from 2026-01-01
# November: 1 + 2, with intervisie (internal: hours only) 3; October: 4.
sl log amira groepsvoorlichting 1h --date 2026-11-03 --theme gezondheid --theme opvoeding \
    --reached 10 --questions 2 --professionals 1 --refer huisarts:2
sl log bilal huisbezoek 30m --date 2026-11-10 --theme wonen --reached 1
sl log amira intervisie 2h --date 2026-11-12
sl log amira individueel-contact 45m --date 2026-10-20 --theme gezondheid --reached 1 --questions 1
# A volunteer whose terms change within months: a new agreement from 16 August, and her 21st
# birthday on 15 September. The allowance reads such months day by day, the others as wholes.
sl register person cato --name "Cato" --contract volunteer --birth-date 2005-09-15 \
    --since 2026-01-01
sl assign cato ggd --role tolk --hours 4 --from 2026-01-01
sl profile cato agreement --from 2026-08-16 --allowance hour:4,50
for day in 2026-07-08 2026-08-06 2026-08-27 2026-09-04 2026-09-21; do
    sl log cato begeleiding 3h --date "$day"
done
it "the programme is set up"
expect_code 0

filled() { sqlite3 "$SLEUTEL_DB" "SELECT group_concat(month, ' ') FROM tally_month"; }
# activities, minutes, reached, questions, professionals and referrals of a period.
figures() {
    "$BIN" report summary --period "$1" --format json |
        jq -c '.totals | [.activities, .minutes, .reached, .questions, .reached_professionals,
            .referrals]'
}

# A copy before any report has added anything up, read-only: it is reported from the activities.
cp "$SLEUTEL_DB" raw.db
chmod 0444 raw.db
kinds=("summary" "summary --by theme" "summary --by person" "summary --by org"
    "summary --by municipality" "summary --by type" "summary --by role" "hours --by funding"
    "hours --by scope" "reach --by type" "referrals" "allowance" "monthly")
# Under the sanitizers, many times slower: the theme grouping (its own table) and the monthly
# report, which holds every other grouping of activities.
[ "${SLEUTEL_TEST_DIVISOR:-1}" -gt 1 ] && kinds=("summary --by theme" "monthly")
for period in 2026-11 2026-10..2026-11 2026; do
    for kind in "${kinds[@]}"; do
        name=${kind// /_}
        # shellcheck disable=SC2086
        "$BIN" report $kind --period "$period" --format json | jq -S 'del(.generated_at) |
            del(.sections?[]?.generated_at)' >"filled-$name-$period.json"
        # shellcheck disable=SC2086
        SLEUTEL_TRACE_SQL=$WORK/trace.sql "$BIN" report $kind --period "$period" --format json |
            jq -S 'del(.generated_at) | del(.sections?[]?.generated_at)' >"totals-$name-$period.json"
        # shellcheck disable=SC2086
        SLEUTEL_DB=$WORK/raw.db as_reader "$BIN" report $kind --period "$period" --format json |
            jq -S 'del(.generated_at) | del(.sections?[]?.generated_at)' >"log-$name-$period.json"
    done
done
it "reports of whole months give the same figures from the totals as from the activities"
for file in log-*.json; do
    expect_true "${file#log-} is the same" cmp -s "$file" "totals-${file#log-}"
    expect_true "${file#log-} is the same on the first run" cmp -s "$file" "filled-${file#log-}"
done
expect_true "the reports read the totals" grep -q "FROM month_tally a" trace.sql
expect_true "and the theme totals" grep -q "FROM month_theme_tally a" trace.sql
expect_true "the year's months are added up: $(filled)" [ "$(filled)" = \
    "2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11 2026-12" ]
expect_true "the read-only copy holds none" [ -z "$(sqlite3 raw.db 'SELECT * FROM tally_month')" ]

it "November by hand: 3 activities, 210 minutes, 11 reached, 2 questions, 1 professional, 2 referrals"
expect_true "$(figures 2026-11)" [ "$(figures 2026-11)" = "[3,210,11,2,1,2]" ]
jq -c '[.rows[] | [.key, .activities, .minutes, .reached]]' totals-summary_--by_theme-2026-11.json \
    >themes
expect_true "themes: $(cat themes)" [ "$(cat themes)" = \
    '[["gezondheid",1,60,10],["opvoeding",1,60,10],["wonen",1,30,1],[null,1,120,0]]' ]

it "a week is not whole months: it is added up from the activities"
rm -f trace.sql
SLEUTEL_TRACE_SQL=$WORK/trace.sql sl report summary --period 2026-W46 --format json
expect_code 0
expect_true "statements traced" [ -s trace.sql ]
expect_true "no totals read" [ -z "$(grep month_tally trace.sql)" ]

# After each change the month it touches is emptied, and the report shows the change.
changed() {
    local what=$1 emptied=$2 kept=$3
    it "$what empties $emptied and keeps $kept"
    expect_true "filled: $(filled)" grep -qv "$emptied" <<<"$(filled)"
    expect_true "filled: $(filled)" grep -q "$kept" <<<"$(filled)"
}
sl log amira groepsvoorlichting 30m --date 2026-11-20 --reached 4
changed "a new activity" 2026-11 2026-10
expect_true "$(figures 2026-11)" [ "$(figures 2026-11)" = "[4,240,15,2,1,2]" ]
sl log edit 2 --duration 1h
changed "a new duration" 2026-11 2026-10
expect_true "$(figures 2026-11)" [ "$(figures 2026-11)" = "[4,270,15,2,1,2]" ]
sl log edit 1 --refer huisarts:5
changed "new referrals" 2026-11 2026-10
expect_true "$(figures 2026-11)" [ "$(figures 2026-11)" = "[4,270,15,2,1,5]" ]
sl log edit 1 --theme wonen
changed "new themes" 2026-11 2026-10
sl report summary --by theme --period 2026-11 --format json
expect_json '[.rows[] | [.key, .activities]] == [["wonen", 2], [null, 2]]'
sl log edit 4 --date 2026-11-05
it "an activity moved from October to November empties both"
expect_true "filled: $(filled)" [ -z "$(grep -E '2026-1[01]' <<<"$(filled)")" ]
expect_true "$(figures 2026-10)" [ "$(figures 2026-10)" = "[0,0,0,0,0,0]" ]
expect_true "$(figures 2026-11)" [ "$(figures 2026-11)" = "[5,315,16,3,1,5]" ]
sl log delete 2
changed "a deleted activity" 2026-11 2026-10
expect_true "$(figures 2026-11)" [ "$(figures 2026-11)" = "[4,255,15,3,1,5]" ]
printf 'date,person,type,minutes,reached\n2026-10-07,bilal,huisbezoek,20,3\n' >october.csv
sl log import october.csv
changed "an import" 2026-10 2026-11
expect_true "$(figures 2026-10)" [ "$(figures 2026-10)" = "[1,20,3,0,0,0]" ]
figures 2026-10..2026-11 >/dev/null
sqlite3 "$SLEUTEL_DB" "UPDATE activity SET minutes = minutes + 5 WHERE id = 1"
changed "a change made by another program" 2026-11 2026-10
expect_true "$(figures 2026-11)" [ "$(figures 2026-11)" = "[4,260,15,3,1,5]" ]
sqlite3 "$SLEUTEL_DB" "DELETE FROM activity_referral WHERE activity_id = 1"
changed "referrals deleted by another program" 2026-11 2026-10
expect_true "$(figures 2026-11)" [ "$(figures 2026-11)" = "[4,260,15,3,1,0]" ]
sqlite3 "$SLEUTEL_DB" "INSERT INTO activity_theme VALUES (1, 'gezondheid')"
changed "a theme added by another program" 2026-11 2026-10
sl report summary --by theme --period 2026-11 --format json
expect_json '[.rows[] | [.key, .activities]] == [["gezondheid", 2], ["wonen", 1], [null, 2]]'
sqlite3 "$SLEUTEL_DB" "UPDATE activity SET note = 'Voorlichting in de bibliotheek' WHERE id = 1"
it "a new note changes no figure and keeps the month"
expect_true "filled: $(filled)" grep -q 2026-11 <<<"$(filled)"

it "a read-only database is reported from the activities and left as it was"
cp "$SLEUTEL_DB" readonly.db
sqlite3 readonly.db "DELETE FROM tally_month"
chmod 0444 readonly.db
SLEUTEL_DB=$WORK/readonly.db as_reader "$BIN" report summary --period 2026-11 --format json \
    >out 2>err
code=$?
expect_code 0
expect_json '.totals | [.activities, .minutes] == [4, 260]'
expect_true "nothing added up" [ -z "$(sqlite3 readonly.db 'SELECT * FROM tally_month')" ]

it "while another program writes, a report does not wait for it: it reads the activities"
sqlite3 "$SLEUTEL_DB" "DELETE FROM tally_month WHERE month = '2026-11'"
{
    echo "BEGIN IMMEDIATE;"
    echo "INSERT INTO audit (at, os_user, command, entity, entity_id, action)
        VALUES ('2026-11-23T00:00:00Z', 'test', 'test', 'database', '0', 'update');"
    sleep 4
    echo "COMMIT;"
} | sqlite3 "$SLEUTEL_DB" &
writer=$!
sleep 1
sl --wait 1 report summary --period 2026-11 --format json
expect_code 0
expect_json '.totals | [.activities, .minutes] == [4, 260]'
wait "$writer"
expect_true "November was not added up: $(filled)" grep -qv 2026-11 <<<"$(filled)"

it "db check finds totals that disagree with the activities"
figures 2026-11 >/dev/null
sqlite3 "$SLEUTEL_DB" "UPDATE month_tally SET minutes = minutes + 60 WHERE month = '2026-11'"
sl db check
expect_code 1
expect_out "the monthly totals of 2026-11 disagree with its activities"
sqlite3 "$SLEUTEL_DB" "DELETE FROM tally_month"
sl db check
expect_code 0
expect_true "and dropping them is safe: $(figures 2026-11)" [ "$(figures 2026-11)" = "[4,260,15,3,1,0]" ]

it "db check finds a missing trigger"
sqlite3 "$SLEUTEL_DB" "DROP TRIGGER activity_added_tally"
sl db check
expect_code 1
expect_out "trigger activity_added_tally is missing"

finish
