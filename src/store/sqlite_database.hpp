// The portable SQL of the store on an SQLite file, straight on SQLite's C interface: a bulk
// import runs millions of statements, and SQLiteCpp's per-column objects would cost more here.
#pragma once
#include "store/sql.hpp"

#include <SQLiteCpp/Database.h>
#include <string>

namespace sleutel::store {

class SqliteDatabase final : public sql::Database {
  public:
    SqliteDatabase(const std::string& name, int flags, int busy_timeout_ms)
        : db_(name, flags, busy_timeout_ms) {}

    sql::Engine engine() const override { return sql::Engine::sqlite; }
    // SQLite steps through any result row by row: `rows` makes no difference.
    std::unique_ptr<sql::Prepared> prepare(std::string_view sql, sql::Rows rows) override;
    void exec(std::string_view sql) override;
    std::int64_t getLastInsertRowid() override { return db_.getLastInsertRowid(); }
    void begin(sql::Intent intent) override;
    void commit() override;
    void rollback() override;
    bool in_transaction() override;
    void set_lock_wait(std::chrono::milliseconds wait) override {
        db_.setBusyTimeout(static_cast<int>(wait.count()));
    }

    // For what only SQLite has: pragmas, the online backup, the integrity checks.
    SQLite::Database& sqlite() { return db_; }

  private:
    SQLite::Database db_;
};

} // namespace sleutel::store
