// Statements on PostgreSQL. Parameters are sent as text with their types left to the server,
// which reads them from where they stand, as SQLite takes any value; results come back as text
// and are read as the store asks for them. Each statement is prepared on the server once and run
// as often as the store runs it.
#include "store/pg_database.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <dlfcn.h>
#include <fmt/format.h>
#include <libpq-fe.h>
#include <map>
#include <optional>
#include <vector>

namespace sleutel::store {

namespace {

// The part of libpq the store uses, found in libpq.so.5 when a server is first named.
struct Libpq {
    decltype(&::PQconnectdb) connectdb;
    decltype(&::PQstatus) status;
    decltype(&::PQerrorMessage) errorMessage;
    decltype(&::PQfinish) finish;
    decltype(&::PQexec) exec;
    decltype(&::PQprepare) prepare;
    decltype(&::PQexecPrepared) execPrepared;
    decltype(&::PQexecParams) execParams;
    decltype(&::PQresultStatus) resultStatus;
    decltype(&::PQresultErrorField) resultErrorField;
    decltype(&::PQresultErrorMessage) resultErrorMessage;
    decltype(&::PQclear) clear;
    decltype(&::PQntuples) ntuples;
    decltype(&::PQgetvalue) getvalue;
    decltype(&::PQgetisnull) getisnull;
    decltype(&::PQcmdTuples) cmdTuples;
    decltype(&::PQtransactionStatus) transactionStatus;
    decltype(&::PQsetNoticeProcessor) setNoticeProcessor;
};

template <class F> void find(void* library, F& function, const char* name) {
    function = reinterpret_cast<F>(::dlsym(library, name));
    if (!function)
        throw StorageError(_f("cannot use PostgreSQL: libpq lacks {}", name),
                           _("install the package libpq5"));
}

const Libpq& libpq() {
    static const Libpq loaded = [] {
        void* library = ::dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
        if (!library)
            throw StorageError(_("cannot use PostgreSQL: libpq is not installed"),
                               _("install the package libpq5"));
        Libpq f{};
        find(library, f.connectdb, "PQconnectdb");
        find(library, f.status, "PQstatus");
        find(library, f.errorMessage, "PQerrorMessage");
        find(library, f.finish, "PQfinish");
        find(library, f.exec, "PQexec");
        find(library, f.prepare, "PQprepare");
        find(library, f.execPrepared, "PQexecPrepared");
        find(library, f.execParams, "PQexecParams");
        find(library, f.resultStatus, "PQresultStatus");
        find(library, f.resultErrorField, "PQresultErrorField");
        find(library, f.resultErrorMessage, "PQresultErrorMessage");
        find(library, f.clear, "PQclear");
        find(library, f.ntuples, "PQntuples");
        find(library, f.getvalue, "PQgetvalue");
        find(library, f.getisnull, "PQgetisnull");
        find(library, f.cmdTuples, "PQcmdTuples");
        find(library, f.transactionStatus, "PQtransactionStatus");
        find(library, f.setNoticeProcessor, "PQsetNoticeProcessor");
        return f;
    }();
    return loaded;
}

std::string first_line(const char* message) {
    std::string line = message ? message : "";
    if (const auto end = line.find('\n'); end != std::string::npos)
        line.resize(end);
    return line;
}

struct ResultDeleter {
    void operator()(PGresult* r) const { libpq().clear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// Throws the server's error for a result that failed (or for no result: a lost connection).
Result checked(PGconn* conn, PGresult* raw) {
    Result result(raw);
    const Libpq& pq = libpq();
    if (!result)
        throw sql::ServerError(first_line(pq.errorMessage(conn)), "08006");
    const ExecStatusType status = pq.resultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    const char* state = pq.resultErrorField(result.get(), PG_DIAG_SQLSTATE);
    // libpq reports a connection that broke mid-statement without an SQLSTATE.
    const bool lost = pq.status(conn) == CONNECTION_BAD;
    const char* primary = pq.resultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY);
    const char* constraint = pq.resultErrorField(result.get(), PG_DIAG_CONSTRAINT_NAME);
    throw sql::ServerError(first_line(primary ? primary : pq.resultErrorMessage(result.get())),
                           state ? state : (lost ? "08006" : "XX000"),
                           constraint ? constraint : "");
}

// `?` and `:name` to `$1`, `$2` …; a name used twice is one parameter. Quoted text and `::`
// casts are left alone.
struct Translated {
    std::string sql;
    std::map<std::string, int> names;
    int count = 0;
};

Translated translate(std::string_view sql) {
    Translated t;
    t.sql.reserve(sql.size() + 16);
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            const std::size_t end = sql.find(c, i + 1);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            t.sql.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '?' && i + 1 < sql.size() &&
                   std::isdigit(static_cast<unsigned char>(sql[i + 1]))) {
            // ?NNN: parameter NNN, as often as it stands
            std::size_t end = i + 1;
            while (end < sql.size() && std::isdigit(static_cast<unsigned char>(sql[end])))
                ++end;
            const int number = std::stoi(std::string(sql.substr(i + 1, end - i - 1)));
            t.count = std::max(t.count, number);
            t.sql += fmt::format("${}", number);
            i = end - 1;
        } else if (c == '?') {
            t.sql += fmt::format("${}", ++t.count);
        } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
            t.sql += "::";
            ++i;
        } else if (c == ':' && i + 1 < sql.size() &&
                   (std::isalpha(static_cast<unsigned char>(sql[i + 1])) || sql[i + 1] == '_')) {
            std::size_t end = i + 1;
            while (end < sql.size() &&
                   (std::isalnum(static_cast<unsigned char>(sql[end])) || sql[end] == '_'))
                ++end;
            const std::string name(sql.substr(i, end - i));
            auto [it, added] = t.names.try_emplace(name, t.count + 1);
            if (added)
                ++t.count;
            t.sql += fmt::format("${}", it->second);
            i = end - 1;
        } else {
            t.sql += c;
        }
    }
    return t;
}

class PgStatement final : public sql::Prepared {
  public:
    PgStatement(PGconn* conn, int& next_name, std::string_view sql, sql::Rows rows)
        : conn_(conn), next_name_(next_name), many_(rows == sql::Rows::many),
          translated_(translate(sql)), values_(static_cast<std::size_t>(translated_.count)),
          types_(static_cast<std::size_t>(translated_.count), 0) {}
    ~PgStatement() override {
        // A statement run more than once was prepared on the server, where it lives as long as
        // the connection unless deallocated; a failed transaction takes no more commands.
        close_cursor();
        if (!name_.empty() && usable())
            libpq().clear(libpq().exec(conn_, fmt::format("DEALLOCATE {}", name_).c_str()));
    }
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;

    int parameter_index(const char* name) override {
        const auto it = translated_.names.find(name);
        if (it == translated_.names.end())
            throw InternalError(_f("no parameter {}", name));
        return it->second;
    }
    // Values are sent with their type, so `? + 1` or `? || '-01'` type-checks; NULL takes its
    // type from where it stands.
    void bind_null(int index) override { value(index).reset(); }
    void bind_int64(int index, std::int64_t v) override {
        value(index) = std::to_string(v);
        type(index) = 20; // int8
    }
    void bind_double(int index, double v) override {
        value(index) = fmt::format("{}", v);
        type(index) = 701; // float8
    }
    void bind_text(int index, std::string_view v) override {
        value(index) = std::string(v);
        type(index) = 25; // text
    }

    bool step() override {
        if (!result_) {
            std::vector<const char*> raw(values_.size());
            std::transform(values_.begin(), values_.end(), raw.begin(),
                           [](const auto& v) { return v ? v->c_str() : nullptr; });
            const Libpq& pq = libpq();
            const int n = static_cast<int>(raw.size());
            if (many_ && pq.transactionStatus(conn_) == PQTRANS_INTRANS) {
                // A listing: through a cursor, a batch at a time, so that neither end holds it
                // whole, while other statements may still run between the batches.
                cursor_ = fmt::format("c{}", ++next_name_);
                checked(conn_, pq.execParams(conn_,
                                             fmt::format("DECLARE {} NO SCROLL CURSOR FOR {}",
                                                         cursor_, translated_.sql)
                                                 .c_str(),
                                             n, types_.data(), raw.data(), nullptr, nullptr, 0));
                fetch();
            } else {
                // Parsed once for a statement that runs once; prepared on the server when it
                // runs again (an import's inserts).
                if (runs_++ == 1) {
                    name_ = fmt::format("s{}", ++next_name_);
                    checked(conn_, pq.prepare(conn_, name_.c_str(), translated_.sql.c_str(), n,
                                              types_.data()));
                }
                result_ = checked(conn_, name_.empty()
                                             ? pq.execParams(conn_, translated_.sql.c_str(), n,
                                                             types_.data(), raw.data(), nullptr,
                                                             nullptr, 0)
                                             : pq.execPrepared(conn_, name_.c_str(), n, raw.data(),
                                                               nullptr, nullptr, 0));
                rows_ = pq.ntuples(result_.get());
                row_ = -1;
            }
        }
        if (++row_ < rows_)
            return true;
        if (cursor_.empty() || rows_ < batch)
            return false;
        fetch();
        return ++row_ < rows_;
    }
    void reset() override {
        close_cursor();
        result_.reset();
        row_ = -1;
        rows_ = 0;
    }
    int changes() override {
        if (!result_)
            return 0;
        return std::atoi(libpq().cmdTuples(result_.get()));
    }
    bool is_null(int column) const override {
        return libpq().getisnull(result_.get(), row_, column) != 0;
    }
    std::int64_t int64(int column) const override {
        const char* text = libpq().getvalue(result_.get(), row_, column);
        // Comparisons come back as booleans; SQLite gives 1 and 0.
        if (text[0] == 't' && text[1] == '\0')
            return 1;
        if (text[0] == 'f' && text[1] == '\0')
            return 0;
        std::int64_t v = 0;
        std::from_chars(text, text + std::char_traits<char>::length(text), v);
        return v;
    }
    double real(int column) const override {
        return std::strtod(libpq().getvalue(result_.get(), row_, column), nullptr);
    }
    const char* text(int column) const override {
        return libpq().getvalue(result_.get(), row_, column);
    }

  private:
    std::optional<std::string>& value(int index) {
        if (index < 1 || index > static_cast<int>(values_.size()))
            throw InternalError(_f("no parameter {}", index));
        return values_[static_cast<std::size_t>(index - 1)];
    }
    Oid& type(int index) { return types_[static_cast<std::size_t>(index - 1)]; }

    static constexpr int batch = 1000;
    void fetch() {
        result_ = checked(
            conn_, libpq().exec(conn_, fmt::format("FETCH {} FROM {}", batch, cursor_).c_str()));
        rows_ = libpq().ntuples(result_.get());
        row_ = -1;
    }
    bool usable() const {
        return libpq().status(conn_) == CONNECTION_OK &&
               libpq().transactionStatus(conn_) != PQTRANS_INERROR;
    }
    void close_cursor() {
        if (!cursor_.empty() && usable() && libpq().transactionStatus(conn_) == PQTRANS_INTRANS)
            libpq().clear(libpq().exec(conn_, fmt::format("CLOSE {}", cursor_).c_str()));
        cursor_.clear();
    }

    PGconn* conn_;
    int& next_name_;
    bool many_;
    Translated translated_;
    std::string name_;   // once prepared on the server
    std::string cursor_; // while a listing is read through a cursor
    int runs_ = 0;
    std::vector<std::optional<std::string>> values_;
    std::vector<Oid> types_;
    Result result_;
    int rows_ = 0;
    int row_ = -1;
};

class PgConnection final : public sql::Database {
  public:
    explicit PgConnection(PGconn* conn) : conn_(conn) {
        // The server's notices (a table that already exists, ...) are not the user's business.
        libpq().setNoticeProcessor(
            conn_, [](void*, const char*) {}, nullptr);
    }
    ~PgConnection() override { libpq().finish(conn_); }
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    sql::Engine engine() const override { return sql::Engine::postgresql; }
    std::unique_ptr<sql::Prepared> prepare(std::string_view sql, sql::Rows rows) override {
        return std::make_unique<PgStatement>(conn_, statements_, sql, rows);
    }
    void exec(std::string_view sql) override {
        checked(conn_, libpq().exec(conn_, std::string(sql).c_str()));
    }
    std::int64_t getLastInsertRowid() override {
        // Kept by the schema's next_id() trigger.
        Result r = checked(conn_, libpq().exec(conn_, "SELECT current_setting('sleutel.last_id')"));
        return std::strtoll(libpq().getvalue(r.get(), 0, 0), nullptr, 10);
    }
    void begin(sql::Intent intent) override {
        // Serializable: concurrent writers behave as if one ran after the other, or one fails
        // with 40001 and runs again (Store::write).
        exec(intent == sql::Intent::write ? "BEGIN ISOLATION LEVEL SERIALIZABLE"
                                          : "BEGIN ISOLATION LEVEL REPEATABLE READ");
    }
    void commit() override { exec("COMMIT"); }
    void rollback() override { exec("ROLLBACK"); }
    bool in_transaction() override { return libpq().transactionStatus(conn_) != PQTRANS_IDLE; }
    void set_lock_wait(std::chrono::milliseconds wait) override {
        // 0 would mean no limit on the server: the shortest wait is a millisecond.
        exec(fmt::format("SET lock_timeout = {}",
                         std::max<long>(1, static_cast<long>(wait.count()))));
    }

  private:
    PGconn* conn_;
    int statements_ = 0;
};

std::string lowered(const std::string& text) {
    std::string out = text;
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

bool is_server_location(const std::string& location) {
    const std::string text = lowered(location);
    if (text.starts_with("postgresql://") || text.starts_with("postgres://"))
        return true;
    static constexpr std::array<std::string_view, 9> keywords{
        "service=", "host=",     "hostaddr=", "port=",           "dbname=",
        "user=",    "password=", "sslmode=",  "connect_timeout="};
    return std::any_of(keywords.begin(), keywords.end(),
                       [&](std::string_view k) { return text.starts_with(k); });
}

std::string shown_location(const std::string& location) {
    std::string shown = location;
    const std::string text = lowered(location);
    if (const auto scheme = text.find("://"); scheme != std::string::npos) {
        // postgresql://user:secret@host/db
        const auto at = text.find('@', scheme + 3);
        const auto colon = text.find(':', scheme + 3);
        if (at != std::string::npos && colon != std::string::npos && colon < at)
            shown.replace(colon + 1, at - colon - 1, "***");
    }
    // password=… in a keyword string or a URI's query
    for (auto at = lowered(shown).find("password="); at != std::string::npos;
         at = lowered(shown).find("password=", at + 12)) {
        const auto from = at + 9;
        auto end = shown.find_first_of(" &", from);
        if (end == std::string::npos)
            end = shown.size();
        shown.replace(from, end - from, "***");
    }
    return shown;
}

std::string server_database_name(const std::string& location) {
    // keyword=value, as in a keyword string or a URI's query
    const auto keyword = [&](std::string_view key) -> std::string {
        for (std::size_t at = location.find(key); at != std::string::npos;
             at = location.find(key, at + 1)) {
            if (at > 0 && location[at - 1] != ' ' && location[at - 1] != '?' &&
                location[at - 1] != '&')
                continue;
            const std::size_t from = at + key.size();
            return location.substr(from, location.find_first_of(" &", from) - from);
        }
        return {};
    };
    std::string name = keyword("dbname=");
    if (name.empty())
        if (const auto scheme = location.find("://"); scheme != std::string::npos) {
            // postgresql://user@host:port/NAME?…
            if (const auto slash = location.find('/', scheme + 3); slash != std::string::npos)
                name = location.substr(slash + 1, location.find('?', slash) - slash - 1);
        }
    if (name.empty())
        name = keyword("service=");
    return name.empty() ? "server" : name;
}

std::unique_ptr<sql::Database> connect_server(const std::string& location) {
    const Libpq& pq = libpq();
    PGconn* conn = pq.connectdb(location.c_str());
    if (!conn)
        throw StorageError(_("cannot connect to the PostgreSQL server: out of memory"));
    if (pq.status(conn) != CONNECTION_OK) {
        const std::string why = first_line(pq.errorMessage(conn));
        pq.finish(conn);
        const std::string shown = shown_location(location);
        const auto says = [&](std::string_view text) {
            return why.find(text) != std::string::npos;
        };
        if (says("password authentication failed") || says("no password supplied") ||
            says("permission denied") || (says("role \"") && says("does not exist")))
            throw PermissionError(_f("the PostgreSQL server {} refused the login: {}", shown, why),
                                  _("check the user name, and its password in ~/.pgpass"));
        // The database itself is the server administrator's to make, not `sleutel init`'s.
        if (says("database \"") && says("does not exist"))
            throw NoInputError(_f("no database at {}: {}", shown, why),
                               _("create it on the server (createdb), or check its name"));
        throw StorageError(_f("cannot connect to the PostgreSQL server {}: {}", shown, why),
                           _("check that the server runs and the connection details are right"));
    }
    auto db = std::make_unique<PgConnection>(conn);
    // Dates and texts compare as in SQLite: byte by byte, in UTF-8.
    db->exec("SET client_encoding = 'UTF8'; SET client_min_messages = warning");
    return db;
}

} // namespace sleutel::store
