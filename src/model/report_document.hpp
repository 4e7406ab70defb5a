// A report as the figures layer hands it to rendering: sections of tables with totals and notes,
// for one period, in the programme's language.
#pragma once
#include "model/table.hpp"
#include "util/values.hpp"

#include <string>
#include <utility>
#include <vector>

namespace sleutel {

struct Report {
    std::string kind;
    std::string group_by; // what one row stands for: person, theme, municipality, ...
    std::string title;    // heading in the programme's language
    Table table;
    std::vector<std::pair<std::string, Value>> totals; // always there, also for no rows
    std::vector<std::string> notes;                    // e.g. a ceiling taken from an earlier year
};

struct ReportDocument {
    std::string kind; // the report asked for: `hours`, or `weekly`
    bool combined = false;
    Period period;
    std::string generated_at; // UTC, ISO 8601
    std::string programme;
    Language language = Language::nl;
    std::vector<Report> sections; // one for a single kind
    // The tables the html charts draw from.
    std::vector<Report> chart_data;
};

} // namespace sleutel
