// `sleutel forget`: erase a key person's personal data on request; counts stay.
#include "cli/cmd_forget.hpp"

#include "domain/people.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

namespace {

int run_forget(const ForgetOptions& o, Env& env) {
    env.no_output_options();
    Store& store = env.store();
    const Found person = resolve(store, db::Kind::person, o.person);
    // Erasure cannot be undone, so it is not done on a prefix that happens to be unique.
    if (o.yes && person.handle != o.person)
        throw UsageError(_f("give the full handle '{}' to forget", person.handle),
                         _f("forget erases for good: sleutel forget {} --yes", person.handle));
    if (!o.yes)
        throw UsageError(_f("forget erases the personal data of {} for good", person.handle),
                         _f("add --yes to go ahead: sleutel forget {} --yes", person.handle));
    const Forgotten result = forget(store, person, env.clock().today());
    if (!result.log_cleared)
        env.warn(_("another program is reading the database: old copies stay in its "
                   "write-ahead log until that program closes it"));
    env.out << _f("erased the personal data of {}; the record is now {}", person.handle,
                  result.anonymous_handle)
            << '\n';
    return 0;
}

} // namespace

void setup_forget(CLI::App& root, Context& ctx) {
    auto o = std::make_shared<ForgetOptions>();
    CLI::App* cmd =
        add_command(root, "forget", _("Erase a key person's personal data; anonymous counts stay"));
    if (!ctx.builds(*cmd))
        return;
    cmd->add_option("PERSON", o->person, _("Key person (the full handle)"))->required();
    cmd->add_flag("--yes", o->yes, _("Confirm: this cannot be undone"));
    on_run(*cmd, ctx, "forget", [o](Env& env) { return run_forget(*o, env); });
}

} // namespace sleutel::cli
