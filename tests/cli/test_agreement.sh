# Dated agreements: `profile PERSON agreement` starts a period, `agreements` lists them, reports
# pay and judge by the period in force on each day.
# stores: file and server
source "$(dirname "$0")/lib.sh"

it "register sets the first period from --since, with contract and hours"
sl init
sl register person amira --name "Amira" --contract volunteer --hours 8 --since 2026-01-01
expect_code 0
sl profile amira agreements --format json
expect_json '. == [{"from": "2026-01-01", "until": null, "contract": "volunteer",
    "minutes_per_week": 480, "allowance": "legal", "available_minutes": null, "reachable": null,
    "benefit": false, "other_allowance_cents": 0}]'

it "a new period carries over what it does not give; the one before ends the day before"
sl profile amira agreement --from 2026-11-01 --allowance hour:4,50 --available 6 --benefit
expect_code 0
expect_out "amira heeft vanaf 2026-11-01: vrijwilliger, 8:00 u/week, vergoeding hour:4.50"
sl profile amira agreements --format json
expect_json 'map([.from, .until, .contract, .minutes_per_week, .allowance, .available_minutes, .benefit]) == [
    ["2026-01-01", "2026-10-31", "volunteer", 480, "legal", null, false],
    ["2026-11-01", null, "volunteer", 480, "hour:4.50", 360, true]]'
sl audit --format json
expect_json 'map(select(.action == "agreement" and .entity_id == "amira")) | length == 1'

it "the same start date corrects that period; --no-benefit clears the flag"
sl profile amira agreement --from 2026-11-01 --no-benefit --other-allowance 25
expect_code 0
sl profile amira agreements --format json
expect_json 'length == 2 and .[1].benefit == false and .[1].other_allowance_cents == 2500
    and .[1].allowance == "hour:4.50"'

it "a back-dated agreement says which months it changes"
sl profile amira agreement --from 2026-10-01 --hours 10
expect_code 0
expect_err "reports of 2026-10 and later months use this agreement"

it "bad agreements are refused and change nothing"
before=$(dump)
refused_cases \
    "65|profile amira agreement --allowance week:5|not an allowance: 'week:5'" \
    "65|profile amira agreement --allowance hour|not an allowance: 'hour'" \
    "65|profile amira agreement --allowance hour:-3|not an amount of money: '-3'" \
    "65|profile amira agreement --contract vrijwilliger|unknown contract form 'vrijwilliger'" \
    "65|profile amira agreement --hours lots|.*'lots'.*" \
    "65|profile amira agreement --available 200|.*200.*" \
    "65|profile amira agreement --from 2026-13-01|.*2026-13-01.*" \
    "65|profile amira agreement --other-allowance abc|not an amount of money: 'abc'" \
    "65|profile nobody agreement --hours 3|no person 'nobody'"
expect_true "nothing changed" [ "$(dump)" = "$before" ]

it "the allowance pays the agreed hourly rate from the day it holds"
sl register org ggd --name "GGD" --type ggd
sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01
sl log amira huisbezoek 2h --date 2026-10-20
sl log amira huisbezoek 2h --date 2026-11-10
sl report allowance --period 2026-10..2026-11 --format json
# October: the legal 5,60 an hour; November: the agreed 4,50, with 25 euros from elsewhere.
expect_json '[.rows[] | [.month, .agreed_cents, .allowance_cents, .cap, .other_allowance_cents]] ==
    [["2026-10", 1120, 1120, "none", 0], ["2026-11", 900, 900, "none", 2500]]'

it "a week's allowance covers its whole month, and the label says so"
sl report allowance --period 2026-W46 --format json
expect_json '.period == {"label": "2026-11 (whole month)", "from": "2026-11-01", "to": "2026-11-30"}'
sl report allowance --period 2026-W44 --format json
expect_json '.period.label == "2026-10..2026-11 (whole months)" and (.rows | length) == 2'

it "logging more than the own available hours is overload, whatever the assignments say"
sl assign amira ggd --role tolk --hours 14 --from 2026-11-01
for day in 16 17 18 19 20; do sl log amira huisbezoek 3h --date 2026-11-$day --role voorlichter; done
sl report hours --period 2026-W47 --format json
expect_json '.rows[0] | .status == "over" and .available_minutes == 360 and .minutes == 900'
sl report alerts --period 2026-W47 --format json
expect_json '[.rows[] | select(.kind == "overload") | .detail] == ["15:00 gelogd tegen 6:00 beschikbaar"]'

it "the card shows availability, after-hours and the month's allowance against the caps"
sl log amira huisbezoek 1h --date 2026-11-21 --role voorlichter --at 21:00
sl profile amira --format json
expect_json '.this_month.month == "2026-11" and .this_month.after_hours == 1'
# 18 hours in November at 4,50; the ceiling leaves room for it beside the 25 euros from elsewhere.
expect_json '.this_month.allowance | .agreed_cents == 18 * 450 and .allowance_cents == 8100 and .cap == "none"
    and .month_cap_cents == 21000 and .other_allowance_cents == 2500'
# Availability is known from 1 November: 23 days at 6 hours a week.
expect_json '.last_4_weeks.available_minutes == 1183 and (.agreements | length) == 3'
sl profile amira
expect_out "Deze maand 2026-11"
expect_out "Beschikbaar:"

it "after hours is judged against the person's own reachable times when they have them"
sl register person carla --name "Carla" --contract volunteer --since 2026-01-01
sl profile carla agreement --from 2026-01-01 --reachable "ma-vr,za@10:00-20:00"
expect_code 0
sl profile carla agreements --format json
expect_json '.[0].reachable == "mon-sat@10:00-20:00"'
# 2026-11-02 is a Monday, 2026-11-07 a Saturday, 2026-11-08 a Sunday.
sl log carla huisbezoek 1h --date 2026-11-02 --at 19:00
sl log carla huisbezoek 1h --date 2026-11-07
sl log carla huisbezoek 1h --date 2026-11-02 --at 09:00
sl log carla huisbezoek 1h --date 2026-11-08
sl log list --person carla --period 2026-11 --format json
expect_json '[.[] | [.date, .time, .after_hours]] == [["2026-11-02", "09:00", true], ["2026-11-02", "19:00", false], ["2026-11-07", null, false], ["2026-11-08", null, true]]'
# Amira has no reachable times: the programme's working hours (until 18:00) judge her.
sl log amira huisbezoek 1h --date 2026-11-02 --at 19:00 --role voorlichter
sl log list --person amira --period 2026-11-02 --format json
expect_json '[.[] | .after_hours] == [true]'
refused_cases \
    "65|profile carla agreement --reachable mon-fri|.*mon-fri.*" \
    "65|profile carla agreement --reachable 'mon@18:00-09:00'|.*"

it "a later period keeps what it was given itself, also a value equal to the one replaced"
sl register person pim --name "Pim" --contract volunteer --hours 10 --since 2026-01-01
sl profile pim agreement --from 2026-06-01 --hours 8
sl profile pim agreement --from 2026-09-01 --hours 10
sl profile pim agreement --from 2026-08-01 --hours 6
sl profile pim agreements --format json
expect_json '[.[] | [.from, .minutes_per_week]] == [["2026-01-01", 600], ["2026-06-01", 480],
    ["2026-08-01", 360], ["2026-09-01", 600]]'

it "an agreement dated before the registered one leaves the days before it alone"
sl register person eva --name "Eva" --contract volunteer --since 2026-11-16
sl profile eva agreement --from 2026-11-16 --allowance hour:4
sl log eva huisbezoek 20h --date 2026-10-20
sl log eva huisbezoek 5h --date 2026-10-21
sl report allowance --period 2026-10 --format json
october=$(jq -c '.rows' out)
sl profile eva agreement --from 2026-11-01 --allowance none
sl report allowance --period 2026-10 --format json
expect_true "October unchanged: $october" [ "$(jq -c '.rows' out)" = "$october" ]
expect_true "October at 4,00 an hour: $october" \
    [ "$(jq '.rows[] | select(.key == "eva") | .agreed_cents' out)" = 10000 ]
sl profile eva agreement --from 2026-11-16 --allowance month:150
# The monthly amount runs from 16 November: 15 of November's 30 days.
sl log eva huisbezoek 20h --date 2026-11-20
sl report allowance --period 2026-11 --format json
expect_json '.rows[] | select(.key == "eva") | .agreed_cents == 7500'

it "contradictory or empty agreements are usage errors"
before=$(dump)
sl profile eva agreement --benefit --no-benefit
expect_code 64
sl profile eva agreement --from 2026-11-20
expect_code 64
expect_error "an agreement needs at least one field to set"
expect_true "nothing changed" [ "$(dump)" = "$before" ]

it "a birth year must agree with the birth date on record"
sl register person eva --update --birth-date 2006-06-01
sl register person eva --update --birth-year 1990
expect_code 65
expect_error "birth year 1990 disagrees with the birth date 2006-06-01 on record"

it "an update of undated fields says past coverage counts it"
sl register person eva --update --municipality Amsterdam
expect_code 0
expect_err "not dated: the coverage of past periods counts the new values too"

it "an erased person's agreement cannot be changed"
sl register person bilal --name "Bilal" --contract volunteer
sl forget bilal --yes
expect_code 0
sl profile anon- agreement --hours 4
expect_code 65
expect_error "anon-[0-9]+ has been erased and cannot be changed"

finish
