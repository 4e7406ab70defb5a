// Checking the database: SQLite's integrity and foreign-key checks, the schema objects the
// version promises, and rows that contradict each other.
#include "store/store.hpp"

#include "store/connection.hpp"
#include "util/i18n.hpp"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <set>

namespace sleutel {

namespace {

// The tables, indexes, views and triggers of `db`, as "table activity", "index activity_date".
std::set<std::string> schema_objects(SQLite::Database& db) {
    std::set<std::string> names;
    SQLite::Statement q(db, "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    while (q.executeStep())
        names.insert(q.getColumn(0).getString() + " " + q.getColumn(1).getString());
    return names;
}

// Tables and indexes the schema version promises but the file lacks (tampering, a bad copy).
std::vector<std::string> missing_schema_objects(SQLite::Database& db) {
    // What the schema should hold is what the migrations make: built in memory and compared.
    SQLite::Database reference(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    store::apply_migrations(reference, 0);
    const std::set<std::string> present = schema_objects(db);
    std::vector<std::string> missing;
    for (const std::string& object : schema_objects(reference))
        if (!present.contains(object))
            missing.push_back(object);
    return missing;
}

// Rows that are valid one by one but contradict each other (see Store::check()).
void logical_problems(SQLite::Database& db, std::vector<std::string>& problems) {
    // What the schema's CHECKs and foreign keys cannot see, or another tool may have bypassed.
    // Each query names ids and dates only, never a person's data.
    static constexpr std::array<std::pair<const char*, const char*>, 5> checks{{
        {"SELECT id, from_date, until_date FROM assignment WHERE until_date < from_date",
         N_("assignment {0} ends on {2} before it starts on {1}")},
        {"SELECT a.id, a.date, p.since FROM activity a JOIN person p ON p.id = a.person_id "
         "WHERE p.since IS NOT NULL AND a.date < p.since",
         N_("activity {} on {} is before its key person joined the programme on {}")},
        {"SELECT a.id, a.assignment_id, s.person_id FROM activity a "
         "JOIN assignment s ON s.id = a.assignment_id WHERE s.person_id <> a.person_id",
         N_("activity {} is linked to assignment {} of another key person (id {})")},
        {"SELECT a.id, a.date, s.id FROM activity a JOIN assignment s ON s.id = a.assignment_id "
         "WHERE a.date < s.from_date OR (s.until_date IS NOT NULL AND a.date > s.until_date)",
         N_("activity {} on {} is outside the dates of its assignment {}")},
        {"SELECT g.id, g.done_on, g.created_on FROM goal g WHERE g.done_on < g.created_on",
         N_("goal {} was done on {} before it was set on {}")},
    }};
    for (const auto& [sql, message] : checks) {
        SQLite::Statement q(db, sql);
        while (q.executeStep())
            problems.push_back(fmt::format(fmt::runtime(_(message)), q.getColumn(0).getString(),
                                           q.getColumn(1).getString(), q.getColumn(2).getString()));
    }
}

// Monthly totals that no longer match the activities of their month. The schema's triggers keep
// them in step with any writer; only a change made with the triggers dropped can part them.
void tally_problems(SQLite::Database& db, std::vector<std::string>& problems) {
    SQLite::Statement q(
        db, "SELECT m.month, "
            "(SELECT printf('%d %d %d %d %d %d %d %d %d', coalesce(sum(activities), 0), "
            "coalesce(sum(minutes), 0), coalesce(sum(reached), 0), coalesce(sum(questions), 0), "
            "coalesce(sum(reached_professionals), 0), coalesce(sum(referrals), 0), "
            "coalesce(sum(after_hours), 0), coalesce(sum(km_tenths), 0), "
            "coalesce(sum(expenses_cents), 0)) FROM month_tally WHERE month = m.month), "
            "(SELECT printf('%d %d %d %d %d %d %d %d %d', count(*), coalesce(sum(minutes), 0), "
            "coalesce(sum(reached), 0), coalesce(sum(questions), 0), "
            "coalesce(sum(reached_professionals), 0), coalesce(sum((SELECT sum(r.count) "
            "FROM activity_referral r WHERE r.activity_id = a.id)), 0), "
            "coalesce(sum(after_hours), 0), coalesce(sum(km_tenths), 0), "
            "coalesce(sum(expenses_cents), 0)) FROM activity a "
            "WHERE a.date BETWEEN m.month || '-01' AND m.month || '-31'), "
            "(SELECT coalesce(sum(activities), 0) FROM month_theme_tally WHERE month = m.month), "
            "(SELECT count(*) FROM activity a LEFT JOIN activity_theme t ON t.activity_id = a.id "
            "WHERE a.date BETWEEN m.month || '-01' AND m.month || '-31') "
            "FROM tally_month m");
    while (q.executeStep())
        if (q.getColumn(1).getString() != q.getColumn(2).getString() ||
            q.getColumn(3).getInt64() != q.getColumn(4).getInt64())
            problems.push_back(_f("the monthly totals of {} disagree with its activities",
                                  q.getColumn(0).getString()));
}

} // namespace

std::vector<std::string> Store::check() {
    std::vector<std::string> problems;
    const std::vector<std::string> missing = missing_schema_objects(connection_->db);
    for (const std::string& object : missing)
        problems.push_back(_f("{} is missing", object));
    // The other checks read every table: with one gone they could not run.
    if (std::any_of(missing.begin(), missing.end(),
                    [](const std::string& object) { return object.starts_with("table "); }))
        return problems;
    SQLite::Statement integrity(connection_->db, "PRAGMA integrity_check");
    while (integrity.executeStep()) {
        std::string line = integrity.getColumn(0).getString();
        if (line != "ok")
            problems.push_back(std::move(line));
    }
    SQLite::Statement foreign(connection_->db, "PRAGMA foreign_key_check");
    while (foreign.executeStep()) {
        // Tables WITHOUT ROWID have no row number to show.
        problems.push_back(
            foreign.getColumn(1).isNull()
                ? _f("{} a row refers to a missing {}", foreign.getColumn(0).getString(),
                     foreign.getColumn(2).getString())
                : _f("{} row {} refers to a missing {}", foreign.getColumn(0).getString(),
                     foreign.getColumn(1).getInt64(), foreign.getColumn(2).getString()));
    }
    logical_problems(connection_->db, problems);
    tally_problems(connection_->db, problems);
    return problems;
}

} // namespace sleutel
