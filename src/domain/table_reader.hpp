// Reads one TOML table against a schema: typed getters that remember which keys were asked for,
// so finish() can reject every key the schema does not know.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <toml++/toml.h>
#include <vector>

namespace sleutel::config {

// Throws ConfigError `FILE:LINE:COL: key: why`.
[[noreturn]] void fail_at(const toml::source_region& where, std::string_view key,
                          std::string_view why, std::string hint = {});

class TableReader {
  public:
    TableReader(const toml::table& table, std::string path)
        : table_(table), path_(std::move(path)) {}

    const toml::node* get(std::string_view key);
    std::string string(std::string_view key, std::optional<std::string> fallback = std::nullopt);
    bool boolean(std::string_view key, bool fallback);
    std::int64_t integer(std::string_view key, std::optional<std::int64_t> fallback,
                         std::int64_t min, std::int64_t max);
    double positive_number(std::string_view key, double fallback);
    std::vector<std::string> strings(std::string_view key);

    // Fails at `key` if present, else at the table itself.
    [[noreturn]] void fail(std::string_view key, std::string_view why, std::string hint = {}) const;
    // Rejects keys nobody asked for.
    void finish() const;

  private:
    std::string key_path(std::string_view key) const;
    [[noreturn]] void wrong_type(std::string_view key, const toml::node& node,
                                 std::string_view expected) const;

    const toml::table& table_;
    std::string path_;
    std::set<std::string, std::less<>> known_;
};

// Runs `each` on every table of an array of tables, with its `name[i]` path, and rejects the keys
// `each` did not read.
void for_each_table(const toml::node& node, const std::string& name,
                    const std::function<void(TableReader&)>& each);

// Ids must be handles and unique within their list.
class IdSet {
  public:
    explicit IdSet(std::string list) : list_(std::move(list)) {}
    std::string take(TableReader& reader, std::string_view key = "id");

  private:
    std::string list_;
    std::set<std::string> seen_;
};

} // namespace sleutel::config
