# `sleutel report --format xlsx`, read back with openpyxl: headings frozen, columns as wide as
# their contents, amounts as euro numbers, months and dates as dates, durations as Excel times,
# totals in bold, every heading in the programme's language.
# stores: file and server
source "$(dirname "$0")/lib.sh"

# openpyxl comes from Debian (python3-openpyxl): the system python has it when the python3 first
# on PATH is another one.
py=python3
"$py" -c "import openpyxl" 2>/dev/null || py=/usr/bin/python3

export SLEUTEL_TODAY=2026-12-01
sl init
sl register person amina --name "أمينة حسن" --municipality Amsterdam --lang ar:native \
    --contract volunteer --hours 8 --since 2026-01-01
sl register person wolf --name "Wolfeschlegelsteinhausenbergerdorff" --municipality Haarlem \
    --lang so:native --contract volunteer --hours 4 --since 2026-01-01
sl register org ggd --name "GGD Kennemerland" --type ggd --municipality Haarlem
sl assign amina ggd --role voorlichter --hours 8 --from 2026-01-01
sl log amina groepsvoorlichting 2h30 --date 2026-11-02 --theme gezondheid --reached 12 --km 14
sl log wolf individueel-contact 1h --date 2026-11-24 --reached 1
it "fixture is in place"
expect_code 0

sl report monthly --period 2026-11 -o report.xlsx
it "monthly workbook is written"
expect_code 0
expect_file report.xlsx

# One python3 run checks the whole workbook and prints one line per failed check.
cat >check.py <<'PY'
import datetime, sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
problems = []

def check(ok, what):
    if not ok:
        problems.append(what)

def headings(ws):
    return {c.value: c.column_letter for c in ws[1] if c.value is not None}

for ws in wb.worksheets:
    check(ws.freeze_panes == "A2", f"{ws.title}: headings not frozen ({ws.freeze_panes})")
    check(all(c.font.b for c in ws[1] if c.value is not None), f"{ws.title}: headings not bold")
    # Every column at least as wide as its heading and its longest cell (up to 60 characters).
    # Up to the totals row: the notes below it are sentences that may run on.
    last = next((r for r in range(2, ws.max_row + 1) if ws[f"A{r}"].value == "totaal"), ws.max_row)
    for column in ws.iter_cols(min_row=1, max_row=last):
        letter = column[0].column_letter
        longest = max((len(str(c.value)) for c in column
                       if isinstance(c.value, str)), default=0)
        width = ws.column_dimensions[letter].width
        check(width >= min(longest, 60), f"{ws.title}!{letter}: width {width} < {longest}")
        check(width <= 62, f"{ws.title}!{letter}: width {width} too wide")

allowance = wb["Vrijwilligersvergoeding"]
cols = headings(allowance)
row = next(r for r in range(2, allowance.max_row + 1)
           if allowance[f"A{r}"].value == "amina")
money = allowance[f"{cols['vergoeding']}{row}"]
check(money.data_type == "n" and isinstance(money.value, (int, float)), "allowance is not a number")
check("€" in money.number_format and "#,##0.00" in money.number_format,
      f"allowance format {money.number_format!r}")
check(money.value > 0, f"allowance {money.value} is not positive")
cap = allowance[f"{cols['max. per jaar']}{row}"]
check(cap.data_type == "n" and "€" in cap.number_format, "year cap is not euros")
month = allowance[f"{cols['maand']}{row}"]
check(month.is_date and month.value == datetime.datetime(2026, 11, 1),
      f"month is not a date: {month.value!r}")
check(any(x in month.number_format for x in ("mmm", "mm")), f"month format {month.number_format!r}")
duration = allowance[f"{cols['duur']}{row}"]
check(duration.number_format == "[h]:mm", f"duration format {duration.number_format!r}")
minutes = duration.value
if isinstance(minutes, datetime.timedelta):
    minutes = minutes.total_seconds() / 60
elif isinstance(minutes, datetime.time):
    minutes = minutes.hour * 60 + minutes.minute
elif isinstance(minutes, datetime.datetime):
    minutes = (minutes - datetime.datetime(1899, 12, 30)).total_seconds() / 60
else:
    minutes = minutes * 1440
check(abs(minutes - 150) < 0.5, f"duration {duration.value!r} is not 2:30")
name = allowance[f"{cols['naam']}{row}"]
check(name.data_type == "s" and name.value == "أمينة حسن", "name is not text")
total = next(r for r in range(2, allowance.max_row + 1) if allowance[f"A{r}"].value == "totaal")
check(allowance[f"A{total}"].font.b, "totals row is not bold")
total_money = allowance[f"{cols['vergoeding']}{total}"]
check(total_money.data_type == "n" and total_money.font.b, "total allowance is not a bold number")

for p in problems:
    print(p)
PY
it "workbook read back: frozen headings, widths, euros, dates, durations, totals"
"$py" check.py report.xlsx >problems.txt 2>&1
expect_true "openpyxl read it" [ $? -eq 0 ]
expect_true "no problems: $(tr '\n' ';' <problems.txt)" [ ! -s problems.txt ]

it "English programme: English headings and totals"
cat >en.toml <<'TOML'
[programme]
name = "Key persons"
language = "en"
TOML
sl --config en.toml report allowance --period 2026-11 -o en.xlsx
expect_code 0
expect_true "English total" "$py" -c "
import openpyxl, sys
ws = openpyxl.load_workbook('en.xlsx').worksheets[0]
sys.exit(0 if any(ws[f'A{r}'].value == 'total' for r in range(2, ws.max_row + 1)) else 1)"

it "libxlsxwriter and the zip and crypto libraries it needs load only when a workbook is written"
needed=$(readelf -d "$BIN" | grep NEEDED)
expect_true "the binary needs: $needed" [ -z "$(grep -E 'xlsxwriter|crypto|minizip' <<<"$needed")" ]
expect_true "and still needs SQLite: $needed" grep -q libsqlite3 <<<"$needed"

finish
