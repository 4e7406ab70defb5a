// The community signals' SQL. Themes live in their own table, as an activity's do, so a report
// can count per theme with a plain join.
#include "store/signal_store.hpp"

#include "store/connection.hpp"
#include "store/sql_values.hpp"
#include "util/clock.hpp"

#include <fmt/format.h>
#include <functional>
#include <map>

namespace sleutel::db {

namespace {

constexpr const char* select_sql =
    "SELECT s.id, s.date, s.person_id, p.handle, s.text, s.organisation_id, o.handle, "
    "s.forwarded_on, s.answer, s.answered_on, s.closed_on FROM signal s "
    "LEFT JOIN person p ON p.id = s.person_id "
    "LEFT JOIN organisation o ON o.id = s.organisation_id ";

Signal from_row(sql::Statement& q) {
    Signal s;
    s.id = q.getColumn(0).getInt64();
    s.date = date_of(q.getColumn(1));
    if (!q.getColumn(2).isNull()) {
        s.person_id = q.getColumn(2).getInt64();
        s.person = q.getColumn(3).getString();
    }
    s.text = q.getColumn(4).getString();
    if (!q.getColumn(5).isNull()) {
        s.organisation_id = q.getColumn(5).getInt64();
        s.organisation = q.getColumn(6).getString();
    }
    s.forwarded_on = date_or_null(q.getColumn(7));
    s.answer = text_or_null(q.getColumn(8));
    s.answered_on = date_or_null(q.getColumn(9));
    s.closed_on = date_or_null(q.getColumn(10));
    return s;
}

// Binds the fields `insert` and `update` share, from parameter 1 on.
void bind_signal(sql::Statement& q, const Signal& s) {
    q.bind(1, format_date(s.date));
    bind_optional(q, 2, s.person_id);
    q.bind(3, s.text);
    bind_optional(q, 4, s.organisation_id);
    bind_optional(q, 5, s.forwarded_on);
    bind_optional(q, 6, s.answer);
    bind_optional(q, 7, s.answered_on);
    bind_optional(q, 8, s.closed_on);
}

void insert_themes(Store& store, const Signal& s) {
    sql::Statement theme(connection(store),
                         "INSERT INTO signal_theme (signal_id, theme) VALUES (?, ?)");
    for (const std::string& t : s.themes) {
        theme.bind(1, s.id);
        theme.bind(2, t);
        theme.exec();
        theme.reset();
    }
}

// The themes of the signals `where` selects, in one query rather than one per signal.
void attach_themes(Store& store, std::vector<Signal>& signals, const std::string& where,
                   const std::function<void(sql::Statement&)>& bind) {
    std::map<Id, std::size_t> index;
    for (std::size_t i = 0; i < signals.size(); ++i)
        index[signals[i].id] = i;
    sql::Statement q(connection(store), "SELECT t.signal_id, t.theme FROM signal_theme t "
                                        "JOIN signal s ON s.id = t.signal_id " +
                                            where + " ORDER BY t.signal_id, t.theme");
    bind(q);
    while (q.executeStep())
        if (const auto it = index.find(q.getColumn(0).getInt64()); it != index.end())
            signals[it->second].themes.push_back(q.getColumn(1).getString());
}

std::vector<Signal> select_signals(Store& store, const std::string& where, const std::string& order,
                                   const std::function<void(sql::Statement&)>& bind) {
    sql::Statement q(connection(store), std::string(select_sql) + where + order);
    bind(q);
    std::vector<Signal> out;
    while (q.executeStep())
        out.push_back(from_row(q));
    attach_themes(store, out, where, bind);
    return out;
}

} // namespace

Id insert_signal(Store& store, const Signal& signal) {
    sql::Statement q(connection(store),
                     "INSERT INTO signal (date, person_id, text, organisation_id, "
                     "forwarded_on, answer, answered_on, closed_on, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind_signal(q, signal);
    q.bind(9, Clock::now_utc());
    q.exec();
    Signal saved = signal;
    saved.id = connection(store).getLastInsertRowid();
    insert_themes(store, saved);
    return saved.id;
}

void update_signal(Store& store, const Signal& signal) {
    sql::Statement q(connection(store),
                     "UPDATE signal SET date = ?, person_id = ?, text = ?, organisation_id = ?, "
                     "forwarded_on = ?, answer = ?, answered_on = ?, closed_on = ? "
                     "WHERE id = ?");
    bind_signal(q, signal);
    q.bind(9, signal.id);
    q.exec();
    sql::Statement clear(connection(store), "DELETE FROM signal_theme WHERE signal_id = ?");
    clear.bind(1, signal.id);
    clear.exec();
    insert_themes(store, signal);
}

std::optional<Signal> load_signal(Store& store, Id id) {
    auto found =
        select_signals(store, "WHERE s.id = ?1", "", [id](sql::Statement& q) { q.bind(1, id); });
    if (found.empty())
        return std::nullopt;
    return found.front();
}

namespace {

constexpr const char* filter_sql = "WHERE (CAST(?1 AS TEXT) IS NULL OR s.date >= ?1) AND (CAST(?2 "
                                   "AS TEXT) IS NULL OR s.date <= ?2) "
                                   "AND (CAST(?3 AS BIGINT) IS NULL OR s.person_id = ?3) AND "
                                   "(CAST(?4 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM "
                                   "signal_theme x WHERE x.signal_id = s.id AND x.theme = ?4))";

void bind_filter(sql::Statement& q, const SignalFilter& f) {
    bind_optional(q, 1, f.from);
    bind_optional(q, 2, f.to);
    bind_optional(q, 3, f.person);
    bind_optional(q, 4, f.theme);
}

} // namespace

std::vector<Signal> list_signals(Store& store, const SignalFilter& f) {
    const std::string order =
        f.limit ? fmt::format(" ORDER BY s.date DESC, s.id DESC LIMIT {}", *f.limit)
                : std::string(" ORDER BY s.date, s.id");
    return select_signals(store, filter_sql, order, [&f](sql::Statement& q) { bind_filter(q, f); });
}

void for_each_signal(Store& store, const SignalFilter& f,
                     const std::function<void(const Signal&)>& each) {
    sql::Statement q(connection(store),
                     std::string(select_sql) + filter_sql + " ORDER BY s.date, s.id",
                     sql::Rows::many);
    bind_filter(q, f);
    // A signal's themes by its key, one probe a signal, as `log list` reads an activity's.
    sql::Statement themes(connection(store),
                          "SELECT theme FROM signal_theme WHERE signal_id = ? ORDER BY theme");
    while (q.executeStep()) {
        Signal signal = from_row(q);
        themes.bind(1, signal.id);
        while (themes.executeStep())
            signal.themes.push_back(themes.getColumn(0).getString());
        themes.reset();
        each(signal);
    }
}

std::vector<Signal> awaiting_answer(Store& store, Date day) {
    const std::string where = "WHERE s.forwarded_on <= ?1 AND (s.answered_on IS NULL OR "
                              "s.answered_on > ?1) AND (s.closed_on IS NULL OR s.closed_on > ?1)";
    const std::string iso = format_date(day);
    return select_signals(store, where, " ORDER BY s.forwarded_on, s.id",
                          [&iso](sql::Statement& q) { q.bind(1, iso); });
}

} // namespace sleutel::db
