// What every report of one database reads: its people, the period's aggregates asked of the
// database once, and what held when (the agreements and statuses a past period must use).
#include "report/builders.hpp"

#include "store/agreement_store.hpp"
#include "store/people_store.hpp"

namespace sleutel::report {

Context::Context(const ContextOptions& options)
    : store(options.store), config(options.config),
      request(options.request), scope{options.request.period.from, options.request.period.to,
                                      options.person, options.request.municipality},
      lang(options.config.programme.language) {
    scope.internal_types = config.internal_types();
    for (Person& p : db::list_persons(store, std::nullopt))
        persons.emplace(p.id, std::move(p));
}

std::string Context::person_label(const Person& person) const {
    return person.fields.name.value_or(person.handle);
}

const std::vector<db::Group>& Context::groups(db::Dimension by) const {
    auto it = groups_cache.find(by);
    if (it == groups_cache.end())
        it = groups_cache.emplace(by, db::tally_by(store, scope, by)).first;
    return it->second;
}

const db::Tally& Context::totals() const {
    if (!totals_cache)
        totals_cache = db::tally_all(store, scope);
    return *totals_cache;
}

const std::map<Id, std::vector<WorkDay>>& Context::year_days() const {
    if (!year_days_cache) {
        db::ActivityScope year = scope;
        year.from = Date{scope.from.year(), std::chrono::January, std::chrono::day{1}};
        year_days_cache = db::person_days(store, year);
    }
    return *year_days_cache;
}

const std::vector<db::PersonMonth>& Context::year_months() const {
    if (!year_months_cache) {
        std::vector<db::PersonMonth> months;
        for (const auto& [person, days] : year_days())
            for (const WorkDay& day : days) {
                const std::string month = format_date(day.date).substr(0, 7);
                if (months.empty() || months.back().person != person ||
                    months.back().month != month)
                    months.push_back({person, month, 0, 0, 0});
                months.back().minutes += day.minutes;
                months.back().km_tenths += day.km_tenths;
                months.back().after_hours += day.after_hours;
            }
        year_months_cache = std::move(months);
    }
    return *year_months_cache;
}

bool Context::selected(const Person& person) const {
    if (scope.person && person.id != *scope.person)
        return false;
    if (scope.municipality && person.fields.municipality != scope.municipality)
        return false;
    return true;
}

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
