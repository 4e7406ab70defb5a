// `sleutel init`: create the database.
#include "cli/cmd_init.hpp"

#include "util/error.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

namespace sleutel::cli {

namespace {

int run_init(const InitOptions& options, Env& env) {
    env.no_output_options();
    env.config(); // a broken config is better found now than at the first log
    const std::string path = env.db_path();
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && (S_ISDIR(info.st_mode) || info.st_size > 0)) {
        // Opening it proves it is a sleutel database: a folder, another program's file or a
        // corrupt one is refused here (exit 74), with or without --force.
        Store old(path, OpenMode::existing, env.wait());
        if (!options.force)
            throw CantCreateError(_f("a database already exists at {}", path),
                                  _("keep using it, or start over with 'sleutel init --force' "
                                    "(the old file is kept as a .bak copy)"));
        // `init --force` must not lose data: the old database is copied aside first.
        env.note(_f("the old database is kept as {}", old.move_aside()));
    }
    Store& store = env.store(OpenMode::create);
    // A server's database is the administrator's; sleutel only makes its tables in it, once.
    if (store.on_server() && !store.created()) {
        if (options.force)
            throw UsageError(_("a programme on a PostgreSQL server cannot be started over by "
                               "sleutel"),
                             _("drop and create the database with the server's own tools"));
        throw CantCreateError(
            _f("{} already holds the tables of a sleutel programme", store.path()),
            _("keep using it"));
    }
    // The name as it may be shown and stored: a server's without its password.
    store.write([&] { store.audit({"database", store.path(), "create"}); });
    env.out << _f("created database {} (schema version {})", store.path(), Store::schema_version)
            << '\n';
    return 0;
}

} // namespace

void setup_init(CLI::App& root, Context& ctx) {
    auto options = std::make_shared<InitOptions>();
    CLI::App* cmd = add_command(root, "init", _("Create the database (mode 0600, WAL)"));
    if (!ctx.builds(*cmd))
        return;
    cmd->add_flag("--force", options->force,
                  _("Start over with an empty database; the old one is kept as a .bak copy"));
    on_run(*cmd, ctx, "init", [options](Env& env) { return run_init(*options, env); });
}

} // namespace sleutel::cli
