// Coverage: per municipality, which of the languages its newcomers need are spoken well enough
// (B1 or better, or native) by a key person who was active there on the period's last day.
#include "report/builders.hpp"

#include "model/words.hpp"

#include <algorithm>
#include <set>

namespace sleutel::report {

namespace {

struct Place {
    std::string code;
    std::string name;
    std::vector<std::string> needed;
    std::set<std::string> spoken;
    std::int64_t active = 0;
    std::map<std::string, std::int64_t> gender{{"f", 0}, {"m", 0}, {"x", 0}};
};

bool good_enough(const LanguageSkill& skill) {
    return static_cast<int>(skill.level.value_or(Level::b1)) >= static_cast<int>(Level::b1);
}

Counts gender_counts(const std::map<std::string, std::int64_t>& gender) {
    Counts counts;
    for (const char* g : {"f", "m", "x"})
        counts.items.emplace_back(g, gender.at(g));
    return counts;
}

} // namespace

Report coverage(const Context& c) {
    Report r;
    r.kind = "coverage";
    r.group_by = "municipality";
    r.title = tr(c.lang, "Language coverage");
    r.table.columns = {{"key", tr(c.lang, "municipality")},
                       {"label", tr(c.lang, "name")},
                       {"languages_needed", tr(c.lang, "needed"), words::language},
                       {"languages_covered", tr(c.lang, "covered"), words::language},
                       {"languages_missing", tr(c.lang, "missing"), words::language},
                       {"active_persons", tr(c.lang, "active")},
                       {"gender", tr(c.lang, "gender"), words::gender}};
    std::vector<Place> places;
    for (const Municipality& m : c.config.municipalities)
        places.push_back({m.code, m.name, m.languages, {}, 0, {{"f", 0}, {"m", 0}, {"x", 0}}});
    auto place_of = [&places](const std::string& code) -> Place& {
        for (Place& p : places)
            if (p.code == code)
                return p;
        // A municipality key persons live in that the config does not list: shown, nothing needed.
        places.push_back({code, code, {}, {}, 0, {{"f", 0}, {"m", 0}, {"x", 0}}});
        return places.back();
    };
    // Who was active on the period's last day, forgotten persons included: their municipality,
    // gender and languages stay as anonymous counts, so a past period keeps its coverage.
    const Date as_of = c.as_of();
    for (const auto& [id, person] : c.persons) {
        if (!person.fields.municipality || c.status_on(person, as_of) != "active")
            continue;
        Place& place = place_of(*person.fields.municipality);
        ++place.active;
        if (person.fields.gender)
            ++place.gender[*person.fields.gender];
        for (const LanguageSkill& skill : person.fields.languages)
            if (good_enough(skill))
                place.spoken.insert(skill.code);
    }
    std::int64_t active = 0;
    std::map<std::string, std::int64_t> gender{{"f", 0}, {"m", 0}, {"x", 0}};
    for (const Place& p : places) {
        if (c.scope.municipality && p.code != *c.scope.municipality)
            continue;
        TextList covered;
        TextList missing;
        for (const std::string& language : p.needed)
            (p.spoken.count(language) ? covered : missing).push_back(language);
        r.table.rows.push_back({p.code, p.name, TextList(p.needed), covered, missing, p.active,
                                gender_counts(p.gender)});
        active += p.active;
        for (const auto& [g, n] : p.gender)
            gender[g] += n;
    }
    r.totals = {{"active_persons", active}, {"gender", gender_counts(gender)}};
    return r;
}

} // namespace sleutel::report
