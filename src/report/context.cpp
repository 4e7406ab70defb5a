// What every report of one database reads: its people, the period's aggregates asked of the
// database once, and what held when (the agreements and statuses a past period must use).
#include "report/builders.hpp"

#include "domain/allowance.hpp"
#include "store/agreement_store.hpp"
#include "store/people_store.hpp"

#include <algorithm>

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
        year_days_cache = work_of(year);
    }
    return *year_days_cache;
}

Age Context::age_of(Id person) const {
    if (!age_bands_cache)
        age_bands_cache = db::age_bands_by_person(store);
    Age age;
    if (const auto p = persons.find(person); p != persons.end())
        age.adult_from = adult_from(p->second.fields.birth_date, p->second.fields.birth_year);
    if (const auto kept = age_bands_cache->find(person); kept != age_bands_cache->end())
        age.bands = kept->second;
    return age;
}

std::map<Id, std::vector<WorkDay>> Context::work_of(const db::ActivityScope& span) const {
    // The whole months of the span come from the monthly totals: a month whose terms (agreement,
    // age) held every day goes in as one day, which is what the allowance makes of it anyway;
    // a month whose terms changed, and a last month not yet whole, are read day by day. A year
    // to date then costs a few hundred rows a month instead of every activity.
    using namespace std::chrono;
    const Date month_start{span.to.year(), span.to.month(), day{1}};
    const bool last_whole = Date{span.to.year() / span.to.month() / last} == span.to;
    db::ActivityScope whole = span;
    whole.to = last_whole ? span.to : Date{sys_days{month_start} - days{1}};
    std::optional<std::map<Id, std::vector<WorkDay>>> months;
    if (to_days(whole.to) >= to_days(whole.from))
        months = db::person_month_work(store, whole);
    if (!months)
        return db::person_days(store, span);

    std::map<Id, std::vector<WorkDay>> work;
    // Whose months are read day by day, per month: one query a month, however many people.
    std::map<sys_days, std::vector<Id>> day_by_day;
    for (auto& [id, person_months] : *months) {
        const Age age = age_of(id);
        for (const WorkDay& month : person_months) {
            if (same_terms_all_month(agreements_of(id), age, month.date))
                work[id].push_back(month);
            else
                day_by_day[to_days(month.date)].push_back(id);
        }
    }
    const auto add_days = [&](Date from, Date to, const std::vector<Id>* only) {
        db::ActivityScope part = span;
        part.from = from;
        part.to = to;
        for (auto& [id, part_days] : db::person_days(store, part))
            if (!only || std::find(only->begin(), only->end(), id) != only->end())
                work[id].insert(work[id].end(), part_days.begin(), part_days.end());
    };
    for (const auto& [first, ids] : day_by_day) {
        const Date from{first};
        add_days(from, Date{from.year() / from.month() / last}, &ids);
    }
    if (!last_whole)
        add_days(month_start, span.to, nullptr);
    // Whole months and days were added in two passes: put each person's in date order again.
    for (auto& [id, person_work] : work)
        std::stable_sort(
            person_work.begin(), person_work.end(),
            [](const WorkDay& a, const WorkDay& b) { return to_days(a.date) < to_days(b.date); });
    return work;
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
