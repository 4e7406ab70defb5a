// SQL for agreement periods and the age bands kept of a forgotten person.
#include "store/agreement_store.hpp"

#include "store/connection.hpp"
#include "store/sql_values.hpp"
#include "util/clock.hpp"

namespace sleutel::db {

void save_agreement(Store& store, Id person, const Agreement& a) {
    sql::Statement upsert(
        connection(store),
        "INSERT INTO agreement (person_id, from_date, contract, minutes_per_week, allowance, "
        "allowance_cents, available_minutes, reachable, benefit, other_allowance_cents, given, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (person_id, from_date) DO UPDATE SET contract = excluded.contract, "
        "minutes_per_week = excluded.minutes_per_week, allowance = excluded.allowance, "
        "allowance_cents = excluded.allowance_cents, "
        "available_minutes = excluded.available_minutes, reachable = excluded.reachable, "
        "benefit = excluded.benefit, other_allowance_cents = excluded.other_allowance_cents, "
        "given = excluded.given");
    upsert.bind(1, person);
    upsert.bind(2, format_date(a.from));
    bind_optional(upsert, 3, a.contract);
    bind_optional(upsert, 4, a.minutes_per_week);
    upsert.bind(5, std::string(allowance_basis_name(a.allowance.basis)));
    upsert.bind(6, a.allowance.cents);
    bind_optional(upsert, 7, a.available_minutes);
    bind_optional(upsert, 8, a.reachable);
    upsert.bind(9, a.benefit ? 1 : 0);
    upsert.bind(10, a.other_allowance_cents);
    upsert.bind(11, static_cast<std::int64_t>(a.given));
    upsert.bind(12, Clock::now_utc());
    upsert.exec();
}

std::map<Id, std::vector<Agreement>> agreements_by_person(Store& store, std::optional<Id> person) {
    sql::Statement query(
        connection(store),
        "SELECT person_id, from_date, contract, minutes_per_week, allowance, "
        "allowance_cents, available_minutes, reachable, benefit, other_allowance_cents, "
        "given, id FROM agreement WHERE CAST(?1 AS BIGINT) IS NULL OR person_id = ?1 "
        "ORDER BY person_id, from_date");
    bind_optional(query, 1, person);
    std::map<Id, std::vector<Agreement>> out;
    while (query.executeStep()) {
        Agreement a;
        a.from = date_of(query.getColumn(1));
        a.contract = text_or_null(query.getColumn(2));
        if (!query.getColumn(3).isNull())
            a.minutes_per_week = query.getColumn(3).getInt64();
        a.allowance.basis =
            allowance_basis(query.getColumn(4).getString()).value_or(AllowanceBasis::legal);
        a.allowance.cents = query.getColumn(5).getInt64();
        if (!query.getColumn(6).isNull())
            a.available_minutes = query.getColumn(6).getInt64();
        a.reachable = text_or_null(query.getColumn(7));
        a.benefit = query.getColumn(8).getInt() != 0;
        a.other_allowance_cents = query.getColumn(9).getInt64();
        a.given = static_cast<unsigned>(query.getColumn(10).getInt64());
        a.id = query.getColumn(11).getInt64();
        out[query.getColumn(0).getInt64()].push_back(std::move(a));
    }
    return out;
}

std::vector<Agreement> agreements(Store& store, Id person) {
    auto all = agreements_by_person(store, person);
    return std::move(all[person]);
}

void save_age_bands(Store& store, Id person, const std::vector<AgeBand>& bands) {
    sql::Statement insert(connection(store),
                          "INSERT INTO age_band (person_id, year, under_21, turned_21_month, "
                          "minutes_before) VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id, year) "
                          "DO UPDATE SET under_21 = excluded.under_21, turned_21_month = "
                          "excluded.turned_21_month, minutes_before = excluded.minutes_before");
    for (const AgeBand& band : bands) {
        insert.bind(1, person);
        insert.bind(2, band.year);
        insert.bind(3, band.under_21 ? 1 : 0);
        bind_optional(insert, 4, band.turned_21_month);
        insert.bind(5, band.minutes_before);
        insert.exec();
        insert.reset();
    }
}

std::map<Id, std::vector<AgeBand>> age_bands_by_person(Store& store, std::optional<Id> person) {
    sql::Statement query(
        connection(store),
        "SELECT person_id, year, under_21, turned_21_month, "
        "minutes_before FROM age_band "
        "WHERE CAST(?1 AS BIGINT) IS NULL OR person_id = ?1 ORDER BY person_id, year");
    bind_optional(query, 1, person);
    std::map<Id, std::vector<AgeBand>> out;
    while (query.executeStep()) {
        AgeBand band;
        band.year = query.getColumn(1).getInt();
        band.under_21 = query.getColumn(2).getInt() != 0;
        if (!query.getColumn(3).isNull())
            band.turned_21_month = static_cast<unsigned>(query.getColumn(3).getInt());
        band.minutes_before = query.getColumn(4).getInt64();
        out[query.getColumn(0).getInt64()].push_back(band);
    }
    return out;
}

} // namespace sleutel::db
