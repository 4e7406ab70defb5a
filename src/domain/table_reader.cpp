// Schema checks for one TOML table, with the source position of every complaint.
#include "domain/table_reader.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values.hpp"

#include <fmt/format.h>

namespace sleutel::config {

namespace {
const char* type_name(toml::node_type type) {
    switch (type) {
    case toml::node_type::string:
        return _("a string");
    case toml::node_type::integer:
        return _("an integer");
    case toml::node_type::floating_point:
        return _("a number with decimals");
    case toml::node_type::boolean:
        return _("a boolean");
    case toml::node_type::array:
        return _("an array");
    case toml::node_type::table:
        return _("a table");
    case toml::node_type::date:
        return _("a date");
    case toml::node_type::time:
        return _("a time");
    case toml::node_type::date_time:
        return _("a date-time");
    default:
        return _("nothing");
    }
}
} // namespace

void fail_at(const toml::source_region& where, std::string_view key, std::string_view why,
             std::string hint) {
    const std::string file = where.path ? *where.path : std::string(_("(config)"));
    throw ConfigError(
        fmt::format("{}:{}:{}: {}: {}", file, where.begin.line, where.begin.column, key, why),
        std::move(hint));
}

std::string TableReader::key_path(std::string_view key) const {
    return path_.empty() ? std::string(key) : fmt::format("{}.{}", path_, key);
}

const toml::node* TableReader::get(std::string_view key) {
    known_.emplace(key);
    return table_.get(key);
}

void TableReader::fail(std::string_view key, std::string_view why, std::string hint) const {
    const toml::node* node = table_.get(key);
    fail_at(node ? node->source() : table_.source(), key_path(key), why, std::move(hint));
}

void TableReader::wrong_type(std::string_view key, const toml::node& node,
                             std::string_view expected) const {
    fail_at(node.source(), key_path(key),
            _f("expected {}, found {}", expected, type_name(node.type())));
}

std::string TableReader::string(std::string_view key, std::optional<std::string> fallback) {
    const toml::node* node = get(key);
    if (!node) {
        if (!fallback)
            fail_at(table_.source(), key_path(key), _("required key is missing"));
        return *fallback;
    }
    if (const auto* value = node->as_string())
        return value->get();
    wrong_type(key, *node, _("a string"));
}

bool TableReader::boolean(std::string_view key, bool fallback) {
    const toml::node* node = get(key);
    if (!node)
        return fallback;
    if (const auto* value = node->as_boolean())
        return value->get();
    wrong_type(key, *node, _("a boolean (true or false)"));
}

std::int64_t TableReader::integer(std::string_view key, std::optional<std::int64_t> fallback,
                                  std::int64_t min, std::int64_t max) {
    const toml::node* node = get(key);
    if (!node) {
        if (!fallback)
            fail_at(table_.source(), key_path(key), _("required key is missing"));
        return *fallback;
    }
    const auto* value = node->as_integer();
    if (!value)
        wrong_type(key, *node, _("an integer"));
    const std::int64_t n = value->get();
    if (n < min || n > max)
        fail_at(node->source(), key_path(key), _f("{} is outside {}..{}", n, min, max));
    return n;
}

double TableReader::positive_number(std::string_view key, double fallback) {
    const toml::node* node = get(key);
    if (!node)
        return fallback;
    double n = 0;
    if (const auto* f = node->as_floating_point())
        n = f->get();
    else if (const auto* i = node->as_integer())
        n = static_cast<double>(i->get());
    else
        wrong_type(key, *node, _("a number"));
    if (!(n > 0 && n < 1000))
        fail_at(node->source(), key_path(key), _("must be more than 0 (and below 1000)"));
    return n;
}

std::vector<std::string> TableReader::strings(std::string_view key) {
    const toml::node* node = get(key);
    std::vector<std::string> out;
    if (!node)
        return out;
    const toml::array* array = node->as_array();
    if (!array)
        wrong_type(key, *node, _("an array of strings"));
    for (const toml::node& element : *array) {
        const auto* value = element.as_string();
        if (!value)
            fail_at(element.source(), key_path(key),
                    _f("expected a string, found {}", type_name(element.type())));
        out.push_back(value->get());
    }
    return out;
}

void TableReader::finish() const {
    for (auto&& [key, value] : table_) {
        if (known_.contains(key.str()))
            continue;
        std::string choices;
        for (const auto& k : known_)
            choices += (choices.empty() ? "" : ", ") + k;
        fail_at(key.source(), key_path(key.str()), _("unknown key"),
                _f("known keys here: {}", choices));
    }
}

void for_each_table(const toml::node& node, const std::string& name,
                    const std::function<void(TableReader&)>& each) {
    const toml::array* array = node.as_array();
    if (!array)
        fail_at(node.source(), name, _f("expected an array of tables ([[{}]])", name));
    std::size_t index = 0;
    for (const toml::node& element : *array) {
        const std::string path = fmt::format("{}[{}]", name, index++);
        const toml::table* table = element.as_table();
        if (!table)
            fail_at(element.source(), path, _("expected a table"));
        TableReader reader(*table, path);
        each(reader);
        reader.finish();
    }
}

std::string IdSet::take(TableReader& reader, std::string_view key) {
    std::string id = reader.string(key);
    if (!is_handle(id))
        reader.fail(key, _f("'{}' is not a valid id", id),
                    _("an id is 2 to 32 characters: a lower-case letter, then lower-case "
                      "letters, digits or '-'"));
    if (!seen_.insert(id).second)
        reader.fail(key, _f("duplicate id '{}' in {}", id, list_));
    return id;
}

} // namespace sleutel::config
