// The monthly totals beside the activity log (store/month_tally.cpp): which spans they serve,
// when they are filled, and that a change to a month empties it.
#include "store/activity_store.hpp"
#include "store/connection.hpp"
#include "store/month_tally.hpp"
#include "store/report_store.hpp"
#include "test_store_fixture.hpp"

#include <doctest/doctest.h>

using namespace store_test;
namespace tallies = sleutel::db::tallies;

namespace {
std::string filled(Store& store) {
    return sqlite_connection(store)
        .execAndGet("SELECT coalesce(group_concat(month, ' '), '') FROM tally_month")
        .getString();
}

Activity activity(Id who, Date day, Minutes minutes) {
    Activity a;
    a.person_id = who;
    a.date = day;
    a.type = "voorlichting";
    a.minutes = minutes;
    a.themes = {"gezondheid"};
    return a;
}
} // namespace

TEST_CASE("month tallies: only spans of whole months are served") {
    const auto months = tallies::whole_months(d(2025, 12, 1), d(2026, 2, 28));
    REQUIRE(months);
    CHECK(months->first == "2025-12");
    CHECK(months->last == "2026-02");
    CHECK(months->count == 3);
    CHECK(tallies::whole_months(d(2026, 1, 1), d(2026, 12, 31))->count == 12);
    CHECK_FALSE(tallies::whole_months(d(2026, 11, 2), d(2026, 11, 30))); // a late start
    CHECK_FALSE(tallies::whole_months(d(2026, 11, 1), d(2026, 11, 29))); // an early end
    CHECK_FALSE(tallies::whole_months(d(2024, 2, 1), d(2024, 2, 28)));   // a leap year's 29th
    CHECK_FALSE(tallies::whole_months(d(2026, 12, 1), d(2026, 11, 30))); // backwards
}

TEST_CASE("month tallies: filled when first needed, emptied by a change to the month") {
    Fixture fx;
    const Id amira = fx.person("amira");
    db::ActivityWriter writer(fx.store);
    const Id first = writer.insert(activity(amira, d(2026, 3, 2), 60));
    writer.insert(activity(amira, d(2026, 4, 7), 30));
    const db::ActivityScope spring{d(2026, 3, 1), d(2026, 4, 30), {}, {}, {}};

    CHECK(db::tally_all(fx.store, spring).minutes == 90);
    CHECK(filled(fx.store) == "2026-03 2026-04");
    writer.insert(activity(amira, d(2026, 4, 20), 15));
    CHECK(filled(fx.store) == "2026-03");
    CHECK(db::tally_all(fx.store, spring).minutes == 105);
    sqlite_connection(fx.store).exec(fmt::format("DELETE FROM activity WHERE id = {}", first));
    CHECK(filled(fx.store) == "2026-04");
    CHECK(db::tally_all(fx.store, spring).minutes == 45);
}

TEST_CASE("month tallies: inside a transaction nothing is filled and the log answers") {
    Fixture fx;
    const Id amira = fx.person("amira");
    db::ActivityWriter writer(fx.store);
    writer.insert(activity(amira, d(2026, 3, 2), 60));
    const tallies::Months march{"2026-03", "2026-03", 1};
    bool ran = false;
    fx.store.write([&] { ran = tallies::on_tallies(fx.store, march, [] {}); });
    CHECK_FALSE(ran);
    CHECK(filled(fx.store).empty());
    CHECK(tallies::on_tallies(fx.store, march, [&] { ran = true; }));
    CHECK(ran);
    CHECK(filled(fx.store) == "2026-03");
}
