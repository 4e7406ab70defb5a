// SQL for key persons and their supervision records: handles, person rows with their languages,
// trainings, goals and statuses, erasing one, and deleting a record with what belongs to it.
#include "store/people_store.hpp"

#include "store/agreement_store.hpp"
#include "store/connection.hpp"
#include "store/partial_update.hpp"
#include "store/sql_values.hpp"
#include "util/clock.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>
#include <map>

namespace sleutel::db {

namespace {

const char* table_of(Kind kind) {
    return kind == Kind::person ? "person" : "organisation";
}

Level level_of(const std::string& text) {
    for (unsigned i = 0; i <= static_cast<unsigned>(Level::native); ++i)
        if (format_level(static_cast<Level>(i)) == text)
            return static_cast<Level>(i);
    throw StorageError(_f("the database holds an invalid language level '{}'", text));
}

void upsert_languages(Store& store, Id person, const std::vector<LanguageSkill>& languages) {
    sql::Statement upsert(connection(store),
                          "INSERT INTO person_language (person_id, code, level) VALUES (?, ?, ?) "
                          "ON CONFLICT (person_id, code) DO UPDATE SET level = excluded.level");
    for (const LanguageSkill& skill : languages) {
        upsert.bind(1, person);
        upsert.bind(2, skill.code);
        upsert.bind(3, format_level(skill.level.value_or(Level::b1)));
        upsert.exec();
        upsert.reset();
    }
}

std::vector<LanguageSkill> languages_of(Store& store, Id person) {
    sql::Statement query(connection(store), "SELECT code, level FROM person_language "
                                            "WHERE person_id = ? ORDER BY code");
    query.bind(1, person);
    std::vector<LanguageSkill> out;
    while (query.executeStep())
        out.push_back({query.getColumn(0).getString(), level_of(query.getColumn(1).getString())});
    return out;
}

// Contract and hours come from the person's latest agreement period: the agreement history is
// their only record (the old person columns are no longer written).
constexpr const char* person_columns =
    "id, handle, name, municipality, origin, gender, birth_year, education, background, "
    "(SELECT g.contract FROM agreement g WHERE g.person_id = person.id "
    "ORDER BY g.from_date DESC LIMIT 1), "
    "(SELECT g.minutes_per_week FROM agreement g WHERE g.person_id = person.id "
    "ORDER BY g.from_date DESC LIMIT 1), "
    "since, phone, email, status, forgotten, birth_date";

Person person_from_row(sql::Statement& row) {
    Person p;
    p.id = row.getColumn(0).getInt64();
    p.handle = row.getColumn(1).getString();
    PersonFields& f = p.fields;
    f.name = text_or_null(row.getColumn(2));
    f.municipality = text_or_null(row.getColumn(3));
    f.origin = text_or_null(row.getColumn(4));
    f.gender = text_or_null(row.getColumn(5));
    if (!row.getColumn(6).isNull())
        f.birth_year = row.getColumn(6).getInt();
    f.education = text_or_null(row.getColumn(7));
    f.background = text_or_null(row.getColumn(8));
    f.contract = text_or_null(row.getColumn(9));
    if (!row.getColumn(10).isNull())
        f.minutes_per_week = row.getColumn(10).getInt64();
    f.since = date_or_null(row.getColumn(11));
    f.phone = text_or_null(row.getColumn(12));
    f.email = text_or_null(row.getColumn(13));
    p.status = row.getColumn(14).getString();
    p.forgotten = row.getColumn(15).getInt() != 0;
    f.birth_date = date_or_null(row.getColumn(16));
    return p;
}

} // namespace

std::optional<Id> find_handle(Store& store, Kind kind, std::string_view handle) {
    sql::Statement query(connection(store),
                         fmt::format("SELECT id FROM {} WHERE handle = ?", table_of(kind)));
    query.bind(1, std::string(handle));
    if (query.executeStep())
        return query.getColumn(0).getInt64();
    return std::nullopt;
}

std::vector<std::pair<Id, std::string>> handles_with_prefix(Store& store, Kind kind,
                                                            std::string_view prefix, int limit) {
    // Handles are [a-z0-9-], so a range scan on the unique index finds every prefix match.
    sql::Statement query(connection(store),
                         fmt::format("SELECT id, handle FROM {} WHERE handle >= ? "
                                     "AND handle < ? ORDER BY handle LIMIT ?",
                                     table_of(kind)));
    query.bind(1, std::string(prefix));
    query.bind(2, std::string(prefix) + "\x7f");
    query.bind(3, limit);
    std::vector<std::pair<Id, std::string>> out;
    while (query.executeStep())
        out.emplace_back(query.getColumn(0).getInt64(), query.getColumn(1).getString());
    return out;
}

std::vector<std::string> all_handles(Store& store, Kind kind) {
    sql::Statement query(connection(store),
                         fmt::format("SELECT handle FROM {} ORDER BY handle", table_of(kind)));
    std::vector<std::string> out;
    while (query.executeStep())
        out.push_back(query.getColumn(0).getString());
    return out;
}

Id insert_person(Store& store, const std::string& handle, const PersonFields& f,
                 Date status_since) {
    sql::Statement insert(
        connection(store),
        "INSERT INTO person (handle, name, municipality, origin, gender, birth_year, "
        "education, background, birth_date, since, phone, email, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, handle);
    bind_optional(insert, 2, f.name);
    bind_optional(insert, 3, f.municipality);
    bind_optional(insert, 4, f.origin);
    bind_optional(insert, 5, f.gender);
    bind_optional(insert, 6, f.birth_year);
    bind_optional(insert, 7, f.education);
    bind_optional(insert, 8, f.background);
    bind_optional(insert, 9, f.birth_date);
    bind_optional(insert, 10, f.since);
    bind_optional(insert, 11, f.phone);
    bind_optional(insert, 12, f.email);
    insert.bind(13, Clock::now_utc());
    insert.exec();
    const Id id = connection(store).getLastInsertRowid();
    // The first agreement period: what the person was registered with.
    Agreement first;
    first.from = f.since.value_or(status_since);
    first.contract = f.contract;
    first.minutes_per_week = f.minutes_per_week;
    first.given = (f.contract ? field_contract : 0u) | (f.minutes_per_week ? field_hours : 0u);
    save_agreement(store, id, first);
    upsert_languages(store, id, f.languages);
    for (const Training& t : f.trainings)
        add_training(store, id, t);
    set_status(store, id, "active", f.since.value_or(status_since));
    return id;
}

void update_person(Store& store, Id id, const PersonFields& f) {
    PartialUpdate update;
    update.set("name", f.name);
    update.set("municipality", f.municipality);
    update.set("origin", f.origin);
    update.set("gender", f.gender);
    update.set("birth_year", f.birth_year);
    update.set("education", f.education);
    update.set("background", f.background);
    update.set("birth_date", f.birth_date);
    update.set("since", f.since);
    update.set("phone", f.phone);
    update.set("email", f.email);
    update.run(store, "person", id);
    upsert_languages(store, id, f.languages);
    for (const Training& t : f.trainings)
        add_training(store, id, t);
}

Person load_person(Store& store, Id id) {
    sql::Statement query(connection(store),
                         fmt::format("SELECT {} FROM person WHERE id = ?", person_columns));
    query.bind(1, id);
    if (!query.executeStep())
        throw InternalError(_f("person {} vanished", id));
    Person p = person_from_row(query);
    p.fields.languages = languages_of(store, id);
    p.fields.trainings = trainings(store, id);
    return p;
}

std::vector<Person> list_persons(Store& store, const std::optional<std::string>& status) {
    sql::Statement query(
        connection(store),
        fmt::format("SELECT {} FROM person WHERE CAST(?1 AS TEXT) IS NULL OR status = ?1 "
                    "ORDER BY handle",
                    person_columns));
    bind_optional(query, 1, status);
    std::vector<Person> persons;
    std::map<Id, std::size_t> index;
    while (query.executeStep()) {
        persons.push_back(person_from_row(query));
        index[persons.back().id] = persons.size() - 1;
    }
    // All languages in one query, not one per person.
    sql::Statement languages(connection(store),
                             "SELECT person_id, code, level FROM person_language "
                             "ORDER BY person_id, code");
    while (languages.executeStep()) {
        const auto it = index.find(languages.getColumn(0).getInt64());
        if (it != index.end())
            persons[it->second].fields.languages.push_back(
                {languages.getColumn(1).getString(), level_of(languages.getColumn(2).getString())});
    }
    return persons;
}

void add_training(Store& store, Id person, const Training& training) {
    sql::Statement insert(connection(store),
                          "INSERT INTO training (person_id, name, completed_on) VALUES (?, ?, ?)");
    insert.bind(1, person);
    insert.bind(2, training.name);
    bind_optional(insert, 3, training.completed_on);
    insert.exec();
}

// The rows of a table about persons, grouped by person: for everyone, or for the one given as
// ?1. The query's first column is the person's id; `read` makes a row of the others.
template <class Row, class Read>
std::map<Id, std::vector<Row>> by_person(Store& store, const char* sql, std::optional<Id> person,
                                         Read read) {
    sql::Statement query(connection(store), sql);
    bind_optional(query, 1, person);
    std::map<Id, std::vector<Row>> out;
    while (query.executeStep())
        out[query.getColumn(0).getInt64()].push_back(read(query));
    return out;
}

std::map<Id, std::vector<Training>> trainings_by_person(Store& store, std::optional<Id> person) {
    return by_person<Training>(
        store,
        "SELECT person_id, id, name, completed_on FROM training WHERE CAST(?1 AS BIGINT) IS NULL "
        "OR "
        "person_id = ?1 ORDER BY person_id, completed_on IS NULL, completed_on, id",
        person, [](sql::Statement& q) {
            return Training{q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                            date_or_null(q.getColumn(3))};
        });
}

std::vector<Training> trainings(Store& store, Id person) {
    return std::move(trainings_by_person(store, person)[person]);
}

Id add_goal(Store& store, Id person, const std::string& text, std::optional<Date> due,
            Date created_on) {
    sql::Statement insert(connection(store), "INSERT INTO goal (person_id, text, due, created_on) "
                                             "VALUES (?, ?, ?, ?)");
    insert.bind(1, person);
    insert.bind(2, text);
    bind_optional(insert, 3, due);
    insert.bind(4, format_date(created_on));
    insert.exec();
    return connection(store).getLastInsertRowid();
}

bool finish_goal(Store& store, Id person, Id goal, Date done_on) {
    sql::Statement update(connection(store),
                          "UPDATE goal SET done_on = ? WHERE id = ? AND person_id = ?");
    update.bind(1, format_date(done_on));
    update.bind(2, goal);
    update.bind(3, person);
    return update.exec() == 1;
}

std::map<Id, std::vector<Goal>> goals_by_person(Store& store, std::optional<Id> person) {
    return by_person<Goal>(
        store,
        "SELECT person_id, id, text, due, done_on, created_on FROM goal "
        "WHERE CAST(?1 AS BIGINT) IS NULL OR person_id = ?1 ORDER BY person_id, id",
        person, [](sql::Statement& q) {
            return Goal{q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                        date_or_null(q.getColumn(3)), date_or_null(q.getColumn(4)),
                        date_of(q.getColumn(5))};
        });
}

std::vector<Goal> goals(Store& store, Id person) {
    return std::move(goals_by_person(store, person)[person]);
}

void set_status(Store& store, Id person, const std::string& status, Date since) {
    sql::Statement history(connection(store),
                           "INSERT INTO person_status (person_id, status, since) "
                           "VALUES (?, ?, ?)");
    history.bind(1, person);
    history.bind(2, status);
    history.bind(3, format_date(since));
    history.exec();
    sql::Statement update(connection(store), "UPDATE person SET status = ? WHERE id = ?");
    update.bind(1, status);
    update.bind(2, person);
    update.exec();
}

std::vector<StatusChange> status_history(Store& store, Id person) {
    sql::Statement query(connection(store), "SELECT status, since FROM person_status "
                                            "WHERE person_id = ? ORDER BY since, id");
    query.bind(1, person);
    std::vector<StatusChange> out;
    while (query.executeStep())
        out.push_back({query.getColumn(0).getString(), date_of(query.getColumn(1))});
    return out;
}

Minutes minutes_logged(Store& store, Id person, Date from, Date to) {
    sql::Statement query(connection(store), "SELECT coalesce(sum(minutes), 0) FROM activity "
                                            "WHERE person_id = ? AND date BETWEEN ? AND ?");
    query.bind(1, person);
    query.bind(2, format_date(from));
    query.bind(3, format_date(to));
    query.executeStep();
    return query.getColumn(0).getInt64();
}

std::map<Id, Minutes> minutes_logged_by_person(Store& store, Date from, Date to) {
    sql::Statement query(connection(store), "SELECT person_id, sum(minutes) FROM activity "
                                            "WHERE date BETWEEN ? AND ? GROUP BY person_id");
    query.bind(1, format_date(from));
    query.bind(2, format_date(to));
    std::map<Id, Minutes> out;
    while (query.executeStep())
        out[query.getColumn(0).getInt64()] = query.getColumn(1).getInt64();
    return out;
}

void erase_person(Store& store, Id id, const std::string& old_handle,
                  const std::string& anonymous_handle) {
    sql::Statement person(
        connection(store),
        "UPDATE person SET handle = ?, name = NULL, origin = NULL, birth_year = NULL, "
        "birth_date = NULL, "
        "education = NULL, background = NULL, phone = NULL, email = NULL, "
        "notes = NULL, forgotten = 1 WHERE id = ?");
    person.bind(1, anonymous_handle);
    person.bind(2, id);
    person.exec();
    sql::Statement notes(connection(store), "UPDATE activity SET note = NULL WHERE person_id = ?");
    notes.bind(1, id);
    notes.exec();
    // Development goals are about the person; nothing in the reports counts them.
    // Their wording is about the person; the dates stay for the alerts of past periods.
    sql::Statement goals(connection(store), "UPDATE goal SET text = '' WHERE person_id = ?");
    goals.bind(1, id);
    goals.exec();
    sql::Statement audit(connection(store), "UPDATE audit SET entity_id = ? "
                                            "WHERE entity = 'person' AND entity_id = ?");
    audit.bind(1, anonymous_handle);
    audit.bind(2, old_handle);
    audit.exec();
}

std::map<Id, std::vector<StatusChange>> status_histories(Store& store) {
    sql::Statement query(connection(store), "SELECT person_id, status, since FROM person_status "
                                            "ORDER BY person_id, since, id");
    std::map<Id, std::vector<StatusChange>> out;
    while (query.executeStep())
        out[query.getColumn(0).getInt64()].push_back(
            {query.getColumn(1).getString(), date_of(query.getColumn(2))});
    return out;
}

namespace {

// A name from the schema, quoted for use as an SQL identifier.
std::string identifier(const std::string& name) {
    std::string quoted = "\"";
    for (char c : name)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

} // namespace

std::vector<Reference> references_to(Store& store, Kind kind, Id id) {
    // Asked of the schema itself, so a table added later is never forgotten here.
    sql::Statement keys(
        connection(store),
        connection(store).engine() == sql::Engine::sqlite
            ? "SELECT m.name, f.\"from\" FROM sqlite_master m "
              "JOIN pragma_foreign_key_list(m.name) f "
              "WHERE m.type = 'table' AND f.\"table\" = ? "
              "AND upper(f.on_delete) <> 'CASCADE' ORDER BY m.name, f.\"from\""
            : "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c "
              "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
              "WHERE c.contype = 'f' AND c.confrelid = to_regclass(?) "
              "AND c.confdeltype <> 'c' ORDER BY 1, 2");
    keys.bind(1, table_of(kind));
    std::map<std::string, std::vector<std::string>> columns;
    while (keys.executeStep())
        columns[keys.getColumn(0).getString()].push_back(identifier(keys.getColumn(1).getString()) +
                                                         " = ?1");
    std::vector<Reference> out;
    for (const auto& [table, refer] : columns) {
        // A row that names the record twice (two such columns) counts once.
        sql::Statement count(connection(store),
                             fmt::format("SELECT count(*) FROM {} WHERE {}", identifier(table),
                                         fmt::join(refer, " OR ")));
        count.bind(1, id);
        count.executeStep();
        if (const std::int64_t rows = count.getColumn(0).getInt64(); rows > 0)
            out.push_back({table, rows});
    }
    return out;
}

void delete_record(Store& store, Kind kind, Id id) {
    sql::Statement remove(connection(store),
                          fmt::format("DELETE FROM {} WHERE id = ?", table_of(kind)));
    remove.bind(1, id);
    remove.exec();
}

} // namespace sleutel::db
