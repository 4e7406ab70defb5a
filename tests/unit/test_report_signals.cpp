// The community signals report: rows as of the report's day, totals, --by theme and --by org,
// and the unanswered alert (report/signals.cpp, report/alerts.cpp).
#include "domain/signals.hpp"
#include "test_report_fixture.hpp"

using namespace report_test;

namespace {
// The fixture's today is 2026-01-20. Signals:
//   1 amira 2025-11-10 [gezondheid, taal] forwarded to ggd 2025-11-12, answered 2026-01-10
//   2 bo    2025-12-01 [taal]             forwarded to ggd 2025-12-01
//   3 none  2025-12-15 []                 open
struct Signals : Fixture {
    Signals() {
        person("amira", "volunteer", 240);
        person("bo", "volunteer", 240);
        add_signal(store, config,
                   {"Wachttijden huisarts", "amira", {"gezondheid", "taal"}, d(2025, 11, 10)},
                   today);
        add_signal(store, config, {"Geen avondcursus", "bo", {"taal"}, d(2025, 12, 1)}, today);
        add_signal(store, config, {"Geen speelplek", {}, {}, d(2025, 12, 15)}, today);
        forward_signal(store, 1, "ggd", d(2025, 11, 12), today);
        answer_signal(store, 1, "Extra spreekuur", d(2026, 1, 10), today);
        forward_signal(store, 2, "ggd", d(2025, 12, 1), today);
    }
    Report signals(const std::string& period, std::optional<std::string> by = {}) {
        return report(ReportKind::signals, period, std::move(by)).sections.front();
    }
};

std::int64_t count(const Value& v) {
    return std::get<std::int64_t>(v);
}
} // namespace

TEST_CASE("signals: one row each, status and days open as of the period's last day") {
    Signals fx;
    // 2025-11-01..2025-12-31, as of 12-31: 1 forwarded (51 days: 20 + 31), 2 forwarded (30),
    // 3 open (16). The answer of 2026-01-10 is not known yet.
    const Report r = fx.signals("2025-11-01..2025-12-31");
    REQUIRE(r.table.rows.size() == 3);
    CHECK(std::get<std::string>(cell(r, 0, "status")) == "forwarded");
    CHECK(count(cell(r, 0, "days_open")) == 51);
    CHECK(std::holds_alternative<std::monostate>(cell(r, 0, "answered_on")));
    CHECK(count(cell(r, 1, "days_open")) == 30);
    CHECK(std::get<std::string>(cell(r, 2, "status")) == "open");
    CHECK(count(cell(r, 2, "days_open")) == 16);
    CHECK(count(total(r, "forwarded")) == 2);
    CHECK(count(total(r, "open")) == 1);
    CHECK(count(total(r, "answered")) == 0);

    // The same signals as of today (2026-01-20): signal 1 answered on 2026-01-10.
    const Report now = fx.signals("2025-11-01..2026-01-31");
    CHECK(std::get<std::string>(cell(now, 0, "status")) == "answered");
    CHECK(std::get<Date>(cell(now, 0, "answered_on")) == d(2026, 1, 10));
    // 2025-11-10 to 2026-01-20: 20 + 31 + 20 = 71.
    CHECK(count(cell(now, 0, "days_open")) == 71);
    CHECK(count(total(now, "signals")) == 3);
}

TEST_CASE("signals --by theme and --by org") {
    Signals fx;
    const Report themes = fx.signals("2025-11-01..2026-01-31", "theme");
    // gezondheid: 1; taal: 1 and 2; no theme: 3. Signal 1 counts in both its themes.
    REQUIRE(themes.table.rows.size() == 3);
    CHECK(std::get<std::string>(cell(themes, 0, "key")) == "gezondheid");
    CHECK(count(cell(themes, 1, "signals")) == 2);
    CHECK(count(cell(themes, 1, "answered")) == 1);
    CHECK(count(cell(themes, 1, "forwarded")) == 1);
    CHECK(std::holds_alternative<std::monostate>(cell(themes, 2, "key")));
    CHECK(count(total(themes, "signals")) == 3);

    const Report orgs = fx.signals("2025-11-01..2026-01-31", "org");
    REQUIRE(orgs.table.rows.size() == 2);
    CHECK(std::get<std::string>(cell(orgs, 0, "key")) == "ggd");
    CHECK(std::get<std::string>(cell(orgs, 0, "label")) == "GGD");
    CHECK(count(cell(orgs, 0, "signals")) == 2);
    CHECK(count(cell(orgs, 1, "open")) == 1);
}

TEST_CASE("signal_unanswered: forwarded more than answer_within_days ago, without an answer") {
    Signals fx;
    // Signal 2, forwarded 2025-12-01: on 2026-01-12 that is 42 days, on 2026-01-13 43. Signal 1
    // was answered on 2026-01-10, after 59 days, so it alerts as of 2026-01-09 only.
    auto unanswered = [&fx](const std::string& period) {
        std::vector<std::string> out;
        for (const std::string& line :
             signal_lines(fx.report(ReportKind::alerts, period).sections.front()))
            if (line.starts_with("signal_unanswered"))
                out.push_back(line);
        return out;
    };
    CHECK(unanswered("2026-01-12..2026-01-12") == std::vector<std::string>{});
    CHECK(unanswered("2026-01-13..2026-01-13") ==
          std::vector<std::string>{"signal_unanswered bo: signaal 2 op 2025-12-01 doorgestuurd "
                                   "naar ggd, na 43 dagen geen antwoord"});
    CHECK(unanswered("2026-01-09..2026-01-09") ==
          std::vector<std::string>{"signal_unanswered amira: signaal 1 op 2025-11-12 "
                                   "doorgestuurd naar ggd, na 58 dagen geen antwoord"});
}
