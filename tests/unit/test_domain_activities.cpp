// The activity checker's derived fields: role, organisation and assignment from the key person's
// assignments, also when an activity moves to another person.
#include "domain/activities.hpp"
#include "domain/config.hpp"
#include "domain/people.hpp"
#include "store/activity_store.hpp"
#include "temp_dir.hpp"
#include "test_dates.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {
const Date today = d(2026, 11, 23);

struct Fixture {
    TempDir dir;
    Store store{dir.file("a.db"), OpenMode::create, 0ms};
    Config config = config::load_default();

    Id person(const std::string& handle) {
        PersonFields f;
        f.name = "Name of " + handle;
        return register_person(store, config, handle, f, false, today).id;
    }
    Id organisation(const std::string& handle) {
        return register_organisation(store, config, handle, {"Org", "ggd", {}, {}}, false).id;
    }
    Id assign_to(Id person_id, Id org, const std::string& role, Date from) {
        Assignment a;
        a.person_id = person_id;
        a.organisation_id = org;
        a.role = role;
        a.from = from;
        return assign(store, config, a).id;
    }
    Activity logged(const std::string& handle, Date date) {
        Activity a;
        a.person = handle;
        a.type = "individueel-contact";
        a.date = date;
        a.minutes = 60;
        ActivityChecker checker(store, config, today);
        checker.check(a, true);
        a.id = log_activity(store, a);
        return a;
    }
};
} // namespace

TEST_CASE("a moved activity takes role, organisation and assignment from the new person") {
    Fixture fx;
    const Id amira = fx.person("amira");
    const Id bashir = fx.person("bashir");
    const Id ggd = fx.organisation("ggd");
    const Id wijkteam = fx.organisation("wijkteam");
    fx.assign_to(amira, ggd, "voorlichter", d(2026, 1, 1));
    const Id tolk = fx.assign_to(bashir, wijkteam, "tolk", d(2026, 6, 1));

    Activity a = fx.logged("amira", d(2026, 11, 20));
    REQUIRE(a.role == "voorlichter");
    move_to_person(a, "bash");
    CHECK_FALSE(a.role);
    CHECK_FALSE(a.organisation_id);
    CHECK_FALSE(a.assignment_id);
    ActivityChecker checker(fx.store, fx.config, today);
    CHECK(checker.check(a, true).empty());
    CHECK(a.person == "bashir");
    CHECK(a.person_id == bashir);
    CHECK(a.role == "tolk");
    CHECK(a.organisation_id == wijkteam);
    CHECK(a.organisation == "wijkteam");
    CHECK(a.assignment_id == tolk);
    edit_activity(fx.store, a);
    const auto stored = db::load_activity(fx.store, a.id);
    REQUIRE(stored);
    CHECK(stored->person_id == bashir);
    CHECK(stored->assignment_id == tolk);
}

TEST_CASE("moving to a person with several active assignments needs a role or organisation") {
    Fixture fx;
    fx.person("amira");
    const Id bashir = fx.person("bashir");
    const Id ggd = fx.organisation("ggd");
    fx.assign_to(bashir, ggd, "tolk", d(2026, 1, 1));
    const Id voorlichter = fx.assign_to(bashir, ggd, "voorlichter", d(2026, 1, 1));
    Activity a = fx.logged("amira", d(2026, 11, 20));
    Activity moved = a;
    move_to_person(moved, "bashir");
    ActivityChecker checker(fx.store, fx.config, today);
    CHECK_THROWS_AS(checker.check(moved, true), DataError);
    move_to_person(a, "bashir");
    a.role = "voorlichter";
    CHECK(checker.check(a, true).empty());
    CHECK(a.assignment_id == voorlichter);
}

TEST_CASE("an erased person cannot receive an activity") {
    Fixture fx;
    fx.person("amira");
    const Id dirk = fx.person("dirk");
    forget(fx.store, {dirk, "dirk"}, today);
    Activity a = fx.logged("amira", d(2026, 11, 20));
    move_to_person(a, "anon-2");
    ActivityChecker checker(fx.store, fx.config, today);
    CHECK_THROWS_AS(checker.check(a, true), DataError);
}

TEST_CASE("the examples in hints use the ids of the config in use") {
    Config config = config::load_default();
    config.activity_types = {ActivityType{"buurtgesprek", "Buurtgesprek"}};
    config.themes = {Named{"buurt", "Buurt"}};
    CHECK(log_example(config) == "sleutel log amira buurtgesprek 1h30 --theme buurt");
    CHECK(log_edit_example(config) ==
          "give the flags to change, such as --reached 12 or --theme buurt");
    // A programme without themes gets an example without --theme, not one it would refuse.
    config.themes.clear();
    CHECK(log_example(config) == "sleutel log amira buurtgesprek 1h30");
    CHECK(log_edit_example(config) == "give the flags to change, such as --reached 12");
}
