// One value as each format writes it; shared by the table renderer and the report renderers.
#pragma once
#include "render/render.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace sleutel {

// What a person reads: `1:30`, `€ 12,50`, `ja`.
std::string human(const Value& value, Language language);
// The same in a column: ids of a vocabulary (Column::words) become words.
std::string human(const Value& value, const Column& column, Language language);
// A total that has no column of its own, as `warnings 7`.
std::string total_text(std::string_view key, const Value& value, Language language);
// What a script reads from CSV: minutes, cents, ISO dates, `true`.
std::string machine(const Value& value, char separator);
nlohmann::ordered_json json_value(const Value& value);

} // namespace sleutel
