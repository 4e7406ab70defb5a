// `sleutel log`: what key persons did, typed in seconds; `log list|edit|delete|import`.
#include "cli/cmd_log.hpp"

#include "cli/cmd_log_import.hpp"
#include "domain/activities.hpp"
#include "domain/import_fields.hpp"
#include "domain/people.hpp"
#include "store/activity_store.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

namespace {

// Applies the flags that were given to `a`; what was not given stays as it is.
void apply(const LogFlags& f, Activity& a, Date today) {
    // A new day or time is judged again against the working hours (unless --after-hours).
    if (f.date || f.at)
        a.after_hours = false;
    if (f.date)
        a.date = parse_date(*f.date, today);
    if (f.at)
        a.time = parse_time_of_day(*f.at);
    if (f.type)
        a.type = *f.type;
    if (f.duration)
        a.minutes = parse_duration(*f.duration);
    // Before --role and --org: those given in the same edit still count for the new person.
    if (f.person)
        move_to_person(a, *f.person);
    if (f.role)
        a.role = *f.role;
    if (f.org)
        a.organisation = *f.org;
    if (!f.themes.empty())
        a.themes = f.themes;
    if (f.reached)
        a.reached = parse_count(*f.reached, _("people reached"));
    if (f.professionals)
        a.reached_professionals = parse_count(*f.professionals, _("professionals reached"));
    if (f.questions)
        a.questions = parse_count(*f.questions, _("questions"));
    if (!f.refers.empty()) {
        a.referrals.clear();
        for (const std::string& refer : f.refers)
            a.referrals.push_back(parse_referral(refer));
    }
    if (f.km)
        a.km_tenths = parse_km_tenths(*f.km);
    if (f.expense)
        a.expenses_cents = parse_money(*f.expense);
    if (f.after_hours)
        a.after_hours = true;
    if (f.ref)
        a.ref = parse_ref(*f.ref);
    if (f.note)
        a.note = *f.note;
}

void add_flags(CLI::App& cmd, LogFlags& f, bool edit) {
    cmd.add_option("--date", f.date,
                   edit ? _("Day it happened") : _("Day it happened (default today)"))
        ->type_name("DATE");
    cmd.add_option("--at", f.at, _("Time it started; outside working hours marks it after-hours"))
        ->type_name("HH:MM");
    cmd.add_option("--role", f.role,
                   edit ? _("Role acted in")
                        : _("Role acted in (default: from the only active assignment)"))
        ->type_name("ROLE");
    cmd.add_option("--org", f.org,
                   edit ? _("Organisation")
                        : _("Organisation (default: from the only active assignment)"))
        ->type_name("ORG");
    cmd.add_option("--theme", f.themes, _("Theme id, repeatable"))->type_name("THEME");
    cmd.add_option("--questions", f.questions, _("Questions received in this contact"))
        ->type_name("N");
    cmd.add_option("--reached", f.reached, _("Newcomers reached"))->type_name("N");
    cmd.add_option("--professionals", f.professionals, _("Professionals reached"))->type_name("N");
    cmd.add_option("--refer", f.refers, _("Referral, repeatable: huisarts or huisarts:2"))
        ->type_name("TARGET[:N]");
    cmd.add_option("--km", f.km, _("Kilometres travelled"))->type_name("N");
    cmd.add_option("--expense", f.expense, _("Expenses in euros, such as 12,50"))
        ->type_name("AMOUNT");
    cmd.add_flag("--after-hours", f.after_hours, _("Mark as after-hours work"));
    cmd.add_option("--ref", f.ref, _("External id; a second activity with it is refused"))
        ->type_name("EXTERNAL_ID");
    cmd.add_option("--note", f.note, _("Short note, at most 500 characters, no client data"))
        ->type_name("TEXT");
}

// The activity `log` records, from its arguments: today's unless --date says otherwise.
Activity new_activity(const LogOptions& o, Date today) {
    Activity a;
    a.person = o.person;
    a.type = o.type;
    a.minutes = parse_duration(o.duration);
    a.date = today;
    apply(o.flags, a, today);
    return a;
}

// Checks `a` (role and organisation from the person's only assignment when not given), records
// it and prints its id.
int run_log(Activity a, Store& store, const Config& config, Date today, std::ostream& out,
            std::ostream& err) {
    ActivityChecker checker(store, config, today);
    for (const std::string& warning : checker.check(a, true))
        warn(err, warning);
    out << log_activity(store, a) << '\n';
    return 0;
}

int run_edit(const LogOptions& o, Env& env) {
    const Config& config = env.config();
    const Date today = env.clock().today();
    Store& store = env.store();
    const LogFlags& f = o.flags;
    const bool nothing = !f.date && !f.at && !f.role && !f.org && !f.reached && !f.questions &&
                         !f.professionals && !f.km && !f.expense && !f.ref && !f.note && !f.type &&
                         !f.duration && f.themes.empty() && f.refers.empty() && !f.after_hours &&
                         !f.person;
    if (nothing)
        throw UsageError(_f("nothing to change in activity {}", o.id), log_edit_example(config));
    auto a = db::load_activity(store, o.id);
    if (!a)
        throw DataError(_f("no activity {}", o.id), _("see 'sleutel log list'"));
    apply(o.flags, *a, today);
    ActivityChecker checker(store, config, today);
    // A moved activity takes its role and organisation from the new person's assignment, as
    // `log` would have.
    for (const std::string& warning : checker.check(*a, f.person.has_value()))
        env.warn(warning);
    edit_activity(store, *a);
    if (f.person)
        env.out << _f("activity {} moved to {}", o.id, a->person) << '\n';
    else
        env.out << _f("activity {} changed", o.id) << '\n';
    return 0;
}

int run_delete(Id id, Store& store, std::ostream& out) {
    delete_activity(store, id);
    out << _f("activity {} deleted", id) << '\n';
    return 0;
}

int run_list(const LogOptions& o, Env& env) {
    const Config& config = env.config();
    const Language lang = env.language();
    const Date today = env.clock().today();
    const Period period = o.period.resolve(today, "-6d..today");
    Store& store = env.store();
    db::ActivityFilter filter{period.from, period.to, std::nullopt, o.type_filter, o.theme_filter};
    if (o.person_filter)
        filter.person = resolve(store, db::Kind::person, *o.person_filter).id;
    if (o.type_filter)
        require_known(ids_of(config.activity_types), *o.type_filter, "activity type");
    if (o.theme_filter)
        require_known(ids_of(config.themes), *o.theme_filter, "theme");
    const std::vector<Column> columns = {{"id", "id"},
                                         {"date", tr(lang, "date")},
                                         {"time", trc(lang, "time of day", "time")},
                                         {"person", tr(lang, "person")},
                                         {"type", trc(lang, "activity", "type")},
                                         {"role", tr(lang, "role")},
                                         {"org", tr(lang, "organisation")},
                                         {"minutes", tr(lang, "duration")},
                                         {"themes", tr(lang, "themes")},
                                         {"questions", tr(lang, "questions")},
                                         {"reached", tr(lang, "reached")},
                                         {"reached_professionals", tr(lang, "professionals")},
                                         {"referrals", tr(lang, "referrals")},
                                         {"km", "km"},
                                         {"expenses_cents", tr(lang, "expenses")},
                                         {"after_hours", tr(lang, "after hours")},
                                         {"ref", "ref"},
                                         {"note", tr(lang, "note")}};
    // Row by row from the database to the output: a year of a national programme is listed with
    // the memory of one activity.
    std::vector<Value> row;
    env.emit_rows(columns, [&](const std::function<void(const std::vector<Value>&)>& emit) {
        db::for_each_activity(store, filter, [&](const Activity& a) {
            Referrals referrals;
            for (const Referral& r : a.referrals)
                referrals.items.emplace_back(r.target, r.count);
            row = {a.id,
                   a.date,
                   a.time ? Value{format_time_of_day(*a.time)} : Value{std::monostate{}},
                   a.person,
                   a.type,
                   optional_cell(a.role),
                   optional_cell(a.organisation),
                   Duration{a.minutes},
                   TextList(a.themes),
                   a.questions,
                   a.reached,
                   a.reached_professionals,
                   referrals,
                   Km{a.km_tenths},
                   Money{a.expenses_cents},
                   a.after_hours,
                   optional_cell(a.ref),
                   optional_cell(a.note)};
            emit(row);
        });
    });
    return 0;
}

} // namespace

void setup_log(CLI::App& root, Context& ctx) {
    auto o = std::make_shared<LogOptions>();
    CLI::App* cmd = add_command(root, "log", _("Log an activity of a key person; prints its id"));
    if (!ctx.builds(*cmd))
        return;
    cmd->add_option("PERSON", o->person, _("Key person (handle or unique prefix)"));
    cmd->add_option("TYPE", o->type, _("Activity type id from the config"));
    cmd->add_option("DURATION", o->duration, _("How long: 90m, 1h30, 1.5h, 1:30, 1u30"));
    add_flags(*cmd, o->flags, false);
    on_run(*cmd, ctx, "log", [o](Env& env) {
        if (o->person.empty() || o->type.empty() || o->duration.empty())
            throw UsageError(_("log needs PERSON, TYPE and DURATION"), log_example(env.config()));
        // Config and arguments first: a mistake there is reported before the database is opened.
        const Config& config = env.config();
        const Date today = env.clock().today();
        Activity a = new_activity(*o, today);
        return run_log(std::move(a), env.store(), config, today, env.out, env.err);
    });

    CLI::App* list =
        add_command(*cmd, "list", _("List logged activities (default: the last 7 days)"));
    o->period.add_to(*list, _("Period, such as lastweek or 2026-11"));
    list->add_option("--person", o->person_filter, _("Only this key person"))->type_name("PERSON");
    list->add_option("--type", o->type_filter, _("Only this activity type"))->type_name("TYPE");
    list->add_option("--theme", o->theme_filter, _("Only activities with this theme"))
        ->type_name("THEME");
    on_run(*list, ctx, "log list", [o](Env& env) { return run_list(*o, env); });

    CLI::App* edit = add_command(*cmd, "edit", _("Change a logged activity: only the flags given"));
    edit->add_option("ID", o->id, _("Activity id (see 'sleutel log list')"))->required();
    add_flags(*edit, o->flags, true);
    edit->add_option("--type", o->flags.type, _("Activity type id"))->type_name("TYPE");
    edit->add_option("--duration", o->flags.duration, _("How long"))->type_name("DURATION");
    edit->add_option("--person", o->flags.person,
                     _("Move it to this key person; role and organisation follow their "
                       "assignment"))
        ->type_name("PERSON");
    on_run(*edit, ctx, "log edit", [o](Env& env) { return run_edit(*o, env); });

    CLI::App* remove = add_command(*cmd, "delete", _("Delete a logged activity"));
    remove->add_option("ID", o->id, _("Activity id"))->required();
    on_run(*remove, ctx, "log delete",
           [o](Env& env) { return run_delete(o->id, env.store(), env.out); });

    setup_log_import(*cmd, ctx);
}

} // namespace sleutel::cli
