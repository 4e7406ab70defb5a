// A temporary database with the default config, and short ways to register, organise and assign
// people in it, for the tests of the people rules.
#pragma once
#include "domain/config.hpp"
#include "domain/people.hpp"
#include "temp_dir.hpp"
#include "test_dates.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace people_test {
using namespace sleutel;
using namespace std::chrono_literals;

inline const Date today = d(2026, 11, 23);

struct Fixture {
    TempDir dir;
    Store store{dir.file("p.db"), OpenMode::create, 0ms};
    Config config = config::load_default();

    Id person(const std::string& handle, std::optional<Minutes> minutes = std::nullopt,
              std::vector<LanguageSkill> languages = {}, std::optional<std::string> gender = {}) {
        PersonFields f;
        f.name = std::string("Name of ").append(handle);
        f.minutes_per_week = minutes;
        f.languages = std::move(languages);
        f.gender = std::move(gender);
        f.municipality = "Haarlem";
        return register_person(store, config, handle, f, false, today).id;
    }
    Id organisation(const std::string& handle) {
        return register_organisation(store, config, handle, {"Org", "ggd", {}, {}}, false).id;
    }
    Assigned assign_to(Id person_id, Id org, const std::string& role, Minutes minutes, Date from,
                       std::optional<Date> until = {}) {
        Assignment a;
        a.person_id = person_id;
        a.organisation_id = org;
        a.role = role;
        a.minutes_per_week = minutes;
        a.from = from;
        a.until = until;
        return assign(store, config, a);
    }
};

} // namespace people_test
