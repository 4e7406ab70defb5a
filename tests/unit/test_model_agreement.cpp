// An agreement as text and back: allowance terms and bases, the fields a change gives, and the
// last day of each period.
#include "model/agreement.hpp"
#include "test_dates.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace sleutel;
using namespace std::chrono;

TEST_CASE("allowance terms are read and written back") {
    CHECK(parse_allowance_terms("none").basis == AllowanceBasis::none);
    CHECK(parse_allowance_terms("legal").basis == AllowanceBasis::legal);
    CHECK(parse_allowance_terms("hour:4,50") == AllowanceTerms{AllowanceBasis::hour, 450});
    CHECK(parse_allowance_terms("month:150") == AllowanceTerms{AllowanceBasis::month, 15000});
    CHECK(format_allowance_terms(parse_allowance_terms("activity:12.5")) == "activity:12.50");
    CHECK_THROWS_AS(parse_allowance_terms("hour"), DataError);
    CHECK_THROWS_AS(parse_allowance_terms("none:5"), DataError);
    CHECK_THROWS_AS(parse_allowance_terms("week:5"), DataError);
    CHECK_THROWS_AS(parse_allowance_terms("hour:-1"), DataError);
}

TEST_CASE("allowance bases are named and read back, and nothing else is a basis") {
    for (AllowanceBasis basis : {AllowanceBasis::legal, AllowanceBasis::none, AllowanceBasis::hour,
                                 AllowanceBasis::month, AllowanceBasis::activity})
        CHECK(allowance_basis(allowance_basis_name(basis)) == basis);
    CHECK(allowance_basis_name(AllowanceBasis::activity) == "activity");
    CHECK(allowance_basis("Hour") == std::nullopt);
    CHECK(allowance_basis("") == std::nullopt);
    CHECK(format_allowance_terms({AllowanceBasis::none, 0}) == "none");
    CHECK(format_allowance_terms({AllowanceBasis::month, 15005}) == "month:150.05");
}

TEST_CASE("a change names exactly the fields it gives") {
    AgreementChange change;
    CHECK(change.fields() == 0u);
    change.benefit = false; // given, even though false
    CHECK(change.fields() == field_benefit);
    change.allowance = parse_allowance_terms("legal");
    change.reachable = "sat@10:00-12:00";
    CHECK(change.fields() == (field_benefit | field_allowance | field_reachable));
}

TEST_CASE("a period lasts until the day before the next one starts; the last one is open") {
    std::vector<Agreement> history(3);
    history[0].from = d(2026, 1, 1);
    history[1].from = d(2026, 3, 1);
    history[2].from = d(2027, 1, 1);
    CHECK(until_of(history, 0) == d(2026, 2, 28));
    CHECK(until_of(history, 1) == d(2026, 12, 31));
    CHECK(until_of(history, 2) == std::nullopt);
    CHECK(until_of({}, 0) == std::nullopt);
}
