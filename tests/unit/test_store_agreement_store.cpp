// Agreement periods and age bands (store/agreement_store.cpp).
#include "store/agreement_store.hpp"
#include "test_store_fixture.hpp"

#include <doctest/doctest.h>

using namespace store_test;

TEST_CASE("agreement periods: one per start day, in start order, per person") {
    store_test::Fixture fx;
    const Id a = fx.person("amira"); // with a first period from 2026-01-01
    const Id b = fx.person("yusuf");
    Agreement later;
    later.from = d(2026, 6, 1);
    later.contract = "employed";
    later.minutes_per_week = 480;
    later.benefit = true;
    db::save_agreement(fx.store, a, later);
    later.minutes_per_week = 600; // the same start day: corrected in place
    db::save_agreement(fx.store, a, later);
    const auto periods = db::agreements(fx.store, a);
    REQUIRE(periods.size() == 2);
    CHECK(periods[0].from == d(2026, 1, 1));
    CHECK(periods[1].from == d(2026, 6, 1));
    CHECK(periods[1].contract == "employed");
    CHECK(periods[1].minutes_per_week == 600);
    CHECK(periods[1].benefit);
    const auto everyone = db::agreements_by_person(fx.store);
    CHECK(everyone.at(a).size() == 2);
    CHECK(everyone.at(b).size() == 1);
    CHECK(db::agreements_by_person(fx.store, b).count(a) == 0);
}

TEST_CASE("age bands are kept per person and year") {
    store_test::Fixture fx;
    const Id a = fx.person("amira");
    db::save_age_bands(fx.store, a, {{2025, true, std::nullopt, 0}, {2026, false, 3u, 90}});
    const auto bands = db::age_bands_by_person(fx.store, a);
    REQUIRE(bands.at(a).size() == 2);
    CHECK(bands.at(a)[0].year == 2025);
    CHECK(bands.at(a)[0].under_21);
    CHECK(bands.at(a)[1].turned_21_month == 3u);
    CHECK(bands.at(a)[1].minutes_before == 90);
    CHECK(db::age_bands_by_person(fx.store).size() == 1);
}
