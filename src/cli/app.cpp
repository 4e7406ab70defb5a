// Builds the command tree, runs the chosen command, and maps every failure to one error line
// and its sysexits code.
#include "cli/env.hpp"
#include "sleutel/cli.hpp"
#include "sleutel/error.hpp"
#include "sleutel/version.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

namespace {

void add_globals(CLI::App& app, Globals& g) {
    app.add_option("--db", g.db,
                   "Database file (default $SLEUTEL_DB, else "
                   "$XDG_DATA_HOME/sleutel/sleutel.db)")
        ->type_name("PATH");
    app.add_option("--config", g.config,
                   "Config file (default $SLEUTEL_CONFIG, else "
                   "$XDG_CONFIG_HOME/sleutel/config.toml, else built in)")
        ->type_name("PATH");
    app.add_option("--format", g.format,
                   "Output format: table, csv, json, md (reports: html, xlsx)")
        ->type_name("FORMAT");
    app.add_option("-o,--output", g.output,
                   "Write the output to FILE (atomically); the format "
                   "follows its extension unless --format is given")
        ->type_name("FILE");
    app.add_option("--wait", g.wait_seconds,
                   "Seconds to wait for a database another program has locked (default 5)")
        ->type_name("SECONDS")
        ->check(CLI::Range(0.0, 3600.0));
    app.add_flag("--no-color", g.no_color, "Never colour the output (as does NO_COLOR)");
}

void print_error(std::ostream& err, const Error& e) {
    err << "sleutel: error: " << e.what() << '\n';
    if (!e.hint().empty())
        err << "sleutel: hint: " << e.hint() << '\n';
}

// CLI11 reports `sleutel bogus` as a missing subcommand; say what the user actually did.
UsageError usage_error(const CLI::App& app, const CLI::ParseError& e) {
    const std::string hint = "run 'sleutel --help' or 'sleutel COMMAND --help'";
    const CLI::App* deepest = &app;
    while (!deepest->get_subcommands().empty())
        deepest = deepest->get_subcommands().front();
    const std::vector<std::string> left = app.remaining(true);
    if (dynamic_cast<const CLI::RequiredError*>(&e) && deepest->get_require_subcommand_min() > 0) {
        std::vector<std::string> names;
        for (const CLI::App* sub : deepest->get_subcommands([](const CLI::App*) { return true; }))
            names.push_back(sub->get_name());
        const std::string choices = fmt::format("commands here: {}", fmt::join(names, ", "));
        if (!left.empty())
            return UsageError(fmt::format("unknown command '{}'", left.front()), choices);
        const std::string path = deepest == &app ? "sleutel" : "sleutel " + deepest->get_name();
        return UsageError(fmt::format("'{}' needs a command", path), choices);
    }
    return UsageError(e.what(), hint);
}

} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Context ctx;
    CLI::App app{"sleutel: records, reports and profiles for key-person (sleutelpersonen) "
                 "programmes",
                 "sleutel"};
    app.set_version_flag("--version", fmt::format("sleutel {}", version));
    app.require_subcommand(1);
    app.footer("Run 'sleutel COMMAND --help' for a command's options; see sleutel(1).");
    add_globals(app, ctx.globals);
    setup_init(app, ctx);
    setup_config(app, ctx);
    setup_db(app, ctx);
    setup_audit(app, ctx);

    try {
        // CLI11 wants the arguments reversed when given as a vector.
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
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
        print_error(err, usage_error(app, e));
        return static_cast<int>(ExitCode::usage);
    }

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
        print_error(err, InternalError(fmt::format("unexpected failure: {}", e.what()),
                                       "this is a bug in sleutel; please report it"));
        return static_cast<int>(ExitCode::internal);
    }
}

} // namespace sleutel::cli
