// What held when: the agreements and statuses a report of a past period must use.
#include "report/builders.hpp"

#include "store/agreement_store.hpp"
#include "store/people_store.hpp"

namespace sleutel::report {

const std::map<Id, std::vector<Agreement>>& Context::agreements() const {
    if (!agreements_cache)
        agreements_cache = db::agreements_by_person(store);
    return *agreements_cache;
}

const std::vector<Agreement>& Context::agreements_of(Id person) const {
    static const std::vector<Agreement> none;
    const auto& all = agreements();
    const auto it = all.find(person);
    return it == all.end() ? none : it->second;
}

std::string Context::status_on(const Person& person, Date day) const {
    if (!statuses_cache)
        statuses_cache = db::status_histories(store);
    const auto it = statuses_cache->find(person.id);
    if (it == statuses_cache->end() || it->second.empty())
        return person.status;
    std::string status = it->second.front().status;
    for (const StatusChange& change : it->second)
        if (to_days(change.since) <= to_days(day))
            status = change.status;
    return status;
}

Date Context::as_of() const {
    return to_days(request.today) < to_days(scope.to) ? request.today : scope.to;
}

} // namespace sleutel::report
