# `sleutel report --format html`: the page a coordinator shows a municipality. Its header (the
# programme, the period in words, when it was made), amounts that never break, names instead of
# CBS codes, the "reached per week" chart with its partial weeks and a weekly report's last 8
# weeks, and in headless Chromium at screen width (1280 px) and A4 print width (794 px): charts
# and tables drawn, and no table wider than the page.
# stores: file and server
source "$(dirname "$0")/lib.sh"

# November 2026 runs Sunday 1 to Monday 30: weeks 44 and 49 lie only partly inside it.
export SLEUTEL_TODAY=2026-12-01
sl init
sl register person amina --name "أمينة حسن" --municipality Amsterdam --lang ar:native \
    --contract volunteer --hours 8 --since 2026-01-01
sl register person selam --name "ሰላም ተስፋይ" --municipality Haarlem --lang ti:native \
    --contract employed --hours 16 --since 2026-01-01
# One name with no space to wrap at: the table must still fit the page.
sl register person wolf --name "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft" \
    --municipality Rotterdam --lang so:native --contract volunteer --hours 4 --since 2026-01-01
sl register org ggd --name "GGD Kennemerland" --type ggd --municipality Haarlem
sl assign amina ggd --role voorlichter --hours 8 --from 2026-01-01
sl assign selam ggd --role tolk --hours 16 --from 2026-01-01
sl log amina groepsvoorlichting 2h --date 2026-11-01 --theme gezondheid --reached 12 --km 14
sl log amina individueel-contact 1h30 --date 2026-11-10 --theme wonen --reached 1
sl log selam groepsvoorlichting 3h --date 2026-11-18 --theme gezondheid --reached 20 --expense 7,50
sl log selam begeleiding 2h --date 2026-11-30 --theme zorgstelsel --reached 2
sl log wolf individueel-contact 1h --date 2026-11-24 --reached 1
# Earlier weeks, for the weekly report's chart.
sl log selam groepsvoorlichting 1h --date 2026-10-06 --reached 5
it "fixture is in place"
expect_code 0

export TZ=Europe/Amsterdam
sl report monthly --period 2026-11 -o report.html
it "Dutch monthly report is written"
expect_code 0
expect_file report.html

it "header: programme, report kind, period in words, made on in words"
expect_true "programme in the heading" grep -q '<h1>Sleutelpersonen</h1>' report.html
expect_true "kind" grep -q '<p class="kind">Maandrapport</p>' report.html
expect_true "period in words" grep -q '<p class="period">november 2026</p>' report.html
expect_true "made on, in words, one line" grep -Eq \
    '<p class="made">Gemaakt op <span class="nw">[0-9]{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20[0-9]{2} om [0-2][0-9]:[0-5][0-9]</span></p>' \
    report.html
expect_true "no ISO stamp" bash -c "! grep -Eq '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:' report.html"

it "fonts for Arabic, Ge'ez and Latin; a print style sheet for A4"
expect_true "font stack" grep -q 'font-family: "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", sans-serif' report.html
expect_true "A4" grep -q '@page { size: A4' report.html
expect_true "print rules" grep -q '@media print' report.html
expect_true "a page per section in print" grep -q 'section + section { break-before: page; }' report.html
expect_true "long words wrap" grep -q 'overflow-wrap: anywhere' report.html

it "amounts, durations and dates never break over two lines"
expect_true "nowrap on number cells" grep -q 'td.n, .nw { white-space: nowrap' report.html
expect_true "euro and amount held together" grep -q '<td class="n">€&nbsp;7,50</td>' report.html
expect_true "no breakable euro amount" bash -c "! grep -q '€ [0-9]' report.html"

it "municipalities by name, not by CBS code"
expect_true "names shown" grep -q '<td class="t">Amsterdam</td>' report.html
expect_true "no CBS code" bash -c "! grep -q 'GM0' report.html"

it "reached per week: partial weeks marked and lighter"
expect_true "first week partial" grep -q '>wk 44 (deel)<' report.html
expect_true "last week partial" grep -q '>wk 49 (deel)<' report.html
expect_true "whole week" grep -q '>wk 46<' report.html
expect_true "lighter bar" grep -q 'fill-opacity="0.4"' report.html
expect_true "explained" grep -q 'Een lichtere staaf' report.html

it "every word in Dutch"
for english in "Made on" "Hours against contract" "Reached per week" "Time per theme" ">total<" \
    "No data"; do
    expect_true "no '$english'" bash -c "! grep -q '$english' report.html"
done

it "weekly report: the chart shows the last 8 weeks"
sl report weekly --period 2026-W47 --format html
expect_code 0
expect_true "period in words" grep -q '<p class="period">week 47 2026</p>' out
expect_true "caption" grep -q 'Bereikt per week, de laatste 8 weken' out
expect_true "8 weeks" [ "$(grep -o '>wk [0-9]*<' out | tr '\n' ' ')" = \
    ">wk 40< >wk 41< >wk 42< >wk 43< >wk 44< >wk 45< >wk 46< >wk 47< " ]
expect_true "none partial" bash -c "! grep -q 'deel)' out"

it "English programme: English header and chart labels"
cat >en.toml <<'TOML'
[programme]
name = "Key persons Kennemerland"
language = "en"
TOML
sl --config en.toml report monthly --period 2026-11 --format html
expect_code 0
expect_true "period" grep -q '<p class="period">November 2026</p>' out
expect_true "made on" grep -Eq 'Made on <span class="nw">[0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2} at [0-2][0-9]:[0-5][0-9]</span>' out
expect_true "partial week" grep -q '>wk 44 (part)<' out
expect_true "kind" grep -q '<p class="kind">Monthly report</p>' out

# --- in Chromium --------------------------------------------------------------------------------
# A copy of the page with a probe script (the report itself has no scripts) that writes into the
# DOM whether the page fits the window and every table and chart fits the page's text width (or
# it is clipped in print), and where the charts and tables are. It then makes
# one table far too wide and measures again, so the check is seen to catch that.
probe() {
    sed 's|</body>|<script>\
const box = e => { const b = e.getBoundingClientRect(); return [b.left, b.top + scrollY, b.right, b.bottom + scrollY].map(Math.round).join(","); };\
const right = () => { const b = document.body, s = getComputedStyle(b); return b.getBoundingClientRect().right - parseFloat(s.paddingRight); };\
const fits = () => document.documentElement.scrollWidth <= innerWidth \&\& [...document.querySelectorAll("table, svg")].every(e => e.getBoundingClientRect().right <= right() + 1);\
const out = { width: innerWidth, fits: fits(), svgs: [...document.querySelectorAll("svg")].map(box), tables: [...document.querySelectorAll("table")].map(box) };\
document.querySelector("table").style.minWidth = "2000px"; out.wide_fits = fits();\
document.body.insertAdjacentHTML("beforeend", "<pre id=probe>" + JSON.stringify(out) + "</pre>");\
</script></body>|' report.html >probe.html
    timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size="$1,1800" --dump-dom "file://$WORK/probe.html" 2>/dev/null |
        sed -n 's|.*<pre id="probe">\(.*\)</pre>.*|\1|p' >"probe-$1.json"
    timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size="$1,1800" --screenshot="$WORK/shot-$1.png" "file://$WORK/report.html" \
        >/dev/null 2>&1
}

for width in 1280 794; do
    it "Chromium at $width px: nothing wider than the window"
    probe "$width"
    expect_json ".width == $width" "probe-$width.json"
    expect_json '.fits' "probe-$width.json"
    expect_json '.wide_fits == false' "probe-$width.json"
    expect_json '(.svgs | length) == 3 and (.tables | length) == 9' "probe-$width.json"

    it "Chromium at $width px: charts and the first table are drawn"
    expect_file "shot-$width.png"
    expect_true "screenshot is $width wide" \
        [ "$(python3 "$SOURCE/tests/tools/png_ink.py" "shot-$width.png" --size)" = "$width 1800" ]
    for chart in 0 1 2; do
        region=$(jq -r ".svgs[$chart]" "probe-$width.json")
        bars=$(python3 "$SOURCE/tests/tools/png_ink.py" "shot-$width.png" --region "$region" \
            --colour 2>/dev/null || echo 0)
        expect_true "chart $chart has coloured bars ($bars)" \
            python3 -c "import sys; sys.exit(0 if $bars > 0.01 else 1)"
    done
    region=$(jq -r '.tables[0]' "probe-$width.json")
    text=$(python3 "$SOURCE/tests/tools/png_ink.py" "shot-$width.png" --region "$region" \
        2>/dev/null || echo 0)
    expect_true "table has text ($text)" python3 -c "import sys; sys.exit(0 if $text > 0.02 else 1)"
done

finish
