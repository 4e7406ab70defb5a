// The activity log's SQL: the writer, loading, changing, listing and the typed look-ups
// (store/activity_store.cpp).
#include "store/activity_store.hpp"
#include "test_store_fixture.hpp"

#include <doctest/doctest.h>

using namespace store_test;

namespace {
Activity activity(Id person, Date date, const std::string& type, Minutes minutes) {
    Activity a;
    a.person_id = person;
    a.date = date;
    a.type = type;
    a.minutes = minutes;
    return a;
}
} // namespace

TEST_CASE("the writer stores an activity with its themes and referrals, and knows its refs") {
    store_test::Fixture fx;
    const Id p = fx.person("amira");
    Activity a = activity(p, d(2026, 3, 2), "voorlichting", 90);
    a.themes = {"opvoeding", "gezondheid"};
    a.referrals = {{"ggd", 2}};
    a.ref = "ext-1";
    a.time = 9 * 60 + 30;
    db::ActivityWriter writer(fx.store);
    const Id id = writer.insert(a);
    CHECK(writer.ref_exists("ext-1"));
    CHECK_FALSE(writer.ref_exists("ext-2"));
    const auto loaded = db::load_activity(fx.store, id);
    REQUIRE(loaded);
    CHECK(loaded->person == "amira");
    CHECK(loaded->time == 9 * 60 + 30);
    CHECK(loaded->themes == std::vector<std::string>{"gezondheid", "opvoeding"});
    REQUIRE(loaded->referrals.size() == 1);
    CHECK(loaded->referrals[0].count == 2);
    CHECK(db::activity_with_ref(fx.store, "ext-1") == id);
}

TEST_CASE("update rewrites details; delete removes; list filters") {
    store_test::Fixture fx;
    const Id p = fx.person("amira");
    const Id q = fx.person("yusuf");
    db::ActivityWriter writer(fx.store);
    Activity a = activity(p, d(2026, 3, 2), "voorlichting", 90);
    a.themes = {"opvoeding"};
    a.id = writer.insert(a);
    const Id other = writer.insert(activity(q, d(2026, 4, 1), "huisbezoek", 30));
    a.themes = {"gezondheid"};
    a.minutes = 60;
    db::update_activity(fx.store, a);
    CHECK(db::load_activity(fx.store, a.id)->themes == std::vector<std::string>{"gezondheid"});
    CHECK(db::load_activity(fx.store, a.id)->minutes == 60);
    CHECK(db::list_activities(fx.store, {d(2026, 1, 1), d(2026, 12, 31), {}, {}, {}}).size() == 2);
    CHECK(db::list_activities(fx.store, {d(2026, 1, 1), d(2026, 12, 31), q, {}, {}}).size() == 1);
    CHECK(db::list_activities(fx.store, {d(2026, 3, 3), d(2026, 12, 31), p, {}, {}}).empty());
    CHECK(db::list_activities(fx.store,
                              {d(2026, 1, 1), d(2026, 12, 31), {}, {}, std::string("gezondheid")})
              .size() == 1);
    db::delete_activity(fx.store, other);
    CHECK_FALSE(db::load_activity(fx.store, other));
}

TEST_CASE("the latest activity of some types, per person and for everyone") {
    store_test::Fixture fx;
    const Id p = fx.person("amira");
    const Id q = fx.person("yusuf");
    db::ActivityWriter writer(fx.store);
    writer.insert(activity(p, d(2026, 2, 1), "intervisie", 60));
    writer.insert(activity(p, d(2026, 5, 1), "intervisie", 60));
    writer.insert(activity(q, d(2026, 3, 1), "voorlichting", 60));
    const std::vector<std::string> types{"intervisie"};
    CHECK(db::last_activity_of_types(fx.store, p, types, d(2026, 4, 1)) == d(2026, 2, 1));
    CHECK_FALSE(db::last_activity_of_types(fx.store, q, types, d(2026, 12, 1)));
    const auto everyone = db::last_activity_of_types(fx.store, types, d(2026, 12, 1));
    CHECK(everyone.size() == 1);
    CHECK(everyone.at(p) == d(2026, 5, 1));
    CHECK(db::activities_of_types(fx.store, p, types, d(2026, 12, 1)).size() == 2);
    CHECK(db::last_activity_of_types(fx.store, std::vector<std::string>{}, d(2026, 12, 1)).empty());
}
