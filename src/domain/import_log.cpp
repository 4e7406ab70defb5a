// The `log import` pipeline: one pass inside one transaction, each row read, checked and written
// before the next is read, so memory stays flat however long the file.
#include "domain/import_log.hpp"

#include "domain/activities.hpp"
#include "domain/import_fields.hpp"
#include "store/activity_store.hpp"
#include "util/csv.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/values.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>
#include <unordered_set>
#include <utility>

namespace sleutel {

const std::vector<std::string> log_import_columns{"date",
                                                  "time",
                                                  "person",
                                                  "type",
                                                  "role",
                                                  "org",
                                                  "minutes",
                                                  "themes",
                                                  "questions",
                                                  "reached",
                                                  "reached_professionals",
                                                  "referrals",
                                                  "km",
                                                  "expenses_cents",
                                                  "after_hours",
                                                  "ref",
                                                  "note",
                                                  "id"};
const std::vector<std::string> log_import_required_columns{"date", "person", "type", "minutes"};

namespace {

bool parse_flag(const std::string& text) {
    std::string t = text;
    std::transform(t.begin(), t.end(), t.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    // Also Dutch Excel's WAAR and ONWAAR.
    for (const char* yes : {"true", "1", "yes", "ja", "waar"})
        if (t == yes)
            return true;
    for (const char* no : {"false", "0", "no", "nee", "onwaar"})
        if (t == no)
            return false;
    throw DataError(_f("after_hours is true or false, not '{}'", text));
}

// Which field of a record holds each column the file has, by the column's name.
class Columns {
  public:
    // Refuses a column that is not one of log_import_columns, or a header without one of the
    // required columns.
    Columns(const std::vector<std::string>& header, const std::string& file) {
        for (std::size_t h = 0; h < header.size(); ++h) {
            if (std::find(log_import_columns.begin(), log_import_columns.end(), header[h]) ==
                log_import_columns.end())
                throw DataError(_f("{}:1: unknown column '{}'", file, header[h]),
                                _f("columns: {}", fmt::join(log_import_columns, ", ")));
            // A column named twice: its last one counts.
            const auto same = std::find_if(at_.begin(), at_.end(), [&](const auto& column) {
                return column.first == header[h];
            });
            if (same != at_.end())
                same->second = h;
            else
                at_.emplace_back(header[h], h);
        }
        for (const std::string& required : log_import_required_columns)
            if (std::none_of(at_.begin(), at_.end(),
                             [&](const auto& column) { return column.first == required; }))
                throw DataError(_f("{}:1: the header has no '{}' column", file, required),
                                _f("needed: {}", fmt::join(log_import_required_columns, ", ")));
    }

    // The cell of `column`, or null where the file has no such column or the cell is empty.
    const std::string* cell(const CsvRecord& record, std::string_view column) const {
        // A handful of known names: a linear look beats a map's string comparisons, per cell.
        for (const auto& [name, at] : at_)
            if (name == column)
                return record.fields[at].empty() ? nullptr : &record.fields[at];
        return nullptr;
    }

  private:
    std::vector<std::pair<std::string, std::size_t>> at_;
};

// Empty cells are absent values. `day_month_year`: the file is separated by `;`, so its dates may
// be written the Dutch way.
Activity parse_row(const Columns& columns, const CsvRecord& record, Date today,
                   bool day_month_year) {
    auto cell = [&](std::string_view column) { return columns.cell(record, column); };
    auto required = [&](std::string_view column) -> const std::string& {
        const std::string* value = cell(column);
        if (!value)
            throw DataError(_f("'{}' is empty", column));
        return *value;
    };
    Activity a;
    a.date = parse_date_cell("date", required("date"), today, day_month_year);
    if (const auto* v = cell("time")) // Excel writes 09:00:00
        a.time = parse_time_of_day(v->size() == 8 && v->ends_with(":00") ? v->substr(0, 5) : *v);
    a.person = required("person");
    a.type = required("type");
    if (const auto* v = cell("role"))
        a.role = *v;
    if (const auto* v = cell("org"))
        a.organisation = *v;
    const std::string& minutes = required("minutes");
    a.minutes =
        std::all_of(minutes.begin(), minutes.end(), [](char c) { return c >= '0' && c <= '9'; })
            ? parse_count(minutes, "minutes")
            : parse_duration(minutes);
    if (const auto* v = cell("themes"))
        a.themes = split_list(*v);
    if (const auto* v = cell("questions"))
        a.questions = parse_count(*v, "questions");
    if (const auto* v = cell("reached"))
        a.reached = parse_count(*v, "people reached");
    if (const auto* v = cell("reached_professionals"))
        a.reached_professionals = parse_count(*v, "professionals reached");
    if (const auto* v = cell("referrals"))
        for (const std::string& item : split_list(*v))
            a.referrals.push_back(parse_referral(item));
    if (const auto* v = cell("km"))
        a.km_tenths = parse_km_tenths(*v);
    if (const auto* v = cell("expenses_cents"))
        a.expenses_cents = parse_count(*v, "cents");
    if (const auto* v = cell("after_hours"))
        a.after_hours = parse_flag(*v);
    if (const auto* v = cell("ref"))
        a.ref = parse_ref(unguarded_spreadsheet_text(*v));
    if (const auto* v = cell("note"))
        a.note = unguarded_spreadsheet_text(*v);
    return a;
}

// One import inside its transaction. The first bad row stops the writing, the checking goes on
// so every bad row is reported, and the transaction is rolled back: all rows or none. Refs are
// looked up inside the same transaction, so a concurrent import of the same file cannot slip a
// row in between the look-up and the write.
class LogImporter {
  public:
    LogImporter(Store& store, const Config& config, const ActivityImportOptions& options,
                Date today)
        : store_(store), options_(options), today_(today), checker_(store, config, today),
          writer_(store) {}

    void header(const std::vector<std::string>& header, char separator) {
        columns_.emplace(header, options_.file);
        header_size_ = header.size();
        day_month_year_ = separator == ';';
    }

    void record(const CsvRecord& record) {
        ++records_;
        if (options_.on_record)
            options_.on_record(record.line);
        try {
            if (record.fields.size() != header_size_)
                throw DataError(
                    _f("{} fields where the header has {}", record.fields.size(), header_size_));
            add(parse_row(*columns_, record, today_, day_month_year_));
        } catch (const DataError& e) {
            problems_.push_back(row_problem(options_.file, record.line, e));
        }
    }

    ActivityImportCount end() {
        if (!columns_) // no header at all
            columns_.emplace(std::vector<std::string>{}, options_.file);
        if (options_.on_end)
            options_.on_end();
        if (!problems_.empty())
            throw RowsRejected(std::move(problems_), records_);
        // One audit row for the whole import, naming the range of new ids.
        if (first_)
            store_.audit({"activity", fmt::format("{}..{}", first_, last_), "create"});
        return count_;
    }

  private:
    void add(Activity a) {
        if (a.ref) {
            if (!refs_.insert(*a.ref).second)
                throw DataError(_f("ref '{}' appears twice in this file", *a.ref));
            if (writer_.ref_exists(*a.ref)) {
                ++count_.skipped;
                return;
            }
        }
        // An import does not warn per row about missing assignments.
        (void)checker_.check(a, true);
        ++count_.accepted;
        if (problems_.empty() && !options_.dry_run) {
            last_ = writer_.insert(a);
            first_ = first_ ? first_ : last_;
        }
    }

    Store& store_;
    const ActivityImportOptions& options_;
    Date today_;
    ActivityChecker checker_;
    db::ActivityWriter writer_;
    std::optional<Columns> columns_;
    std::size_t header_size_ = 0;
    bool day_month_year_ = false;
    std::size_t records_ = 0;
    ActivityImportCount count_;
    std::vector<std::string> problems_;
    std::unordered_set<std::string> refs_;
    Id first_ = 0, last_ = 0;
};

} // namespace

ActivityImportCount import_activities(Store& store, const Config& config, std::string_view text,
                                      const ActivityImportOptions& options, Date today) {
    ActivityImportCount count;
    auto import_rows = [&] {
        LogImporter importer(store, config, options, today);
        read_csv(
            text, options.file,
            [&](const std::vector<std::string>& header, char separator) {
                importer.header(header, separator);
            },
            [&](const CsvRecord& record) { importer.record(record); });
        count = importer.end();
    };
    if (options.dry_run) {
        store.read(import_rows);
    } else {
        store.reserve_cache(64);
        store.write_bulk(import_rows);
    }
    return count;
}

} // namespace sleutel
