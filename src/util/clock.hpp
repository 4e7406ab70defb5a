// What "today" is: the system date, or a fixed one from $SLEUTEL_TODAY for tests and back-filling.
#pragma once
#include "util/date.hpp"

#include <optional>
#include <string>

namespace sleutel {

class Clock {
  public:
    // `fixed` is the text of $SLEUTEL_TODAY, if set: it must be YYYY-MM-DD (else DataError).
    explicit Clock(const std::optional<std::string>& fixed = std::nullopt);
    Date today() const { return today_; }
    // The moment of a change, UTC, `YYYY-MM-DDTHH:MM:SSZ`; stays real even with a fixed today.
    static std::string now_utc();

  private:
    Date today_;
};

} // namespace sleutel
