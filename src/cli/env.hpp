// What a command gets to work with: global options, the config, the store and the clock (each
// made on first use, so `config template` never opens a database), and the output streams.
#pragma once
#include "model/config.hpp"
#include "render/render.hpp"
#include "store/store.hpp"
#include "util/clock.hpp"
#include "util/output_target.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>

namespace sleutel::cli {

struct Globals {
    std::optional<std::string> db; // the last --db
    std::vector<std::string> dbs;  // every --db, in order: reports can read several
    std::optional<std::string> config;
    std::optional<std::string> format;
    std::optional<std::string> output;
    std::optional<std::string> wait; // as typed; checked after parsing
    std::chrono::milliseconds wait_time{5000};
    bool no_color = false;
};

class Env {
  public:
    Env(const Globals& options, std::string command_name, std::ostream& out_stream,
        std::ostream& err_stream)
        : globals(options), command(std::move(command_name)), out(out_stream), err(err_stream) {}

    const Globals& globals;
    const std::string command; // for the audit trail: `init`, `register person`, ...
    std::ostream& out;
    std::ostream& err;

    const Config& config();
    const Clock& clock();
    Store& store(OpenMode mode = OpenMode::existing);
    std::string db_path() const;
    // How long to wait for a locked database (--wait).
    std::chrono::milliseconds wait() const;

    // The format asked for with --format, or guessed from -o FILE, or `fallback`.
    Format output_format(Format fallback = Format::table) const;
    // The format of a table output (html and xlsx are for reports), and how to render it.
    Format table_format() const;
    RenderOptions render_options();
    // Renders `table` to stdout or, with -o, atomically to the file.
    void emit(const Table& table);
    // The same for rows that come one at a time from the store (render_rows), inside one read
    // transaction: written as they come, to stdout or to the temporary file that becomes the -o
    // file when complete.
    void emit_rows(const std::vector<Column>& columns, const RowSource& each_row);
    // Writes text output (already in its final form) to stdout or, with -o, atomically to a file.
    void emit_text(std::string_view text);

    // For commands whose output is a message, not a table.
    void no_output_options() const;
    // -o names a file (not `-`, which is standard output).
    bool to_file() const;
    // The databases this command works on: every output is checked not to replace one of them.
    std::vector<std::string> databases() const;
    // The -o file, or `path`, resolved and checked (see output_target()).
    OutputTarget output_file() const;
    OutputTarget output_file(const std::string& path) const;

    void warn(std::string_view message) const;
    void note(std::string_view message) const;
    // The programme's language: documents (tables, cards, profiles) speak it, whatever the
    // user's locale.
    Language language() { return config().programme.language; }

  private:
    std::optional<Config> config_;
    std::optional<Clock> clock_;
    std::unique_ptr<Store> store_;
};

// --period P, or --from DATE --to DATE (the same as --period FROM..TO).
struct PeriodOptions {
    std::optional<std::string> period;
    std::optional<std::string> from;
    std::optional<std::string> to;

    void add_to(CLI::App& app, const std::string& description);
    // `fallback` is the period when none is given (`lastweek` for reports, `..` for all time).
    Period resolve(Date today, std::string_view fallback) const;
};

// The parsed command line: which command runs, as a function of the Env.
struct Context {
    Globals globals;
    std::string command;
    std::function<int(Env&)> action;
    // The one command the arguments can invoke, when that is certain ("" when they invoke none):
    // the others are then added with their name and description only, which is all --help and
    // the usage errors need. Building the whole tree costs more than most commands' own work.
    std::optional<std::string> only;
    // Whether the top-level command `cmd` is built whole; each setup returns right after adding
    // its command when not.
    bool builds(const CLI::App& cmd) const { return !only || *only == cmd.get_name(); }
};

// `sleutel: warning: MESSAGE` on `err`, made printable.
void warn(std::ostream& err, std::string_view message);

// A closed list of words for help text: `a, b or c`. `last_two` joins the last word to the
// others, such as _("{} or {}").
std::string one_of(std::span<const char* const> words);
std::string listed(const std::vector<std::string>& words, const char* last_two);
// Whether `format` is read by a person (table, Markdown) rather than by a program (CSV, JSON):
// ids stored in English are then shown as words of the programme's language.
bool for_people(Format format);
// The names of the output formats from `first` to `last`, in the order of the Format enum.
std::vector<std::string> format_names(Format first = Format::table, Format last = Format::xlsx);

// Runs an import; when it refuses rows, prints each `FILE:LINE: why` on stderr before the error
// itself is reported.
void print_rejected_rows(Env& env, const std::function<void()>& import);

// Adds a subcommand that also accepts the global options after its name.
CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& description);
// Makes `app` select `action` as the command to run, under the audit name `command`.
void on_run(CLI::App& app, Context& ctx, std::string command, std::function<int(Env&)> action);

} // namespace sleutel::cli
