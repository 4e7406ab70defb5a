// The look-ups a loaded configuration answers.
#include "model/config.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace sleutel {

const AllowanceCeiling* Config::ceiling_for(int year) const {
    const AllowanceCeiling* found = nullptr;
    for (const AllowanceCeiling& c : allowance.ceilings)
        if (c.year <= year)
            found = &c;
    return found;
}

const Municipality* Config::municipality(std::string_view code_or_name) const {
    auto same = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) ==
                          std::tolower(static_cast<unsigned char>(y));
               });
    };
    for (const Municipality& m : municipalities)
        if (same(m.code, code_or_name) || same(m.name, code_or_name))
            return &m;
    return nullptr;
}

const Role* Config::role(std::string_view id) const {
    for (const Role& r : roles)
        if (r.id == id)
            return &r;
    return nullptr;
}

const ActivityType* Config::activity_type(std::string_view id) const {
    for (const ActivityType& t : activity_types)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::vector<std::string> Config::internal_types() const {
    std::vector<std::string> ids;
    for (const ActivityType& t : activity_types)
        if (t.internal)
            ids.push_back(t.id);
    return ids;
}

namespace {
// In the order of Measure.
constexpr std::string_view measures[] = {
    "activities", "minutes",   "reached", "reached_professionals",
    "questions",  "referrals", "signals", "persons_active"};
static_assert(std::size(measures) == static_cast<std::size_t>(Measure::persons_active) + 1);
} // namespace

std::string_view measure_name(Measure measure) {
    return measures[static_cast<std::size_t>(measure)];
}

std::optional<Measure> parse_measure(std::string_view name) {
    for (std::size_t i = 0; i < std::size(measures); ++i)
        if (measures[i] == name)
            return static_cast<Measure>(i);
    return std::nullopt;
}

std::vector<std::string_view> measure_names() {
    return {std::begin(measures), std::end(measures)};
}

std::vector<std::string> Config::types_counting_as(CountsAs what) const {
    std::vector<std::string> ids;
    for (const ActivityType& t : activity_types)
        if (t.counts_as == what)
            ids.push_back(t.id);
    return ids;
}

} // namespace sleutel
