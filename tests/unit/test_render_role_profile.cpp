// The job profile: Markdown for a vacancy text, html for a page a municipality can publish.
#include "domain/config.hpp"
#include "render/role_profile.hpp"

#include <doctest/doctest.h>

using namespace sleutel;

namespace {

Role role() {
    return {"tolk", "Tolk <& vertaler>", "Je vertaalt \"gesprekken\".", {"Vertalen"}, {}};
}

} // namespace

TEST_CASE("job profile in Markdown: the role's texts and what this municipality asks") {
    const Config config = config::load_default();
    const Municipality* haarlem = config.municipality("GM0392");
    REQUIRE(haarlem);
    const std::string md = role_profile(config, role(), haarlem, 480, Format::md);
    CHECK(md.rfind("# Functieprofiel: Tolk <& vertaler>\n", 0) == 0);
    CHECK(md.find("\n## Taken\n\n- Vertalen\n") != std::string::npos);
    CHECK(md.find("Haarlem: ar, ti, fa, so.") != std::string::npos);
    CHECK(md.find("Je bent 8:00 uur per week beschikbaar.") != std::string::npos);
    // No competencies: no empty heading for them.
    CHECK(md.find("Wat je meebrengt") == std::string::npos);
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
