// `sleutel init`: create the database.
#include "cli/env.hpp"
#include "sleutel/clock.hpp"
#include "sleutel/error.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sleutel::cli {

namespace {

struct InitOptions {
    bool force = false;
};

// Moves an old database aside instead of deleting it: `init --force` must not lose data.
std::string keep_aside(Env& env, const std::string& path) {
    std::string stamp = Clock::now_utc();
    std::erase_if(stamp, [](char c) { return c == ':' || c == '-'; });
    const std::string aside = fmt::format("{}.{}.bak", path, stamp);
    try {
        Store old(path, OpenMode::existing, std::chrono::milliseconds(0));
        old.backup_to(aside);
    } catch (const Error&) {
        // Not a database we can read: keep the file itself.
        if (std::rename(path.c_str(), aside.c_str()) != 0)
            throw CantCreateError(fmt::format("cannot move {} aside", path));
        return aside;
    }
    std::remove(path.c_str());
    std::remove((path + "-wal").c_str());
    std::remove((path + "-shm").c_str());
    env.note(fmt::format("the old database is kept as {}", aside));
    return aside;
}

int run_init(const InitOptions& options, Env& env) {
    const std::string path = env.db_path();
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && info.st_size > 0) {
        if (!options.force)
            throw CantCreateError(fmt::format("a database already exists at {}", path),
                                  "keep using it, or start over with 'sleutel init --force' "
                                  "(the old file is kept as a .bak copy)");
        keep_aside(env, path);
    }
    Store& store = env.store(OpenMode::create);
    store.write([&] { store.audit({env.command, "database", path, "create"}); });
    env.out << fmt::format("created database {} (schema version {})\n", path,
                           Store::schema_version);
    return 0;
}

} // namespace

void setup_init(CLI::App& root, Context& ctx) {
    auto options = std::make_shared<InitOptions>();
    CLI::App* cmd = add_command(root, "init", "Create the database (mode 0600, WAL)");
    cmd->add_flag("--force", options->force,
                  "Start over with an empty database; the old one is kept as a .bak copy");
    on_run(*cmd, ctx, "init", [options](Env& env) { return run_init(*options, env); });
}

} // namespace sleutel::cli
