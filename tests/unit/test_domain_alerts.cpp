// The overload rule that the signals report and the profile card share.
#include "domain/alerts.hpp"
#include "domain/config.hpp"

#include <doctest/doctest.h>

using namespace sleutel;

TEST_CASE("overload: availability first, then the contract, each above the ratio") {
    const double limit = 1.2;
    CHECK(overload({600, 600, std::nullopt}, limit) == Overload::none);
    CHECK(overload({720, 600, std::nullopt}, limit) == Overload::none); // exactly the ratio
    CHECK(overload({721, 600, std::nullopt}, limit) == Overload::over_contract);
    CHECK(overload({721, 0, std::nullopt}, limit) == Overload::none); // no contract, no ratio
    CHECK(overload({500, 900, 400}, limit) == Overload::over_available);
    CHECK(overload({481, 300, 400}, limit) == Overload::over_available);
    CHECK(overload({400, 300, 400}, limit) == Overload::over_contract);
    CHECK(overload({0, 0, 0}, limit) == Overload::none);
}

TEST_CASE("the overload signal names its span and, for a report, the ratio") {
    Config config = config::load_default();
    CHECK_FALSE(overload_alert("ana", {600, 600, std::nullopt}, config, WorkSpan::report_period));
    const auto report =
        overload_alert("ana", {780, 600, std::nullopt}, config, WorkSpan::report_period);
    REQUIRE(report);
    CHECK(report->kind == AlertKind::overload);
    CHECK(report->person == "ana");
    CHECK(report->severity == Severity::warning);
    CHECK(report->detail == "13:00 gelogd tegen 10:00 volgens contract (1,30)");
    const auto card =
        overload_alert("ana", {780, 600, std::nullopt}, config, WorkSpan::last_4_weeks);
    REQUIRE(card);
    CHECK(card->detail == "13:00 gelogd in 4 weken tegen 10:00 volgens contract");
    config.programme.language = Language::en;
    CHECK(overload_alert("ana", {780, 900, 600}, config, WorkSpan::report_period)->detail ==
          "13:00 logged against 10:00 available");
    config.alerts.overload_ratio = 1.5;
    CHECK_FALSE(overload_alert("ana", {780, 600, std::nullopt}, config, WorkSpan::last_4_weeks));
}
