// The runs of digits in a note, and which of them read as a year or a numeric date.
#include "domain/privacy.hpp"
#include "domain/privacy_detail.hpp"

namespace sleutel::privacy_detail {

std::vector<Group> digit_groups(std::string_view t) {
    std::vector<Group> groups;
    for (std::size_t i = 0; i < t.size();) {
        if (!digit(t[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < t.size() && digit(t[i]))
            ++i;
        groups.push_back({begin, i});
    }
    return groups;
}

bool year_like(std::string_view t, const Group& g) {
    if (g.size() != 4)
        return false;
    const int y = number_at(t, g.begin, g.end);
    return y >= 1900 && y <= 2099;
}

// Groups i, i+1, i+2 as a numeric date d-m-y or y-m-d with one separator used twice, not part
// of a longer run using the same separator. Two-digit years only when `short_years`.
bool numeric_date(std::string_view t, const std::vector<Group>& g, std::size_t i, bool short_years,
                  std::string_view marks) {
    if (i + 2 >= g.size())
        return false;
    const std::string_view s1 = between(t, g[i], g[i + 1]);
    const std::string_view s2 = between(t, g[i + 1], g[i + 2]);
    if (s1 != s2 || !single_mark(s1, marks))
        return false;
    const char sep = s1[0];
    if (g[i].begin >= 2 && t[g[i].begin - 1] == sep && digit(t[g[i].begin - 2]))
        return false;
    if (g[i + 2].end + 1 < t.size() && t[g[i + 2].end] == sep && digit(t[g[i + 2].end + 1]))
        return false;
    const int a = number_at(t, g[i].begin, g[i].end);
    const int b = number_at(t, g[i + 1].begin, g[i + 1].end);
    const int c = number_at(t, g[i + 2].begin, g[i + 2].end);
    const auto small = [](const Group& x) { return x.size() == 1 || x.size() == 2; };
    if (small(g[i]) && small(g[i + 1]) &&
        (g[i + 2].size() == 4 || (short_years && g[i + 2].size() == 2)))
        return a >= 1 && a <= 31 && b >= 1 && b <= 12;
    if (g[i].size() == 4 && small(g[i + 1]) && small(g[i + 2]))
        return b >= 1 && b <= 12 && c >= 1 && c <= 31;
    return false;
}

} // namespace sleutel::privacy_detail
