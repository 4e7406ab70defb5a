// A new database in a temporary folder, with a person and an organisation to hang rows on, for the
// tests of the store's SQL; and the exit code an expression fails with.
#pragma once
#include "store/organisation_store.hpp"
#include "store/people_store.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"
#include "test_dates.hpp"
#include "util/error.hpp"

#include <chrono>
#include <exception>

namespace store_test {
using namespace sleutel;
using namespace std::chrono_literals;

// The exit code a failing expression ends with, the way the command line reports it: sleutel's
// own errors carry theirs, SQLite's are mapped as for the database `db`.
template <class F> ExitCode exit_code_of(const std::string& db, F f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    } catch (const std::exception& e) {
        if (auto mapped = storage_error(e, db))
            return mapped->code();
        return ExitCode::internal;
    }
    return ExitCode::ok;
}

struct Fixture {
    TempDir dir;
    Store store{dir.file("s.db"), OpenMode::create, 0ms};

    Id person(const std::string& handle) {
        PersonFields f;
        f.name = "Name of " + handle;
        f.contract = "volunteer";
        f.minutes_per_week = 240;
        return db::insert_person(store, handle, f, d(2026, 1, 1));
    }
    Id organisation(const std::string& handle) {
        OrganisationFields f;
        f.name = "Org " + handle;
        f.type = "ggd";
        return db::insert_organisation(store, handle, f);
    }
    Id assignment(Id person_id, Id org, Date from, std::optional<Date> until = {}) {
        Assignment a;
        a.person_id = person_id;
        a.organisation_id = org;
        a.role = "tolk";
        a.minutes_per_week = 120;
        a.from = from;
        a.until = until;
        return db::insert_assignment(store, a);
    }
};
} // namespace store_test
