// A value or the reason there is none.
#include "util/error.hpp"
#include "util/expected.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace sleutel;

namespace {
Expected<int, std::string> half(int n) {
    if (n % 2 != 0)
        return unexpected(std::string("odd"));
    return n / 2;
}
} // namespace

TEST_CASE("an expected holds either the value or the reason") {
    const auto four = half(8);
    REQUIRE(four.has_value());
    CHECK(static_cast<bool>(four));
    CHECK(*four == 4);

    const auto none = half(7);
    CHECK_FALSE(none.has_value());
    CHECK(none.error() == "odd");
}

TEST_CASE("value_or_throw gives the value, or throws what the caller makes of the reason") {
    CHECK(half(6).value_or_throw([](const std::string& e) { return DataError(e); }) == 3);
    CHECK_THROWS_WITH_AS(half(5).value_or_throw([](const std::string& e) { return DataError(e); }),
                         "odd", DataError);
}

TEST_CASE("a value and a reason of the same type stay apart") {
    const Expected<std::string, std::string> ok = std::string("amira");
    const Expected<std::string, std::string> failed = unexpected(std::string("not here"));
    CHECK(ok.has_value());
    CHECK(*ok == "amira");
    CHECK(ok->size() == 5);
    CHECK_FALSE(failed.has_value());
    CHECK(failed.error() == "not here");
}
