// The statement behind one target. The WHERE clause holds only the filters given, each bound as a
// parameter, so SQLite can seek the date index (or the person's) and the theme and funding
// lookups stay one primary-key probe per activity.
#include "store/progress_store.hpp"

#include "store/connection.hpp"
#include "store/month_tally.hpp"

#include <fmt/format.h>

namespace sleutel::db {

namespace {

// What the SELECT adds up, over the activities `a` that pass the filters, or over their monthly
// totals (`totals`), whose columns carry the activity's names.
std::string activity_aggregate(Measure measure, bool totals) {
    switch (measure) {
    case Measure::activities:
        return totals ? "coalesce(sum(a.activities), 0)" : "count(*)";
    case Measure::minutes:
        return "coalesce(sum(a.minutes), 0)";
    case Measure::reached:
        return "coalesce(sum(a.reached), 0)";
    case Measure::reached_professionals:
        return "coalesce(sum(a.reached_professionals), 0)";
    case Measure::questions:
        return "coalesce(sum(a.questions), 0)";
    case Measure::referrals:
        return totals ? "coalesce(sum(a.referrals), 0)"
                      : "coalesce(sum((SELECT sum(r.count) FROM activity_referral r "
                        "WHERE r.activity_id = a.id)), 0)";
    case Measure::persons_active:
        return "count(DISTINCT a.person_id)";
    case Measure::signals:
        break;
    }
    return totals ? "coalesce(sum(a.activities), 0)" : "count(*)";
}

bool counts_reach(Measure measure) {
    return measure == Measure::reached || measure == Measure::reached_professionals ||
           measure == Measure::questions;
}

std::string placeholders(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += i == 0 ? fmt::format(":internal{}", i) : fmt::format(", :internal{}", i);
    return out;
}

// On the monthly totals (`totals`) a theme filter picks the theme's rows of month_theme_tally,
// where an activity counts once per theme, as the EXISTS does on the log.
std::string activity_sql(const ProgressQuery& q, bool totals) {
    std::string joins;
    std::string where =
        totals ? " WHERE a.month BETWEEN :from AND :to" : " WHERE a.date BETWEEN :from AND :to";
    if (q.municipality || q.scope_municipality)
        joins += " JOIN person p ON p.id = a.person_id";
    if (q.person)
        where += " AND a.person_id = :person";
    if (q.scope_municipality)
        where += " AND p.municipality = :scope_municipality";
    if (q.municipality)
        where += " AND p.municipality = :municipality";
    if (q.type)
        where += " AND a.type = :type";
    if (q.theme)
        where += totals ? " AND a.theme = :theme"
                        : " AND EXISTS (SELECT 1 FROM activity_theme t WHERE t.activity_id = a.id "
                          "AND t.theme = :theme)";
    if (q.funding)
        where += " AND EXISTS (SELECT 1 FROM assignment s WHERE s.id = a.assignment_id "
                 "AND s.funding = :funding)";
    if (counts_reach(q.measure) && !q.internal_types.empty())
        where += fmt::format(" AND a.type NOT IN ({})", placeholders(q.internal_types.size()));
    const char* table =
        !totals ? "activity a" : (q.theme ? "month_theme_tally a" : "month_tally a");
    return fmt::format("SELECT {} FROM {}{}{}", activity_aggregate(q.measure, totals), table, joins,
                       where);
}

// A signal belongs to a municipality through the key person who raised it; one without a
// person belongs to none, so a municipality filter leaves it out.
std::string signal_sql(const ProgressQuery& q) {
    std::string joins;
    std::string where = " WHERE g.date BETWEEN :from AND :to";
    if (q.municipality || q.scope_municipality)
        joins += " JOIN person p ON p.id = g.person_id";
    if (q.person)
        where += " AND g.person_id = :person";
    if (q.scope_municipality)
        where += " AND p.municipality = :scope_municipality";
    if (q.municipality)
        where += " AND p.municipality = :municipality";
    if (q.theme)
        where += " AND EXISTS (SELECT 1 FROM signal_theme t WHERE t.signal_id = g.id "
                 "AND t.theme = :theme)";
    return fmt::format("SELECT count(*) FROM signal g{}{}", joins, where);
}

} // namespace

namespace {

std::int64_t count_on(Store& store, const ProgressQuery& query,
                      const std::optional<tallies::Months>& totals) {
    const bool signals = query.measure == Measure::signals;
    sql::Statement q(connection(store),
                     signals ? signal_sql(query) : activity_sql(query, totals.has_value()));
    q.bind(":from", totals ? totals->first : format_date(query.from));
    q.bind(":to", totals ? totals->last : format_date(query.to));
    if (query.person)
        q.bind(":person", *query.person);
    if (query.scope_municipality)
        q.bind(":scope_municipality", *query.scope_municipality);
    if (query.municipality)
        q.bind(":municipality", *query.municipality);
    if (query.theme)
        q.bind(":theme", *query.theme);
    if (!signals) {
        if (query.type)
            q.bind(":type", *query.type);
        if (query.funding)
            q.bind(":funding", *query.funding);
        if (counts_reach(query.measure))
            for (std::size_t i = 0; i < query.internal_types.size(); ++i)
                q.bind(fmt::format(":internal{}", i), query.internal_types[i]);
    }
    q.executeStep();
    return q.getColumn(0).getInt64();
}

} // namespace

std::int64_t progress_count(Store& store, const ProgressQuery& query) {
    // A year to date of whole months adds up the monthly totals; signals are few and read as
    // they are.
    std::int64_t count = 0;
    if (query.measure != Measure::signals &&
        tallies::on_whole_months(store, query.from, query.to, [&](const tallies::Months& months) {
            count = count_on(store, query, months);
        }))
        return count;
    return count_on(store, query, std::nullopt);
}

} // namespace sleutel::db
