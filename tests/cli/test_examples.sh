# The scripts in examples/ run as their comments say, against a database of their own.
source "$(dirname "$0")/lib.sh"

sl init
sl register person amira --name "Amira" --municipality Haarlem --contract volunteer --hours 8 \
    --since 2026-01-01
sl register org ggd --name "GGD" --type ggd
sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01
sl log amira groepsvoorlichting 2h --date 2026-11-18 --theme gezondheid --reached 9
it "fixture"
expect_code 0

it "weekly-report.sh saves last week's report and the alerts"
SLEUTEL="$BIN" bash "$SOURCE/examples/weekly-report.sh" reports >out 2>err
code=$?
expect_code 0
expect_file reports/weekly-2026-W47.html
expect_file reports/weekly-2026-W47.json
expect_json '.sections.summary.totals.minutes == 120' reports/weekly-2026-W47.json
# Amira never had intervision: there is an alert, so it is saved and named.
expect_file reports/alerts-2026-W47.txt
expect_out "alerts for 2026-W47"
expect_true "alert saved" grep -q "intervisie te lang geleden" reports/alerts-2026-W47.txt

it "weekly-report.sh stops on a real failure"
SLEUTEL="$BIN" SLEUTEL_DB="$WORK/none.db" bash "$SOURCE/examples/weekly-report.sh" reports2 \
    >out 2>err
code=$?
expect_code 66

it "the crontab's commands work"
while IFS= read -r line; do
    # The command part of each job, with cron's \% back to %, run through sleutel itself.
    command=$(echo "$line" | sed -E 's/^([^ ]+ +){5}//; s/\\%/%/g')
    command=${command//\/srv\/sleutel\/exports/$WORK\/exports}
    command=${command//\/srv\/backup/$WORK}
    [[ "$command" == *weekly-report.sh* ]] && continue
    current="crontab: $command"
    eval "${command//sleutel /\"$BIN\" }" >out 2>err
    code=$?
    expect_code 0
done < <(grep -E '^[0-9*]' "$SOURCE/examples/crontab")
expect_file "$WORK/exports/sleutel-summary-2026-10.csv"
expect_true "a backup" ls "$WORK"/sleutel-*.db

it "haarlem-setup.sh builds the Haarlem-like programme: two paid at 18 hours, two volunteers at 8"
SLEUTEL="$BIN" SLEUTEL_DB="$WORK/haarlem.db" SLEUTEL_TODAY=2026-11-27 \
    bash "$SOURCE/examples/haarlem-setup.sh" >out 2>err
code=$?
expect_code 0
h() { SLEUTEL_DB="$WORK/haarlem.db" SLEUTEL_TODAY=2026-11-27 \
    sl --config "$SOURCE/examples/haarlem.toml" "$@"; }
h report hours --period 2026-W48 --format json
expect_json '[.rows[] | {key, contracted_minutes}] == [{"key": "amira", "contracted_minutes": 1080},
    {"key": "farida", "contracted_minutes": 480}, {"key": "hodan", "contracted_minutes": 480},
    {"key": "yonas", "contracted_minutes": 1080}]'
h report referrals --period 2026-W48 --format json
expect_json '.rows[] | select(.key == "wijkteam") | .referrals == 4 and .activities == 3'
h report alerts --period 2026-W48 --format json
expect_json '[.rows[] | select(.kind == "intervision_overdue")] | length == 0'
# Thursday evening is after hours under the example's working hours.
h report summary --period 2026-W48 --format json
expect_json '.totals.after_hours == 1'

it "the systemd service's commands work"
grep '^ExecStart' "$SOURCE/examples/sleutel-monthly.service" | while IFS= read -r line; do
    command=${line#*=}
    command=${command//\/srv\/sleutel\/exports/$WORK\/systemd}
    command=${command//%%/%}
    command=${command//\/usr\/bin\/sleutel/$BIN}
    eval "$command" >out 2>err || echo "$line: exit $? $(cat err)" >>systemd-failures
done
expect_true "no failures: $(cat systemd-failures 2>/dev/null)" [ ! -e systemd-failures ]
expect_file "$WORK/systemd/sleutel-summary-2026-10.csv"
expect_true "a workbook" ls "$WORK"/systemd/monthly-*.xlsx

finish
