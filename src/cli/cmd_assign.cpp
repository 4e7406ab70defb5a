// `sleutel assign`: who works where, in which role, for how many hours.
#include "cli/cmd_assign.hpp"
#include "model/words.hpp"

#include "cli/words.hpp"
#include "domain/people.hpp"
#include "store/organisation_store.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

namespace {

int run_assign(const AssignOptions& o, Env& env) {
    const Config& config = env.config();
    const Date today = env.clock().today();
    Assignment a;
    a.role = o.role;
    a.minutes_per_week = o.hours ? parse_hours(*o.hours) : 0;
    a.from = o.from ? parse_date(*o.from, today) : today;
    if (o.until)
        a.until = parse_date(*o.until, today);
    a.contract = o.contract;
    a.supervisor = o.supervisor;
    a.scope = o.scope;
    a.funding = o.funding;
    Store& store = env.store();
    const Found person = resolve(store, db::Kind::person, o.person);
    const Found organisation = resolve(store, db::Kind::organisation, o.organisation);
    a.person_id = person.id;
    a.organisation_id = organisation.id;
    const Assigned result = assign(store, config, a);
    for (const std::string& warning : result.warnings)
        env.warn(warning);
    env.out << result.id << '\n';
    return 0;
}

int run_end(const AssignEndOptions& o, Env& env) {
    const Date today = env.clock().today();
    const Date on = o.on ? parse_date(*o.on, today) : today;
    end_assignment(env.store(), o.id, on, env.clock().today());
    env.out << _f("assignment {} ends {}", o.id, format_date(on)) << '\n';
    return 0;
}

// A funding stream as people read it (its name from the config) or as scripts read it (the id).
Value funding_cell(const Config& config, const std::optional<std::string>& funding, bool readable) {
    if (!funding)
        return std::monostate{};
    if (readable)
        for (const Named& f : config.funding)
            if (f.id == *funding)
                return f.name;
    return *funding;
}

int run_list(const AssignListOptions& o, Env& env) {
    const Language lang = env.language();
    const bool readable = for_people(env.output_format());
    const Date today = env.clock().today();
    db::AssignmentFilter filter;
    if (o.active_on)
        filter.active_on = parse_date(*o.active_on, today);
    if (o.role)
        require_known(ids_of(env.config().roles), *o.role, "role");
    filter.role = o.role;
    Store& store = env.store();
    if (o.person)
        filter.person = resolve(store, db::Kind::person, *o.person).id;
    if (o.organisation)
        filter.organisation = resolve(store, db::Kind::organisation, *o.organisation).id;
    const std::vector<Column> columns = {
        {"id", "id"},
        {"person", tr(lang, "person")},
        {"org", tr(lang, "organisation")},
        {"role", tr(lang, "role")},
        {"minutes_per_week", tr(lang, "hours/week")},
        {"from", trc(lang, "first day", "from")},
        {"until", trc(lang, "last day", "until")},
        {"contract", tr(lang, "contract"), words::contract_form},
        {"supervisor", tr(lang, "supervisor")},
        {"scope", tr(lang, "scope"), words::scope},
        {"funding", tr(lang, "funding")},
        {"active", trc(lang, "column: assignment active today", "active")}};
    // Row by row from the database to the output, as `log list`.
    env.emit_rows(columns, [&](const std::function<void(const std::vector<Value>&)>& emit) {
        db::for_each_assignment(store, filter, [&](const Assignment& a) {
            emit({a.id, a.person, a.organisation, a.role, Duration{a.minutes_per_week}, a.from,
                  optional_cell(a.until), id_cell(a.contract, readable, lang, contract_word),
                  optional_cell(a.supervisor),
                  id_cell(std::optional(a.scope), readable, lang, scope_word),
                  funding_cell(env.config(), a.funding, readable), a.active_on(today)});
        });
    });
    return 0;
}

} // namespace

void setup_assign(CLI::App& root, Context& ctx) {
    auto o = std::make_shared<AssignOptions>();
    CLI::App* cmd = add_command(
        root, "assign", _("Assign a key person to an organisation in a role; prints the id"));
    if (!ctx.builds(*cmd))
        return;
    cmd->add_option("PERSON", o->person, _("Key person (handle or unique prefix)"));
    cmd->add_option("ORG", o->organisation, _("Organisation (handle or unique prefix)"));
    CLI::Option* role =
        cmd->add_option("--role", o->role, _("Role id from the config"))->type_name("ROLE");
    cmd->add_option("--hours", o->hours, _("Hours a week in this assignment"))->type_name("N");
    cmd->add_option("--from", o->from, _("First day (default today)"))->type_name("DATE");
    cmd->add_option("--until", o->until, _("Last day (default open)"))->type_name("DATE");
    cmd->add_option("--contract", o->contract,
                    _f("{} (default: the person's)", one_of(contract_forms)))
        ->type_name("FORM");
    cmd->add_option("--supervisor", o->supervisor,
                    _("The fixed contact person at the organisation"))
        ->type_name("NAME");
    cmd->add_option("--scope", o->scope, _f("{} (default local)", one_of(scopes)))
        ->type_name("SCOPE");
    cmd->add_option("--funding", o->funding,
                    _("Funding stream id from the config: who pays for this work"))
        ->type_name("ID");
    on_run(*cmd, ctx, "assign", [o, cmd, role](Env& env) {
        if (o->person.empty() || o->organisation.empty() || role->count() == 0)
            throw UsageError(_("assign needs PERSON, ORG and --role"),
                             "sleutel assign PERSON ORG --role ROLE [--hours N]");
        (void)cmd;
        return run_assign(*o, env);
    });

    auto end = std::make_shared<AssignEndOptions>();
    CLI::App* end_cmd = add_command(*cmd, "end", _("End an assignment"));
    end_cmd->add_option("ID", end->id, _("Assignment id (see 'sleutel assign list')"))->required();
    end_cmd->add_option("--on", end->on, _("Last day of the assignment (default today)"))
        ->type_name("DATE");
    on_run(*end_cmd, ctx, "assign end", [end](Env& env) { return run_end(*end, env); });

    auto list = std::make_shared<AssignListOptions>();
    CLI::App* list_cmd = add_command(*cmd, "list", _("List assignments"));
    list_cmd->add_option("--person", list->person, _("Only this key person"))->type_name("PERSON");
    list_cmd->add_option("--org", list->organisation, _("Only this organisation"))
        ->type_name("ORG");
    list_cmd->add_option("--role", list->role, _("Only this role"))->type_name("ROLE");
    list_cmd->add_option("--active-on", list->active_on, _("Only assignments active on this day"))
        ->type_name("DATE");
    on_run(*list_cmd, ctx, "assign list", [list](Env& env) { return run_list(*list, env); });
}

} // namespace sleutel::cli
