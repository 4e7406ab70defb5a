// The programme's configuration: municipalities, roles, activity types, themes, referral targets,
// working hours, allowance ceilings, funding streams, targets and alert thresholds (see
// sleutel.toml(5)).
#pragma once
#include "util/values.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

struct Programme {
    std::string name;
    std::string organisation;
    Language language = Language::nl;
};

struct Municipality {
    std::string code; // CBS code, `GM0392`
    std::string name;
    std::string region;
    std::vector<std::string> languages; // needed by the newcomer population
};

struct Role {
    std::string id;
    std::string name;
    std::string description;
    std::vector<std::string> tasks;
    std::vector<std::string> competencies;
    // What the job profile asks of a candidate, beside what every key person brings. The texts
    // are the programme's own words, shown as written.
    Level dutch_level = Level::b1; // the Dutch a candidate speaks at least (A1..C2)
    std::string education_level;   // working and thinking level, such as `MBO`; empty: none
    std::vector<std::string> requirements;
    std::vector<std::string> advantages; // a plus, not a must: `een achtergrond in zorg`
};

// A logged activity of some types is also a session the card keeps track of: an intervision
// meeting, or a training. Logging it is then enough; nobody records it a second time.
enum class CountsAs { nothing, intervision, training };

struct ActivityType {
    std::string id;
    std::string name;
    bool group = false; // `reached` counts participants of a group session
    CountsAs counts_as = CountsAs::nothing;
    // The team's own work (intervision, training, a team meeting): it counts as hours, never as
    // reach or questions, which are about newcomers and professionals outside the team.
    bool internal = false;
};

// Themes, referral targets and organisation types: an id and a display name.
struct Named {
    std::string id;
    std::string name;
};

struct WorkingHours {
    std::vector<unsigned> days{1, 2, 3, 4, 5}; // ISO weekdays, 1 = Monday
    int start = 8 * 60 + 30;                   // minutes after midnight
    int end = 18 * 60;
};

struct AllowanceCeiling {
    int year = 0;
    Cents hourly_cents = 0;
    Cents hourly_cents_under_21 = 0;
    Cents monthly_cents = 0;
    Cents yearly_cents = 0;
};

struct Allowance {
    Cents travel_cents_per_km = 0;
    std::vector<AllowanceCeiling> ceilings; // sorted by year
};

// When `report alerts` raises an alert about a key person, or about a community signal.
struct AlertThresholds {
    double overload_ratio = 1.2;
    int after_hours_per_month = 4;
    int inactive_weeks = 4;
    int intervision_months = 6;
    int assignment_ending_days = 30;
    int answer_within_days = 42; // a forwarded signal without an answer this long: an alert
};

// What a target counts, over its year up to the end of the report's period.
enum class Measure {
    activities,
    minutes,
    reached,
    reached_professionals,
    questions,
    referrals,
    signals,
    persons_active,
};
std::string_view measure_name(Measure measure);
std::optional<Measure> parse_measure(std::string_view name);
std::vector<std::string_view> measure_names();

// What the programme promised its financier for a year, optionally for one theme, activity type,
// municipality or funding stream (`report progress`).
struct Target {
    std::string id;
    std::string name; // empty: the report words one from the measure and the filters
    int year = 0;
    Measure measure = Measure::activities;
    std::int64_t value = 0;
    std::optional<std::string> theme;
    std::optional<std::string> type;
    std::optional<std::string> municipality; // CBS code
    std::optional<std::string> funding;
};

struct Output {
    char csv_separator = ',';
    bool csv_bom = false; // a UTF-8 byte order mark, so Excel reads accents right
};

struct Config {
    std::string source; // where it came from: file paths, or "(default)"
    Programme programme;
    std::vector<Municipality> municipalities;
    std::vector<Role> roles;
    std::vector<ActivityType> activity_types;
    std::vector<Named> themes;
    std::vector<Named> referral_targets;
    std::vector<Named> organisation_types;
    std::vector<Named> funding; // who pays: hours and reach can be accounted per stream
    std::vector<Target> targets;
    WorkingHours working_hours;
    Allowance allowance;
    AlertThresholds alerts;
    Output output;
    // Legal but probably unintended, such as an [allowance] section without ceilings.
    std::vector<std::string> warnings;

    // The ceiling in force for `year`: its own row, else the latest earlier one.
    const AllowanceCeiling* ceiling_for(int year) const;
    const Municipality* municipality(std::string_view code_or_name) const;
    const Role* role(std::string_view id) const;
    const ActivityType* activity_type(std::string_view id) const;
    // The ids of the internal activity types: hours, never reach or questions.
    std::vector<std::string> internal_types() const;
    // The ids of the activity types that count as `what`.
    std::vector<std::string> types_counting_as(CountsAs what) const;
};

} // namespace sleutel
