// Moving optional values and dates between C++ and SQL parameters and columns, the same way in
// every store file: absent is NULL, dates are ISO text, and a bad stored date is a storage error.
#pragma once
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values.hpp"

#include "store/sql.hpp"
#include <fmt/format.h>
#include <optional>
#include <string>
#include <type_traits>

namespace sleutel::db {

inline void bind_optional(sql::Statement& s, int index, const std::optional<std::string>& value) {
    if (value)
        s.bind(index, *value);
    else
        s.bind(index);
}
inline void bind_optional(sql::Statement& s, int index, const std::optional<Date>& value) {
    if (value)
        s.bind(index, format_date(*value));
    else
        s.bind(index);
}
template <class Int>
requires std::is_integral_v<Int>
void bind_optional(sql::Statement& s, int index, const std::optional<Int>& value) {
    if (value)
        s.bind(index, static_cast<std::int64_t>(*value));
    else
        s.bind(index);
}

inline std::optional<std::string> text_or_null(const sql::Column& c) {
    if (c.isNull())
        return std::nullopt;
    return c.getString();
}
inline std::optional<Date> date_or_null(const sql::Column& c) {
    if (c.isNull())
        return std::nullopt;
    return parse_iso_date(c.getString());
}
inline Date date_of(const sql::Column& c) {
    const auto d = parse_iso_date(c.getString());
    if (!d)
        throw StorageError(_f("the database holds an invalid date '{}'", c.getString()),
                           _("run 'sleutel db check'"));
    return *d;
}

} // namespace sleutel::db
