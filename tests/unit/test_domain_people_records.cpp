// Assignments and supervision records (domain/people_records.cpp).
#include "store/agreement_store.hpp"
#include "store/organisation_store.hpp"
#include "store/people_store.hpp"
#include "test_domain_people_fixture.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace sleutel;
using namespace people_test;

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

TEST_CASE("ending an assignment: not before it starts, never longer") {
    Fixture fx;
    const Id p = fx.person("amira");
    const Id o = fx.organisation("ggd");
    const Id a = fx.assign_to(p, o, "tolk", 60, d(2026, 3, 1), d(2026, 9, 30)).id;
    CHECK_THROWS_AS(end_assignment(fx.store, a, d(2026, 2, 1), today), DataError);
    CHECK_THROWS_AS(end_assignment(fx.store, a, d(2026, 10, 1), today), DataError);
    CHECK_THROWS_AS(end_assignment(fx.store, 999, d(2026, 5, 1), today), DataError);
    end_assignment(fx.store, a, d(2026, 5, 1), today);
    const auto ended = db::load_assignment(fx.store, a);
    REQUIRE(ended);
    CHECK(ended->until == d(2026, 5, 1));
    CHECK(ended->until_known_on == today);
}

TEST_CASE("goals are done once, not before they were set, and only by their own person") {
    Fixture fx;
    const Found amira{fx.person("amira"), "amira"};
    const Found yusuf{fx.person("yusuf"), "yusuf"};
    const Id goal = add_goal(fx.store, amira, "Voorlichting geven", std::nullopt, d(2026, 3, 1));
    CHECK_THROWS_AS(finish_goal(fx.store, yusuf, goal, today), DataError);
    CHECK_THROWS_AS(finish_goal(fx.store, amira, goal, d(2026, 2, 1)), DataError);
    finish_goal(fx.store, amira, goal, today);
    CHECK(db::goals(fx.store, amira.id).at(0).done_on == today);
    CHECK_THROWS_AS(finish_goal(fx.store, amira, goal, today), DataError);
    CHECK_THROWS_AS(add_goal(fx.store, {amira.id, "anon-1"}, "x", std::nullopt, today), DataError);
}

TEST_CASE("trainings in the future and unknown statuses are refused; a status change is kept") {
    Fixture fx;
    const Found amira{fx.person("amira"), "amira"};
    CHECK_THROWS_AS(add_training(fx.store, amira, {0, "Pharos", d(2027, 1, 1)}, today), DataError);
    add_training(fx.store, amira, {0, "Pharos", d(2026, 1, 1)}, today);
    CHECK(db::trainings(fx.store, amira.id).size() == 1);
    CHECK_THROWS_AS(change_status(fx.store, amira, "asleep", today), DataError);
    change_status(fx.store, amira, "paused", today);
    CHECK(db::load_person(fx.store, amira.id).status == "paused");
}

TEST_CASE("an agreement period carries over what is not given") {
    Fixture fx;
    const Found amira{fx.person("amira", 480), "amira"};
    AgreementChange change;
    change.from = d(2026, 6, 1);
    change.contract = "volunteer";
    const Agreement saved = set_agreement(fx.store, amira, change);
    CHECK(saved.from == d(2026, 6, 1));
    CHECK(saved.contract == "volunteer");
    CHECK(saved.minutes_per_week == 480); // carried over from the first period
    CHECK(db::agreements(fx.store, amira.id).size() == 2);
    AgreementChange bad;
    bad.from = d(2026, 7, 1);
    bad.contract = "slave";
    CHECK_THROWS_AS(set_agreement(fx.store, amira, bad), DataError);
}
