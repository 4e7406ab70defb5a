// A result as typed values: the rows and columns every command and report hands to rendering.
// How a value looks depends on the format it is written in (see render/render.hpp).
#pragma once
#include "util/date.hpp"
#include "util/values.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace sleutel {

struct Duration {
    Minutes minutes;
};
struct Money {
    Cents cents;
};
struct Ratio {
    double value;
};
struct Km {
    std::int64_t tenths;
};
// (target, count) pairs: JSON `[{"target", "count"}]`, CSV `huisarts:2;ggd`.
struct Referrals {
    std::vector<std::pair<std::string, std::int64_t>> items;
};
// Named counts such as a gender split: JSON `{"f": 2, "m": 1}`, CSV `f:2;m:1`.
struct Counts {
    std::vector<std::pair<std::string, std::int64_t>> items;
};
using TextList = std::vector<std::string>;
using Value = std::variant<std::monostate, std::string, std::int64_t, bool, Duration, Money, Ratio,
                           Date, TextList, Km, Referrals, Counts>;

// An optional value as a cell: empty (null in JSON) when absent.
template <class T> Value optional_cell(const std::optional<T>& value) {
    if (value)
        return Value{*value};
    return Value{std::monostate{}};
}

struct Column {
    std::string key;   // JSON key and CSV header: English snake_case, the same in every language
    std::string label; // table and Markdown header, in the programme's language
    // The vocabulary (model/words.hpp) the column's ids come from: human formats show the
    // word, JSON and the default CSV the id. Empty for names and free text.
    std::string_view words = {};
};

struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Value>> rows;
};

} // namespace sleutel
