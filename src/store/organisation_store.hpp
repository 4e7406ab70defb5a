// SQL for organisations and assignments. Callers run these inside Store::write() where they change
// something.
#pragma once
#include "model/entities.hpp"
#include "store/store.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sleutel::db {

Id insert_organisation(Store& store, const std::string& handle, const OrganisationFields& fields);
void update_organisation(Store& store, Id id, const OrganisationFields& fields);
Organisation load_organisation(Store& store, Id id);

Id insert_assignment(Store& store, const Assignment& assignment);
std::optional<Assignment> load_assignment(Store& store, Id id);
// `known_on`: the day the end was decided.
void end_assignment(Store& store, Id id, Date until, Date known_on);
void delete_assignment(Store& store, Id id);
struct AssignmentFilter {
    std::optional<Id> person;
    std::optional<Id> organisation;
    std::optional<std::string> role;
    std::optional<Date> active_on;
};
std::vector<Assignment> assignments(Store& store, const AssignmentFilter& filter);
// The same assignments one at a time, for a listing that holds one.
void for_each_assignment(Store& store, const AssignmentFilter& filter,
                         const std::function<void(const Assignment&)>& each);

} // namespace sleutel::db
