// Domain rules for registering key persons and organisations, assigning them, keeping their
// supervision records and removing them: what is valid, what refers to what, what gets audited.
#pragma once
#include "model/agreement.hpp"
#include "model/config.hpp"
#include "model/entities.hpp"
#include "store/people_store.hpp"
#include "util/error.hpp"
#include "util/expected.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

struct Found {
    Id id;
    std::string handle;
};
// An exact handle, else a unique prefix of one; or, when there is none or several, the error that
// says so (with the candidates, or the closest handle), for a caller to whom that is an outcome
// (a person sought in several databases).
Expected<Found, DataError> find(Store& store, db::Kind kind, std::string_view text);
// find() for a caller to whom unknown or ambiguous ends the command: it throws the DataError.
Found resolve(Store& store, db::Kind kind, std::string_view text);

// A CBS code or municipality name from the config, as its code.
std::string municipality_code(const Config& config, std::string_view code_or_name);
// `id` must be one of `list` (roles, themes, ...): DataError with a did-you-mean and the ids.
void require_known(std::span<const std::string> ids, std::string_view id, std::string_view what);
std::vector<std::string> ids_of(const auto& list) {
    std::vector<std::string> ids;
    for (const auto& item : list)
        ids.push_back(item.id);
    return ids;
}
// One of a fixed set of words (contract forms, genders, statuses, scopes).
void require_one_of(std::span<const char* const> words, std::string_view value,
                    std::string_view what);

// The handle prefix given to erased persons; not available for registration.
inline constexpr std::string_view anonymous_prefix = "anon-";

struct Registered {
    Id id;
    bool created;
};
// Erased records stay for the counts; nothing personal may be added to them again (DataError).
void require_not_erased(const std::string& handle);
// A training recorded: its name passes the privacy guard, and it was not completed after `today`.
void check_training(const Training& training, Date today);
// Checks and normalises fields against the config (municipality names become codes).
void check_person(const Config& config, const std::string& handle, PersonFields& fields,
                  Date today);
void check_organisation(const Config& config, const std::string& handle,
                        OrganisationFields& fields);
// Inside a Store::write(): create, or with `update` change, one record and audit it.
Registered save_person(Store& store, const std::string& handle, const PersonFields& fields,
                       bool update, Date today);
Registered save_organisation(Store& store, const Config& config, const std::string& handle,
                             const OrganisationFields& fields, bool update);
// check + save in one transaction.
Registered register_person(Store& store, const Config& config, const std::string& handle,
                           PersonFields fields, bool update, Date today);
Registered register_organisation(Store& store, const Config& config, const std::string& handle,
                                 OrganisationFields fields, bool update);

struct Assigned {
    Id id;
    std::vector<std::string> warnings; // e.g. more hours assigned than the person has
};
// `assignment` names person and organisation by id; role, dates and hours are checked here.
Assigned assign(Store& store, const Config& config, Assignment assignment);
// `today`: when the end was decided, so past periods' alerts do not learn of it.
void end_assignment(Store& store, Id id, Date on, Date today);

Id add_goal(Store& store, const Found& person, const std::string& text, std::optional<Date> due,
            Date today);
void finish_goal(Store& store, const Found& person, Id goal, Date on);
void add_training(Store& store, const Found& person, const Training& training, Date today);
void change_status(Store& store, const Found& person, const std::string& status, Date since);

// Starts a new agreement period on `change.from` (or corrects the one starting that day); the
// fields not given carry over. Returns the period as saved.
Agreement set_agreement(Store& store, const Found& person, const AgreementChange& change);

struct Forgotten {
    std::string anonymous_handle;
    // False when another program kept old copies in the write-ahead log from being cleared.
    bool log_cleared;
};
// Erases the person's personal data (see sleutel forget).
Forgotten forget(Store& store, const Found& person, Date today);

// A person or organisation as `register delete` names it: by the exact handle, for a deletion
// is not done on a prefix that happens to be unique. Without `kind`, the handle must belong to
// one kind only. Unknown is DataError; a prefix of handles finds nothing and lists the full ones.
struct Registration {
    db::Kind kind;
    Found record;
};
struct RegistrationLookup {
    std::optional<Registration> found;
    std::vector<std::string> prefixed; // `person amira`, `org amira-zorg`: when not found
};
RegistrationLookup registration_to_delete(Store& store, std::optional<db::Kind> kind,
                                          std::string_view handle);
// Deletes a record registered by mistake, with the details that belong to it, in one audited
// transaction; DataError naming what still refers to it (activities, assignments ...).
void delete_registration(Store& store, const Registration& registration);

} // namespace sleutel
