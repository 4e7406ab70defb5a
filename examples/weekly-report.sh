#!/usr/bin/env bash
# Last week's report for the programme: saved as a dated html page (and JSON, for other scripts),
# and the alerts mailed to the coordinator when there are any.
#
# Usage: weekly-report.sh [FOLDER [ADDRESS]]
#   FOLDER   where the reports go (default ~/sleutel-reports)
#   ADDRESS  who gets the alerts by mail (default: nobody; they are saved beside the report)
# sleutel's own settings apply: --db / $SLEUTEL_DB, $SLEUTEL_CONFIG, $SLEUTEL_TODAY.
set -euo pipefail

folder=${1:-$HOME/sleutel-reports}
address=${2:-}
sleutel=${SLEUTEL:-sleutel}
mkdir -p "$folder"

# The ISO week that just ended, such as 2026-W47, names the files.
week=$("$sleutel" report summary --format json | sed -n 's/.*"label": "\([^"]*\)".*/\1/p' | head -n 1)
"$sleutel" report weekly -o "$folder/weekly-$week.html"
"$sleutel" report weekly -o "$folder/weekly-$week.json"

# --check exits 1 when there are alerts; anything else is a real failure and stops the script.
status=0
"$sleutel" report alerts --check -o "$folder/alerts-$week.txt" || status=$?
if [ "$status" -eq 1 ]; then
    if [ -n "$address" ] && command -v mail >/dev/null; then
        mail -s "sleutel: alerts for $week" "$address" <"$folder/alerts-$week.txt"
    else
        echo "alerts for $week: $folder/alerts-$week.txt"
    fi
elif [ "$status" -ne 0 ]; then
    exit "$status"
fi
echo "$folder/weekly-$week.html"
