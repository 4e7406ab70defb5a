// Registering, resolving, assigning and forgetting: the core rules, on a temporary database.
#include "domain/config.hpp"
#include "domain/people.hpp"
#include "domain/profile.hpp"
#include "store/connection.hpp"
#include "store/organisation_store.hpp"
#include "temp_dir.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace sleutel;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {
Date d(int y, unsigned m, unsigned day) {
    return Date{year{y}, month{m}, std::chrono::day{day}};
}
const Date today = d(2026, 11, 23);

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
} // namespace

TEST_CASE("register normalises the municipality and refuses duplicates") {
    Fixture fx;
    const Id id = fx.person("amira");
    CHECK(db::load_person(fx.store, id).fields.municipality == "GM0392");
    CHECK_THROWS_AS(fx.person("amira"), DataError);
    CHECK_THROWS_AS(fx.person("anon-3"), DataError);
    CHECK_THROWS_AS(fx.person("list"), DataError);
}

TEST_CASE("an update merges languages by code and keeps what is not given") {
    Fixture fx;
    const Id id = fx.person("amira", 480, {{"ar", Level::native}, {"nl", Level::a2}});
    PersonFields change;
    change.languages = {{"nl", Level::b1}};
    register_person(fx.store, fx.config, "amira", change, true, today);
    const Person p = db::load_person(fx.store, id);
    CHECK(p.fields.name == "Name of amira");
    CHECK(p.fields.minutes_per_week == 480);
    REQUIRE(p.fields.languages.size() == 2);
    CHECK(p.fields.languages[1].code == "nl");
    CHECK(p.fields.languages[1].level == Level::b1);
}

TEST_CASE("resolve: exact handle, unique prefix, ambiguous prefix, unknown") {
    Fixture fx;
    fx.person("amira");
    fx.person("amina");
    fx.person("am");
    CHECK(resolve(fx.store, db::Kind::person, "am").handle == "am"); // exact wins
    CHECK(resolve(fx.store, db::Kind::person, "amir").handle == "amira");
    try {
        resolve(fx.store, db::Kind::person, "ami");
        FAIL("ambiguous prefix resolved");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()) == "'ami' matches more than one person");
        CHECK(e.hint() == "which one: amina, amira");
    }
    CHECK_THROWS_AS(resolve(fx.store, db::Kind::person, "zz"), DataError);
    CHECK_THROWS_AS(resolve(fx.store, db::Kind::person, ""), DataError);
}

TEST_CASE("assignments: overlap of the same person, org and role is refused") {
    Fixture fx;
    const Id p = fx.person("amira", 480);
    const Id o = fx.organisation("ggd");
    const Id first = fx.assign_to(p, o, "voorlichter", 240, d(2026, 1, 1), d(2026, 6, 30)).id;
    CHECK_THROWS_AS(fx.assign_to(p, o, "voorlichter", 60, d(2026, 6, 30)), DataError);
    CHECK_NOTHROW(fx.assign_to(p, o, "voorlichter", 60, d(2026, 7, 1)));
    CHECK_NOTHROW(fx.assign_to(p, o, "tolk", 60, d(2026, 3, 1), d(2026, 3, 31)));
    CHECK_THROWS_AS(fx.assign_to(p, o, "kok", 60, d(2026, 3, 1)), DataError);
    CHECK_THROWS_AS(fx.assign_to(p, o, "tolk", 60, d(2026, 3, 1), d(2026, 2, 1)), DataError);
    CHECK(first == 1);
}

TEST_CASE("more hours assigned than available is a warning, not an error") {
    Fixture fx;
    const Id p = fx.person("amira", 480);
    const Id o = fx.organisation("ggd");
    CHECK(fx.assign_to(p, o, "voorlichter", 300, d(2026, 1, 1)).warnings.empty());
    const Assigned second = fx.assign_to(p, o, "tolk", 240, d(2026, 2, 1));
    REQUIRE(second.warnings.size() == 1);
    CHECK(second.warnings[0] ==
          "amira is now assigned 9:00 hours a week, more than the 8:00 they are available");
}

TEST_CASE("contracted minutes are pro rata per day") {
    Assignment a;
    a.minutes_per_week = 7 * 60;
    a.from = d(2026, 11, 18); // a Wednesday: five of the seven days of its week
    CHECK(contracted_minutes(a, d(2026, 11, 16), d(2026, 11, 22)) == 5 * 60);
    a.until = d(2026, 11, 19);
    CHECK(contracted_minutes(a, d(2026, 11, 16), d(2026, 11, 22)) == 2 * 60);
    CHECK(contracted_minutes(a, d(2026, 12, 1), d(2026, 12, 7)) == 0);
}

TEST_CASE("goal states and intervision trainings") {
    Goal g{1, "x", d(2026, 11, 1), std::nullopt, d(2026, 1, 1)};
    CHECK(goal_state(g, today) == GoalState::overdue);
    CHECK(goal_state(g, d(2026, 11, 1)) == GoalState::open);
    g.done_on = d(2026, 11, 20);
    CHECK(goal_state(g, today) == GoalState::done);
    CHECK(is_intervision("Intervisie GGD Kennemerland"));
    CHECK(is_intervision("intervision"));
    CHECK_FALSE(is_intervision("Pharos basistraining"));
}

TEST_CASE("match ranks by criteria met, then free hours") {
    Fixture fx;
    const Id o = fx.organisation("ggd");
    const Id amira = fx.person("amira", 480, {{"ar", Level::native}, {"nl", Level::b1}}, "f");
    fx.person("yusuf", 480, {{"ar", Level::native}, {"nl", Level::b2}}, "m");
    fx.person("selam", 1080, {{"ti", Level::native}}, "f");
    fx.assign_to(amira, o, "voorlichter", 420, d(2026, 1, 1));
    Need need;
    need.languages = {{"ar", Level::b1}, {"nl", Level::b1}};
    need.gender.emplace("f");
    const auto matches = match_persons(fx.store, need, today);
    REQUIRE(matches.size() == 3);
    CHECK(matches[0].person.handle == "amira"); // 3 of 3
    CHECK(matches[0].available_minutes == 60);
    CHECK(matches[1].person.handle == "yusuf"); // 2 of 3
    CHECK(matches[1].misses == std::vector<std::string>{"gender f"});
    CHECK(matches[2].person.handle == "selam"); // 1 of 3
}

TEST_CASE("forget erases personal data, ends assignments, keeps the record") {
    Fixture fx;
    const Id p = fx.person("amira", 480);
    const Id o = fx.organisation("ggd");
    fx.assign_to(p, o, "tolk", 60, d(2026, 1, 1));
    const Forgotten result = forget(fx.store, {p, "amira"}, today);
    CHECK(result.anonymous_handle == "anon-1");
    CHECK(result.log_cleared);
    const Person after = db::load_person(fx.store, p);
    CHECK(after.handle == "anon-1");
    CHECK_FALSE(after.fields.name);
    CHECK(after.forgotten);
    CHECK(after.status == "left");
    CHECK(db::assignments(fx.store, {})[0].until == today);
    CHECK(connection(fx.store).execAndGet("PRAGMA secure_delete").getInt() == 1);
    CHECK_THROWS_AS(forget(fx.store, {p, "anon-1"}, today), DataError);
}

TEST_CASE("register delete: a person's own details go with them, and it is audited") {
    Fixture fx;
    const Id p = fx.person("amira", 480, {{"ar", Level::native}});
    // A language (given above), a status, a training and a goal: rows that belong to the person.
    change_status(fx.store, {p, "amira"}, "paused", today);
    add_training(fx.store, {p, "amira"}, {0, "Pharos basistraining", today}, today);
    add_goal(fx.store, {p, "amira"}, "Voorlichting geven", std::nullopt, today);
    const Registration r = registration_to_delete(fx.store, std::nullopt, "amira");
    CHECK(r.kind == db::Kind::person);
    CHECK(r.record.id == p);
    CHECK(db::references_to(fx.store, db::Kind::person, p).empty());
    delete_registration(fx.store, r);
    CHECK_FALSE(db::find_handle(fx.store, db::Kind::person, "amira"));
    for (const char* table : {"person_language", "person_status", "training", "goal"})
        CHECK(connection(fx.store)
                  .execAndGet(fmt::format("SELECT count(*) FROM {}", table))
                  .getInt() == 0);
    CHECK(fx.store.audit_rows("0000-01-01", "9999-12-31").back().entry.action == "delete");
}

TEST_CASE("register delete: a table added later that refers to a person is a reference too") {
    Fixture fx;
    const Id p = fx.person("amira");
    connection(fx.store).exec("CREATE TABLE signal (id INTEGER PRIMARY KEY, "
                              "raised_by INTEGER REFERENCES person (id), "
                              "answered_by INTEGER REFERENCES person (id))");
    connection(fx.store).exec(
        fmt::format("INSERT INTO signal (raised_by, answered_by) VALUES ({0}, {0})", p));
    const auto references = db::references_to(fx.store, db::Kind::person, p);
    REQUIRE(references.size() == 1);
    CHECK(references[0].table == "signal");
    CHECK(references[0].rows == 1); // one row, though it names the person twice
    const Registration r = registration_to_delete(fx.store, db::Kind::person, "amira");
    CHECK_THROWS_WITH_AS(delete_registration(fx.store, r), "amira has 1 row in signal", DataError);
    CHECK(db::find_handle(fx.store, db::Kind::person, "amira"));
}

TEST_CASE("register delete: the exact handle, of one kind") {
    Fixture fx;
    fx.person("amira");
    fx.organisation("amira");
    CHECK_THROWS_AS(registration_to_delete(fx.store, std::nullopt, "amira"), DataError);
    CHECK(registration_to_delete(fx.store, db::Kind::organisation, "amira").kind ==
          db::Kind::organisation);
    CHECK_THROWS_AS(registration_to_delete(fx.store, db::Kind::person, "am"), UsageError);
    CHECK_THROWS_AS(registration_to_delete(fx.store, std::nullopt, "nobody"), DataError);
}
