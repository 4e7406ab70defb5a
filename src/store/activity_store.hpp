// SQL for the activity log: one activity with its themes and referrals.
#pragma once
#include "model/entities.hpp"
#include "store/store.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sleutel::db {

// Prepared once, used for every row: `log` writes one activity, `log import` hundreds of
// thousands inside one transaction.
class ActivityWriter {
  public:
    explicit ActivityWriter(Store& store);
    ~ActivityWriter();
    ActivityWriter(const ActivityWriter&) = delete;
    ActivityWriter& operator=(const ActivityWriter&) = delete;
    Id insert(const Activity& activity);
    bool ref_exists(const std::string& ref);

  private:
    struct Statements;
    Store& store_;
    std::string created_at_; // one moment for everything this writer writes
    std::unique_ptr<Statements> statements_;
};

std::optional<Activity> load_activity(Store& store, Id id);
// Rewrites the activity, its themes and referrals.
void update_activity(Store& store, const Activity& activity);
void delete_activity(Store& store, Id id);
std::optional<Id> activity_with_ref(Store& store, const std::string& ref);

struct ActivityFilter {
    Date from;
    Date to;
    std::optional<Id> person;
    std::optional<std::string> type;
    std::optional<std::string> theme;
};
std::vector<Activity> list_activities(Store& store, const ActivityFilter& filter);
// The same activities in the same order, handed to `each` one at a time (with their themes and
// referrals), so a listing of any length holds one.
void for_each_activity(Store& store, const ActivityFilter& filter,
                       const std::function<void(const Activity&)>& each);

// Activities of the types that count as intervision or training (`counts_as` in the config),
// found through the index on (type, person_id, date). No types, no query: the answer is empty.
//
// Each person's latest such activity on or before `until`, in one grouped query for everyone.
std::map<Id, Date> last_activity_of_types(Store& store, const std::vector<std::string>& types,
                                          Date until);
// One person's latest.
std::optional<Date> last_activity_of_types(Store& store, Id person,
                                           const std::vector<std::string>& types, Date until);
struct TypedActivity {
    Id id = 0;
    Date date;
    std::string type;
};
// One person's, oldest first.
std::vector<TypedActivity> activities_of_types(Store& store, Id person,
                                               const std::vector<std::string>& types, Date until);

} // namespace sleutel::db
