// Typed text from flags or import cells turned into the fields of a person or organisation, and
// referrals (domain/import_fields.cpp).
#include "domain/import_fields.hpp"
#include "test_dates.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace std::chrono;

namespace {
const Date today = d(2026, 11, 23);
} // namespace

TEST_CASE("person fields: what is not given stays unset") {
    const PersonFields none = parse_person_fields({}, today);
    CHECK_FALSE(none.name);
    CHECK_FALSE(none.minutes_per_week);
    CHECK_FALSE(none.birth_year);
    CHECK(none.languages.empty());
    CHECK(none.trainings.empty());
    // Given but empty is a value, so an update can clear a field.
    CHECK(parse_person_fields({{"phone", ""}}, today).phone == "");
}

TEST_CASE("person fields: texts as given, numbers, dates and lists parsed") {
    const PersonFields f = parse_person_fields({{"name", "Amira B."},
                                                {"municipality", "Haarlem"},
                                                {"gender", "f"},
                                                {"contract", "volunteer"},
                                                {"email", "a@example.org"},
                                                {"birth_year", "1990"},
                                                {"birth_date", "1990-04-05"},
                                                {"hours", "4,5"},
                                                {"since", "yesterday"},
                                                {"langs", "ar:native;;nl:B1"},
                                                {"trainings", "Basis@2024-02-01;EHBO"}},
                                               today);
    CHECK(f.name == "Amira B.");
    // The municipality is normalised later, against the config; here it is kept as typed.
    CHECK(f.municipality == "Haarlem");
    CHECK(f.gender == "f");
    CHECK(f.contract == "volunteer");
    CHECK(f.email == "a@example.org");
    CHECK(f.birth_year == 1990);
    CHECK(f.birth_date == d(1990, 4, 5));
    CHECK(f.minutes_per_week == 270);
    CHECK(f.since == d(2026, 11, 22));
    REQUIRE(f.languages.size() == 2);
    CHECK(f.languages[0].code == "ar");
    CHECK(f.languages[0].level == Level::native);
    CHECK(f.languages[1].code == "nl");
    CHECK(f.languages[1].level == Level::b1);
    REQUIRE(f.trainings.size() == 2);
    CHECK(f.trainings[0].name == "Basis");
    CHECK(f.trainings[0].completed_on == d(2024, 2, 1));
    CHECK(f.trainings[1].name == "EHBO");
    CHECK_FALSE(f.trainings[1].completed_on);
}

TEST_CASE("person fields: bad values are data errors naming the value") {
    CHECK_THROWS_AS(parse_person_fields({{"birth_year", "nineteen"}}, today), DataError);
    CHECK_THROWS_AS(parse_person_fields({{"hours", "lots"}}, today), DataError);
    CHECK_THROWS_AS(parse_person_fields({{"since", "2026-13-01"}}, today), DataError);
    CHECK_THROWS_AS(parse_person_fields({{"langs", "ar"}}, today), DataError); // level required
    CHECK_THROWS_AS(parse_person_fields({{"trainings", "Basis@someday"}}, today), DataError);
    try {
        parse_person_fields({{"birth_date", "05-04-1990"}}, today);
        FAIL("a Dutch-order birth date was accepted");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()) == "not a birth date: '05-04-1990'");
        CHECK(e.hint() == "write YYYY-MM-DD");
    }
    // A relative word is fine for `since`, not for a birth date.
    CHECK_THROWS_AS(parse_person_fields({{"birth_date", "yesterday"}}, today), DataError);
    // An absurd year is kept in range for the check that follows, never overflowing an int.
    CHECK(parse_person_fields({{"birth_year", "123456789"}}, today).birth_year == 99999);
}

TEST_CASE("every person field name the import accepts is read by the parser") {
    const FieldTexts samples{{"name", "n"},
                             {"municipality", "m"},
                             {"langs", "ar:native"},
                             {"origin", "o"},
                             {"gender", "x"},
                             {"birth_year", "1990"},
                             {"birth_date", "1990-01-01"},
                             {"education", "e"},
                             {"background", "b"},
                             {"contract", "employed"},
                             {"hours", "8"},
                             {"since", "2026-01-01"},
                             {"phone", "p"},
                             {"email", "e@x.nl"},
                             {"trainings", "Basis"}};
    const PersonFields empty = parse_person_fields({}, today);
    for (const std::string& name : person_field_names) {
        if (name == "handle") // the key, not a field
            continue;
        CAPTURE(name);
        const auto sample = samples.find(name);
        REQUIRE(sample != samples.end());
        const PersonFields f = parse_person_fields({*sample}, today);
        const bool set = f.name != empty.name || f.municipality != empty.municipality ||
                         !f.languages.empty() || f.origin != empty.origin ||
                         f.gender != empty.gender || f.birth_year != empty.birth_year ||
                         f.birth_date != empty.birth_date || f.education != empty.education ||
                         f.background != empty.background || f.contract != empty.contract ||
                         f.minutes_per_week != empty.minutes_per_week || f.since != empty.since ||
                         f.phone != empty.phone || f.email != empty.email || !f.trainings.empty();
        CHECK(set);
    }
    CHECK(person_field_names.front() == "handle");
    CHECK(organisation_field_names.front() == "handle");
}

TEST_CASE("organisation fields are taken as given") {
    const OrganisationFields f = parse_organisation_fields(
        {{"name", "GGD Kennemerland"}, {"type", "ggd"}, {"contact", "Receptie"}, {"other", "x"}});
    CHECK(f.name == "GGD Kennemerland");
    CHECK(f.type == "ggd");
    CHECK_FALSE(f.municipality);
    CHECK(f.contact == "Receptie");
}

TEST_CASE("lists are split on ';' and empty items dropped") {
    CHECK(split_list("a;b") == std::vector<std::string>{"a", "b"});
    CHECK(split_list(";a;;b;") == std::vector<std::string>{"a", "b"});
    CHECK(split_list("").empty());
    CHECK(split_list("a, b") == std::vector<std::string>{"a, b"});
}

TEST_CASE("a training's date follows its last '@'") {
    const Training t = parse_training("Cursus @ GGD@2026-03-01", today);
    CHECK(t.name == "Cursus @ GGD");
    CHECK(t.completed_on == d(2026, 3, 1));
    CHECK(parse_training("today@today", today).completed_on == today);
}

TEST_CASE("a referral is a target with a count of one unless it says how many") {
    const Referral one = parse_referral("huisarts");
    CHECK(one.target == "huisarts");
    CHECK(one.count == 1);
    const Referral two = parse_referral("huisarts:2");
    CHECK(two.target == "huisarts");
    CHECK(two.count == 2);
    // Only the last ':' separates the count.
    const Referral colon = parse_referral("a:b:3");
    CHECK(colon.target == "a:b");
    CHECK(colon.count == 3);
    CHECK(parse_referral("x:999999999").count == 999'999'999);
}

TEST_CASE("a referral's count is a whole number from 1; too large is said so") {
    for (const char* text :
         {"huisarts:0", "huisarts:", "huisarts:x", "huisarts:-1", "huisarts:1.5", "huisarts: 2"}) {
        CAPTURE(text);
        try {
            parse_referral(text);
            FAIL("a bad count was accepted");
        } catch (const DataError& e) {
            CHECK(std::string(e.what()) ==
                  std::string("a referral needs a count of 1 or more: '") + text + "'");
            CHECK(e.hint() == "write TARGET or TARGET:N, such as huisarts:2");
        }
    }
    // The example in the hint is the user's own target, never a built-in one.
    try {
        parse_referral("buurtteam:0");
        FAIL("a zero count was accepted");
    } catch (const DataError& e) {
        CHECK(e.hint() == "write TARGET or TARGET:N, such as buurtteam:2");
    }
    try {
        parse_referral(":0");
        FAIL("a zero count was accepted");
    } catch (const DataError& e) {
        CHECK(e.hint() == "write TARGET or TARGET:N");
    }
    for (const char* text : {"huisarts:1000000000", "huisarts:99999999999999999999"}) {
        CAPTURE(text);
        try {
            parse_referral(text);
            FAIL("a count too large was accepted");
        } catch (const DataError& e) {
            CHECK(std::string(e.what()) ==
                  std::string("too large a count of referrals: '") + text + "'");
            CHECK(e.hint() == "at most 999999999");
        }
    }
}

TEST_CASE("rejected rows: counted in the message, listed one by one, a data error") {
    const RowsRejected e({"people.csv:3: no name", "people.csv:7: bad hours"}, 10);
    CHECK(std::string(e.what()) == "2 of 10 rows rejected; nothing was imported");
    CHECK(e.problems() ==
          std::vector<std::string>{"people.csv:3: no name", "people.csv:7: bad hours"});
    CHECK(e.code() == ExitCode::data);
}
