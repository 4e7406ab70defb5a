// Plain value types shared by all layers: key persons, organisations, assignments, trainings,
// development goals. Optional fields are optional because the programme may not know them, or
// because `forget` erased them.
#pragma once
#include "util/date.hpp"
#include "util/values.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sleutel {

using Id = std::int64_t;

// Contract forms and statuses are stored as these ids.
inline constexpr const char* contract_forms[] = {"volunteer", "employed", "internship",
                                                 "freelance"};
inline constexpr const char* person_statuses[] = {"active", "paused", "left"};
inline constexpr const char* genders[] = {"f", "m", "x"};
inline constexpr const char* scopes[] = {"local", "regional"};

struct Training {
    Id id = 0;
    std::string name;
    std::optional<Date> completed_on;
};

struct Goal {
    Id id = 0;
    std::string text;
    std::optional<Date> due;
    std::optional<Date> done_on;
    Date created_on;
};

struct StatusChange {
    std::string status;
    Date since;
};

// Every field a person can be registered with. As an update, only the fields that are set
// change (languages merge by code, trainings are added).
struct PersonFields {
    std::optional<std::string> name;
    std::optional<std::string> municipality; // CBS code
    std::vector<LanguageSkill> languages;
    std::optional<std::string> origin;
    std::optional<std::string> gender;
    std::optional<int> birth_year;
    std::optional<Date> birth_date; // when known exactly: the under-21 allowance ends that day
    std::optional<std::string> education;
    std::optional<std::string> background;
    // On registration, the first agreement period; on reading, the latest one.
    std::optional<std::string> contract;
    std::optional<Minutes> minutes_per_week;
    std::optional<Date> since;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    std::vector<Training> trainings;
};

struct Person {
    Id id = 0;
    std::string handle;
    PersonFields fields;
    std::string status = "active";
    bool forgotten = false;
};

struct OrganisationFields {
    std::optional<std::string> name;
    std::optional<std::string> type;
    std::optional<std::string> municipality;
    std::optional<std::string> contact;
};

struct Organisation {
    Id id = 0;
    std::string handle;
    OrganisationFields fields;
};

struct Assignment {
    Id id = 0;
    Id person_id = 0;
    std::string person; // handle
    Id organisation_id = 0;
    std::string organisation; // handle
    std::string role;
    Minutes minutes_per_week = 0;
    Date from;
    std::optional<Date> until;
    std::optional<Date> until_known_on; // when `until` was set; none: known from the start
    std::optional<std::string> contract;
    std::optional<std::string> supervisor;
    std::string scope = "local";
    std::optional<std::string> funding; // id from [[funding]]: who pays for this work

    bool active_on(Date day) const {
        return to_days(from) <= to_days(day) && (!until || to_days(day) <= to_days(*until));
    }
};

struct Referral {
    std::string target; // id from [[referral_targets]]
    std::int64_t count = 1;
};

// One thing a key person did: the log's row.
struct Activity {
    Id id = 0;
    Date date;
    std::optional<int> time; // minutes after midnight, when --at was given
    Id person_id = 0;
    std::string person; // handle
    std::string type;
    std::optional<std::string> role;
    std::optional<Id> organisation_id;
    std::optional<std::string> organisation; // handle
    std::optional<Id> assignment_id;
    Minutes minutes = 0;
    std::vector<std::string> themes;
    std::int64_t questions = 0;             // questions the key person received
    std::int64_t reached = 0;               // newcomers reached
    std::int64_t reached_professionals = 0; // professionals reached
    std::vector<Referral> referrals;
    std::int64_t km_tenths = 0;
    Cents expenses_cents = 0;
    bool after_hours = false;
    std::optional<std::string> ref; // an external id, so re-run imports never count twice
    std::optional<std::string> note;
};

// Where a community signal stands. Each step has its date; a signal's status on a day is the
// latest step taken by then.
inline constexpr const char* signal_statuses[] = {"open", "forwarded", "answered", "closed"};

// Something a key person noticed in their community (a need, a recurring problem) and what
// became of it: forwarded to an organisation, answered, closed.
struct Signal {
    Id id = 0;
    Date date; // raised
    std::optional<Id> person_id;
    std::optional<std::string> person; // handle
    std::string text;
    std::vector<std::string> themes;
    std::optional<Id> organisation_id;
    std::optional<std::string> organisation; // handle
    std::optional<Date> forwarded_on;
    std::optional<std::string> answer; // what was done with it, fed back to the key person
    std::optional<Date> answered_on;
    std::optional<Date> closed_on;
};

} // namespace sleutel
