// SQL for key persons and their trainings, goals and statuses, and for the handles and records of
// persons and organisations. Callers run these inside Store::write() where they change something.
#pragma once
#include "model/entities.hpp"
#include "store/store.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sleutel::db {

// Handles of one kind: "person" or "organisation".
enum class Kind { person, organisation };
std::optional<Id> find_handle(Store& store, Kind kind, std::string_view handle);
// (id, handle) of every record whose handle starts with `prefix`, at most `limit`.
std::vector<std::pair<Id, std::string>>
handles_with_prefix(Store& store, Kind kind, std::string_view prefix, int limit = 20);
std::vector<std::string> all_handles(Store& store, Kind kind);

Id insert_person(Store& store, const std::string& handle, const PersonFields& fields,
                 Date status_since);
// Changes only the fields that are set; languages merge by code; trainings are added.
void update_person(Store& store, Id id, const PersonFields& fields);
Person load_person(Store& store, Id id);
// Everyone, with languages, in handle order; `status` filters when given.
std::vector<Person> list_persons(Store& store, const std::optional<std::string>& status);

void add_training(Store& store, Id person, const Training& training);
std::vector<Training> trainings(Store& store, Id person);
// Every person's trainings (or one person's), in one query.
std::map<Id, std::vector<Training>> trainings_by_person(Store& store, std::optional<Id> person);
Id add_goal(Store& store, Id person, const std::string& text, std::optional<Date> due,
            Date created_on);
// False when the goal does not belong to the person.
bool finish_goal(Store& store, Id person, Id goal, Date done_on);
std::vector<Goal> goals(Store& store, Id person);
// Every person's goals (or one person's), in one query.
std::map<Id, std::vector<Goal>> goals_by_person(Store& store, std::optional<Id> person);
void set_status(Store& store, Id person, const std::string& status, Date since);
std::vector<StatusChange> status_history(Store& store, Id person);

// Minutes of activity logged by a person between two days, inclusive.
Minutes minutes_logged(Store& store, Id person, Date from, Date to);
// The same for every person who logged anything in those days, in one query.
std::map<Id, Minutes> minutes_logged_by_person(Store& store, Date from, Date to);

// Erases a person's personal data and gives them `anonymous_handle`; activities and assignments
// stay for the counts. The audit trail is rewritten to the new handle too.
void erase_person(Store& store, Id id, const std::string& old_handle,
                  const std::string& anonymous_handle);

// Every person's status changes, in date order.
std::map<Id, std::vector<StatusChange>> status_histories(Store& store);
// Rows of another table that point at a person or organisation and would not go with it: every
// foreign key to its table that is not ON DELETE CASCADE (activities, assignments, and whatever a
// later schema adds). Only tables with such rows are listed, in table order.
struct Reference {
    std::string table;
    std::int64_t rows = 0;
};
std::vector<Reference> references_to(Store& store, Kind kind, Id id);
// Deletes the record; the rows that belong to it (ON DELETE CASCADE: a person's languages,
// statuses, trainings, goals, agreements and age bands) go with it.
void delete_record(Store& store, Kind kind, Id id);

} // namespace sleutel::db
