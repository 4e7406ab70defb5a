// The SQL the store's sources run, on either engine: an SQLite file or a PostgreSQL server. The
// names follow SQLiteCpp's (bind, executeStep, getColumn), which the sources were written
// against. Parameters are `?` or `:name`; each engine turns them into its own.
#pragma once
#include <chrono>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sleutel::sql {

enum class Engine { sqlite, postgresql };

// How many rows a query may return: `many` for the listings that stream a table of any length
// (the log, the audit trail), which a server then sends in batches rather than whole.
enum class Rows { few, many };

// What a transaction is for: `write` takes the write lock (SQLite) or runs serializable
// (PostgreSQL) from its first statement; `read` is one consistent view.
enum class Intent { read, write };

// A server error: what the server said, and its SQLSTATE (`40001` a serialization failure,
// `08006` a lost connection, ...). SQLite's errors stay SQLite::Exception.
class ServerError : public std::runtime_error {
  public:
    ServerError(const std::string& message, std::string sqlstate, std::string constraint = {})
        : std::runtime_error(message), sqlstate_(std::move(sqlstate)),
          constraint_(std::move(constraint)) {}
    const std::string& sqlstate() const { return sqlstate_; }
    // Another transaction got in the way; running the whole transaction again may succeed. Two
    // writers that took the same next id meet at the primary key.
    bool retry_may_succeed() const {
        return sqlstate_ == "40001" || sqlstate_ == "40P01" ||
               (sqlstate_ == "23505" && constraint_.ends_with("_pkey"));
    }
    bool connection_lost() const { return sqlstate_.starts_with("08") || sqlstate_ == "57P01"; }

  private:
    std::string sqlstate_;
    std::string constraint_;
};

// One prepared statement of an engine; Statement is its handle.
class Prepared {
  public:
    virtual ~Prepared() = default;
    virtual int parameter_index(const char* name) = 0; // `:name`, 1-based
    virtual void bind_null(int index) = 0;
    virtual void bind_int64(int index, std::int64_t value) = 0;
    virtual void bind_double(int index, double value) = 0;
    virtual void bind_text(int index, std::string_view value) = 0;
    virtual bool step() = 0;  // true: a row is there
    virtual void reset() = 0; // to run again; the bound values stay
    virtual int changes() = 0;
    virtual bool is_null(int column) const = 0;
    virtual std::int64_t int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual const char* text(int column) const = 0; // never null ("" for NULL)
};

// A connection to one programme's database.
class Database {
  public:
    virtual ~Database() = default;
    virtual Engine engine() const = 0;
    virtual std::unique_ptr<Prepared> prepare(std::string_view sql, Rows rows) = 0;
    // Statements without parameters, separated by `;`.
    virtual void exec(std::string_view sql) = 0;
    // The id the last INSERT gave its row.
    virtual std::int64_t getLastInsertRowid() = 0;
    virtual void begin(Intent intent) = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
    virtual bool in_transaction() = 0;
    // How long a statement waits for another program's lock before it fails as busy.
    virtual void set_lock_wait(std::chrono::milliseconds wait) = 0;
};

// A column of the current row.
class Column {
  public:
    Column(const Prepared& statement, int index) : statement_(statement), index_(index) {}
    bool isNull() const { return statement_.is_null(index_); }
    std::int64_t getInt64() const { return statement_.int64(index_); }
    int getInt() const { return static_cast<int>(statement_.int64(index_)); }
    double getDouble() const { return statement_.real(index_); }
    const char* getText() const { return statement_.text(index_); }
    std::string getString() const { return statement_.text(index_); }

  private:
    const Prepared& statement_;
    int index_;
};

class Statement {
  public:
    Statement(Database& db, std::string_view sql, Rows rows = Rows::few)
        : prepared_(db.prepare(sql, rows)) {}

    void bind(int index) { prepared_->bind_null(index); }
    void bind(int index, std::int64_t value) { prepared_->bind_int64(index, value); }
    void bind(int index, int value) { prepared_->bind_int64(index, value); }
    void bind(int index, long long value) { prepared_->bind_int64(index, value); }
    void bind(int index, unsigned value) { prepared_->bind_int64(index, value); }
    void bind(int index, double value) { prepared_->bind_double(index, value); }
    void bind(int index, std::string_view value) { prepared_->bind_text(index, value); }
    void bind(int index, const std::string& value) { prepared_->bind_text(index, value); }
    void bind(int index, const char* value) { prepared_->bind_text(index, value); }
    template <class T> void bind(const char* name, const T& value) {
        bind(prepared_->parameter_index(name), value);
    }
    template <class T> void bind(const std::string& name, const T& value) {
        bind(prepared_->parameter_index(name.c_str()), value);
    }
    void bind(const char* name) { bind(prepared_->parameter_index(name)); }

    bool executeStep() { return prepared_->step(); }
    // Runs a statement that returns no rows; returns the rows it changed.
    int exec() {
        while (prepared_->step()) {
        }
        return prepared_->changes();
    }
    void reset() { prepared_->reset(); }
    Column getColumn(int index) const { return Column(*prepared_, index); }

  private:
    std::unique_ptr<Prepared> prepared_;
};

// A transaction that rolls back unless committed.
class Transaction {
  public:
    Transaction(Database& db, Intent intent) : db_(db) { db_.begin(intent); }
    ~Transaction() {
        if (!done_) {
            try {
                db_.rollback();
            } catch (...) { // already ended by the engine, or the connection is gone
            }
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit() {
        db_.commit();
        done_ = true;
    }

  private:
    Database& db_;
    bool done_ = false;
};

} // namespace sleutel::sql
