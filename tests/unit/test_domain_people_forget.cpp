// Forgetting a key person and deleting a registration (domain/people_forget.cpp).
#include "store/connection.hpp"
#include "store/organisation_store.hpp"
#include "store/people_store.hpp"
#include "test_domain_people_fixture.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace sleutel;
using namespace people_test;

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
    CHECK(sqlite_connection(fx.store).execAndGet("PRAGMA secure_delete").getInt() == 1);
    CHECK_THROWS_AS(forget(fx.store, {p, "anon-1"}, today), DataError);
}

TEST_CASE("register delete: a person's own details go with them, and it is audited") {
    Fixture fx;
    const Id p = fx.person("amira", 480, {{"ar", Level::native}});
    // A language (given above), a status, a training and a goal: rows that belong to the person.
    change_status(fx.store, {p, "amira"}, "paused", today);
    add_training(fx.store, {p, "amira"}, {0, "Pharos basistraining", today}, today);
    add_goal(fx.store, {p, "amira"}, "Voorlichting geven", std::nullopt, today);
    const RegistrationLookup lookup = registration_to_delete(fx.store, std::nullopt, "amira");
    REQUIRE(lookup.found);
    const Registration r = *lookup.found;
    CHECK(r.kind == db::Kind::person);
    CHECK(r.record.id == p);
    CHECK(db::references_to(fx.store, db::Kind::person, p).empty());
    delete_registration(fx.store, r);
    CHECK_FALSE(db::find_handle(fx.store, db::Kind::person, "amira"));
    for (const char* table : {"person_language", "person_status", "training", "goal"})
        CHECK(sqlite_connection(fx.store)
                  .execAndGet(fmt::format("SELECT count(*) FROM {}", table))
                  .getInt() == 0);
    CHECK(fx.store.audit_rows("0000-01-01", "9999-12-31").back().entry.action == "delete");
}

TEST_CASE("register delete: a table added later that refers to a person is a reference too") {
    Fixture fx;
    const Id p = fx.person("amira");
    sqlite_connection(fx.store).exec("CREATE TABLE mentorship (id INTEGER PRIMARY KEY, "
                                     "raised_by INTEGER REFERENCES person (id), "
                                     "answered_by INTEGER REFERENCES person (id))");
    sqlite_connection(fx.store).exec(
        fmt::format("INSERT INTO mentorship (raised_by, answered_by) VALUES ({0}, {0})", p));
    const auto references = db::references_to(fx.store, db::Kind::person, p);
    REQUIRE(references.size() == 1);
    CHECK(references[0].table == "mentorship");
    CHECK(references[0].rows == 1); // one row, though it names the person twice
    const Registration r = *registration_to_delete(fx.store, db::Kind::person, "amira").found;
    CHECK_THROWS_WITH_AS(delete_registration(fx.store, r), "amira has 1 row in mentorship",
                         DataError);
    CHECK(db::find_handle(fx.store, db::Kind::person, "amira"));
}

TEST_CASE("register delete: the exact handle, of one kind") {
    Fixture fx;
    fx.person("amira");
    fx.organisation("amira");
    CHECK_THROWS_AS(registration_to_delete(fx.store, std::nullopt, "amira"), DataError);
    CHECK(registration_to_delete(fx.store, db::Kind::organisation, "amira").found->kind ==
          db::Kind::organisation);
    // A prefix finds nothing and names the full handles, for the command line to refuse.
    const RegistrationLookup prefix = registration_to_delete(fx.store, db::Kind::person, "am");
    CHECK_FALSE(prefix.found);
    CHECK(prefix.prefixed == std::vector<std::string>{"person amira"});
    fx.organisation("amsterdam-ggd");
    CHECK(registration_to_delete(fx.store, std::nullopt, "ams").prefixed ==
          std::vector<std::string>{"org amsterdam-ggd"});
    CHECK_THROWS_AS(registration_to_delete(fx.store, std::nullopt, "nobody"), DataError);
    CHECK_THROWS_AS(registration_to_delete(fx.store, std::nullopt, ""), DataError);
}

TEST_CASE("forget keeps the age bands of the days worked and drops assignments not yet begun") {
    Fixture fx;
    PersonFields f;
    f.name = "Amira";
    f.birth_date = d(2008, 6, 1); // turns 18 on 2026-06-01
    const Id p = register_person(fx.store, fx.config, "amira", f, false, today).id;
    const Id o = fx.organisation("ggd");
    fx.assign_to(p, o, "tolk", 60, d(2026, 1, 1));
    fx.assign_to(p, o, "voorlichter", 60, d(2027, 1, 1)); // starts after today
    forget(fx.store, {p, "amira"}, today);
    const auto left = db::assignments(fx.store, {p, {}, {}, {}});
    REQUIRE(left.size() == 1);
    CHECK(left[0].role == "tolk");
    CHECK_FALSE(db::load_person(fx.store, p).fields.birth_date);
    CHECK(fx.store.audit_rows("0000-01-01", "9999-12-31").back().entry.entity_id == "anon-1");
}
