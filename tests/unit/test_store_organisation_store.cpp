// Organisations and assignments (store/organisation_store.cpp).
#include "test_store_fixture.hpp"

#include <doctest/doctest.h>

using namespace store_test;

TEST_CASE("an organisation row: inserted, updated only where given") {
    Fixture fx;
    const Id o = fx.organisation("ggd");
    OrganisationFields change;
    change.contact = "Receptie";
    db::update_organisation(fx.store, o, change);
    const Organisation org = db::load_organisation(fx.store, o);
    CHECK(org.handle == "ggd");
    CHECK(org.fields.name == "Org ggd");
    CHECK(org.fields.contact == "Receptie");
}

TEST_CASE("assignments: filtered, ended with the day it was known, deleted") {
    Fixture fx;
    const Id a = fx.person("amira");
    const Id b = fx.person("yusuf");
    const Id o = fx.organisation("ggd");
    const Id first = fx.assignment(a, o, d(2026, 1, 1));
    fx.assignment(b, o, d(2026, 3, 1), d(2026, 3, 31));
    CHECK(db::assignments(fx.store, {a, {}, {}, {}}).size() == 1);
    CHECK(db::assignments(fx.store, {{}, o, {}, {}}).size() == 2);
    CHECK(db::assignments(fx.store, {{}, {}, {}, d(2026, 4, 1)}).size() == 1);
    CHECK(db::assignments(fx.store, {{}, {}, std::string("voorlichter"), {}}).empty());
    db::end_assignment(fx.store, first, d(2026, 6, 30), d(2026, 5, 1));
    const auto ended = db::load_assignment(fx.store, first);
    REQUIRE(ended);
    CHECK(ended->person == "amira");
    CHECK(ended->organisation == "ggd");
    CHECK(ended->until == d(2026, 6, 30));
    CHECK(ended->until_known_on == d(2026, 5, 1));
    db::delete_assignment(fx.store, first);
    CHECK_FALSE(db::load_assignment(fx.store, first));
}
