// Turning typed text (from flags or from import CSV cells, keyed by option name) into the fields
// of a person, organisation or activity, so both paths accept exactly the same values.
#pragma once
#include "model/entities.hpp"
#include "util/error.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

// Option name (`name`, `birth_year`, `langs` ...) to the text given.
using FieldTexts = std::map<std::string, std::string>;

// The column names `register import` accepts, in the order `--help` lists them.
extern const std::vector<std::string> person_field_names;
extern const std::vector<std::string> organisation_field_names;

// Lists (`langs`, `trainings`) are `;`-separated: `ar:native;nl:B1`, `Basis@2024-02-01;EHBO`.
PersonFields parse_person_fields(const FieldTexts& texts, Date today);
OrganisationFields parse_organisation_fields(const FieldTexts& texts);

// The items of a `;`-separated cell or flag value, empty items dropped.
std::vector<std::string> split_list(const std::string& list);

// `NAME` or `NAME@DATE`.
Training parse_training(const std::string& text, Date today);

// `TARGET` or `TARGET:N`.
Referral parse_referral(const std::string& text);

// A date cell of an import file, read by parse_file_date (`day_month_year`: the file is separated
// by `;`, as Dutch Excel saves it; `words`: `today`, `-3d` and weekdays too). DataError
// `column 'COLUMN': why`, with parse_file_date's hint.
Date parse_date_cell(std::string_view column, std::string_view text, Date today,
                     bool day_month_year, bool words = true);
// The dates in a person row's cells (`since`, `birth_date`, each training's `@DATE`) rewritten as
// `YYYY-MM-DD` by parse_date_cell, so parse_person_fields reads a spreadsheet's dates as it reads
// a flag's, and a bad one is refused naming its column.
void iso_dates_in_person_cells(FieldTexts& texts, Date today, bool day_month_year);

// One line of an import's row problems: `FILE:LINE: why (hint)`.
std::string row_problem(std::string_view file, std::size_t line, const DataError& error);

// An import refused because of its rows: `what()` counts them, `problems()` says
// `FILE:LINE: why` for each, in file order, for the caller to show before the error itself.
class RowsRejected : public DataError {
  public:
    RowsRejected(std::vector<std::string> problems, std::size_t rows);
    const std::vector<std::string>& problems() const noexcept { return problems_; }

  private:
    std::vector<std::string> problems_;
};

} // namespace sleutel
