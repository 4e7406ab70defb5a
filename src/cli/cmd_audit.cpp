// `sleutel audit`: who changed what, when.
#include "cli/cmd_audit.hpp"

#include "util/values.hpp"

namespace sleutel::cli {

namespace {

int run_audit(const AuditOptions& options, Env& env) {
    // Config and arguments first: a mistake there must not wait for a locked database.
    const bool nl = env.nl();
    const Period period = options.period.resolve(env.clock().today(), "..");
    const auto rows = env.store().audit_rows(format_date(period.from), format_date(period.to));
    Table table;
    table.columns = {{"id", "id"},
                     {"at", nl ? "tijdstip (UTC)" : "at (UTC)"},
                     {"user", nl ? "gebruiker" : "user"},
                     {"command", nl ? "opdracht" : "command"},
                     {"entity", nl ? "soort" : "entity"},
                     {"entity_id", nl ? "kenmerk" : "entity id"},
                     {"action", nl ? "actie" : "action"}};
    for (const AuditRow& row : rows)
        table.rows.push_back({row.id, row.at, row.os_user, row.command, row.entry.entity,
                              row.entry.entity_id, row.entry.action});
    env.emit(table);
    return 0;
}

} // namespace

void setup_audit(CLI::App& root, Context& ctx) {
    auto options = std::make_shared<AuditOptions>();
    CLI::App* cmd = add_command(root, "audit", "List the recorded changes (default: all)");
    options->period.add_to(*cmd, "Only changes in this period, such as thismonth");
    on_run(*cmd, ctx, "audit", [options](Env& env) { return run_audit(*options, env); });
}

} // namespace sleutel::cli
