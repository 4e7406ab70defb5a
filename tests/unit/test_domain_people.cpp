// Registering and resolving persons and organisations (domain/people.cpp), and the profile rules
// that need registered persons.
#include "domain/profile.hpp"
#include "store/organisation_store.hpp"
#include "test_domain_people_fixture.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace sleutel;
using namespace people_test;

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
