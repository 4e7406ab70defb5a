// `sleutel audit`: who changed what, when.
#include "cli/env.hpp"
#include "sleutel/values.hpp"

namespace sleutel::cli {

namespace {

int run_audit(const std::optional<std::string>& period_text, Env& env) {
    // Config and arguments first: a mistake there must not wait for a locked database.
    const bool nl = env.nl();
    const Period period = period_text ? parse_period(*period_text, env.clock().today())
                                      : period_between(std::nullopt, std::nullopt);
    const auto rows = env.store().audit_rows(format_date(period.from), format_date(period.to));
    Table table;
    table.columns = {{"id", "id"},
                     {"at", nl ? "tijdstip (UTC)" : "at (UTC)"},
                     {"user", nl ? "gebruiker" : "user"},
                     {"command", nl ? "opdracht" : "command"},
                     {"entity", nl ? "soort" : "entity"},
                     {"entity_id", nl ? "sleutel" : "entity id"},
                     {"action", nl ? "actie" : "action"}};
    for (const AuditRow& row : rows)
        table.rows.push_back({row.id, row.at, row.os_user, row.entry.command, row.entry.entity,
                              row.entry.entity_id, row.entry.action});
    env.emit(table);
    return 0;
}

} // namespace

void setup_audit(CLI::App& root, Context& ctx) {
    auto period = std::make_shared<std::optional<std::string>>();
    CLI::App* cmd = add_command(root, "audit", "List the recorded changes (default: all)");
    cmd->add_option("--period", *period, "Only changes in this period, such as thismonth")
        ->type_name("PERIOD");
    on_run(*cmd, ctx, "audit", [period](Env& env) { return run_audit(*period, env); });
}

} // namespace sleutel::cli
