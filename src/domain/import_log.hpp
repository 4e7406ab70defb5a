// Importing activities from a CSV file: every row checked, then all written in one transaction
// with prepared statements; rows whose `ref` is already logged are skipped, so a cron job that
// runs twice never counts twice.
#pragma once
#include "domain/import_fields.hpp"
#include "model/config.hpp"
#include "store/store.hpp"
#include "util/date.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

// The columns an activity import reads, named like the keys of an activity's JSON; `id` is
// accepted, and ignored, so a `log list --format csv` file can be imported elsewhere.
extern const std::vector<std::string> log_import_columns;
extern const std::vector<std::string> log_import_required_columns;

struct ActivityImportOptions {
    std::string file; // the name rows are reported under
    bool dry_run = false;
    // Called with each record's line as it is read, and once when the whole file is read: for
    // a progress bar.
    std::function<void(std::size_t line)> on_record;
    std::function<void()> on_end;
};

struct ActivityImportCount {
    std::size_t accepted = 0; // written, or with a dry run that would be
    std::size_t skipped = 0;  // their ref already logged
};

// Reads, checks and (unless a dry run) writes every row of `text`. A bad header is DataError; bad
// rows are RowsRejected, listing every one, and then nothing is written.
ActivityImportCount import_activities(Store& store, const Config& config, std::string_view text,
                                      const ActivityImportOptions& options, Date today);

} // namespace sleutel
