// One parser for person, organisation and activity fields, shared by flags and CSV imports.
#include "domain/import_fields.hpp"

#include "util/values.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <string_view>

namespace sleutel {

const std::vector<std::string> person_field_names{
    "handle",     "name",       "municipality", "langs",      "origin",   "gender",
    "birth_year", "birth_date", "education",    "background", "contract", "hours",
    "since",      "phone",      "email",        "trainings"};
const std::vector<std::string> organisation_field_names{"handle", "name", "type", "municipality",
                                                        "contact"};

namespace {

std::optional<std::string> text(const FieldTexts& texts, const std::string& key) {
    const auto it = texts.find(key);
    if (it == texts.end())
        return std::nullopt;
    return it->second;
}

} // namespace

std::vector<std::string> split_list(const std::string& list) {
    // Split by hand: a stream per cell cost an import more than the cell's own checks.
    std::vector<std::string> items;
    std::string_view rest = list;
    while (!rest.empty()) {
        const std::size_t end = std::min(rest.find(';'), rest.size());
        if (end > 0)
            items.emplace_back(rest.substr(0, end));
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return items;
}

Training parse_training(const std::string& value, Date today) {
    const auto at = value.rfind('@');
    if (at == std::string::npos)
        return {0, value, std::nullopt};
    return {0, value.substr(0, at), parse_date(value.substr(at + 1), today)};
}

PersonFields parse_person_fields(const FieldTexts& texts, Date today) {
    PersonFields f;
    f.name = text(texts, "name");
    f.municipality = text(texts, "municipality");
    f.origin = text(texts, "origin");
    f.gender = text(texts, "gender");
    f.education = text(texts, "education");
    f.background = text(texts, "background");
    f.contract = text(texts, "contract");
    f.phone = text(texts, "phone");
    f.email = text(texts, "email");
    if (const auto year = text(texts, "birth_year")) {
        const auto n = parse_count(*year, "years");
        f.birth_year = static_cast<int>(std::min<std::int64_t>(n, 99999));
    }
    if (const auto born = text(texts, "birth_date")) {
        f.birth_date = parse_iso_date(*born);
        if (!f.birth_date)
            throw DataError(_f("not a birth date: '{}'", *born), _("write YYYY-MM-DD"));
    }
    if (const auto hours = text(texts, "hours"))
        f.minutes_per_week = parse_hours(*hours);
    if (const auto since = text(texts, "since"))
        f.since = parse_date(*since, today);
    if (const auto langs = text(texts, "langs"))
        for (const std::string& item : split_list(*langs))
            f.languages.push_back(parse_language(item));
    if (const auto trainings = text(texts, "trainings"))
        for (const std::string& item : split_list(*trainings))
            f.trainings.push_back(parse_training(item, today));
    return f;
}

OrganisationFields parse_organisation_fields(const FieldTexts& texts) {
    return {text(texts, "name"), text(texts, "type"), text(texts, "municipality"),
            text(texts, "contact")};
}

Date parse_date_cell(std::string_view column, std::string_view text, Date today,
                     bool day_month_year, bool words) {
    try {
        return parse_file_date(text, today, day_month_year, words);
    } catch (const DataError& e) {
        // TRANSLATORS: a column of an imported file, then why its cell is refused.
        throw DataError(_f("column '{}': {}", column, e.what()), e.hint());
    }
}

void iso_dates_in_person_cells(FieldTexts& texts, Date today, bool day_month_year) {
    if (const auto it = texts.find("since"); it != texts.end())
        it->second = format_date(parse_date_cell("since", it->second, today, day_month_year));
    if (const auto it = texts.find("birth_date"); it != texts.end())
        it->second =
            format_date(parse_date_cell("birth_date", it->second, today, day_month_year, false));
    if (const auto it = texts.find("trainings"); it != texts.end()) {
        std::string list;
        for (const std::string& item : split_list(it->second)) {
            const auto at = item.rfind('@');
            list += list.empty() ? "" : ";";
            list += at == std::string::npos
                        ? item
                        : item.substr(0, at + 1) +
                              format_date(parse_date_cell("trainings", item.substr(at + 1), today,
                                                          day_month_year));
        }
        it->second = list;
    }
}

Referral parse_referral(const std::string& text) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos)
        return {text, 1};
    const std::string number = text.substr(colon + 1);
    const bool digits =
        !number.empty() && number.size() <= 9 &&
        std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits && number_too_large(number, 999'999'999))
        throw DataError(_f("too large a count of referrals: '{}'", text), _("at most 999999999"));
    if (!digits || std::stoll(number) < 1)
        // The example is the user's own target: the built-in ones may not be in their config.
        throw DataError(_f("a referral needs a count of 1 or more: '{}'", text),
                        colon == 0
                            ? _("write TARGET or TARGET:N")
                            : _f("write TARGET or TARGET:N, such as {}:2", text.substr(0, colon)));
    return {text.substr(0, colon), std::stoll(number)};
}

std::string row_problem(std::string_view file, std::size_t line, const DataError& error) {
    if (error.hint().empty())
        return fmt::format("{}:{}: {}", file, line, error.what());
    return fmt::format("{}:{}: {} ({})", file, line, error.what(), error.hint());
}

RowsRejected::RowsRejected(std::vector<std::string> problems, std::size_t rows)
    : DataError(_f("{} of {} rows rejected; nothing was imported", problems.size(), rows)),
      problems_(std::move(problems)) {}

} // namespace sleutel
