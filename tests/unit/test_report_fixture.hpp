// A report database built in-process: a temporary store with the default config, one
// organisation, and helpers to register, assign and log; plus readers of a report's cells.
#pragma once
#include "domain/activities.hpp"
#include "domain/config.hpp"
#include "domain/people.hpp"
#include "report/report.hpp"
#include "temp_dir.hpp"
#include "test_dates.hpp"

#include <doctest/doctest.h>

namespace report_test {

using namespace sleutel;
using namespace std::chrono;
using namespace std::chrono_literals;

inline const Date today = d(2026, 1, 20);

struct Fixture {
    TempDir dir;
    Store store{dir.file("r.db"), OpenMode::create, 0ms};
    Config config = config::load_default();
    Id org = 0;

    Fixture() {
        org = register_organisation(store, config, "ggd", {"GGD", "ggd", {}, {}}, false).id;
    }
    Id person(const std::string& handle, const std::string& contract, Minutes hours,
              std::optional<int> birth_year = {}, std::vector<LanguageSkill> languages = {}) {
        PersonFields f;
        f.name = handle;
        f.municipality.emplace("Haarlem");
        f.contract = contract;
        f.minutes_per_week = hours;
        f.birth_year = birth_year;
        f.languages = std::move(languages);
        f.gender.emplace("f");
        f.since = d(2025, 1, 1);
        return register_person(store, config, handle, f, false, today).id;
    }
    void assign_to(Id person_id, const std::string& role, Minutes minutes, Date from) {
        Assignment a;
        a.person_id = person_id;
        a.organisation_id = org;
        a.role = role;
        a.minutes_per_week = minutes;
        a.from = from;
        assign(store, config, a);
    }
    void log(const std::string& handle, Date date, Minutes minutes,
             std::vector<std::string> themes = {}) {
        Activity a;
        a.person = handle;
        a.type = "individueel-contact";
        a.date = date;
        a.minutes = minutes;
        a.themes = std::move(themes);
        ActivityChecker checker(store, config, today);
        checker.check(a, true);
        log_activity(store, a);
    }
    ReportDocument report(ReportKind kind, const std::string& period,
                          std::optional<std::string> by = {}) {
        ReportRequest request;
        request.today = today;
        request.period = parse_period(period, today);
        request.by = std::move(by);
        return build_report({{&store, "r"}}, config, kind, request, Charts::without);
    }
};

inline const Value& cell(const Report& r, std::size_t row, std::string_view key) {
    for (std::size_t c = 0; c < r.table.columns.size(); ++c)
        if (r.table.columns[c].key == key)
            return r.table.rows.at(row).at(c);
    FAIL("no column ", key);
    return r.table.rows.at(row).at(0);
}

inline const Value& total(const Report& r, std::string_view key) {
    for (const auto& [name, value] : r.totals)
        if (name == key)
            return value;
    FAIL("no total ", key);
    return r.totals.front().second;
}

// The rows of a signals report as `kind person: detail`, in their order.
inline std::vector<std::string> signal_lines(const Report& r) {
    std::vector<std::string> out;
    for (std::size_t row = 0; row < r.table.rows.size(); ++row)
        out.push_back(std::get<std::string>(cell(r, row, "kind")) + " " +
                      std::get<std::string>(cell(r, row, "person")) + ": " +
                      std::get<std::string>(cell(r, row, "detail")));
    return out;
}

} // namespace report_test
