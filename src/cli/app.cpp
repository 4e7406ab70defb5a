// Builds the command tree, runs the chosen command, and maps every failure to one error line
// and its sysexits code.
#include "cli/cmd_assign.hpp"
#include "cli/cmd_audit.hpp"
#include "cli/cmd_completion.hpp"
#include "cli/cmd_config.hpp"
#include "cli/cmd_db.hpp"
#include "cli/cmd_forget.hpp"
#include "cli/cmd_init.hpp"
#include "cli/cmd_log.hpp"
#include "cli/cmd_profile.hpp"
#include "cli/cmd_register.hpp"
#include "cli/cmd_report.hpp"
#include "cli/cmd_signal.hpp"
#include "cli/env.hpp"
#include "sleutel/cli.hpp"
#include "sleutel/version.hpp"
#include "util/error.hpp"
#include "util/fd_stream.hpp"
#include "util/message_safe.hpp"
#include "util/suggest.hpp"
#include "util/values.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <optional>

namespace sleutel::cli {

namespace {

void add_globals(CLI::App& app, Globals& g) {
    app.add_option("--db", g.dbs,
                   _("Database file or PostgreSQL server (postgresql://..., service=NAME; "
                     "default $SLEUTEL_DB, else $XDG_DATA_HOME/sleutel/sleutel.db); 'report' "
                     "takes several"))
        ->type_name("PATH")
        ->expected(1)
        ->allow_extra_args(false) // one path per --db: the next word is the command
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--config", g.config,
                   _("Config file (default $SLEUTEL_CONFIG, else "
                     "$XDG_CONFIG_HOME/sleutel/config.toml, else built in)"))
        ->type_name("PATH");
    app.add_option("--format", g.format,
                   _f("Output format: {} (reports: {})",
                      fmt::join(format_names(Format::table, Format::md), ", "),
                      fmt::join(format_names(Format::html, Format::xlsx), ", ")))
        ->type_name("FORMAT");
    app.add_option("-o,--output", g.output,
                   _("Write the output to FILE (atomically); the format "
                     "follows its extension unless --format is given"))
        ->type_name("FILE");
    app.add_option("--wait", g.wait,
                   _("Seconds to wait for a database another program has locked (default 5)"))
        ->type_name("SECONDS");
    app.add_flag("--no-color", g.no_color, _("Never colour the output (as does NO_COLOR)"));
}

std::chrono::milliseconds parse_wait(const std::optional<std::string>& text) {
    if (!text)
        return std::chrono::milliseconds(5000);
    try {
        return std::chrono::milliseconds(parse_seconds_ms(*text));
    } catch (const DataError& e) {
        throw UsageError(_f("--wait: {}", e.what()), e.hint());
    }
}

// Two names for one file (a link, `./x.db` and `x.db`) are the same file.
bool same_file(const std::string& a, const std::string& b) {
    std::error_code ignored;
    return a == b || std::filesystem::equivalent(a, b, ignored);
}

// Messages echo what the user or a file gave: made printable, so a crafted value cannot drive the
// terminal or flood it. The `sleutel: error:` and `sleutel: hint:` prefixes stay English in every
// language: they are the contract scripts and cron mail filters look for.
void print_error(std::ostream& err, const Error& e) {
    err << "sleutel: error: " << message_safe(e.what()) << '\n';
    std::string hint = e.hint();
    // The layers below know no flags: what the user can do on the command line is said here.
    if (hint.empty() && dynamic_cast<const MissingDatabase*>(&e))
        hint = _("run 'sleutel init' to create one, or point --db or SLEUTEL_DB at it");
    else if (hint.empty() && e.code() == ExitCode::temp_fail)
        hint = _("try again, or wait longer with --wait SECONDS");
    if (!hint.empty())
        err << "sleutel: hint: " << message_safe(hint) << '\n';
}

// The long option names a command accepts, its own and (through fallthrough) its parents'.
std::vector<std::string> option_names(const CLI::App* app) {
    std::vector<std::string> names;
    for (; app; app = app->get_parent())
        for (const CLI::Option* option : app->get_options())
            for (const std::string& name : option->get_lnames())
                names.push_back("--" + name);
    return names;
}

// The errors CLI11 finds by itself, said again in the user's language: CLI11 writes its own
// sentences in English (`--from excludes --period`, `ID is required`). The names in them are the
// options' and arguments' own.
std::optional<std::string> reword(const CLI::ParseError& e) {
    const std::string message = e.what();
    // `A<between>B` split in two, when it has that form.
    auto halves =
        [&message](std::string_view between) -> std::optional<std::pair<std::string, std::string>> {
        const auto at = message.find(between);
        if (at == std::string::npos || at == 0)
            return std::nullopt;
        return std::pair{message.substr(0, at), message.substr(at + between.size())};
    };
    if (dynamic_cast<const CLI::ExcludesError*>(&e))
        if (const auto both = halves(" excludes "))
            return _f("{} and {} cannot be given together", both->first, both->second);
    if (dynamic_cast<const CLI::RequiresError*>(&e))
        if (const auto both = halves(" requires "))
            return _f("{} needs {} as well", both->first, both->second);
    if (dynamic_cast<const CLI::RequiredError*>(&e) && message.ends_with(" is required"))
        return _f("{} is required", message.substr(0, message.size() - 12));
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) && message.ends_with(" missing"))
        if (const auto both = halves(": "))
            return _f("{} needs a value", both->first);
    return std::nullopt;
}

// CLI11's messages are written for programmers; say what the user did, with a suggestion.
UsageError usage_error(const CLI::App& app, const CLI::ParseError& e,
                       const std::vector<std::string>& args) {
    const std::string hint = _("run 'sleutel --help' or 'sleutel COMMAND --help'");
    const CLI::App* deepest = &app;
    while (!deepest->get_subcommands().empty())
        deepest = deepest->get_subcommands().front();
    const std::vector<std::string> left = app.remaining(true);
    if (dynamic_cast<const CLI::ExtrasError*>(&e) && !left.empty()) {
        const std::string& first = left.front();
        if (first.starts_with("-")) {
            const std::string name = first.substr(0, first.find('='));
            const auto suggestion = closest(name, option_names(deepest));
            return UsageError(_f("unknown option '{}'", name),
                              suggestion ? _f("did you mean '{}'?", *suggestion) : hint);
        }
        // A word before the first command (`sleutel --db x frobnicate log`) stood where the
        // command belongs.
        const CLI::App* command =
            app.get_subcommands().empty() ? nullptr : app.get_subcommands().front();
        const auto word_at = std::find(args.begin(), args.end(), first);
        const auto command_at =
            command ? std::find(args.begin(), args.end(), command->get_name()) : args.end();
        if (word_at < command_at) {
            std::vector<std::string> names;
            for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
                names.push_back(sub->get_name());
            const auto suggestion = closest(first, names);
            return UsageError(_f("unknown command '{}'", first),
                              suggestion ? _f("did you mean '{}'?", *suggestion)
                                         : _f("commands: {}", fmt::join(names, ", ")));
        }
        return UsageError(_f("unexpected argument '{}'", first), hint);
    }
    if (dynamic_cast<const CLI::ConversionError*>(&e)) {
        // CLI11 says "Could not convert: ID = abc".
        const std::string message = e.what();
        const auto equals = message.rfind(" = ");
        const auto colon = message.find(": ");
        if (equals != std::string::npos && colon != std::string::npos && colon < equals)
            return UsageError(_f("{}: not a number: '{}'",
                                 message.substr(colon + 2, equals - colon - 2),
                                 message.substr(equals + 3)),
                              hint);
    }
    if (dynamic_cast<const CLI::RequiredError*>(&e) && deepest->get_require_subcommand_min() > 0) {
        std::vector<std::string> names;
        for (const CLI::App* sub : deepest->get_subcommands([](const CLI::App*) { return true; }))
            names.push_back(sub->get_name());
        const std::string choices = _f("commands here: {}", fmt::join(names, ", "));
        if (!left.empty() && left.front().starts_with("-")) {
            const std::string name = left.front().substr(0, left.front().find('='));
            const auto suggestion = closest(name, option_names(deepest));
            return UsageError(_f("unknown option '{}'", name),
                              suggestion ? _f("did you mean '{}'?", *suggestion) : choices);
        }
        if (!left.empty()) {
            const auto suggestion = closest(left.front(), names);
            return UsageError(_f("unknown command '{}'", left.front()),
                              suggestion ? _f("did you mean '{}'? {}", *suggestion, choices)
                                         : choices);
        }
        const std::string path = deepest == &app ? "sleutel" : "sleutel " + deepest->get_name();
        return UsageError(_f("'{}' needs a command", path), choices);
    }
    if (const auto reworded = reword(e))
        return UsageError(*reworded, hint);
    return UsageError(e.what(), hint);
}

// The commands, in the order `sleutel --help` lists them, each with the name its setup gives it.
struct Command {
    const char* name;
    void (*setup)(CLI::App&, Context&);
};
constexpr Command commands[] = {
    {"register", setup_register}, {"assign", setup_assign},   {"log", setup_log},
    {"signal", setup_signal},     {"profile", setup_profile}, {"init", setup_init},
    {"config", setup_config},     {"db", setup_db},           {"audit", setup_audit},
    {"forget", setup_forget},     {"report", setup_report},   {"completion", setup_completion}};

bool is_command(std::string_view word) {
    return std::any_of(std::begin(commands), std::end(commands),
                       [&](const Command& c) { return word == c.name; });
}

// CLI11's own words in --help, in the user's language. The formatter is shared by every command.
void translate_help(CLI::App& app) {
    const auto formatter = app.get_formatter();
    formatter->label("Usage", _("Usage"));
    formatter->label("OPTIONS", _("OPTIONS"));
    formatter->label("SUBCOMMAND", _("COMMAND"));
    formatter->label("SUBCOMMANDS", _("COMMANDS"));
    formatter->label("Positionals", _("Arguments"));
    formatter->label("REQUIRED", _("REQUIRED"));
    formatter->label("Excludes", _("Excludes"));
    formatter->label("Needs", _("Needs"));
    formatter->label("Env", _("Env"));
    formatter->label("TEXT", _("TEXT"));
    formatter->label("INT", _("INT"));
    // The group options are listed under; the help and version flags are made again to join it.
    app.option_defaults()->group(_("Options"));
    app.set_help_flag("-h,--help", _("Print this help message and exit"));
    app.set_version_flag("--version", fmt::format("sleutel {}", version),
                         _("Print the version and exit"));
}

void setup_app(CLI::App& app, Context& ctx) {
    // A repeated option takes its last value, as in most Unix tools (`--period a --period b`).
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    translate_help(app);
    app.require_subcommand(1);
    app.footer(_("Run 'sleutel COMMAND --help' for a command's options; see sleutel(1)."));
    add_globals(app, ctx.globals);
    for (const Command& command : commands)
        command.setup(app, ctx);
}

std::optional<std::string> invoked_command(const std::vector<std::string>& args) {
    // The completion script and its Tab answers walk the whole tree.
    if (!args.empty() && (args.front() == "completion" || args.front() == "__complete"))
        return std::nullopt;
    // A command first, as nearly always: CLI11 takes the first word that is no option as it.
    if (!args.empty() && is_command(args.front()))
        return args.front();
    // After global options, a command's name may be an option's value (`--db log`): all of them.
    if (std::any_of(args.begin(), args.end(), is_command))
        return std::nullopt;
    // No command at all (--version, --help, a mistyped name): none is run.
    return "";
}

// What CLI11 cannot check itself: --wait, and which file names the global options give.
void check_globals(Context& ctx) {
    ctx.globals.wait_time = parse_wait(ctx.globals.wait);
    if (!ctx.globals.dbs.empty())
        ctx.globals.db = ctx.globals.dbs.back();
    if (ctx.globals.dbs.size() > 1 && !ctx.command.starts_with("report"))
        throw UsageError(_f("--db was given {} times; only 'sleutel report' reads several "
                            "databases",
                            ctx.globals.dbs.size()),
                         _("give one --db"));
    for (const std::string& path : ctx.globals.dbs)
        if (path.empty())
            throw UsageError(_("an empty file name was given"),
                             _("give --db, --config or -o a file name"));
    // The same database twice would count every activity twice in a regional report.
    for (std::size_t i = 0; i < ctx.globals.dbs.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (same_file(ctx.globals.dbs[i], ctx.globals.dbs[j]))
                throw UsageError(_f("--db names {} twice", ctx.globals.dbs[i]),
                                 _("give each database once"));
    for (const auto* path : {&ctx.globals.config, &ctx.globals.output})
        if (*path && (*path)->empty())
            throw UsageError(_("an empty file name was given"),
                             _("give --db, --config or -o a file name"));
}

// Parses the command line; an exit code when that already ends the run (help, version, a
// usage error).
std::optional<int> parse(CLI::App& app, Context& ctx, const std::vector<std::string>& args,
                         std::ostream& out, std::ostream& err) {
    try {
        std::vector<const char*> argv{"sleutel"};
        for (const std::string& arg : args)
            argv.push_back(arg.c_str());
        app.parse(static_cast<int>(argv.size()), argv.data());
        check_globals(ctx);
    } catch (const Error& e) {
        print_error(err, e);
        return static_cast<int>(e.code());
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::CallForVersion&) {
        out << fmt::format("sleutel {}", version) << '\n';
        return 0;
    } catch (const CLI::ParseError& e) {
        print_error(err, usage_error(app, e, args));
        return static_cast<int>(ExitCode::usage);
    }
    return std::nullopt;
}

// Runs the parsed command; every failure becomes one error line and its exit code.
int run_action(const Context& ctx, std::ostream& out, std::ostream& err) {
    Env env(ctx.globals, ctx.command, out, err);
    try {
        const int code = ctx.action(env);
        out.flush();
        return code;
    } catch (const Error& e) {
        print_error(err, e);
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::string db;
        try {
            db = env.db_path();
        } catch (const Error&) {
        }
        if (const auto mapped = storage_error(e, db)) {
            print_error(err, *mapped);
            return static_cast<int>(mapped->code());
        }
        print_error(err, InternalError(_f("unexpected failure: {}", e.what()),
                                       _("this is a bug in sleutel; please report it")));
        return static_cast<int>(ExitCode::internal);
    }
}

int run_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    // Answered before CLI11 is set up: it ends --version by throwing, and a process's first
    // exception maps the unwinder and its tables (15 of about 200 page faults). Any other
    // spelling still reaches CLI11, which prints the same.
    if (args.size() == 1 && args.front() == "--version") {
        out << fmt::format("sleutel {}", version) << '\n';
        return 0;
    }
    Context ctx;
    ctx.only = invoked_command(args);
    CLI::App app{_("sleutel: records, reports and profiles for key-person (sleutelpersonen) "
                   "programmes"),
                 "sleutel"};
    setup_app(app, ctx);
    // Asked by the completion scripts on every Tab: answered from the command tree just built.
    if (!args.empty() && args.front() == "__complete")
        return complete(app, {args.begin() + 1, args.end()}, ctx.globals, out);
    if (const auto code = parse(app, ctx, args, out, err))
        return *code;
    return run_action(ctx, out, err);
}

} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const int code = run_command(args, out, err);
    errno = 0;
    out.flush();
    // A full disk, a closed descriptor or a pipe whose reader left (with SIGPIPE ignored): the
    // output is incomplete, and a script must hear of it. A command that failed has said why.
    if (out.fail() && (code == 0 || code == static_cast<int>(ExitCode::problems_found))) {
        const int error = write_error_of(out) != 0 ? write_error_of(out) : errno;
        // The command itself did its work (a change is saved): only what it said is lost.
        print_error(
            err, StorageError(error != 0
                                  ? _f("cannot write to standard output: {}", std::strerror(error))
                                  : std::string(_("cannot write to standard output")),
                              _("the command itself completed; only its output was lost")));
        return static_cast<int>(ExitCode::io);
    }
    return code;
}

} // namespace sleutel::cli
