// The job profile: Markdown for a vacancy text, html for a page a municipality can publish.
#include "domain/config.hpp"
#include "render/role_profile.hpp"

#include <doctest/doctest.h>

using namespace sleutel;

namespace {

Role role() {
    Role r;
    r.id = "tolk";
    r.name = "Tolk <& vertaler>";
    r.description = "Je vertaalt \"gesprekken\".";
    r.tasks = {"Vertalen"};
    return r;
}

} // namespace

TEST_CASE("job profile in Markdown: the role's texts and what this municipality asks") {
    const Config config = config::load_default();
    const Municipality* haarlem = config.municipality("GM0392");
    REQUIRE(haarlem);
    const std::string md = role_profile(config, role(), haarlem, 480, Format::md);
    CHECK(md.rfind("# Functieprofiel: Tolk <& vertaler>\n", 0) == 0);
    CHECK(md.find("\n## Taken\n\n- Vertalen\n") != std::string::npos);
    CHECK(md.find("- Je spreekt één of meer van de talen die nodig zijn in Haarlem: Arabisch (ar), "
                  "Tigrinya (ti), Perzisch/Farsi (fa), Somalisch (so).\n") != std::string::npos);
    CHECK(md.find("- Je bent 8 uur per week beschikbaar.\n") != std::string::npos);
    CHECK(md.find("- Je woont en werkt in Haarlem (Kennemerland).\n") != std::string::npos);
    CHECK(md.find("\n## Wat we vragen\n\n- Je spreekt Nederlands op minstens B1-niveau.\n") !=
          std::string::npos);
    // No competencies, education level or pluses: no empty heading or line for them.
    CHECK(md.find("Wat je meebrengt") == std::string::npos);
    CHECK(md.find("denkniveau") == std::string::npos);
    CHECK(md.find("Een pré") == std::string::npos);
    CHECK(md.find("\n## Voor elke sleutelpersoon\n\n- Je bent zelf naar Nederland gemigreerd") !=
          std::string::npos);
}

TEST_CASE(
    "job profile: the role's requirements from config, shown as written, in either language") {
    Config config = config::load_default();
    Role r = role();
    r.dutch_level = Level::b2;
    r.education_level = "MBO 4";
    r.requirements = {"Je hebt een VOG <verklaring>."};
    r.advantages = {"een achtergrond in zorg, welzijn of onderwijs"};
    const std::string md = role_profile(config, r, nullptr, 90, Format::md);
    CHECK(md.find("\n## Wat we vragen\n\n- Je spreekt Nederlands op minstens B2-niveau.\n"
                  "- Je hebt minimaal een MBO 4 werk- en denkniveau.\n"
                  "- Je hebt een VOG <verklaring>.\n- Je bent 1,5 uur per week beschikbaar.\n") !=
          std::string::npos);
    CHECK(md.find("\n## Een pré\n\n- een achtergrond in zorg, welzijn of onderwijs\n") !=
          std::string::npos);

    config.programme.language = Language::en;
    const Municipality* amsterdam = config.municipality("GM0363");
    REQUIRE(amsterdam);
    const std::string en = role_profile(config, r, amsterdam, 60, Format::md);
    CHECK(en.rfind("# Job profile: Tolk <& vertaler>\n", 0) == 0);
    CHECK(en.find("\n## What we ask\n\n- You speak Dutch at B2 level or better.\n"
                  "- You work and think at MBO 4 level or higher.\n") != std::string::npos);
    CHECK(en.find("- You speak one or more of the languages needed in Amsterdam: Arabic (ar), "
                  "Tigrinya (ti), Persian/Farsi (fa), Dari (prs), Somali (so), Turkish (tr), "
                  "Ukrainian (uk).\n") != std::string::npos);
    CHECK(en.find("- You are available 1 hour a week.\n") != std::string::npos);
    CHECK(en.find("\n## A plus\n") != std::string::npos);
    CHECK(en.find("\n## For every key person\n") != std::string::npos);

    // One language needed: the language, not "one or more of".
    Municipality one{"GM0001", "Ergens", "", {"so"}};
    CHECK(role_profile(config, r, &one, std::nullopt, Format::md)
              .find("- You speak the language needed in Ergens: Somali (so).\n- You live and "
                    "work in Ergens.\n") != std::string::npos);
}

TEST_CASE("job profile in html: a whole page with every text escaped") {
    Config config = config::load_default();
    config.programme.language = Language::en;
    const std::string page = role_profile(config, role(), nullptr, std::nullopt, Format::html);
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(page.find("<h1>Job profile: Tolk &lt;&amp; vertaler&gt;</h1>") != std::string::npos);
    CHECK(page.find("<p>Je vertaalt &quot;gesprekken&quot;.</p>") != std::string::npos);
    CHECK(page.find("<li>Vertalen</li>") != std::string::npos);
    CHECK(page.find("You live and work in") == std::string::npos); // no municipality given
    CHECK(page.ends_with("</ul>\n</body>\n</html>\n"));
}
