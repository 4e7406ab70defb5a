// The look-ups a loaded configuration answers.
#include "model/config.hpp"

#include <algorithm>
#include <cctype>

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

std::vector<std::string> Config::types_counting_as(CountsAs what) const {
    std::vector<std::string> ids;
    for (const ActivityType& t : activity_types)
        if (t.counts_as == what)
            ids.push_back(t.id);
    return ids;
}

} // namespace sleutel
