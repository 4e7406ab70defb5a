// Persons, handles, supervision records, erasing and deleting (store/people_store.cpp).
#include "store/agreement_store.hpp"
#include "store/connection.hpp"
#include "test_store_fixture.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace store_test;

TEST_CASE("handles: exact, by prefix and all, per kind") {
    Fixture fx;
    const Id amira = fx.person("amira");
    fx.person("amal");
    fx.organisation("amsterdam");
    CHECK(db::find_handle(fx.store, db::Kind::person, "amira") == amira);
    CHECK_FALSE(db::find_handle(fx.store, db::Kind::organisation, "amira"));
    const auto prefixed = db::handles_with_prefix(fx.store, db::Kind::person, "am");
    REQUIRE(prefixed.size() == 2);
    CHECK(prefixed[0].second == "amal");
    CHECK(prefixed[1].second == "amira");
    CHECK(db::all_handles(fx.store, db::Kind::organisation) ==
          std::vector<std::string>{"amsterdam"});
}

TEST_CASE("a person row: inserted with its first agreement, updated only where given") {
    Fixture fx;
    PersonFields f;
    f.name = "Amira";
    f.contract = "volunteer";
    f.minutes_per_week = 240;
    f.languages = {{"ar", Level::native}};
    const Id id = db::insert_person(fx.store, "amira", f, d(2026, 1, 1));
    PersonFields change;
    change.phone = "0612345678";
    change.languages = {{"ar", Level::b1}, {"nl", Level::b2}};
    db::update_person(fx.store, id, change);
    const Person p = db::load_person(fx.store, id);
    CHECK(p.fields.name == "Amira");
    CHECK(p.fields.phone == "0612345678");
    CHECK(p.fields.contract == "volunteer"); // from the agreement period
    CHECK(p.fields.minutes_per_week == 240);
    REQUIRE(p.fields.languages.size() == 2);
    CHECK(p.fields.languages[0].level == Level::b1); // merged by code
    CHECK(db::agreements(fx.store, id).size() == 1);
    CHECK(db::list_persons(fx.store, std::string("paused")).empty());
    CHECK(db::list_persons(fx.store, std::nullopt).size() == 1);
}

TEST_CASE("trainings, goals and statuses, per person and for everyone at once") {
    Fixture fx;
    const Id a = fx.person("amira");
    const Id b = fx.person("yusuf");
    db::add_training(fx.store, a, {0, "Pharos", d(2026, 2, 1)});
    const Id goal = db::add_goal(fx.store, b, "Voorlichting", d(2026, 6, 1), d(2026, 2, 1));
    CHECK_FALSE(db::finish_goal(fx.store, a, goal, d(2026, 3, 1))); // not amira's goal
    CHECK(db::finish_goal(fx.store, b, goal, d(2026, 3, 1)));
    CHECK(db::goals(fx.store, b).at(0).done_on == d(2026, 3, 1));
    CHECK(db::trainings_by_person(fx.store, std::nullopt).size() == 1);
    CHECK(db::goals_by_person(fx.store, a).empty());
    db::set_status(fx.store, a, "paused", d(2026, 4, 1));
    CHECK(db::load_person(fx.store, a).status == "paused");
    CHECK(db::status_history(fx.store, a).back().status == "paused");
    CHECK(db::status_histories(fx.store).size() == 2);
}

TEST_CASE("erasing keeps the row and its counts but not the personal data, in the audit too") {
    Fixture fx;
    const Id a = fx.person("amira");
    fx.store.write([&] { fx.store.audit({"person", "amira", "create"}); });
    db::add_goal(fx.store, a, "Persoonlijk doel", std::nullopt, d(2026, 2, 1));
    db::erase_person(fx.store, a, "amira", "anon-1");
    const Person p = db::load_person(fx.store, a);
    CHECK(p.handle == "anon-1");
    CHECK(p.forgotten);
    CHECK_FALSE(p.fields.name);
    CHECK(db::goals(fx.store, a).at(0).text.empty());
    CHECK(fx.store.audit_rows("0000-01-01", "9999-12-31").at(0).entry.entity_id == "anon-1");
}

TEST_CASE("references and deletion: what refers stays, what belongs goes") {
    Fixture fx;
    const Id a = fx.person("amira");
    const Id o = fx.organisation("ggd");
    CHECK(db::references_to(fx.store, db::Kind::person, a).empty());
    fx.assignment(a, o, d(2026, 1, 1));
    const auto refs = db::references_to(fx.store, db::Kind::organisation, o);
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].table == "assignment");
    CHECK(refs[0].rows == 1);
    const Id b = fx.person("yusuf");
    db::add_training(fx.store, b, {0, "Pharos", std::nullopt});
    db::delete_record(fx.store, db::Kind::person, b);
    CHECK_FALSE(db::find_handle(fx.store, db::Kind::person, "yusuf"));
    CHECK(sqlite_connection(fx.store).execAndGet("SELECT count(*) FROM training").getInt() == 0);
}
