// The supervision card and matching key persons against a need (domain/profile.cpp).
#include "domain/profile.hpp"
#include "test_domain_people_fixture.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace sleutel;
using namespace people_test;

namespace {
// The kinds of the card's signals, in order.
std::vector<std::string> alert_kinds(const ProfileCard& card) {
    std::vector<std::string> kinds;
    for (const Alert& s : card.alerts)
        kinds.emplace_back(alert_kind_name(s.kind));
    return kinds;
}
} // namespace

TEST_CASE("contracted minutes are pro rata per day") {
    Assignment a;
    a.minutes_per_week = 7 * 60;
    a.from = d(2026, 11, 18); // a Wednesday: five of the seven days of its week
    CHECK(contracted_minutes(a, d(2026, 11, 16), d(2026, 11, 22)) == 5 * 60);
    a.until = d(2026, 11, 19);
    CHECK(contracted_minutes(a, d(2026, 11, 16), d(2026, 11, 22)) == 2 * 60);
    CHECK(contracted_minutes(a, d(2026, 12, 1), d(2026, 12, 7)) == 0);
}

TEST_CASE("intervision trainings") {
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

TEST_CASE("match leaves out key persons who are not active and counts only current assignments") {
    Fixture fx;
    const Id o = fx.organisation("ggd");
    const Id amira = fx.person("amira", 600, {{"ar", Level::native}});
    const Id yusuf = fx.person("yusuf", 600, {{"ar", Level::native}});
    fx.assign_to(amira, o, "tolk", 240, d(2026, 1, 1));
    fx.assign_to(amira, o, "voorlichter", 240, d(2026, 1, 1), d(2026, 6, 30)); // over
    change_status(fx.store, {yusuf, "yusuf"}, "paused", d(2026, 10, 1));
    Need need;
    need.languages = {{"ar", std::nullopt}};
    need.role = "tolk";
    const auto matches = match_persons(fx.store, need, today);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].person.handle == "amira");
    CHECK(matches[0].available_minutes == 600 - 240);
    CHECK(matches[0].misses.empty());
    CHECK(matches[0].fits.back() == "role tolk");
}

TEST_CASE("the card of a key person: intervision, overdue goals and assignments ending soon") {
    Fixture fx;
    const Id o = fx.organisation("ggd");
    const Id amira = fx.person("amira", 480);
    const Found who{amira, "amira"};
    // Ends within the config's 30 days: a signal. The other runs on.
    const Assigned ending = fx.assign_to(amira, o, "tolk", 120, d(2026, 1, 1), d(2026, 12, 10));
    fx.assign_to(amira, o, "voorlichter", 120, d(2026, 1, 1));
    add_goal(fx.store, who, "leads a meeting", d(2026, 11, 1), d(2026, 10, 1));
    add_goal(fx.store, who, "writes a folder", d(2026, 12, 31), d(2026, 10, 1));

    const ProfileCard before = profile_card(fx.store, fx.config, amira, today);
    CHECK(before.person.handle == "amira");
    CHECK(before.assignments.size() == 2);
    CHECK(before.goals.size() == 2);
    CHECK_FALSE(before.last_intervision.has_value());
    CHECK(before.last_4_weeks.from == d(2026, 10, 27));
    CHECK(before.last_4_weeks.to == today);
    CHECK(before.last_4_weeks.contracted_minutes == 2 * 120 * 4);
    CHECK(before.this_month.month == "2026-11");
    CHECK(alert_kinds(before) ==
          std::vector<std::string>{"intervision_overdue", "goal_overdue", "assignment_ending"});
    CHECK(before.alerts[2].detail.find(std::to_string(ending.id)) != std::string::npos);

    // A recorded intervision within the config's six months clears its signal.
    add_training(fx.store, who, {0, "Intervisie regio", d(2026, 9, 1)}, today);
    const ProfileCard after = profile_card(fx.store, fx.config, amira, today);
    CHECK(after.last_intervision == d(2026, 9, 1));
    CHECK(alert_kinds(after) == std::vector<std::string>{"goal_overdue", "assignment_ending"});
}

TEST_CASE("the cards of everyone carry the status of the day they are for") {
    Fixture fx;
    const Id amira = fx.person("amira", 480);
    const Id yusuf = fx.person("yusuf", 480);
    change_status(fx.store, {yusuf, "yusuf"}, "left", d(2026, 12, 1));
    const auto cards = profile_cards(fx.store, fx.config, today);
    REQUIRE(cards.size() == 2);
    CHECK(cards.at(amira).person.status == "active");
    CHECK(cards.at(yusuf).person.status == "active"); // leaves only next month
    CHECK(profile_cards(fx.store, fx.config, d(2026, 12, 1)).at(yusuf).person.status == "left");
    // A key person who is not active gets no signals.
    CHECK(profile_cards(fx.store, fx.config, d(2026, 12, 1)).at(yusuf).alerts.empty());
    CHECK_FALSE(cards.at(yusuf).alerts.empty());
}
