// `sleutel log import FILE.csv`: every row checked first, then all written in one transaction
// with prepared statements; rows whose `ref` is already logged are skipped, so a cron job that
// runs twice never counts twice.
#include "cli/fields.hpp"
#include "cli/log_import.hpp"
#include "domain/activities.hpp"
#include "render/render.hpp"
#include "store/activity_store.hpp"
#include "util/csv.hpp"
#include "util/error.hpp"
#include "util/input_file.hpp"
#include "util/message_safe.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <sstream>
#include <unistd.h>
#include <unordered_set>

namespace sleutel::cli {

namespace {

// `id` is accepted, and ignored, so a `log list --format csv` file can be imported elsewhere.
const std::vector<std::string> columns{
    "date",    "time",      "person", "type",           "role",        "org", "minutes", "themes",
    "reached", "referrals", "km",     "expenses_cents", "after_hours", "ref", "note",    "id"};
const std::vector<std::string> required_columns{"date", "person", "type", "minutes"};

struct ImportOptions {
    std::string file;
    bool dry_run = false;
};

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
    throw DataError(fmt::format("after_hours is true or false, not '{}'", text));
}

// A text cell as `log list --format csv` wrote it: the `'` that keeps a spreadsheet from running
// `=...` as a formula is taken off again.
std::string spreadsheet_cell(const std::string& text) {
    if (text.size() >= 2 && text[0] == '\'' && spreadsheet_text(text.substr(1)) == text)
        return text.substr(1);
    return text;
}

// One cell per column index; empty cells are absent values.
Activity parse_row(const std::vector<int>& at, const CsvRecord& record, Date today) {
    auto cell = [&](std::size_t column) -> const std::string* {
        const int i = at[column];
        if (i < 0 || record.fields[static_cast<std::size_t>(i)].empty())
            return nullptr;
        return &record.fields[static_cast<std::size_t>(i)];
    };
    auto required = [&](std::size_t column) -> const std::string& {
        const std::string* value = cell(column);
        if (!value)
            throw DataError(fmt::format("'{}' is empty", columns[column]));
        return *value;
    };
    Activity a;
    a.date = parse_date(required(0), today);
    if (const auto* v = cell(1)) // Excel writes 09:00:00
        a.time = parse_time_of_day(v->size() == 8 && v->ends_with(":00") ? v->substr(0, 5) : *v);
    a.person = required(2);
    a.type = required(3);
    if (const auto* v = cell(4))
        a.role = *v;
    if (const auto* v = cell(5))
        a.organisation = *v;
    const std::string& minutes = required(6);
    a.minutes =
        std::all_of(minutes.begin(), minutes.end(), [](char c) { return c >= '0' && c <= '9'; })
            ? parse_count(minutes, "minutes")
            : parse_duration(minutes);
    if (const auto* v = cell(7))
        a.themes = split_list(*v);
    if (const auto* v = cell(8))
        a.reached = parse_count(*v, "people reached");
    if (const auto* v = cell(9))
        for (const std::string& item : split_list(*v))
            a.referrals.push_back(parse_referral(item));
    if (const auto* v = cell(10))
        a.km_tenths = parse_km_tenths(*v);
    if (const auto* v = cell(11))
        a.expenses_cents = parse_count(*v, "cents");
    if (const auto* v = cell(12))
        a.after_hours = parse_flag(*v);
    if (const auto* v = cell(13))
        a.ref = parse_ref(spreadsheet_cell(*v));
    if (const auto* v = cell(14))
        a.note = spreadsheet_cell(*v);
    return a;
}

// A progress bar on stderr, only when a person watches it.
class Progress {
  public:
    Progress(std::ostream& err, std::size_t total, std::string what)
        : err_(err), total_(total), what_(std::move(what)), shown_(::isatty(STDERR_FILENO) != 0) {}
    void update(std::size_t done) {
        if (!shown_ || total_ < 1000)
            return;
        const std::size_t percent = std::min(done, total_) * 100 / total_;
        if (percent == last_)
            return;
        last_ = percent;
        const std::size_t filled = percent / 5;
        err_ << fmt::format("\r{} [{}{}] {:3}%", what_, std::string(filled, '#'),
                            std::string(20 - filled, ' '), percent)
             << std::flush;
    }
    void finish() {
        if (shown_ && total_ >= 1000 && last_ != npos)
            err_ << "\r\x1b[K" << std::flush;
    }

  private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::ostream& err_;
    std::size_t total_;
    std::string what_;
    bool shown_;
    std::size_t last_ = npos;
};

// Line ends, counted with memchr: fast in every build, whatever the file holds.
std::size_t count_lines(std::string_view text) {
    std::size_t lines = 0;
    for (std::size_t at = 0; at < text.size(); ++at, ++lines) {
        const void* found = std::memchr(text.data() + at, '\n', text.size() - at);
        if (!found)
            break;
        at = static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
    }
    return lines;
}

// Which column of the file holds each known column; -1 where the file has none.
std::vector<int> column_positions(const std::vector<std::string>& header, const std::string& file) {
    std::vector<int> at(columns.size(), -1);
    for (std::size_t h = 0; h < header.size(); ++h) {
        const auto it = std::find(columns.begin(), columns.end(), header[h]);
        if (it == columns.end())
            throw DataError(fmt::format("{}:1: unknown column '{}'", file, header[h]),
                            fmt::format("columns: {}", fmt::join(columns, ", ")));
        at[static_cast<std::size_t>(it - columns.begin())] = static_cast<int>(h);
    }
    for (const std::string& required : required_columns)
        if (std::find(header.begin(), header.end(), required) == header.end())
            throw DataError(fmt::format("{}:1: the header has no '{}' column", file, required),
                            fmt::format("needed: {}", fmt::join(required_columns, ", ")));
    return at;
}

// One pass inside one transaction: each row is read, checked and written before the next is
// read, so memory stays flat however long the file. The first bad row stops the writing, the
// checking goes on so every bad row is reported, and the transaction is rolled back: all rows or
// none. Refs are looked up inside the same transaction, so a concurrent import of the same file
// cannot slip a row in between the look-up and the write.
int run_import(const ImportOptions& o, Env& env) {
    const InputText input(o.file, "file");
    const std::string_view text = input.text();
    Store& store = env.store();
    std::vector<int> at;
    std::size_t header_size = 0;
    std::size_t records = 0, accepted = 0, skipped = 0;
    std::vector<std::string> problems;
    std::unordered_set<std::string> refs;
    // Lines are counted only for a progress bar a person sees: counting reads the whole file,
    // which a refusal at the first over-long field need not.
    Progress progress(env.err, ::isatty(STDERR_FILENO) != 0 ? count_lines(text) : 0,
                      o.dry_run ? "checking" : "importing");
    auto import_rows = [&] {
        ActivityChecker checker(store, env.config(), env.clock().today());
        db::ActivityWriter writer(store);
        Id first = 0, last = 0;
        read_csv(
            text, o.file,
            [&](const std::vector<std::string>& header, char) {
                at = column_positions(header, o.file);
                header_size = header.size();
            },
            [&](const CsvRecord& record) {
                ++records;
                progress.update(record.line);
                try {
                    if (record.fields.size() != header_size)
                        throw DataError(fmt::format("{} fields where the header has {}",
                                                    record.fields.size(), header_size));
                    Activity a = parse_row(at, record, env.clock().today());
                    if (a.ref) {
                        if (!refs.insert(*a.ref).second)
                            throw DataError(
                                fmt::format("ref '{}' appears twice in this file", *a.ref));
                        if (writer.ref_exists(*a.ref)) {
                            ++skipped;
                            return;
                        }
                    }
                    // An import does not warn per row about missing assignments.
                    (void)checker.check(a, true);
                    ++accepted;
                    if (problems.empty() && !o.dry_run) {
                        last = writer.insert(a);
                        first = first ? first : last;
                    }
                } catch (const DataError& e) {
                    problems.push_back(fmt::format("{}:{}: {}{}", o.file, record.line, e.what(),
                                                   e.hint().empty() ? "" : " (" + e.hint() + ")"));
                }
            });
        if (at.empty()) // no header at all
            at = column_positions({}, o.file);
        progress.finish();
        if (!problems.empty()) {
            for (const std::string& problem : problems)
                env.err << message_safe(problem) << '\n';
            throw DataError(fmt::format("{} of {} rows rejected; nothing was imported",
                                        problems.size(), records));
        }
        // One audit row for the whole import, naming the range of new ids.
        if (first)
            store.audit({"activity", fmt::format("{}..{}", first, last), "create"});
    };
    if (o.dry_run) {
        store.read(import_rows);
    } else {
        store.reserve_cache(64);
        store.write_bulk(import_rows);
    }
    const std::string skipped_text =
        skipped ? fmt::format(", {} skipped (ref already logged)", skipped) : "";
    const char* noun = accepted == 1 ? "activity" : "activities";
    if (o.dry_run)
        env.out << fmt::format("{}: {} {} would be imported{} (dry run, nothing written)\n", o.file,
                               accepted, noun, skipped_text);
    else
        env.out << fmt::format("{}: imported {} {}{}\n", o.file, accepted, noun, skipped_text);
    return 0;
}

} // namespace

void setup_log_import(CLI::App& log_command, Context& ctx) {
    auto o = std::make_shared<ImportOptions>();
    CLI::App* cmd = add_command(log_command, "import",
                                "Import activities from CSV: all rows or none; known refs skipped");
    cmd->add_option("FILE", o->file,
                    "CSV with columns named like the JSON keys: date,person,"
                    "type,minutes,themes,...")
        ->required();
    cmd->add_flag("--dry-run", o->dry_run, "Check every row, write nothing");
    on_run(*cmd, ctx, "log import", [o](Env& env) { return run_import(*o, env); });
}

} // namespace sleutel::cli
