// SQL for organisations and the assignments that link key persons to them.
#include "store/organisation_store.hpp"

#include "store/connection.hpp"
#include "store/partial_update.hpp"
#include "store/sql_values.hpp"
#include "util/clock.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

namespace sleutel::db {

namespace {

constexpr const char* assignment_query =
    "SELECT a.id, a.person_id, p.handle, a.organisation_id, o.handle, a.role, "
    "a.minutes_per_week, a.from_date, a.until_date, a.contract, a.supervisor, a.scope, "
    "a.until_known_on, a.funding "
    "FROM assignment a JOIN person p ON p.id = a.person_id "
    "JOIN organisation o ON o.id = a.organisation_id ";

Assignment assignment_from_row(sql::Statement& row) {
    Assignment a;
    a.id = row.getColumn(0).getInt64();
    a.person_id = row.getColumn(1).getInt64();
    a.person = row.getColumn(2).getString();
    a.organisation_id = row.getColumn(3).getInt64();
    a.organisation = row.getColumn(4).getString();
    a.role = row.getColumn(5).getString();
    a.minutes_per_week = row.getColumn(6).getInt64();
    a.from = date_of(row.getColumn(7));
    a.until = date_or_null(row.getColumn(8));
    a.contract = text_or_null(row.getColumn(9));
    a.supervisor = text_or_null(row.getColumn(10));
    a.scope = row.getColumn(11).getString();
    a.until_known_on = date_or_null(row.getColumn(12));
    a.funding = text_or_null(row.getColumn(13));
    return a;
}

} // namespace

Id insert_organisation(Store& store, const std::string& handle, const OrganisationFields& f) {
    sql::Statement insert(connection(store), "INSERT INTO organisation (handle, name, type, "
                                             "municipality, contact, created_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, handle);
    bind_optional(insert, 2, f.name);
    bind_optional(insert, 3, f.type);
    bind_optional(insert, 4, f.municipality);
    bind_optional(insert, 5, f.contact);
    insert.bind(6, Clock::now_utc());
    insert.exec();
    return connection(store).getLastInsertRowid();
}

void update_organisation(Store& store, Id id, const OrganisationFields& f) {
    PartialUpdate update;
    update.set("name", f.name);
    update.set("type", f.type);
    update.set("municipality", f.municipality);
    update.set("contact", f.contact);
    update.run(store, "organisation", id);
}

Organisation load_organisation(Store& store, Id id) {
    sql::Statement query(connection(store), "SELECT id, handle, name, type, municipality, contact "
                                            "FROM organisation WHERE id = ?");
    query.bind(1, id);
    if (!query.executeStep())
        throw InternalError(_f("organisation {} vanished", id));
    return {query.getColumn(0).getInt64(),
            query.getColumn(1).getString(),
            {text_or_null(query.getColumn(2)), text_or_null(query.getColumn(3)),
             text_or_null(query.getColumn(4)), text_or_null(query.getColumn(5))}};
}

Id insert_assignment(Store& store, const Assignment& a) {
    sql::Statement insert(
        connection(store),
        "INSERT INTO assignment (person_id, organisation_id, role, minutes_per_week, "
        "from_date, until_date, contract, supervisor, scope, funding, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, a.person_id);
    insert.bind(2, a.organisation_id);
    insert.bind(3, a.role);
    insert.bind(4, a.minutes_per_week);
    insert.bind(5, format_date(a.from));
    bind_optional(insert, 6, a.until);
    bind_optional(insert, 7, a.contract);
    bind_optional(insert, 8, a.supervisor);
    insert.bind(9, a.scope);
    bind_optional(insert, 10, a.funding);
    insert.bind(11, Clock::now_utc());
    insert.exec();
    return connection(store).getLastInsertRowid();
}

std::optional<Assignment> load_assignment(Store& store, Id id) {
    sql::Statement query(connection(store), std::string(assignment_query) + "WHERE a.id = ?");
    query.bind(1, id);
    if (!query.executeStep())
        return std::nullopt;
    return assignment_from_row(query);
}

void end_assignment(Store& store, Id id, Date until, Date known_on) {
    sql::Statement update(connection(store),
                          "UPDATE assignment SET until_date = ?, until_known_on = ? WHERE id = ?");
    update.bind(1, format_date(until));
    update.bind(2, format_date(known_on));
    update.bind(3, id);
    update.exec();
}

void delete_assignment(Store& store, Id id) {
    sql::Statement remove(connection(store), "DELETE FROM assignment WHERE id = ?");
    remove.bind(1, id);
    remove.exec();
}

std::vector<Assignment> assignments(Store& store, const AssignmentFilter& filter) {
    std::vector<Assignment> out;
    for_each_assignment(store, filter, [&](const Assignment& a) { out.push_back(a); });
    return out;
}

void for_each_assignment(Store& store, const AssignmentFilter& filter,
                         const std::function<void(const Assignment&)>& each) {
    sql::Statement query(connection(store),
                         std::string(assignment_query) +
                             "WHERE (CAST(?1 AS BIGINT) IS NULL OR a.person_id = ?1) "
                             "AND (CAST(?2 AS BIGINT) IS NULL OR a.organisation_id = ?2) "
                             "AND (CAST(?3 AS TEXT) IS NULL OR a.role = ?3) "
                             "AND (CAST(?4 AS TEXT) IS NULL OR (a.from_date <= ?4 AND "
                             "(a.until_date IS NULL OR a.until_date >= ?4))) "
                             "ORDER BY p.handle, a.from_date, a.id",
                         sql::Rows::many);
    bind_optional(query, 1, filter.person);
    bind_optional(query, 2, filter.organisation);
    bind_optional(query, 3, filter.role);
    bind_optional(query, 4, filter.active_on);
    while (query.executeStep())
        each(assignment_from_row(query));
}

} // namespace sleutel::db
