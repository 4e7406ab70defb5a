// The rules of the activity log: ids from the config, no future dates, role and organisation
// from the person's assignment, after-hours from the working hours, and no client data in notes.
#pragma once
#include "domain/agreement.hpp"
#include "model/config.hpp"
#include "model/entities.hpp"
#include "store/people_store.hpp"
#include "store/store.hpp"

#include <map>
#include <string>
#include <vector>

namespace sleutel {

// Checks activities against the config and the database. Made once per command, it keeps
// persons, organisations and assignments in memory, so an import checks each row without
// queries.
class ActivityChecker {
  public:
    ActivityChecker(Store& store, const Config& config, Date today);

    // Resolves `a.person` and `a.organisation` (handles or unique prefixes), checks every id
    // and value, and fills role and organisation from the person's only active assignment
    // when neither is given (`fill_defaults`). Returns warnings; throws DataError.
    std::vector<std::string> check(Activity& a, bool fill_defaults);

  private:
    // A person's or organisation's id from its handle or a unique prefix; `handle` is set to
    // the full handle.
    Id lookup(db::Kind kind, const std::string& text, std::string& handle);
    void fill_assignment(Activity& a, bool fill_defaults, std::vector<std::string>& warnings);

    Store& store_;
    const Config& config_;
    Date today_;
    std::vector<std::string> types_, themes_, targets_, roles_;
    // Filled as persons and organisations are met: one `log` reads one person's assignments,
    // an import those of the few hundred persons in its file.
    std::map<std::string, Id, std::less<>> persons_, organisations_;
    std::map<Id, std::vector<Assignment>> assignments_;
    std::map<Id, std::vector<Agreement>> agreements_;
};

// Checks a note: at most 500 characters, no control characters, no personal data of a client
// (the error names the kind found, never the data).
void check_note(const std::string& note);

// Moves `a` to another key person (a handle or unique prefix, resolved by check()). Its role,
// organisation and assignment came from the old person's assignments, so they are cleared: check()
// with `fill_defaults` derives them from the new person's, as it does for `log`.
void move_to_person(Activity& a, const std::string& person);

// Examples for hints, with ids from the config in use (its first activity type and theme),
// never from the built-in one: a programme that renamed its themes gets an example that works
// as typed. `sleutel log amira TYPE 1h30 --theme THEME`, and the flags `log edit` can change.
std::string log_example(const Config& config);
std::string log_edit_example(const Config& config);

Id log_activity(Store& store, Activity activity);
void edit_activity(Store& store, const Activity& activity);
void delete_activity(Store& store, Id id);

} // namespace sleutel
