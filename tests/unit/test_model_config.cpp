// The look-ups a loaded configuration answers: the ceiling for a year, municipalities by code or
// name, roles and the activity types that count as intervision or training.
#include "model/config.hpp"

#include <doctest/doctest.h>

using namespace sleutel;

namespace {

Config sample() {
    Config c;
    c.allowance.ceilings = {{2024, 500, 300, 20000, 200000}, {2026, 560, 330, 21000, 210000}};
    c.municipalities = {{"GM0344", "Utrecht", "Midden", {}}, {"GM0307", "Amersfoort", "", {}}};
    const auto role = [](const char* id, const char* name) {
        Role r;
        r.id = id;
        r.name = name;
        return r;
    };
    c.roles = {role("sleutelpersoon", "Sleutelpersoon"), role("coach", "Coach")};
    c.activity_types = {{"huisbezoek", "Huisbezoek", false, CountsAs::nothing},
                        {"intervisie", "Intervisie", true, CountsAs::intervision},
                        {"scholing", "Scholing", true, CountsAs::training},
                        {"supervisie", "Supervisie", false, CountsAs::intervision}};
    return c;
}

} // namespace

TEST_CASE("the ceiling for a year is the latest one from that year or before") {
    const Config c = sample();
    CHECK(c.ceiling_for(2023) == nullptr);
    REQUIRE(c.ceiling_for(2024) != nullptr);
    CHECK(c.ceiling_for(2024)->year == 2024);
    CHECK(c.ceiling_for(2025)->year == 2024);
    CHECK(c.ceiling_for(2026)->year == 2026);
    CHECK(c.ceiling_for(2030)->year == 2026);
}

TEST_CASE("a municipality by its code or its name, in any case") {
    const Config c = sample();
    REQUIRE(c.municipality("GM0344") != nullptr);
    CHECK(c.municipality("gm0344")->name == "Utrecht");
    CHECK(c.municipality("AMERSFOORT")->code == "GM0307");
    CHECK(c.municipality("Utrech") == nullptr);
    CHECK(c.municipality("") == nullptr);
}

TEST_CASE("roles by id, exactly") {
    const Config c = sample();
    REQUIRE(c.role("coach") != nullptr);
    CHECK(c.role("coach")->name == "Coach");
    CHECK(c.role("Coach") == nullptr);
}

TEST_CASE("the activity types that count as intervision or training, in order") {
    const Config c = sample();
    CHECK(c.types_counting_as(CountsAs::intervision) ==
          std::vector<std::string>{"intervisie", "supervisie"});
    CHECK(c.types_counting_as(CountsAs::training) == std::vector<std::string>{"scholing"});
}
