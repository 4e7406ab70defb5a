// Registering and resolving persons and organisations (domain/people.cpp).
#include "store/organisation_store.hpp"
#include "test_domain_people_fixture.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

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

TEST_CASE("find gives the handle, or the reason there is none, as a value") {
    Fixture fx;
    const Id amira = fx.person("amira");
    fx.person("amina");
    const auto found = find(fx.store, db::Kind::person, "amir");
    REQUIRE(found.has_value());
    CHECK(found->id == amira);
    CHECK(found->handle == "amira");

    const auto several = find(fx.store, db::Kind::person, "ami");
    REQUIRE_FALSE(several.has_value());
    CHECK(std::string(several.error().what()) == "'ami' matches more than one person");
    CHECK(several.error().code() == ExitCode::data);

    const auto none = find(fx.store, db::Kind::person, "amiro");
    REQUIRE_FALSE(none.has_value());
    CHECK(std::string(none.error().what()) == "no person 'amiro'");
    CHECK(none.error().hint() == "did you mean 'amira'?");
    const auto no_org = find(fx.store, db::Kind::organisation, "x");
    REQUIRE_FALSE(no_org.has_value());
    CHECK(no_org.error().hint() == "see 'sleutel assign list'");
}
