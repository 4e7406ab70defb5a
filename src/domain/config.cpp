// Loading sleutel.toml: user sections over the embedded default, checked against the schema with
// errors that point at FILE:LINE:COL.
#include "domain/config.hpp"

#include "domain/default_table.hpp"
#include "domain/default_toml.hpp"
#include "domain/table_reader.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/input_file.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <set>
#include <sstream>
#include <sys/stat.h>

namespace sleutel {

namespace {

using config::fail_at;
using config::for_each_table;
using config::IdSet;
using config::TableReader;

constexpr std::string_view default_source = "(default)";

std::vector<Named> read_named(const toml::node& node, const std::string& name) {
    std::vector<Named> out;
    IdSet ids(name);
    for_each_table(node, name, [&](TableReader& r) {
        Named n;
        n.id = ids.take(r);
        n.name = r.string("name");
        out.push_back(std::move(n));
    });
    return out;
}

int read_time(TableReader& r, std::string_view key, const std::string& fallback) {
    const std::string text = r.string(key, fallback);
    try {
        return parse_time_of_day(text);
    } catch (const DataError&) {
        r.fail(key, _f("'{}' is not a time of day", text), _("write HH:MM, such as 08:30"));
    }
}

// A ceiling row names all four amounts. One left out is an error, never a default: the under-21
// rate once quietly became the adult one, and every allowance figure rests on these amounts.
void require_ceiling_amounts(TableReader& r) {
    for (const char* key :
         {"hourly_cents", "hourly_cents_under_21", "monthly_cents", "yearly_cents"})
        if (!r.get(key))
            r.fail(key, _("required key is missing"),
                   _("each [[allowance.ceilings]] row gives year, hourly_cents, "
                     "hourly_cents_under_21, monthly_cents and yearly_cents (the Belastingdienst's "
                     "figures for that year)"));
}

const toml::table& as_table(const toml::node& node, const std::string& name) {
    const toml::table* t = node.as_table();
    if (!t)
        fail_at(node.source(), name, _f("expected a table ([{}])", name));
    return *t;
}

void read_programme(Config& c, const toml::node& node, const std::string& name) {
    TableReader r(as_table(node, name), name);
    // As sleutel.toml(5) promises: no name, or an empty one, is "Sleutelpersonen".
    c.programme.name = r.string("name", "Sleutelpersonen");
    if (c.programme.name.find_first_not_of(" \t") == std::string::npos)
        c.programme.name = "Sleutelpersonen";
    c.programme.organisation = r.string("organisation", "");
    const std::string language = r.string("language", "nl");
    if (language != "nl" && language != "en")
        r.fail("language", _f("'{}' is not a supported language", language),
               _("use \"nl\" or \"en\""));
    c.programme.language = language == "en" ? Language::en : Language::nl;
    r.finish();
}

void read_municipalities(Config& c, const toml::node& node, const std::string& name) {
    std::set<std::string> codes;
    for_each_table(node, name, [&](TableReader& r) {
        Municipality m;
        m.code = r.string("code");
        const bool cbs = m.code.size() == 6 && m.code.starts_with("GM") &&
                         std::all_of(m.code.begin() + 2, m.code.end(),
                                     [](char ch) { return ch >= '0' && ch <= '9'; });
        if (!cbs)
            r.fail("code", _f("'{}' is not a CBS municipality code", m.code),
                   _("write GM and four digits, such as GM0392"));
        if (!codes.insert(m.code).second)
            r.fail("code", _f("duplicate municipality code '{}'", m.code));
        m.name = r.string("name");
        m.region = r.string("region", "");
        m.languages = r.strings("languages");
        for (const std::string& code : m.languages)
            if (!is_language_code(code))
                r.fail("languages", _f("'{}' is not a language code", code),
                       _("use ISO 639-1 codes (ar, ti, fa), or 639-3 where none exists (prs)"));
        c.municipalities.push_back(std::move(m));
    });
}

// A level of the Common European Framework, `A1` to `C2` in either case. `native` is a skill a
// person has, not something a vacancy can ask for.
Level read_cefr_level(TableReader& r, std::string_view key) {
    const std::string text = r.string(key);
    std::string upper = text;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    for (Level level : {Level::a1, Level::a2, Level::b1, Level::b2, Level::c1, Level::c2})
        if (format_level(level) == upper)
            return level;
    r.fail(key, _f("'{}' is not a CEFR level", text), _("use A1, A2, B1, B2, C1 or C2"));
}

// A list of texts a document shows as they are: an empty one would be an empty bullet.
std::vector<std::string> read_texts(TableReader& r, std::string_view key) {
    std::vector<std::string> texts = r.strings(key);
    for (const std::string& text : texts)
        if (text.find_first_not_of(" \t") == std::string::npos)
            r.fail(key, _("an empty text in the list"), _("leave it out, or write what you mean"));
    return texts;
}

void read_roles(Config& c, const toml::node& node, const std::string& name) {
    if (const toml::array* a = node.as_array(); a && a->empty())
        fail_at(node.source(), name, "at least one role is needed");
    IdSet ids(name);
    for_each_table(node, name, [&](TableReader& r) {
        Role role;
        role.id = ids.take(r);
        role.name = r.string("name");
        role.description = r.string("description", "");
        role.tasks = r.strings("tasks");
        role.competencies = r.strings("competencies");
        if (r.get("dutch_level"))
            role.dutch_level = read_cefr_level(r, "dutch_level");
        role.education_level = r.string("education_level", "");
        role.requirements = read_texts(r, "requirements");
        role.advantages = read_texts(r, "advantages");
        c.roles.push_back(std::move(role));
    });
}

void read_activity_types(Config& c, const toml::node& node, const std::string& name) {
    if (const toml::array* a = node.as_array(); a && a->empty())
        fail_at(node.source(), name, _("at least one activity type is needed"));
    IdSet ids(name);
    for_each_table(node, name, [&](TableReader& r) {
        ActivityType type;
        type.id = ids.take(r);
        type.name = r.string("name");
        type.group = r.boolean("group", false);
        type.internal = r.boolean("internal", false);
        if (type.internal && type.group)
            r.fail("internal", _("an internal activity type cannot be a group session"),
                   _("group = true counts the newcomers reached; an internal type reaches nobody "
                     "outside the team: leave one of the two out"));
        if (r.get("counts_as")) {
            const std::string counts_as = r.string("counts_as");
            if (counts_as == "intervision")
                type.counts_as = CountsAs::intervision;
            else if (counts_as == "training")
                type.counts_as = CountsAs::training;
            else
                r.fail("counts_as", _f("'{}' is not something an activity can count as", counts_as),
                       _("use \"intervision\" or \"training\", or leave counts_as out"));
        }
        c.activity_types.push_back(std::move(type));
    });
}

void read_themes(Config& c, const toml::node& node, const std::string& name) {
    c.themes = read_named(node, name);
}

void read_referral_targets(Config& c, const toml::node& node, const std::string& name) {
    c.referral_targets = read_named(node, name);
}

void read_organisation_types(Config& c, const toml::node& node, const std::string& name) {
    c.organisation_types = read_named(node, name);
}

void read_funding(Config& c, const toml::node& node, const std::string& name) {
    c.funding = read_named(node, name);
}

std::vector<std::string> ids_in(const std::vector<Named>& list) {
    std::vector<std::string> ids;
    for (const Named& n : list)
        ids.push_back(n.id);
    return ids;
}

// An optional filter of a target must name something the config defines.
std::optional<std::string> read_filter(TableReader& r, std::string_view key,
                                       const std::vector<std::string>& known,
                                       std::string_view list) {
    if (!r.get(key))
        return std::nullopt;
    std::string id = r.string(key);
    if (std::find(known.begin(), known.end(), id) == known.end())
        r.fail(key, _f("'{}' is not in {}", id, list),
               known.empty() ? std::string() : _f("known: {}", fmt::join(known, ", ")));
    return id;
}

void read_targets(Config& c, const toml::node& node, const std::string& name) {
    IdSet ids(name);
    for_each_table(node, name, [&](TableReader& r) {
        Target t;
        t.id = ids.take(r);
        t.name = r.string("name", "");
        t.year = static_cast<int>(r.integer("year", std::nullopt, 1900, 9999));
        const std::string measure = r.string("measure");
        const auto parsed = parse_measure(measure);
        if (!parsed)
            r.fail("measure", _f("'{}' is not something a target can count", measure),
                   _f("use one of {}", fmt::join(measure_names(), ", ")));
        t.measure = *parsed;
        t.value = r.integer("value", std::nullopt, 1, 1'000'000'000);
        t.theme = read_filter(r, "theme", ids_in(c.themes), "themes");
        std::vector<std::string> types;
        for (const ActivityType& type : c.activity_types)
            types.push_back(type.id);
        t.type = read_filter(r, "type", types, "activity_types");
        std::vector<std::string> codes;
        for (const Municipality& m : c.municipalities)
            codes.push_back(m.code);
        t.municipality = read_filter(r, "municipality", codes, "municipalities");
        t.funding = read_filter(r, "funding", ids_in(c.funding), "funding");
        // A community signal has a person and themes, but no activity type or funding stream.
        if (t.measure == Measure::signals && (t.type || t.funding))
            r.fail(t.type ? "type" : "funding",
                   _("a target on signals can only be narrowed by theme or municipality"));
        // An internal type reaches nobody: such a target could never be met.
        if (t.type && c.activity_type(*t.type)->internal &&
            (t.measure == Measure::reached || t.measure == Measure::reached_professionals ||
             t.measure == Measure::questions))
            r.fail("type", _f("'{}' is internal: it never counts as reach or questions", *t.type));
        c.targets.push_back(std::move(t));
    });
}

void read_working_hours(Config& c, const toml::node& node, const std::string& name) {
    TableReader r(as_table(node, name), name);
    if (r.get("days"))
        c.working_hours.days.clear();
    for (const std::string& day : r.strings("days")) {
        const auto number = parse_weekday(day);
        if (!number)
            r.fail("days", _f("'{}' is not a weekday", day),
                   _("use mon, tue, wed, thu, fri, sat, sun, or ma, di, wo, do, vr, za, zo, or "
                     "maandag to zondag"));
        c.working_hours.days.push_back(*number);
    }
    if (c.working_hours.days.empty())
        r.fail("days", _("at least one working day is needed"));
    c.working_hours.start = read_time(r, "start", "08:30");
    c.working_hours.end = read_time(r, "end", "18:00");
    if (c.working_hours.start >= c.working_hours.end)
        r.fail("end", _("working hours must end after they start"));
    r.finish();
}

AllowanceCeiling read_ceiling(TableReader& r, std::set<std::int64_t>& years) {
    AllowanceCeiling ceiling;
    const std::int64_t year = r.integer("year", std::nullopt, 1900, 9999);
    if (!years.insert(year).second)
        r.fail("year", _f("duplicate ceiling for {}", year));
    ceiling.year = static_cast<int>(year);
    require_ceiling_amounts(r);
    constexpr std::int64_t max = 100'000'000;
    ceiling.hourly_cents = r.integer("hourly_cents", std::nullopt, 0, max);
    ceiling.hourly_cents_under_21 = r.integer("hourly_cents_under_21", std::nullopt, 0, max);
    ceiling.monthly_cents = r.integer("monthly_cents", std::nullopt, 0, max);
    ceiling.yearly_cents = r.integer("yearly_cents", std::nullopt, 0, max);
    return ceiling;
}

void read_allowance(Config& c, const toml::node& node, const std::string& name) {
    TableReader r(as_table(node, name), name);
    c.allowance.travel_cents_per_km = r.integer("travel_cents_per_km", 0, 0, 10'000);
    if (const toml::node* ceilings = r.get("ceilings")) {
        std::set<std::int64_t> years;
        for_each_table(*ceilings, "allowance.ceilings", [&](TableReader& cr) {
            c.allowance.ceilings.push_back(read_ceiling(cr, years));
        });
        std::sort(c.allowance.ceilings.begin(), c.allowance.ceilings.end(),
                  [](const auto& a, const auto& b) { return a.year < b.year; });
    }
    r.finish();
}

void read_alerts(Config& c, const toml::node& node, const std::string& name) {
    TableReader r(as_table(node, name), name);
    const AlertThresholds d;
    c.alerts.overload_ratio = r.positive_number("overload_ratio", d.overload_ratio);
    auto count = [&](std::string_view key, int fallback, std::int64_t min) {
        return static_cast<int>(r.integer(key, fallback, min, 10'000));
    };
    c.alerts.after_hours_per_month = count("after_hours_per_month", d.after_hours_per_month, 0);
    c.alerts.inactive_weeks = count("inactive_weeks", d.inactive_weeks, 1);
    c.alerts.intervision_months = count("intervision_months", d.intervision_months, 1);
    c.alerts.assignment_ending_days = count("assignment_ending_days", d.assignment_ending_days, 0);
    c.alerts.answer_within_days = count("answer_within_days", d.answer_within_days, 1);
    r.finish();
}

void read_output(Config& c, const toml::node& node, const std::string& name) {
    TableReader r(as_table(node, name), name);
    const std::string separator = r.string("csv_separator", ",");
    if (separator != "," && separator != ";" && separator != "\t")
        r.fail("csv_separator", _("must be \",\", \";\" or \"\\t\""));
    c.output.csv_separator = separator[0];
    c.output.csv_bom = r.boolean("csv_bom", false);
    r.finish();
}

// The sections in the order they are read, each with its reader.
using SectionReader = void (*)(Config&, const toml::node&, const std::string&);
struct Section {
    std::string_view name;
    SectionReader read;
};
constexpr auto sections = std::to_array<Section>({
    {"programme", read_programme},
    {"municipalities", read_municipalities},
    {"roles", read_roles},
    {"activity_types", read_activity_types},
    {"themes", read_themes},
    {"referral_targets", read_referral_targets},
    {"organisation_types", read_organisation_types},
    {"funding", read_funding},
    {"targets", read_targets}, // after what its filters name
    {"working_hours", read_working_hours},
    {"allowance", read_allowance},
    {"alerts", read_alerts},
    {"output", read_output},
});

toml::table parse_toml(std::string_view text, std::string_view source_name) {
    try {
        return toml::parse(text, source_name);
    } catch (const toml::parse_error& e) {
        fail_at(e.source(), "syntax", std::string(e.description()));
    }
}

// Contract 1 called [alerts] [signals]; a file written then still loads. Both at once would
// leave one of them silently unused.
constexpr std::string_view old_alerts_name = "signals";

// The user's top-level keys must all be known sections.
void check_sections(const toml::table& user) {
    if (const toml::node* old = user.get(old_alerts_name); old && user.get("alerts"))
        fail_at(old->source(), old_alerts_name, _("[signals] is the old name of [alerts]"),
                _("keep only [alerts]"));
    for (auto&& [key, value] : user) {
        (void)value;
        // A named copy: clang before 16 cannot capture a structured binding in a lambda.
        const std::string_view name = key.str();
        if (name == old_alerts_name)
            continue;
        const auto known = [&](const Section& s) { return s.name == name; };
        if (std::none_of(sections.begin(), sections.end(), known)) {
            std::vector<std::string_view> names;
            for (const Section& s : sections)
                names.push_back(s.name);
            fail_at(key.source(), key.str(), _("unknown section"),
                    _f("known sections: {}", fmt::join(names, ", ")));
        }
    }
}

Config build(const toml::table& defaults, const toml::table* user, std::string source) {
    Config c;
    c.source = std::move(source);
    for (const Section& section : sections) {
        const toml::node* node = user ? user->get(section.name) : nullptr;
        std::string name(section.name);
        if (!node && user && section.name == "alerts" && (node = user->get(old_alerts_name))) {
            name = old_alerts_name;
            c.warnings.push_back(_("[signals] is the old name of [alerts]: rename the section, "
                                   "signals now means the community's signals"));
        }
        if (!node)
            node = defaults.get(section.name);
        if (node)
            section.read(c, *node, name);
    }
    if (c.allowance.ceilings.empty())
        c.warnings.push_back(_("[allowance] has no [[allowance.ceilings]]: volunteer allowances "
                               "cannot be checked against the legal ceiling"));
    return c;
}

std::string read_file(const std::string& path) {
    return read_input_file(path, "config file",
                           "run 'sleutel config template > FILE' to start one");
}

const toml::table& default_table() {
    static const toml::table table = config::build_default_table();
    return table;
}

} // namespace

namespace config {

std::string_view template_text() {
    return default_toml();
}

Config load_default() {
    return build(default_table(), nullptr, std::string(default_source));
}

Config load_text(std::string_view text, std::string_view source_name) {
    const toml::table user = parse_toml(text, source_name);
    check_sections(user);
    return build(default_table(), &user, std::string(source_name));
}

Config load_file(const std::string& path) {
    return load_text(read_file(path), path);
}

std::optional<std::string> locate(const std::optional<std::string>& flag) {
    if (flag)
        return flag;
    if (const char* env = std::getenv("SLEUTEL_CONFIG"); env && *env)
        return std::string(env);
    std::string base;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::string(home) + "/.config";
    else
        return std::nullopt;
    std::string path = base + "/sleutel/config.toml";
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0)
        return path;
    return std::nullopt;
}

std::string effective_text(const std::optional<std::string>& path, bool as_json) {
    toml::table merged = default_table();
    if (path) {
        const std::string text = read_file(*path);
        const Config effective = load_text(text, *path); // validate before showing
        const toml::table user = parse_toml(text, *path);
        for (auto&& [key, value] : user)
            merged.insert_or_assign(key == old_alerts_name ? std::string_view("alerts") : key.str(),
                                    value);
        // A [programme] without a name shows the name in effect, the default.
        if (toml::table* programme = merged["programme"].as_table())
            programme->insert_or_assign("name", effective.programme.name);
    }
    std::ostringstream out;
    if (as_json)
        out << toml::json_formatter{merged} << '\n';
    else
        out << merged << '\n';
    return out.str();
}

} // namespace config
} // namespace sleutel
