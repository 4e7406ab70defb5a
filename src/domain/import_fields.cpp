// One parser for person, organisation and activity fields, shared by flags and CSV imports.
#include "domain/import_fields.hpp"

#include "util/values.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <sstream>

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
    std::vector<std::string> items;
    std::istringstream in(list);
    for (std::string item; std::getline(in, item, ';');)
        if (!item.empty())
            items.push_back(item);
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
            throw DataError(fmt::format("not a birth date: '{}'", *born), "write YYYY-MM-DD");
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

Referral parse_referral(const std::string& text) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos)
        return {text, 1};
    const std::string number = text.substr(colon + 1);
    const bool digits =
        !number.empty() && number.size() <= 9 &&
        std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits && number_too_large(number, 999'999'999))
        throw DataError(fmt::format("too large a count of referrals: '{}'", text),
                        "at most 999999999");
    if (!digits || std::stoll(number) < 1)
        throw DataError(fmt::format("a referral needs a count of 1 or more: '{}'", text),
                        "write TARGET or TARGET:N, such as huisarts:2");
    return {text.substr(0, colon), std::stoll(number)};
}

RowsRejected::RowsRejected(std::vector<std::string> problems, std::size_t rows)
    : DataError(fmt::format("{} of {} rows rejected; nothing was imported", problems.size(), rows)),
      problems_(std::move(problems)) {}

} // namespace sleutel
