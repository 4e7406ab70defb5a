// Lazy access to config, clock and store for commands, and the one place output is written.
#include "cli/env.hpp"
#include "domain/config.hpp"
#include "domain/import_fields.hpp"

#include "util/error.hpp"
#include "util/message_safe.hpp"
#include "util/output_target.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace sleutel::cli {

const Config& Env::config() {
    if (!config_) {
        const auto path = config::locate(globals.config);
        config_ = path ? config::load_file(*path) : config::load_default();
    }
    return *config_;
}

const Clock& Env::clock() {
    if (!clock_) {
        const char* fixed = std::getenv("SLEUTEL_TODAY");
        clock_.emplace(fixed && *fixed ? std::optional<std::string>(fixed) : std::nullopt);
    }
    return *clock_;
}

namespace {

// The database path when neither --db nor $SLEUTEL_DB is given: $XDG_DATA_HOME/sleutel/sleutel.db.
std::string default_db_path() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::string(xdg) + "/sleutel/sleutel.db";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.local/share/sleutel/sleutel.db";
    throw UsageError(_("no database path: HOME is not set"),
                     _("give --db PATH or set SLEUTEL_DB or XDG_DATA_HOME"));
}

} // namespace

std::string Env::db_path() const {
    if (globals.db)
        return *globals.db;
    if (const char* env = std::getenv("SLEUTEL_DB"); env && *env)
        return env;
    return default_db_path();
}

Store& Env::store(OpenMode mode) {
    if (!store_) {
        const std::string path = db_path();
        const char* env_db = std::getenv("SLEUTEL_DB");
        const bool default_location = !globals.db && !(env_db && *env_db);
        if (mode == OpenMode::create && default_location) {
            // Our own data folder may be made; a folder the user named must already exist.
            const auto folder = std::filesystem::path(path).parent_path();
            std::error_code error;
            std::filesystem::create_directories(folder, error);
            if (error == std::errc::permission_denied)
                throw PermissionError(
                    _f("cannot create the folder {}: permission denied", folder.string()),
                    _("set XDG_DATA_HOME to a folder you may write, or give --db"));
            if (error)
                throw CantCreateError(
                    _f("cannot create the folder {}: {}", folder.string(), error.message()));
        }
        store_ = std::make_unique<Store>(path, mode, wait());
        store_->set_command(command);
        if (store_->created() && command != "init")
            note(_f("created a new database at {}", path));
    }
    return *store_;
}

std::chrono::milliseconds Env::wait() const {
    return globals.wait_time;
}

Format Env::output_format(Format fallback) const {
    if (globals.format) {
        const auto format = format_from_name(*globals.format);
        if (!format)
            throw UsageError(_f("unknown format '{}'", *globals.format),
                             _f("use {} (reports also {})",
                                listed(format_names(Format::table, Format::md), _("{} or {}")),
                                listed(format_names(Format::html, Format::xlsx), _("{} and {}"))));
        return *format;
    }
    // What must never be replaced is refused before the name is looked at.
    if (to_file())
        (void)output_file();
    // A device (-o /dev/null, /dev/stdout) or FIFO has no extension: the command's own default.
    if (to_file() && !is_device_or_pipe(*globals.output)) {
        const auto format = format_from_extension(*globals.output);
        if (!format)
            throw UsageError(_f("cannot tell the format of {} from its name", *globals.output),
                             _("end the name in .txt, .csv, .json or .md (reports also .html or "
                               ".xlsx), or add --format"));
        return *format;
    }
    return fallback;
}

bool Env::to_file() const {
    return globals.output && *globals.output != "-";
}

Format Env::table_format() const {
    const Format format = output_format();
    if (format == Format::html || format == Format::xlsx)
        throw UsageError(_f("this command cannot write {}", format_name(format)),
                         _("use --format table, csv, json or md"));
    return format;
}

RenderOptions Env::render_options() {
    const Config& c = config();
    return {c.programme.language, c.output.csv_separator, c.output.csv_bom,
            !to_file() && use_colour(STDOUT_FILENO, globals.no_color)};
}

void Env::emit(const Table& table) {
    const Format format = table_format();
    const RenderOptions options = render_options();
    if (!to_file()) {
        render(table, format, options, out);
        return;
    }
    const OutputTarget target = output_file();
    std::ostringstream buffer;
    render(table, format, options, buffer);
    write_output(target, buffer.str());
}

void Env::emit_rows(const std::vector<Column>& columns, const RowSource& each_row) {
    const Format format = table_format();
    const RenderOptions options = render_options();
    // One read transaction, so the two passes of an aligned table see the same rows.
    store().read([&] {
        if (!to_file()) {
            render_rows(columns, each_row, format, options, out);
            return;
        }
        const OutputTarget target = output_file();
        write_output_via_file(target, [&](const std::string& path) {
            std::ofstream file(path, std::ios::binary | std::ios::trunc);
            render_rows(columns, each_row, format, options, file);
            file.flush();
            if (!file)
                throw StorageError(_f("cannot write {}: {}", target.given, std::strerror(errno)));
        });
    });
}

void Env::emit_text(std::string_view text) {
    if (to_file())
        write_output(output_file(), text);
    else
        out << text;
}

std::vector<std::string> Env::databases() const {
    if (!globals.dbs.empty())
        return globals.dbs;
    try {
        return {db_path()};
    } catch (const Error&) {
        return {}; // no HOME: there is no default database to protect
    }
}

OutputTarget Env::output_file(const std::string& path) const {
    return output_target(path, databases());
}

OutputTarget Env::output_file() const {
    return output_file(*globals.output);
}

void Env::no_output_options() const {
    if (globals.format || globals.output)
        throw UsageError(_f(
            "'sleutel {}' prints a message, not a table: --format and -o do not apply", command));
}

void warn(std::ostream& err, std::string_view message) {
    err << "sleutel: warning: " << message_safe(message) << '\n';
}

void Env::warn(std::string_view message) const {
    cli::warn(err, message);
}
void Env::note(std::string_view message) const {
    err << "sleutel: " << message_safe(message) << '\n';
}

void PeriodOptions::add_to(CLI::App& app, const std::string& description) {
    CLI::Option* p = app.add_option("--period", period, description)->type_name("PERIOD");
    app.add_option("--from", from, _("Start of the period (a date), same as --period FROM.."))
        ->type_name("DATE")
        ->excludes(p);
    app.add_option("--to", to, _("End of the period (a date), same as --period ..TO"))
        ->type_name("DATE")
        ->excludes(p);
}

Period PeriodOptions::resolve(Date today, std::string_view fallback) const {
    if (from || to)
        return parse_period(fmt::format("{}..{}", from.value_or(""), to.value_or("")), today);
    return parse_period(period ? *period : fallback, today);
}

std::string listed(const std::vector<std::string>& words, const char* last_two) {
    if (words.size() < 2)
        return words.empty() ? std::string() : words.front();
    const std::vector<std::string> head(words.begin(), words.end() - 1);
    return fmt::format(fmt::runtime(last_two), fmt::join(head, ", "), words.back());
}

std::string one_of(std::span<const char* const> words) {
    return listed({words.begin(), words.end()}, _("{} or {}"));
}

bool for_people(Format format) {
    return format == Format::table || format == Format::md;
}

std::vector<std::string> format_names(Format first, Format last) {
    std::vector<std::string> names;
    for (int f = static_cast<int>(first); f <= static_cast<int>(last); ++f)
        names.emplace_back(format_name(static_cast<Format>(f)));
    return names;
}

void print_rejected_rows(Env& env, const std::function<void()>& import) {
    try {
        import();
    } catch (const RowsRejected& e) {
        for (const std::string& problem : e.problems())
            env.err << message_safe(problem) << '\n';
        throw;
    }
}

CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& description) {
    CLI::App* app = parent.add_subcommand(name, description);
    // The heading --help lists the commands under, in the user's language.
    app->group(_("Commands"));
    // CLI11 makes a subcommand's help flag before it takes the parent's option defaults, so the
    // flag would stand under an untranslated heading of its own.
    if (CLI::Option* help = app->get_help_ptr())
        help->group(parent.option_defaults()->get_group());
    app->fallthrough();
    return app;
}

void on_run(CLI::App& app, Context& ctx, std::string command, std::function<int(Env&)> action) {
    app.callback([&ctx, &app, command = std::move(command), action = std::move(action)] {
        // CLI11 runs a parent's callback after its subcommand's: keep the subcommand's action.
        if (!app.get_subcommands().empty())
            return;
        ctx.command = command;
        ctx.action = action;
    });
}

} // namespace sleutel::cli
