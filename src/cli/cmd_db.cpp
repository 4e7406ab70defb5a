// `sleutel db check|backup`: keep the database healthy and safe.
#include "cli/cmd_db.hpp"

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

} // namespace

void setup_db(CLI::App& root, Context& ctx) {
    CLI::App* cmd = add_command(root, "db", _("Check and back up the database"));
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
}

} // namespace sleutel::cli
