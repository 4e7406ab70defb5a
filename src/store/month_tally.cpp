// Filling the monthly totals. A month's totals are written in the same transaction that checks
// the month is still unfilled, so a change to the log committed in between cannot be missed: the
// triggers of the schema empty a month on every change to its activities.
#include "store/month_tally.hpp"

#include "store/connection.hpp"

#include <SQLiteCpp/Exception.h>
#include <array>
#include <chrono>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace sleutel::db::tallies {

namespace {

using namespace std::chrono;

std::string month_text(year_month m) {
    return fmt::format("{:04}-{:02}", static_cast<int>(m.year()), static_cast<unsigned>(m.month()));
}

std::vector<year_month> months_of(const Months& months) {
    const auto parse = [](const std::string& text) {
        return year{std::stoi(text.substr(0, 4))} / month{unsigned(std::stoi(text.substr(5, 2)))};
    };
    std::vector<year_month> all;
    for (year_month m = parse(months.first); m <= parse(months.last); m += std::chrono::months{1})
        all.push_back(m);
    return all;
}

std::set<std::string> filled(sql::Database& db, const Months& months) {
    sql::Statement q(db, "SELECT month FROM tally_month WHERE month BETWEEN ? AND ?");
    q.bind(1, months.first);
    q.bind(2, months.last);
    std::set<std::string> out;
    while (q.executeStep())
        out.insert(q.getColumn(0).getString());
    return out;
}

// What one group of a month's activities adds up to, in the column order of the tables.
struct Sums {
    std::array<std::int64_t, 9> values{}; // activities, minutes, ... expenses_cents
};

// A group: key person, type, role, organisation and assignment, and for month_theme_tally the
// theme. Texts are numbered as they come (a month has a handful of types, roles and themes), so
// a key holds no string and compares as integers; -1 stands for NULL.
using Key = std::array<std::int64_t, 6>; // theme, person, type, role, organisation, assignment

class Texts {
  public:
    std::int64_t number(const sql::Column& c) {
        if (c.isNull())
            return -1;
        const char* text = c.getText();
        for (std::size_t i = 0; i < texts_.size(); ++i)
            if (texts_[i] == text)
                return static_cast<std::int64_t>(i);
        texts_.emplace_back(text);
        return static_cast<std::int64_t>(texts_.size() - 1);
    }
    void bind(sql::Statement& insert, int index, std::int64_t number) const {
        if (number < 0)
            insert.bind(index);
        else
            insert.bind(index, texts_[static_cast<std::size_t>(number)]);
    }

  private:
    std::vector<std::string> texts_;
};

std::int64_t id_or_none(const sql::Column& c) {
    return c.isNull() ? -1 : c.getInt64();
}

void bind_group(sql::Statement& insert, int first, const Texts& texts, const Key& key,
                const Sums& sums) {
    insert.bind(first, key[1]);
    texts.bind(insert, first + 1, key[2]);
    texts.bind(insert, first + 2, key[3]);
    key[4] < 0 ? insert.bind(first + 3) : insert.bind(first + 3, key[4]);
    key[5] < 0 ? insert.bind(first + 4) : insert.bind(first + 4, key[5]);
    for (std::size_t i = 0; i < sums.values.size(); ++i)
        insert.bind(first + 5 + static_cast<int>(i), sums.values[i]);
}

// One pass over the month's activities, each with its themes (one row per theme, the rows of an
// activity together), grouped here rather than in SQL: sorting the month's rows for a GROUP BY
// costs four times the reading.
void fill_month(sql::Database& db, year_month m) {
    const std::string text = month_text(m);
    sql::Statement is_filled(db, "SELECT 1 FROM tally_month WHERE month = ?");
    is_filled.bind(1, text);
    if (is_filled.executeStep())
        return;
    for (const char* table : {"month_tally", "month_theme_tally"}) {
        sql::Statement clear(db, fmt::format("DELETE FROM {} WHERE month = ?", table));
        clear.bind(1, text);
        clear.exec();
    }
    sql::Statement q(
        db, "SELECT a.id, a.person_id, a.type, a.role, a.organisation_id, a.assignment_id, "
            "a.minutes, a.reached, a.questions, a.reached_professionals, coalesce((SELECT "
            "sum(r.count) FROM activity_referral r WHERE r.activity_id = a.id), 0), "
            "a.after_hours, a.km_tenths, a.expenses_cents, t.theme FROM activity a "
            "LEFT JOIN activity_theme t ON t.activity_id = a.id "
            "WHERE a.date BETWEEN ? AND ?");
    q.bind(1, text + "-01");
    q.bind(2, text + "-31"); // text dates: every day of the month sorts before it
    Texts texts;
    std::map<Key, Sums> groups;       // theme -1
    std::map<Key, Sums> theme_groups; // by theme, -1: none
    std::int64_t last_id = -1;
    while (q.executeStep()) {
        Key key{-1,
                q.getColumn(1).getInt64(),
                texts.number(q.getColumn(2)),
                texts.number(q.getColumn(3)),
                id_or_none(q.getColumn(4)),
                id_or_none(q.getColumn(5))};
        Sums row;
        row.values[0] = 1;
        for (int i = 6; i <= 13; ++i)
            row.values[static_cast<std::size_t>(i - 5)] = q.getColumn(i).getInt64();
        const auto add = [&](Sums& sums) {
            for (std::size_t i = 0; i < sums.values.size(); ++i)
                sums.values[i] += row.values[i];
        };
        if (const std::int64_t id = q.getColumn(0).getInt64(); id != last_id) {
            add(groups[key]);
            last_id = id;
        }
        key[0] = texts.number(q.getColumn(14));
        add(theme_groups[key]);
    }
    const char* columns = "person_id, type, role, organisation_id, assignment_id, activities, "
                          "minutes, reached, questions, reached_professionals, referrals, "
                          "after_hours, km_tenths, expenses_cents";
    sql::Statement insert(
        db, fmt::format("INSERT INTO month_tally (month, {}) VALUES (?{})", columns,
                        std::string_view(", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?")));
    for (const auto& [key, sums] : groups) {
        insert.bind(1, text);
        bind_group(insert, 2, texts, key, sums);
        insert.exec();
        insert.reset();
    }
    sql::Statement insert_theme(
        db, fmt::format("INSERT INTO month_theme_tally (month, theme, {}) VALUES (?, ?{})", columns,
                        std::string_view(", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?")));
    for (const auto& [key, sums] : theme_groups) {
        insert_theme.bind(1, text);
        texts.bind(insert_theme, 2, key[0]);
        bind_group(insert_theme, 3, texts, key, sums);
        insert_theme.exec();
        insert_theme.reset();
    }
    sql::Statement done(db, "INSERT INTO tally_month (month) VALUES (?)");
    done.bind(1, text);
    done.exec();
}

// Adds up the missing months, each in its own transaction so a writer waits for one month at
// most. Never waits for a lock itself: a report that cannot fill a month now reads the log.
bool fill(store::Connection& c, const Months& months) {
    sql::Database& db = *c.db;
    const std::set<std::string> have = filled(db, months);
    if (static_cast<int>(have.size()) == months.count)
        return true;
    if (!c.access.writable || db.in_transaction())
        return false;
    db.set_lock_wait(std::chrono::milliseconds(0));
    bool all = true;
    try {
        for (const year_month m : months_of(months)) {
            if (have.contains(month_text(m)))
                continue;
            sql::Transaction tx(db, sql::Intent::write);
            fill_month(db, m);
            tx.commit();
        }
    } catch (const SQLite::Exception&) {
        // Busy, read-only or full: the totals are a convenience; the log itself answers.
        all = false;
    } catch (const sql::ServerError& e) {
        if (e.connection_lost())
            throw;
        all = false; // another report filling the same month, or a writer holding it
    }
    db.set_lock_wait(c.wait);
    return all;
}

} // namespace

std::optional<Months> whole_months(Date from, Date to) {
    if (from.day() != day{1} || to != Date{to.year() / to.month() / last} ||
        to_days(to) < to_days(from))
        return std::nullopt;
    const year_month first = from.year() / from.month();
    const year_month end = to.year() / to.month();
    return Months{month_text(first), month_text(end), static_cast<int>((end - first).count()) + 1};
}

bool on_tallies(Store& store, const Months& months, const std::function<void()>& query) {
    store::Connection& c = store::connection_of(store);
    if (!fill(c, months))
        return false;
    bool ran = false;
    const auto run = [&] {
        if (static_cast<int>(filled(*c.db, months).size()) == months.count) {
            query();
            ran = true;
        }
    };
    if (!c.db->in_transaction())
        store.read(run);
    else
        run();
    return ran;
}

bool on_whole_months(Store& store, Date from, Date to,
                     const std::function<void(const Months&)>& query) {
    const auto months = whole_months(from, to);
    return months && on_tallies(store, *months, [&] { query(*months); });
}

} // namespace sleutel::db::tallies
