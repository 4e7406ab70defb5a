// The profile card as plain text, Markdown and JSON.
#include "domain/config.hpp"
#include "render/profile_card.hpp"
#include "test_dates.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace sleutel;
using namespace std::chrono;

namespace {

const Date today = d(2026, 1, 20);

ProfileCard card() {
    ProfileCard c;
    c.person.id = 1;
    c.person.handle = "ana";
    c.person.status = "active";
    c.person.fields.name = "Ana [x](http://y)";
    c.person.fields.languages = {{"ar", Level::native}};
    Goal goal;
    goal.id = 3;
    goal.text = "Training <b>geven</b>";
    goal.created_on = d(2025, 1, 1);
    goal.due = d(2025, 12, 1);
    c.goals = {goal};
    c.last_4_weeks = {d(2025, 12, 24), today, 780, 600, std::nullopt};
    c.this_month.month = "2026-01";
    c.alerts = {{AlertKind::overload, "ana", "13:00 gelogd in 4 weken tegen 10:00 volgens contract",
                 Severity::warning}};
    return c;
}

} // namespace

TEST_CASE("profile card as text: aligned labels, sections in order, goal state") {
    const Config config = config::load_default();
    const std::string text = profile_text(card(), config, today, Format::table);
    CHECK(text.rfind("ana (Ana [x](http://y))\n\nGegevens\n  Status:          actief\n", 0) == 0);
    CHECK(text.find("  Talen:           Arabisch (ar) moedertaal\n") != std::string::npos);
    CHECK(text.find("  - #3 [te laat] Training <b>geven</b> (uiterlijk 2025-12-01)\n") !=
          std::string::npos);
    CHECK(text.find("  Gelogd:          13:00\n  Contract:        10:00\n") != std::string::npos);
    CHECK(text.find("Inzet") < text.find("Trainingen"));
    CHECK(text.find("Trainingen") < text.find("Ontwikkeldoelen"));
    CHECK(text.find("Ontwikkeldoelen") < text.find("Aandachtspunten"));
    // The alerts, then the signals the person raised (none on this card) close the card.
    CHECK(text.ends_with("\n  - overbelast: 13:00 gelogd in 4 weken tegen 10:00 volgens "
                         "contract\n\nSignalen\n  - geen\n"));
}

TEST_CASE("profile card in Markdown: headings, bullet lines, no markup from names") {
    const Config config = config::load_default();
    const std::string md = profile_text(card(), config, today, Format::md);
    CHECK(md.rfind("# ana (Ana \\[x\\](http://y))\n\n## Gegevens\n\n- **Status**: actief\n", 0) ==
          0);
    CHECK(md.find("- #3 \\[te laat\\] Training &lt;b&gt;geven&lt;/b&gt;") != std::string::npos);
    CHECK(md.find("<b>") == std::string::npos);
}

TEST_CASE("profile card as JSON: keys in a fixed order, nulls for what is unknown") {
    const std::string json = profile_json(card(), today);
    CHECK(json.rfind("{\n  \"handle\": \"ana\",\n  \"name\": \"Ana [x](http://y)\",\n", 0) == 0);
    CHECK(json.find("\"municipality\": null") != std::string::npos);
    CHECK(json.find("\"state\": \"overdue\"") != std::string::npos);
    CHECK(json.find("\"contracted_minutes\": 600") != std::string::npos);
    CHECK(json.find("\"this_month\": {\n    \"month\": \"2026-01\",\n    \"after_hours\": 0,\n "
                    "   \"allowance\": null\n  }") != std::string::npos);
    const auto key = [&json](const char* k) { return json.find(fmt::format("\n  \"{}\":", k)); };
    CHECK(key("forgotten") < key("assignments"));
    CHECK(key("assignments") < key("trainings"));
    CHECK(key("trainings") < key("last_intervision"));
    CHECK(key("goals") < key("status_history"));
    CHECK(key("last_4_weeks") < key("agreements"));
    CHECK(key("this_month") < key("alerts"));
    CHECK(key("alerts") != std::string::npos);
}

TEST_CASE("profile card: languages by name beside the code, in the programme's language") {
    Config config = config::load_default();
    ProfileCard c = card();
    c.person.fields.languages = {{"ti", Level::native}, {"nl", Level::b1}, {"qq", Level::a2}};
    CHECK(profile_text(c, config, today, Format::table)
              .find("  Talen:           Tigrinya (ti) moedertaal, Nederlands (nl) B1, qq A2\n") !=
          std::string::npos);
    config.programme.language = Language::en;
    CHECK(profile_text(c, config, today, Format::table)
              .find("Tigrinya (ti) native, Dutch (nl) B1, qq A2\n") != std::string::npos);
    // Scripts keep the codes.
    CHECK(profile_json(c, today).find("\"code\": \"nl\"") != std::string::npos);
}

TEST_CASE("profile card: the signals the person raised, with their status and the answer") {
    ProfileCard c = card();
    Signal s;
    s.id = 12;
    s.date = d(2025, 11, 10);
    s.text = "Wachttijden huisarts";
    s.themes = {"gezondheid"};
    s.organisation = "ggd";
    s.forwarded_on = d(2025, 11, 12);
    s.answer = "Extra spreekuur";
    s.answered_on = d(2026, 1, 10);
    c.signals.push_back({s, "answered"});
    const Config config = config::load_default();
    const std::string text = profile_text(c, config, today, Format::table);
    CHECK(text.ends_with("\nSignalen\n  - #12 2025-11-10 [beantwoord, ggd] Wachttijden huisarts\n"
                         "  - antwoord van 2026-01-10: Extra spreekuur\n"));
    const std::string json = profile_json(c, today);
    CHECK(json.find("\"signals\": [\n    {\n      \"id\": 12,\n      \"date\": \"2025-11-10\",\n"
                    "      \"themes\": [\n        \"gezondheid\"\n      ],\n      \"text\": "
                    "\"Wachttijden huisarts\",\n      \"org\": \"ggd\",\n      \"forwarded_on\": "
                    "\"2025-11-12\",\n      \"answer\": \"Extra spreekuur\",\n      "
                    "\"answered_on\": \"2026-01-10\",\n      \"closed_on\": null,\n      "
                    "\"status\": \"answered\"\n    }\n  ]") != std::string::npos);
}
