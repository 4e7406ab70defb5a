// `sleutel db check|backup|copy`: keep the database healthy and safe, and move it.
#include "cli/cmd_db.hpp"

#include "store/copy.hpp"
#include "store/pg_database.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

namespace {

int run_check(Store& store, std::ostream& out, std::ostream& err) {
    const std::vector<std::string> problems = store.check();
    if (problems.empty()) {
        out << _f("{}: ok (schema version {})", store.path(), Store::schema_version) << '\n';
        return 0;
    }
    for (const std::string& problem : problems)
        out << fmt::format("{}: {}\n", store.path(), problem);
    err << "sleutel: "
        << fmt::format(fmt::runtime(_n("{} problem found", "{} problems found",
                                       static_cast<long long>(problems.size()))),
                       problems.size())
        << '\n';
    return static_cast<int>(ExitCode::problems_found);
}

int run_backup(const std::string& destination, Store& store, std::ostream& out) {
    if (destination.empty())
        throw UsageError(_("an empty file name was given"),
                         _("give 'sleutel db backup' a file name"));
    store.backup_to(destination);
    out << _f("backup written to {}", destination) << '\n';
    return 0;
}

int run_copy(const std::string& source_path, const std::string& target, Env& env) {
    for (const std::string* name : {&source_path, &target})
        if (name->empty())
            throw UsageError(_("an empty file name was given"),
                             _("give 'sleutel db copy' two file names"));
    Store source(source_path, OpenMode::existing, env.wait());
    const std::vector<db::CopiedTable> copied = db::copy_programme(source, target, env.wait());
    const auto rows = [&](std::string_view table) {
        for (const db::CopiedTable& t : copied)
            if (t.table == table)
                return t.rows;
        return std::int64_t{0};
    };
    // Both named as they may be shown: a server's without its password.
    const std::string shown_target =
        store::is_server_location(target) ? store::shown_location(target) : target;
    env.out << _f("copied {} to {} (key persons {}, organisations {}, activities {}, signals {}, "
                  "audit rows {}), each row checked against the original",
                  source.path(), shown_target, rows("person"), rows("organisation"),
                  rows("activity"), rows("signal"), rows("audit"))
            << '\n';
    return 0;
}

} // namespace

void setup_db(CLI::App& root, Context& ctx) {
    CLI::App* cmd = add_command(root, "db", _("Check, back up and copy the database"));
    if (!ctx.builds(*cmd))
        return;
    cmd->require_subcommand(1);

    CLI::App* check =
        add_command(*cmd, "check",
                    _("Check integrity, foreign keys and contradicting rows (exit 1 on problems)"));
    on_run(*check, ctx, "db check", [](Env& env) {
        env.no_output_options();
        return run_check(env.store(), env.out, env.err);
    });

    auto destination = std::make_shared<std::string>();
    CLI::App* backup = add_command(
        *cmd, "backup", _("Copy the database to FILE, consistently, while others keep working"));
    backup->add_option("FILE", *destination, _("Where to write the copy"))->required();
    on_run(*backup, ctx, "db backup", [destination](Env& env) {
        env.no_output_options();
        return run_backup(*destination, env.store(), env.out);
    });

    auto copy_source = std::make_shared<std::string>();
    auto copy_target = std::make_shared<std::string>();
    CLI::App* copy = add_command(
        *cmd, "copy",
        _("Copy a whole programme into a new database, checked row for row (not over a file)"));
    copy->add_option("SOURCE", *copy_source, _("The database to copy"))->required();
    copy->add_option("TARGET", *copy_target,
                     _("The new database: a file that does not exist yet, or an empty database "
                       "on a PostgreSQL server"))
        ->required();
    on_run(*copy, ctx, "db copy", [copy_source, copy_target](Env& env) {
        env.no_output_options();
        return run_copy(*copy_source, *copy_target, env);
    });
}

} // namespace sleutel::cli
