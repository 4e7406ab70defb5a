// The embedded default, per-section replacement, and schema errors that point at FILE:LINE:COL.
#include "domain/config.hpp"
#include "domain/default_table.hpp"
#include "domain/default_toml.hpp"
#include "model/config.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sstream>
#include <string>

using namespace sleutel;

namespace {
// The message of the ConfigError that loading `text` raises.
std::string config_error(const std::string& text) {
    try {
        config::load_text(text, "user.toml");
    } catch (const ConfigError& e) {
        CHECK(e.code() == ExitCode::config);
        return e.what();
    }
    FAIL("no ConfigError for: " << text);
    return {};
}
bool has_id(const auto& list, std::string_view id) {
    return std::any_of(list.begin(), list.end(), [&](const auto& item) { return item.id == id; });
}
} // namespace

TEST_CASE("the default config is complete") {
    const Config c = config::load_default();
    CHECK(c.programme.language == Language::nl);
    for (const char* role : {"adviseur", "verbinder", "helper", "rolmodel", "tolk", "voorlichter",
                             "bemiddelaar", "verkenner", "bruggenbouwer", "intermediair"}) {
        CAPTURE(role);
        CHECK(has_id(c.roles, role));
        CHECK_FALSE(c.role(role)->description.empty());
        CHECK_FALSE(c.role(role)->tasks.empty());
        CHECK_FALSE(c.role(role)->competencies.empty());
    }
    CHECK(c.roles.size() == 10);
    CHECK(has_id(c.activity_types, "groepsvoorlichting"));
    CHECK(has_id(c.themes, "gezondheid"));
    CHECK(has_id(c.referral_targets, "huisarts"));
    CHECK(has_id(c.organisation_types, "ggd"));
    REQUIRE(c.municipality("GM0392") != nullptr);
    CHECK(c.municipality("haarlem")->code == "GM0392");
    CHECK(c.municipality("GM0392")->region == "Kennemerland");
    CHECK(c.working_hours.start == 8 * 60 + 30);
    CHECK(c.working_hours.end == 18 * 60);
    CHECK(c.working_hours.days == std::vector<unsigned>{1, 2, 3, 4, 5});
    CHECK(c.allowance.travel_cents_per_km == 23);
    CHECK(c.alerts.overload_ratio == doctest::Approx(1.2));
    CHECK(c.alerts.after_hours_per_month == 4);
    CHECK(c.alerts.inactive_weeks == 4);
    CHECK(c.alerts.intervision_months == 6);
    CHECK(c.alerts.assignment_ending_days == 30);
    CHECK(c.alerts.answer_within_days == 42);
    CHECK(c.output.csv_separator == ',');
}

TEST_CASE("the table compiled from the default config is the one its text parses to") {
    // Built at build time from literals (cmake/embed_default_config.cpp); a value written wrong,
    // a key or an array element lost, shows here as two unequal tables.
    const toml::table parsed = toml::parse(config::default_toml(), std::string_view("(default)"));
    const toml::table compiled = config::build_default_table();
    CHECK(compiled == parsed);
    CHECK(compiled.size() == parsed.size());
    std::ostringstream a, b;
    a << compiled;
    b << parsed;
    CHECK(a.str() == b.str());
}

TEST_CASE("the default config follows the programme documents") {
    const Config c = config::load_default();
    for (const char* theme :
         {"huiselijk-geweld", "seksueel-geweld", "eerste-1000-dagen", "participatie"}) {
        CAPTURE(theme);
        CHECK(has_id(c.themes, theme));
    }
    for (const char* target : {"veilig-thuis", "taalschool", "werkcoach", "welzijn"}) {
        CAPTURE(target);
        CHECK(has_id(c.referral_targets, target));
    }
    for (const char* type : {"huiskamergesprek", "spreekuur", "casusoverleg", "klankbordgroep"}) {
        CAPTURE(type);
        CHECK(has_id(c.activity_types, type));
        CHECK_FALSE(c.activity_type(type)->internal);
    }
    REQUIRE(c.municipality("Zandvoort") != nullptr);
    CHECK(c.municipality("Zandvoort")->code == "GM0473");
    // The team's own work is hours only.
    CHECK(c.internal_types() == std::vector<std::string>{"teamoverleg", "intervisie", "training"});
    CHECK(has_id(c.funding, "wmo"));
    CHECK(has_id(c.funding, "kansrijke-start"));
    CHECK(c.targets.empty());
}

TEST_CASE("[alerts], once called [signals]: either name, not both") {
    CHECK(config::load_text("[signals]\nanswer_within_days = 10\n", "old.toml")
              .alerts.answer_within_days == 10);
    CHECK(config::load_text("[alerts]\ninactive_weeks = 2\n", "new.toml").alerts.inactive_weeks ==
          2);
    CHECK(config_error("[signals]\ninactive_weeks = 2\n[alerts]\ninactive_weeks = 3\n") ==
          "user.toml:1:1: signals: [signals] is the old name of [alerts]");
}

TEST_CASE("internal activity types, funding streams and targets") {
    const Config c = config::load_text(R"(
[[activity_types]]
id = "teamoverleg"
name = "Teamoverleg"
internal = true
[[activity_types]]
id = "voorlichting"
name = "Voorlichting"
group = true
[[funding]]
id = "wmo"
name = "Wmo"
[[targets]]
id = "bereik"
year = 2026
measure = "reached"
value = 600
type = "voorlichting"
funding = "wmo"
municipality = "GM0392"
)",
                                       "user.toml");
    CHECK(c.activity_type("teamoverleg")->internal);
    REQUIRE(c.targets.size() == 1);
    CHECK(c.targets[0].measure == Measure::reached);
    CHECK(c.targets[0].value == 600);
    CHECK(c.targets[0].funding == "wmo");
    CHECK(c.targets[0].municipality == "GM0392");

    const std::string types = "[[activity_types]]\nid = \"team\"\nname = \"Team\"\n";
    CHECK(config_error(types + "internal = true\ngroup = true\n") ==
          "user.toml:4:12: activity_types[0].internal: an internal activity type cannot be a "
          "group session");
    CHECK(config_error("[[targets]]\nid = \"doel\"\nyear = 2026\nvalue = 10\n"
                       "measure = \"hugs\"\n")
              .starts_with("user.toml:5:11: targets[0].measure: 'hugs' is not something a target "
                           "can count"));
    CHECK(config_error("[[targets]]\nid = \"doel\"\nyear = 2026\nvalue = 10\n"
                       "measure = \"signals\"\nfunding = \"wmo\"\n")
              .starts_with("user.toml:6:11: targets[0].funding: a target on signals"));
    CHECK(config_error("[[targets]]\nid = \"doel\"\nyear = 2026\nvalue = 10\n"
                       "measure = \"reached\"\ntheme = \"nope\"\n")
              .starts_with("user.toml:6:9: targets[0].theme: 'nope' is not in themes"));
    CHECK(config_error(types + "internal = true\n[[targets]]\nid = \"doel\"\nyear = 2026\n"
                               "value = 10\nmeasure = \"reached\"\ntype = \"team\"\n")
              .starts_with("user.toml:10:8: targets[0].type: 'team' is internal"));
}

TEST_CASE("allowance ceilings 2023-2025, and the latest earlier row for other years") {
    const Config c = config::load_default();
    REQUIRE(c.allowance.ceilings.size() == 3);
    const auto* y2023 = c.ceiling_for(2023);
    REQUIRE(y2023);
    CHECK(y2023->hourly_cents == 500);
    CHECK(y2023->hourly_cents_under_21 == 275);
    CHECK(y2023->monthly_cents == 19000);
    CHECK(y2023->yearly_cents == 190000);
    const auto* y2024 = c.ceiling_for(2024);
    CHECK(y2024->hourly_cents == 550);
    CHECK(y2024->hourly_cents_under_21 == 325);
    CHECK(y2024->monthly_cents == 21000);
    CHECK(y2024->yearly_cents == 210000);
    const auto* y2025 = c.ceiling_for(2025);
    CHECK(y2025->hourly_cents == 560);
    CHECK(y2025->hourly_cents_under_21 == 330);
    CHECK(c.ceiling_for(2026)->year == 2025);
    CHECK(c.ceiling_for(2022) == nullptr);
}

TEST_CASE("a user file replaces the default per top-level section") {
    const Config c = config::load_text(R"(
[[roles]]
id = "gids"
name = "Gids"

[programme]
name = "Sleutelpersonen Haarlem"
language = "en"
)",
                                       "user.toml");
    CHECK(c.roles.size() == 1);
    CHECK(c.roles[0].id == "gids");
    CHECK(c.programme.language == Language::en);
    CHECK(c.programme.organisation.empty());
    CHECK(has_id(c.themes, "gezondheid")); // untouched sections keep the default
    CHECK(c.allowance.ceilings.size() == 3);
}

TEST_CASE("syntax and schema errors name file, line, column and key") {
    CHECK(config_error("[programme\nname = 1").starts_with("user.toml:1:"));
    CHECK(config_error("[programme]\nname = \"x\"\ncolour = \"blue\"\n") ==
          "user.toml:3:1: programme.colour: unknown key");
    CHECK(config_error("[programme]\nname = 42\n") ==
          "user.toml:2:8: programme.name: expected a string, found an integer");
    CHECK(config_error("[programme]\nname = \"x\"\nlanguage = \"de\"\n") ==
          "user.toml:3:12: programme.language: 'de' is not a supported language");
    CHECK(config_error("[[themes]]\nid = \"a-b\"\nname = \"A\"\n[[themes]]\nid = \"a-b\"\nname = "
                       "\"B\"\n") == "user.toml:5:6: themes[1].id: duplicate id 'a-b' in themes");
    CHECK(config_error("[[themes]]\nid = \"Bad Id\"\nname = \"A\"\n") ==
          "user.toml:2:6: themes[0].id: 'Bad Id' is not a valid id");
    CHECK(config_error("[[themes]]\nname = \"A\"\n") ==
          "user.toml:1:1: themes[0].id: required key is missing");
    CHECK(config_error("colours = 1\n") == "user.toml:1:1: colours: unknown section");
    CHECK(config_error("themes = 3\n") ==
          "user.toml:1:10: themes: expected an array of tables ([[themes]])");
    CHECK(config_error("[working_hours]\nstart = \"25:00\"\n") ==
          "user.toml:2:9: working_hours.start: '25:00' is not a time of day");
    CHECK(config_error("[working_hours]\nstart = \"18:00\"\nend = \"08:00\"\n") ==
          "user.toml:3:7: working_hours.end: working hours must end after they start");
    CHECK(config_error("[working_hours]\ndays = [\"mon\", \"funday\"]\n") ==
          "user.toml:2:8: working_hours.days: 'funday' is not a weekday");
    CHECK(config_error("[signals]\noverload_ratio = \"high\"\n") ==
          "user.toml:2:18: signals.overload_ratio: expected a number, found a string");
    CHECK(config_error("[signals]\ninactive_weeks = 0\n") ==
          "user.toml:2:18: signals.inactive_weeks: 0 is outside 1..10000");
    CHECK(config_error("[[municipalities]]\ncode = \"0392\"\nname = \"H\"\n") ==
          "user.toml:2:8: municipalities[0].code: '0392' is not a CBS municipality code");
    CHECK(config_error("[[municipalities]]\ncode = \"GM0392\"\nname = \"H\"\nlanguages = "
                       "[\"arabic\"]\n") ==
          "user.toml:4:13: municipalities[0].languages: 'arabic' is not a language code");
    CHECK(config_error("[allowance]\n[[allowance.ceilings]]\nyear = 2024\nhourly_cents = 1\n"
                       "hourly_cents_under_21 = 1\nmonthly_cents = 1\nyearly_cents = 1\n"
                       "[[allowance.ceilings]]\nyear = 2024\nhourly_cents = 1\n"
                       "hourly_cents_under_21 = 1\nmonthly_cents = 1\nyearly_cents = 1\n") ==
          "user.toml:9:8: allowance.ceilings[1].year: duplicate ceiling for 2024");
    CHECK(config_error("[output]\ncsv_separator = \"|\"\n") ==
          "user.toml:2:17: output.csv_separator: must be \",\", \";\" or \"\\t\"");
    CHECK(config_error("[[activity_types]]\nid = \"x1\"\nname = \"X\"\ngroup = \"yes\"\n") ==
          "user.toml:4:9: activity_types[0].group: expected a boolean (true or false), found a "
          "string");
    CHECK(config_error("[[activity_types]]\nid = \"x1\"\nname = \"X\"\ncounts_as = \"goal\"\n") ==
          "user.toml:4:13: activity_types[0].counts_as: 'goal' is not something an activity can "
          "count as");
    CHECK(config_error("roles = []\n") == "user.toml:1:9: roles: at least one role is needed");
    CHECK(config_error("[working_hours]\ndays = []\n") ==
          "user.toml:2:8: working_hours.days: at least one working day is needed");
    CHECK(config_error("\xff = 1\n").starts_with("user.toml:1:1: syntax: "));
}

TEST_CASE("an allowance section without ceilings is allowed, with a warning") {
    const Config c = config::load_text("[allowance]\ntravel_cents_per_km = 19\n", "user.toml");
    CHECK(c.allowance.ceilings.empty());
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].find("no [[allowance.ceilings]]") != std::string::npos);
    CHECK(config::load_default().warnings.empty());
}

TEST_CASE("a missing config file is no input, not a config error") {
    CHECK_THROWS_AS(config::load_file("/nonexistent/sleutel.toml"), NoInputError);
    CHECK_THROWS_AS(config::load_file("/tmp"), NoInputError);
}

TEST_CASE("the template is the default, and parses") {
    CHECK(config::template_text().find("[[roles]]") != std::string_view::npos);
    CHECK_NOTHROW(config::load_text(config::template_text(), "template"));
}

TEST_CASE("a [programme] without a name, or with an empty one, is named Sleutelpersonen") {
    CHECK(config::load_text("[programme]\norganisation = \"X\"\n", "user.toml").programme.name ==
          "Sleutelpersonen");
    CHECK(config::load_text("[programme]\nname = \"\"\n", "user.toml").programme.name ==
          "Sleutelpersonen");
    CHECK(config::load_text("[programme]\nname = \"  \"\n", "user.toml").programme.name ==
          "Sleutelpersonen");
    CHECK(config::load_text("[programme]\nname = \"Haarlem\"\n", "user.toml").programme.name ==
          "Haarlem");
}

TEST_CASE("activity types that count as intervision or training") {
    const Config defaults = config::load_default();
    CHECK(defaults.types_counting_as(CountsAs::intervision) ==
          std::vector<std::string>{"intervisie"});
    CHECK(defaults.types_counting_as(CountsAs::training) == std::vector<std::string>{"training"});
    const Config c = config::load_text("[[activity_types]]\nid = \"kring\"\nname = \"Kring\"\n"
                                       "counts_as = \"intervision\"\n[[activity_types]]\n"
                                       "id = \"supervisie\"\nname = \"S\"\ncounts_as = "
                                       "\"intervision\"\n[[activity_types]]\nid = \"huisbezoek\"\n"
                                       "name = \"H\"\n",
                                       "user.toml");
    CHECK(c.types_counting_as(CountsAs::intervision) ==
          std::vector<std::string>{"kring", "supervisie"});
    CHECK(c.types_counting_as(CountsAs::training).empty());
    CHECK(c.activity_types[2].counts_as == CountsAs::nothing);
}

TEST_CASE("working days may be named in Dutch as well, in any case") {
    const Config c = config::load_text(
        "[working_hours]\ndays = [\"ma\", \"Wo\", \"vr\", \"SAT\"]\n", "user.toml");
    CHECK(c.working_hours.days == std::vector<unsigned>{1, 3, 5, 6});
}

TEST_CASE("a ceiling row lacking any of its four amounts is a config error, never a default") {
    const std::string amounts[] = {"hourly_cents = 560\n", "hourly_cents_under_21 = 330\n",
                                   "monthly_cents = 21000\n", "yearly_cents = 210000\n"};
    const char* keys[] = {"hourly_cents", "hourly_cents_under_21", "monthly_cents", "yearly_cents"};
    for (std::size_t missing = 0; missing < 4; ++missing) {
        // A complete 2024 row first, so the error points at the second table's header.
        std::string text = "[allowance]\n[[allowance.ceilings]]\nyear = 2024\n";
        for (const std::string& amount : amounts)
            text += amount;
        text += "[[allowance.ceilings]]\nyear = 2025\n";
        for (std::size_t i = 0; i < 4; ++i)
            if (i != missing)
                text += amounts[i];
        CAPTURE(keys[missing]);
        CHECK(config_error(text) == fmt::format("user.toml:8:1: allowance.ceilings[1].{}: "
                                                "required key is missing",
                                                keys[missing]));
    }
    // The under-21 rate is its own figure, not the adult one.
    const Config c = config::load_text("[allowance]\n[[allowance.ceilings]]\nyear = 2025\n" +
                                           amounts[0] + amounts[1] + amounts[2] + amounts[3],
                                       "user.toml");
    CHECK(c.ceiling_for(2025)->hourly_cents == 560);
    CHECK(c.ceiling_for(2025)->hourly_cents_under_21 == 330);
}

TEST_CASE(
    "the built-in default keeps every published year's ceilings, each with its four amounts") {
    const Config c = config::load_default();
    for (int y = 2023; y <= 2025; ++y) {
        CAPTURE(y);
        REQUIRE(c.ceiling_for(y));
        CHECK(c.ceiling_for(y)->year == y);
    }
    for (const AllowanceCeiling& ceiling : c.allowance.ceilings) {
        CAPTURE(ceiling.year);
        CHECK(ceiling.hourly_cents_under_21 < ceiling.hourly_cents);
        CHECK(ceiling.monthly_cents > 0);
        CHECK(ceiling.yearly_cents >= ceiling.monthly_cents);
    }
}

TEST_CASE("a role's requirements: Dutch level, education level, musts and pluses") {
    const Config defaults = config::load_default();
    const Role* voorlichter = defaults.role("voorlichter");
    REQUIRE(voorlichter);
    CHECK(voorlichter->dutch_level == Level::b1);
    CHECK(voorlichter->education_level == "MBO");
    CHECK(voorlichter->requirements.size() == 1);
    CHECK(voorlichter->advantages ==
          std::vector<std::string>{"een achtergrond in zorg, welzijn of onderwijs"});

    const Config c = config::load_text(R"(
[[roles]]
id = "gids"
name = "Gids"
dutch_level = "b2"
education_level = "hbo-niveau"
requirements = ["Je hebt een rijbewijs."]
advantages = ["ervaring met jongeren"]

[[roles]]
id = "maatje"
name = "Maatje"
)",
                                       "user.toml");
    CHECK(c.roles[0].dutch_level == Level::b2); // any case, as the CEFR writes it or not
    CHECK(c.roles[0].education_level == "hbo-niveau");
    CHECK(c.roles[0].requirements == std::vector<std::string>{"Je hebt een rijbewijs."});
    CHECK(c.roles[0].advantages == std::vector<std::string>{"ervaring met jongeren"});
    // Left out: B1, the usual requirement, and nothing more.
    CHECK(c.roles[1].dutch_level == Level::b1);
    CHECK(c.roles[1].education_level.empty());
    CHECK(c.roles[1].requirements.empty());
    CHECK(c.roles[1].advantages.empty());
}

TEST_CASE("a role's Dutch level is a CEFR level, and its lists hold no empty text") {
    const std::string role = "[[roles]]\nid = \"gids\"\nname = \"Gids\"\n";
    CHECK(config_error(role + "dutch_level = \"B3\"\n") ==
          "user.toml:4:15: roles[0].dutch_level: 'B3' is not a CEFR level");
    CHECK(config_error(role + "dutch_level = \"native\"\n") ==
          "user.toml:4:15: roles[0].dutch_level: 'native' is not a CEFR level");
    CHECK(config_error(role + "dutch_level = 1\n") ==
          "user.toml:4:15: roles[0].dutch_level: expected a string, found an integer");
    CHECK(config_error(role + "advantages = [\"ok\", \" \"]\n") ==
          "user.toml:4:14: roles[0].advantages: an empty text in the list");
    CHECK(config_error(role + "requirements = \"Je hebt een rijbewijs.\"\n") ==
          "user.toml:4:16: roles[0].requirements: expected an array of strings, found a string");
    CHECK(config_error(role + "dutch = \"B1\"\n") == "user.toml:4:1: roles[0].dutch: unknown key");
}

TEST_CASE("working days may be named in Dutch in full too") {
    const Config c = config::load_text(
        "[working_hours]\ndays = [\"maandag\", \"Dinsdag\", \"wo\", \"ZATERDAG\", \"zondag\"]\n",
        "user.toml");
    CHECK(c.working_hours.days == std::vector<unsigned>{1, 2, 3, 6, 7});
    CHECK_THROWS_AS(config::load_text("[working_hours]\ndays = [\"maandagen\"]\n", "user.toml"),
                    ConfigError);
}
