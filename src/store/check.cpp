// Checking the database: SQLite's integrity and foreign-key checks, the schema objects the
// version promises, and rows that contradict each other.
#include "store/store.hpp"

#include "store/connection.hpp"
#include "util/i18n.hpp"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <iterator>
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

// What `expected` names and `present` lacks, in order.
std::vector<std::string> missing_of(const std::set<std::string>& expected,
                                    const std::set<std::string>& present) {
    std::vector<std::string> missing;
    std::set_difference(expected.begin(), expected.end(), present.begin(), present.end(),
                        std::back_inserter(missing));
    return missing;
}

// Tables and indexes the schema version promises but the file lacks (tampering, a bad copy).
std::vector<std::string> missing_schema_objects(SQLite::Database& db) {
    return missing_of(schema_objects(*store::reference_schema()), schema_objects(db));
}

// The same on a server: its tables, indexes and triggers by the names the SQLite schema gives.
std::set<std::string> server_schema_objects(sql::Database& db) {
    std::set<std::string> names;
    sql::Statement q(
        db, "SELECT 'table', table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() "
            "UNION SELECT 'index', indexname FROM pg_indexes WHERE schemaname = current_schema() "
            "UNION SELECT 'trigger', trigger_name FROM information_schema.triggers "
            "WHERE trigger_schema = current_schema()");
    while (q.executeStep())
        names.insert(q.getColumn(0).getString() + " " + q.getColumn(1).getString());
    return names;
}

std::vector<std::string> missing_server_objects(sql::Database& db) {
    const auto reference = store::reference_schema();
    std::set<std::string> expected = schema_objects(*reference);
    // SQLite's own indexes of keys and UNIQUE columns: the server names its own.
    std::erase_if(expected, [](const std::string& o) { return o.starts_with("index sqlite_"); });
    // The server's own: its schema version, and the triggers that give ids as SQLite does.
    expected.insert({"table sleutel_schema", "table id_counter"});
    SQLite::Statement ids(*reference, "SELECT m.name FROM sqlite_schema m "
                                      "JOIN pragma_table_info(m.name) c "
                                      "WHERE m.type = 'table' AND c.name = 'id' AND c.pk = 1");
    while (ids.executeStep()) {
        expected.insert("trigger " + ids.getColumn(0).getString() + "_id");
        expected.insert("trigger " + ids.getColumn(0).getString() + "_id_deleted");
    }
    return missing_of(expected, server_schema_objects(db));
}

// Rows that are valid one by one but contradict each other (see Store::check()).
void logical_problems(sql::Database& db, std::vector<std::string>& problems) {
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
        sql::Statement q(db, sql);
        while (q.executeStep())
            problems.push_back(fmt::format(fmt::runtime(_(message)), q.getColumn(0).getString(),
                                           q.getColumn(1).getString(), q.getColumn(2).getString()));
    }
}

// Monthly totals that no longer match the activities of their month. The schema's triggers keep
// them in step with any writer; only a change made with the triggers dropped can part them.
void tally_problems(sql::Database& db, std::vector<std::string>& problems) {
    constexpr int sums = 10; // activities ... expenses_cents, then the theme rows
    sql::Statement totals(
        db, "SELECT coalesce(sum(activities), 0), coalesce(sum(minutes), 0), "
            "coalesce(sum(reached), 0), coalesce(sum(questions), 0), "
            "coalesce(sum(reached_professionals), 0), coalesce(sum(referrals), 0), "
            "coalesce(sum(after_hours), 0), coalesce(sum(km_tenths), 0), "
            "coalesce(sum(expenses_cents), 0), "
            "(SELECT coalesce(sum(activities), 0) FROM month_theme_tally WHERE month = ?) "
            "FROM month_tally WHERE month = ?");
    sql::Statement log(
        db, "SELECT count(*), coalesce(sum(minutes), 0), coalesce(sum(reached), 0), "
            "coalesce(sum(questions), 0), coalesce(sum(reached_professionals), 0), "
            "coalesce((SELECT sum(r.count) FROM activity_referral r JOIN activity x "
            "ON x.id = r.activity_id WHERE x.date BETWEEN ? AND ?), 0), "
            "coalesce(sum(after_hours), 0), coalesce(sum(km_tenths), 0), "
            "coalesce(sum(expenses_cents), 0), "
            "(SELECT count(*) FROM activity y LEFT JOIN activity_theme t ON t.activity_id = y.id "
            "WHERE y.date BETWEEN ? AND ?) "
            "FROM activity WHERE date BETWEEN ? AND ?");
    sql::Statement months(db, "SELECT month FROM tally_month ORDER BY month");
    while (months.executeStep()) {
        const std::string month = months.getColumn(0).getString();
        // Text dates: every day of the month sorts between these two.
        const std::string first = month + "-01", last = month + "-31";
        totals.bind(1, month);
        totals.bind(2, month);
        for (int i = 1; i <= 5; i += 2) {
            log.bind(i, first);
            log.bind(i + 1, last);
        }
        totals.executeStep();
        log.executeStep();
        for (int i = 0; i < sums; ++i)
            if (totals.getColumn(i).getInt64() != log.getColumn(i).getInt64()) {
                problems.push_back(
                    _f("the monthly totals of {} disagree with its activities", month));
                break;
            }
        totals.reset();
        log.reset();
    }
}

} // namespace

std::vector<std::string> Store::check() {
    std::vector<std::string> problems;
    if (on_server()) {
        // The server keeps its own pages and foreign keys whole; what it cannot see is the same.
        sql::Database& db = *connection_->db;
        read([&] {
            for (const std::string& object : missing_server_objects(db))
                problems.push_back(_f("{} is missing", object));
            if (!problems.empty())
                return;
            logical_problems(db, problems);
            tally_problems(db, problems);
        });
        return problems;
    }
    const std::vector<std::string> missing = missing_schema_objects(connection_->sqlite());
    for (const std::string& object : missing)
        problems.push_back(_f("{} is missing", object));
    // The other checks read every table: with one gone they could not run.
    if (std::any_of(missing.begin(), missing.end(),
                    [](const std::string& object) { return object.starts_with("table "); }))
        return problems;
    SQLite::Statement integrity(connection_->sqlite(), "PRAGMA integrity_check");
    while (integrity.executeStep()) {
        std::string line = integrity.getColumn(0).getString();
        if (line != "ok")
            problems.push_back(std::move(line));
    }
    SQLite::Statement foreign(connection_->sqlite(), "PRAGMA foreign_key_check");
    while (foreign.executeStep()) {
        // Tables WITHOUT ROWID have no row number to show.
        problems.push_back(
            foreign.getColumn(1).isNull()
                ? _f("{} a row refers to a missing {}", foreign.getColumn(0).getString(),
                     foreign.getColumn(2).getString())
                : _f("{} row {} refers to a missing {}", foreign.getColumn(0).getString(),
                     foreign.getColumn(1).getInt64(), foreign.getColumn(2).getString()));
    }
    logical_problems(*connection_->db, problems);
    tally_problems(*connection_->db, problems);
    return problems;
}

} // namespace sleutel
