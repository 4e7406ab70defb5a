// A date in one call, for tests: d(2026, 11, 23).
#pragma once
#include "util/date.hpp"

namespace sleutel {

inline Date d(int y, unsigned m, unsigned day) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{day}};
}

} // namespace sleutel
