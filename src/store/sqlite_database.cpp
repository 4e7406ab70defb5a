// Statements on SQLite's C interface, failing as SQLiteCpp does (SQLite::Exception), so errors
// reach the user through storage_error() alike.
#include "store/sqlite_database.hpp"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace sleutel::store {

namespace {

class SqliteStatement final : public sql::Prepared {
  public:
    SqliteStatement(sqlite3* db, std::string_view sql) : db_(db) {
        check(sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr));
    }
    ~SqliteStatement() override { sqlite3_finalize(stmt_); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    int parameter_index(const char* name) override {
        const int index = sqlite3_bind_parameter_index(stmt_, name);
        if (index == 0)
            throw SQLite::Exception(std::string("no parameter ") + name, SQLITE_RANGE);
        return index;
    }
    void bind_null(int index) override { check(sqlite3_bind_null(stmt_, index)); }
    void bind_int64(int index, std::int64_t value) override {
        check(sqlite3_bind_int64(stmt_, index, value));
    }
    void bind_double(int index, double value) override {
        check(sqlite3_bind_double(stmt_, index, value));
    }
    void bind_text(int index, std::string_view value) override {
        check(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                  SQLITE_UTF8));
    }
    bool step() override {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        // The statement's own error, as SQLiteCpp reports it: extended code and message.
        throw SQLite::Exception(db_, rc);
    }
    void reset() override { sqlite3_reset(stmt_); }
    int changes() override { return sqlite3_changes(db_); }
    bool is_null(int column) const override {
        return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
    }
    std::int64_t int64(int column) const override { return sqlite3_column_int64(stmt_, column); }
    double real(int column) const override { return sqlite3_column_double(stmt_, column); }
    const char* text(int column) const override {
        const auto* t = sqlite3_column_text(stmt_, column);
        return t ? reinterpret_cast<const char*>(t) : "";
    }

  private:
    void check(int rc) const {
        if (rc != SQLITE_OK)
            throw SQLite::Exception(db_, rc);
    }

    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace

std::unique_ptr<sql::Prepared> SqliteDatabase::prepare(std::string_view sql, sql::Rows) {
    return std::make_unique<SqliteStatement>(db_.getHandle(), sql);
}

void SqliteDatabase::exec(std::string_view sql) {
    db_.exec(std::string(sql));
}

void SqliteDatabase::begin(sql::Intent intent) {
    // IMMEDIATE: a busy database is noticed before anything is done.
    db_.exec(intent == sql::Intent::write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

void SqliteDatabase::commit() {
    db_.exec("COMMIT");
}

void SqliteDatabase::rollback() {
    db_.exec("ROLLBACK");
}

bool SqliteDatabase::in_transaction() {
    return sqlite3_get_autocommit(db_.getHandle()) == 0;
}

} // namespace sleutel::store
