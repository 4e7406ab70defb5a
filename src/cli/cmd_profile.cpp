// `sleutel profile`: the card for a supervision talk, the list of key persons, their
// development records, recruitment profiles and matching.
#include "cli/cmd_profile.hpp"
#include "model/words.hpp"

#include "cli/words.hpp"
#include "domain/people.hpp"
#include "domain/profile.hpp"
#include "render/profile_card.hpp"
#include "render/role_profile.hpp"
#include "store/agreement_store.hpp"
#include "store/organisation_store.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

namespace {

Found person_of(const ProfileOptions& o, Env& env) {
    if (o.person.empty())
        throw UsageError(_("which key person?"), "sleutel profile PERSON ...");
    return resolve(env.store(), db::Kind::person, o.person);
}

int run_card(const ProfileOptions& o, Env& env) {
    const Config& config = env.config();
    const Date today = env.clock().today();
    const Format format = env.output_format();
    if (format != Format::table && format != Format::json && format != Format::md)
        throw UsageError(_f("a profile card is table, json or md, not {}", format_name(format)));
    const Found person = person_of(o, env);
    const ProfileCard card = profile_card(env.store(), config, person.id, today);
    if (format == Format::json)
        env.emit_text(profile_json(card, today));
    else
        env.emit_text(profile_text(card, config, today, format));
    return 0;
}

int run_list(const ProfileOptions& o, Env& env) {
    const Config& config = env.config();
    const Language lang = env.language();
    const bool readable = for_people(env.output_format());
    const Date today = env.clock().today();
    const auto municipality =
        o.municipality ? std::optional(municipality_code(config, *o.municipality)) : std::nullopt;
    if (o.role)
        require_known(ids_of(config.roles), *o.role, "role");
    if (o.status)
        require_one_of(person_statuses, *o.status, "status");
    Store& store = env.store();
    db::AssignmentFilter active_today;
    active_today.active_on = today;
    const auto active = db::assignments(store, active_today);
    Table table;
    table.columns = {{"person", tr(lang, "person")},
                     {"name", tr(lang, "name")},
                     {"municipality", tr(lang, "municipality")},
                     {"status", tr(lang, "status"), words::person_status},
                     {"contract", tr(lang, "contract"), words::contract_form},
                     {"minutes_per_week", tr(lang, "hours/week")},
                     {"languages", tr(lang, "languages")},
                     {"roles", tr(lang, "roles")}};
    for (const Person& p : db::list_persons(store, o.status)) {
        // An erased person is a row kept for the counts, not a key person to list.
        if (p.forgotten && !o.all)
            continue;
        if (municipality && p.fields.municipality != municipality)
            continue;
        TextList roles;
        for (const Assignment& a : active)
            if (a.person_id == p.id && std::find(roles.begin(), roles.end(), a.role) == roles.end())
                roles.push_back(a.role);
        if (o.role && std::find(roles.begin(), roles.end(), *o.role) == roles.end())
            continue;
        TextList languages;
        for (const LanguageSkill& s : p.fields.languages)
            languages.push_back(
                readable ? language_word(lang, s)
                         : fmt::format("{}:{}", s.code, format_level(s.level.value_or(Level::b1))));
        table.rows.push_back(
            {p.handle, optional_cell(p.fields.name), optional_cell(p.fields.municipality),
             id_cell(std::optional(p.status), readable, lang, status_word),
             id_cell(p.fields.contract, readable, lang, contract_word),
             p.fields.minutes_per_week ? Value{Duration{*p.fields.minutes_per_week}}
                                       : Value{std::monostate{}},
             languages, roles});
    }
    env.emit(table);
    return 0;
}

int run_goal_add(const ProfileOptions& o, Env& env) {
    const Date today = env.clock().today();
    const auto due = o.due ? std::optional(parse_date(*o.due, today)) : std::nullopt;
    const Found person = person_of(o, env);
    const Id id = add_goal(env.store(), person, o.text, due, today);
    env.out << id << '\n';
    return 0;
}

int run_goal_done(const ProfileOptions& o, Env& env) {
    const Date today = env.clock().today();
    const Date on = o.on ? parse_date(*o.on, today) : today;
    const Found person = person_of(o, env);
    finish_goal(env.store(), person, o.goal_id, on);
    env.out << _f("goal {} of {} done on {}", o.goal_id, person.handle, format_date(on)) << '\n';
    return 0;
}

int run_training_add(const ProfileOptions& o, Env& env) {
    const Date today = env.clock().today();
    Training training{0, o.text, o.on ? std::optional(parse_date(*o.on, today)) : today};
    const Found person = person_of(o, env);
    add_training(env.store(), person, training, today);
    env.out << _f("training '{}' recorded for {}", printable(o.text), person.handle) << '\n';
    return 0;
}

int run_status(const ProfileOptions& o, Env& env) {
    const Date today = env.clock().today();
    const Date since = o.on ? parse_date(*o.on, today) : today;
    const Found person = person_of(o, env);
    change_status(env.store(), person, o.new_status, since);
    env.out << _f("{} is {} since {}", person.handle, status_word(message_language(), o.new_status),
                  format_date(since))
            << '\n';
    return 0;
}

// The agreement as a line of the programme's language: what the coordinator confirms.
std::string agreement_summary(const Agreement& a, const ProfileOptions& o, Language lang) {
    std::vector<std::string> parts;
    parts.push_back(a.contract ? contract_word(lang, *a.contract)
                               : std::string(tr(lang, "no contract form")));
    if (a.minutes_per_week)
        parts.push_back(tr_f(lang, "{} h/week", format_duration(*a.minutes_per_week)));
    if (a.volunteer() || o.allowance)
        parts.push_back(tr_f(lang, "allowance {}", format_allowance_terms(a.allowance)));
    if (a.available_minutes)
        parts.push_back(tr_f(lang, "available {}", format_duration(*a.available_minutes)));
    if (a.reachable)
        parts.push_back(tr_f(lang, "reachable {}", *a.reachable));
    if (a.benefit)
        parts.push_back(tr(lang, "on a benefit"));
    if (a.other_allowance_cents > 0)
        parts.push_back(tr_f(lang, "elsewhere {}", format_money(a.other_allowance_cents, lang)));
    return fmt::format("{}", fmt::join(parts, ", "));
}

int run_agreement(const ProfileOptions& o, Env& env) {
    const Date today = env.clock().today();
    AgreementChange change;
    change.from = parse_date(o.from.value_or("today"), today);
    change.contract = o.contract;
    if (o.hours)
        change.minutes_per_week = parse_hours(*o.hours);
    if (o.allowance)
        change.allowance = parse_allowance_terms(*o.allowance);
    if (o.available)
        change.available_minutes = parse_hours(*o.available);
    if (o.reachable)
        change.reachable = format_reachable(parse_reachable(*o.reachable));
    change.benefit = o.benefit;
    if (o.other_allowance)
        change.other_allowance_cents = parse_money(*o.other_allowance);
    if (change.fields() == 0)
        throw UsageError(_("an agreement needs at least one field to set"),
                         _("give --contract, --hours, --allowance, --available, --reachable, "
                           "--benefit, --no-benefit or --other-allowance"));
    const Found person = person_of(o, env);
    const Agreement saved = set_agreement(env.store(), person, change);
    env.out << tr_f(env.language(), "{} from {}: {}", person.handle, format_date(saved.from),
                    agreement_summary(saved, o, env.language()))
            << '\n';
    const Date month_start{today.year(), today.month(), std::chrono::day{1}};
    if (to_days(saved.from) < to_days(month_start))
        env.note(_f("reports of {} and later months use this agreement",
                    format_date(saved.from).substr(0, 7)));
    return 0;
}

int run_agreements(const ProfileOptions& o, Env& env) {
    const Language lang = env.language();
    const bool readable = for_people(env.output_format());
    const Found person = person_of(o, env);
    const std::vector<Agreement> history = db::agreements(env.store(), person.id);
    Table table;
    table.columns = {{"from", trc(lang, "first day", "from")},
                     {"until", trc(lang, "last day", "until")},
                     {"contract", tr(lang, "contract"), words::contract_form},
                     {"minutes_per_week", tr(lang, "hours/week")},
                     {"allowance", tr(lang, "allowance")},
                     {"available_minutes", tr(lang, "available")},
                     {"reachable", tr(lang, "reachable")},
                     {"benefit", tr(lang, "benefit")},
                     {"other_allowance_cents", tr(lang, "elsewhere")}};
    auto minutes = [](const std::optional<Minutes>& m) {
        return m ? Value{Duration{*m}} : Value{std::monostate{}};
    };
    for (std::size_t i = 0; i < history.size(); ++i) {
        const Agreement& a = history[i];
        const auto last = until_of(history, i);
        const Value until = last ? Value{format_date(*last)} : Value{std::monostate{}};
        table.rows.push_back({format_date(a.from), until,
                              id_cell(a.contract, readable, lang, contract_word),
                              minutes(a.minutes_per_week), format_allowance_terms(a.allowance),
                              minutes(a.available_minutes), optional_cell(a.reachable), a.benefit,
                              Money{a.other_allowance_cents}});
    }
    env.emit(table);
    return 0;
}

int run_role(const ProfileOptions& o, Env& env) {
    const Config& config = env.config();
    const Format format = env.output_format(Format::md);
    if (format != Format::md && format != Format::html && format != Format::table)
        throw UsageError(_f("a job profile is md or html, not {}", format_name(format)));
    require_known(ids_of(config.roles), o.role_id, "role");
    const Municipality* municipality = nullptr;
    if (o.municipality)
        municipality = config.municipality(municipality_code(config, *o.municipality));
    const auto minutes = o.hours ? std::optional(parse_hours(*o.hours)) : std::nullopt;
    env.emit_text(role_profile(config, *config.role(o.role_id), municipality, minutes,
                               format == Format::html ? Format::html : Format::md));
    return 0;
}

int run_match(const ProfileOptions& o, Env& env) {
    const Config& config = env.config();
    const Language lang = env.language();
    Need need;
    // What fits and what misses is read by a person in a table, by a program in CSV and JSON.
    need.language = for_people(env.output_format()) ? lang : Language::en;
    for (const std::string& wanted : o.langs)
        need.languages.push_back(parse_language(wanted, false));
    if (o.municipality)
        need.municipality = municipality_code(config, *o.municipality);
    if (o.role) {
        require_known(ids_of(config.roles), *o.role, "role");
        need.role = o.role;
    }
    if (o.gender) {
        require_one_of(genders, *o.gender, "gender");
        need.gender = o.gender;
    }
    if (o.hours)
        need.minutes_per_week = parse_hours(*o.hours);
    const std::size_t criteria = need.languages.size() + (need.municipality ? 1 : 0) +
                                 (need.role ? 1 : 0) + (need.gender ? 1 : 0) +
                                 (need.minutes_per_week ? 1 : 0);
    Table table;
    table.columns = {{"person", tr(lang, "person")},
                     {"name", tr(lang, "name")},
                     {"score", tr(lang, "score")},
                     {"criteria", tr(lang, "criteria")},
                     {"available_minutes", tr(lang, "free h/week")},
                     {"fits", tr(lang, "fits")},
                     {"misses", tr(lang, "misses")}};
    for (const Match& m : match_persons(env.store(), need, env.clock().today()))
        table.rows.push_back({m.person.handle, optional_cell(m.person.fields.name),
                              static_cast<std::int64_t>(m.fits.size()),
                              static_cast<std::int64_t>(criteria), Duration{m.available_minutes},
                              m.fits, m.misses});
    env.emit(table);
    return 0;
}

// `profile PERSON goal|training|status`: the development records.
void setup_records(CLI::App& cmd, Context& ctx, const std::shared_ptr<ProfileOptions>& o) {
    CLI::App* goal = add_command(cmd, "goal", _("Development goals: add, done"));
    goal->require_subcommand(1);
    CLI::App* goal_add = add_command(*goal, "add", _("Add a development goal; prints its id"));
    goal_add->add_option("TEXT", o->text, _("The goal, in a few words"))->required();
    goal_add->add_option("--due", o->due, _("When it should be reached"))->type_name("DATE");
    on_run(*goal_add, ctx, "profile goal add", [o](Env& env) { return run_goal_add(*o, env); });
    CLI::App* goal_done = add_command(*goal, "done", _("Mark a development goal as reached"));
    goal_done->add_option("ID", o->goal_id, _("Goal id (see the profile card)"))->required();
    goal_done->add_option("--on", o->on, _("When (default today)"))->type_name("DATE");
    on_run(*goal_done, ctx, "profile goal done", [o](Env& env) { return run_goal_done(*o, env); });

    CLI::App* training = add_command(cmd, "training", _("Trainings and intervision: add"));
    training->require_subcommand(1);
    CLI::App* training_add = add_command(*training, "add", _("Record a completed training"));
    training_add
        ->add_option("NAME", o->text, _("Name, such as 'Pharos basistraining' or 'intervisie'"))
        ->required();
    training_add->add_option("--on", o->on, _("When it was completed (default today)"))
        ->type_name("DATE");
    on_run(*training_add, ctx, "profile training add",
           [o](Env& env) { return run_training_add(*o, env); });

    CLI::App* status =
        add_command(cmd, "status", _f("Set the status: {}", one_of(person_statuses)));
    status->add_option("STATUS", o->new_status, one_of(person_statuses))->required();
    status->add_option("--on", o->on, _("Since when (default today)"))->type_name("DATE");
    on_run(*status, ctx, "profile status", [o](Env& env) { return run_status(*o, env); });
}

// `profile PERSON agreement|agreements`: the agreement periods.
void setup_agreement(CLI::App& cmd, Context& ctx, const std::shared_ptr<ProfileOptions>& o) {
    CLI::App* agreement =
        add_command(cmd, "agreement",
                    _("Start a new agreement period: contract, hours, allowance, availability"));
    agreement->add_option("--from", o->from, _("First day of the period (default today)"))
        ->type_name("DATE");
    agreement->add_option("--contract", o->contract, one_of(contract_forms))->type_name("FORM");
    agreement->add_option("--hours", o->hours, _("Contracted hours a week"))->type_name("N");
    agreement
        ->add_option("--allowance", o->allowance,
                     _("What a volunteer is paid: none, legal, hour:AMOUNT, month:AMOUNT or "
                       "activity:AMOUNT"))
        ->type_name("BASIS");
    agreement->add_option("--available", o->available, _("Hours a week the person can give"))
        ->type_name("N");
    agreement
        ->add_option("--reachable", o->reachable,
                     _("When the person works, such as mon-fri@09:00-17:00; other times are "
                       "after hours"))
        ->type_name("DAYS@HH:MM-HH:MM");
    CLI::Option* benefit = agreement->add_flag_function(
        "--benefit", [o](std::int64_t) { o->benefit = true; },
        // xgettext:no-c-format
        _("Lives on a benefit: warn from 80% of the monthly allowance ceiling"));
    agreement
        ->add_flag_function(
            "--no-benefit", [o](std::int64_t) { o->benefit = false; }, _("No longer on a benefit"))
        ->excludes(benefit);
    agreement
        ->add_option("--other-allowance", o->other_allowance,
                     _("Volunteer allowance a month from other work, counted toward the ceilings"))
        ->type_name("AMOUNT");
    on_run(*agreement, ctx, "profile agreement", [o](Env& env) { return run_agreement(*o, env); });

    CLI::App* agreements = add_command(cmd, "agreements", _("The agreement periods, oldest first"));
    on_run(*agreements, ctx, "profile agreements",
           [o](Env& env) { return run_agreements(*o, env); });
}

// `profile role` and `profile match`: recruitment.
void setup_matching(CLI::App& cmd, Context& ctx, const std::shared_ptr<ProfileOptions>& o) {
    CLI::App* role = add_command(
        cmd, "role", _("A recruitment job profile (functieprofiel) for a role, md or html"));
    role->add_option("ROLE", o->role_id, _("Role id from the config"))->required();
    role->add_option("--municipality", o->municipality, _("Name the languages this place needs"))
        ->type_name("CODE|NAME");
    role->add_option("--hours", o->hours, _("Hours a week the job asks"))->type_name("N");
    on_run(*role, ctx, "profile role", [o](Env& env) { return run_role(*o, env); });

    CLI::App* match = add_command(cmd, "match", _("Active key persons who fit a need, best first"));
    match
        ->add_option("--lang", o->langs, _("Language, optionally with a minimum level; repeatable"))
        ->type_name("CODE[:LEVEL]");
    match->add_option("--municipality", o->municipality, _("Municipality"))->type_name("CODE|NAME");
    match->add_option("--role", o->role, _("Experience in this role"))->type_name("ROLE");
    match->add_option("--gender", o->gender, one_of(genders))->type_name("G");
    match->add_option("--hours", o->hours, _("Free hours a week needed"))->type_name("N");
    on_run(*match, ctx, "profile match", [o](Env& env) { return run_match(*o, env); });
}

} // namespace

void setup_profile(CLI::App& root, Context& ctx) {
    auto o = std::make_shared<ProfileOptions>();
    CLI::App* cmd = add_command(root, "profile",
                                _("A key person's card; also list, goals, trainings, status, "
                                  "job profiles and matching"));
    if (!ctx.builds(*cmd))
        return;
    cmd->add_option("PERSON", o->person, _("Key person (handle or unique prefix)"));
    on_run(*cmd, ctx, "profile", [o](Env& env) { return run_card(*o, env); });

    CLI::App* list = add_command(*cmd, "list", _("All key persons, with filters"));
    list->add_option("--municipality", o->municipality, _("Only this municipality"))
        ->type_name("CODE|NAME");
    list->add_option("--role", o->role, _("Only persons active in this role"))->type_name("ROLE");
    list->add_option("--status", o->status, one_of(person_statuses))->type_name("STATUS");
    list->add_flag("--all", o->all, _("Also the erased (forgotten) persons"));
    on_run(*list, ctx, "profile list", [o](Env& env) { return run_list(*o, env); });

    setup_records(*cmd, ctx, o);
    setup_agreement(*cmd, ctx, o);
    setup_matching(*cmd, ctx, o);
}

} // namespace sleutel::cli
