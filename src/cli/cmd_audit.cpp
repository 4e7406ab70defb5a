// `sleutel audit`: who changed what, when.
#include "cli/cmd_audit.hpp"
#include "model/words.hpp"

#include "cli/words.hpp"
#include "util/values.hpp"

namespace sleutel::cli {

namespace {

int run_audit(const AuditOptions& options, Env& env) {
    // Config and arguments first: a mistake there must not wait for a locked database.
    const Language lang = env.language();
    const bool readable = for_people(env.output_format());
    const Period period = options.period.resolve(env.clock().today(), "..");
    Store& store = env.store();
    const std::vector<Column> columns = {{"id", "id"},
                                         {"at", tr(lang, "at (UTC)")},
                                         {"user", tr(lang, "user")},
                                         {"command", tr(lang, "command")},
                                         {"entity", tr(lang, "entity"), words::audit_entity},
                                         {"entity_id", tr(lang, "entity id")},
                                         {"action", tr(lang, "action"), words::audit_action}};
    // Row by row from the database to the output, as `log list`.
    env.emit_rows(columns, [&](const std::function<void(const std::vector<Value>&)>& emit) {
        store.for_each_audit_row(
            format_date(period.from), format_date(period.to), [&](const AuditRow& row) {
                emit({row.id, row.at, row.os_user, row.command,
                      id_cell(std::optional(row.entry.entity), readable, lang, entity_word),
                      row.entry.entity_id,
                      id_cell(std::optional(row.entry.action), readable, lang, action_word)});
            });
    });
    return 0;
}

} // namespace

void setup_audit(CLI::App& root, Context& ctx) {
    auto options = std::make_shared<AuditOptions>();
    CLI::App* cmd = add_command(root, "audit", _("List the recorded changes (default: all)"));
    if (!ctx.builds(*cmd))
        return;
    options->period.add_to(*cmd, _("Only changes in this period, such as thismonth"));
    on_run(*cmd, ctx, "audit", [options](Env& env) { return run_audit(*options, env); });
}

} // namespace sleutel::cli
