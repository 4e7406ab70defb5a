// `sleutel signal`: a need or problem a key person noticed in their community, forwarded to an
// organisation and answered, so the key person hears back what became of it.
#include "cli/cmd_signal.hpp"

#include "domain/people.hpp"
#include "domain/signals.hpp"
#include "model/words.hpp"
#include "store/signal_store.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

namespace {

// --on or --date as typed, else today.
Date day_or_today(const std::optional<std::string>& text, Date today) {
    return text ? parse_date(*text, today) : today;
}

std::string theme_example(const Config& config) {
    return config.themes.empty() ? std::string("THEME") : config.themes.front().id;
}

int run_add(const SignalOptions& o, Env& env) {
    if (o.text.empty())
        throw UsageError(_("signal add needs the TEXT of the signal"),
                         _f("sleutel signal add \"...\" --person amira --theme {}",
                            theme_example(env.config())));
    const Config& config = env.config();
    const Date today = env.clock().today();
    NewSignal s{o.text, o.person, o.themes, day_or_today(o.date, today)};
    env.out << add_signal(env.store(), config, s, today) << '\n';
    return 0;
}

int run_forward(const SignalOptions& o, Env& env) {
    const Date today = env.clock().today();
    const Date on = day_or_today(o.on, today);
    forward_signal(env.store(), o.id, o.org, on, today);
    env.out << _f("signal {} forwarded", o.id) << '\n';
    return 0;
}

int run_answer(const SignalOptions& o, Env& env) {
    const Date today = env.clock().today();
    const Date on = day_or_today(o.on, today);
    answer_signal(env.store(), o.id, o.text, on, today);
    env.out << _f("signal {} answered", o.id) << '\n';
    return 0;
}

int run_close(const SignalOptions& o, Env& env) {
    const Date today = env.clock().today();
    close_signal(env.store(), o.id, day_or_today(o.on, today), today);
    env.out << _f("signal {} closed", o.id) << '\n';
    return 0;
}

int run_edit(const SignalOptions& o, Env& env) {
    if (!o.new_text && !o.person && o.themes.empty() && !o.date)
        throw UsageError(_f("nothing to change in signal {}", o.id),
                         _("give the flags to change: --text, --person, --theme or --date"));
    const Config& config = env.config();
    const Date today = env.clock().today();
    SignalChange change;
    change.text = o.new_text;
    change.person = o.person;
    if (!o.themes.empty())
        change.themes = o.themes;
    if (o.date)
        change.date = parse_date(*o.date, today);
    edit_signal(env.store(), config, o.id, change, today);
    env.out << _f("signal {} changed", o.id) << '\n';
    return 0;
}

int run_list(const SignalOptions& o, Env& env) {
    const Config& config = env.config();
    const Language lang = env.language();
    const Date today = env.clock().today();
    const Period period = o.period.resolve(today, "..");
    if (o.status)
        require_one_of(signal_statuses, *o.status, "status");
    if (o.theme_filter)
        require_known(ids_of(config.themes), *o.theme_filter, "theme");
    Store& store = env.store();
    db::SignalFilter filter;
    filter.from = period.from;
    filter.to = period.to;
    filter.theme = o.theme_filter;
    if (o.person_filter)
        filter.person = resolve(store, db::Kind::person, *o.person_filter).id;
    const std::vector<Column> columns = {{"id", "id"},
                                         {"date", tr(lang, "date")},
                                         {"person", tr(lang, "person")},
                                         {"themes", tr(lang, "themes")},
                                         {"text", tr(lang, "signal")},
                                         {"org", tr(lang, "organisation")},
                                         {"forwarded_on", tr(lang, "forwarded on")},
                                         {"answer", tr(lang, "answer")},
                                         {"answered_on", tr(lang, "answered on")},
                                         {"closed_on", tr(lang, "closed on")},
                                         {"status", tr(lang, "status"), words::signal_status}};
    // Row by row from the database to the output, as `log list`.
    env.emit_rows(columns, [&](const std::function<void(const std::vector<Value>&)>& emit) {
        db::for_each_signal(store, filter, [&](const Signal& s) {
            const std::string status(signal_status(s, today));
            if (o.status && status != *o.status)
                return;
            emit({s.id, s.date, optional_cell(s.person), TextList(s.themes), s.text,
                  optional_cell(s.organisation), optional_cell(s.forwarded_on),
                  optional_cell(s.answer), optional_cell(s.answered_on), optional_cell(s.closed_on),
                  status});
        });
    });
    return 0;
}

} // namespace

void setup_signal(CLI::App& root, Context& ctx) {
    auto o = std::make_shared<SignalOptions>();
    CLI::App* cmd = add_command(
        root, "signal", _("Community signals: record them, forward them, feed the answer back"));
    if (!ctx.builds(*cmd))
        return;
    cmd->require_subcommand(1);

    CLI::App* add = add_command(*cmd, "add", _("Record a community signal; prints its id"));
    add->add_option("TEXT", o->text, _("What the community needs or runs into; no client data"));
    add->add_option("--person", o->person, _("Key person who raised it"))->type_name("PERSON");
    add->add_option("--theme", o->themes, _("Theme id, repeatable"))->type_name("THEME");
    add->add_option("--date", o->date, _("Day it was raised (default today)"))->type_name("DATE");
    on_run(*add, ctx, "signal add", [o](Env& env) { return run_add(*o, env); });

    CLI::App* forward =
        add_command(*cmd, "forward", _("Forward a signal to a registered organisation"));
    forward->add_option("ID", o->id, _("Signal id (see 'sleutel signal list')"))->required();
    forward->add_option("ORG", o->org, _("Organisation (handle or unique prefix)"))->required();
    forward->add_option("--on", o->on, _("Day it was forwarded (default today)"))
        ->type_name("DATE");
    on_run(*forward, ctx, "signal forward", [o](Env& env) { return run_forward(*o, env); });

    CLI::App* answer =
        add_command(*cmd, "answer", _("Record what was done with a signal, to feed back"));
    answer->add_option("ID", o->id, _("Signal id"))->required();
    answer->add_option("TEXT", o->text, _("What was done with it; no client data"))->required();
    answer->add_option("--on", o->on, _("Day of the answer (default today)"))->type_name("DATE");
    on_run(*answer, ctx, "signal answer", [o](Env& env) { return run_answer(*o, env); });

    CLI::App* close = add_command(*cmd, "close", _("Close a signal: nothing more to follow up"));
    close->add_option("ID", o->id, _("Signal id"))->required();
    close->add_option("--on", o->on, _("Day it was closed (default today)"))->type_name("DATE");
    on_run(*close, ctx, "signal close", [o](Env& env) { return run_close(*o, env); });

    CLI::App* edit = add_command(*cmd, "edit", _("Change a signal: only the flags given"));
    edit->add_option("ID", o->id, _("Signal id"))->required();
    edit->add_option("--text", o->new_text, _("The signal's text"))->type_name("TEXT");
    edit->add_option("--person", o->person, _("Key person who raised it"))->type_name("PERSON");
    edit->add_option("--theme", o->themes, _("Theme id, repeatable; replaces the themes"))
        ->type_name("THEME");
    edit->add_option("--date", o->date, _("Day it was raised"))->type_name("DATE");
    on_run(*edit, ctx, "signal edit", [o](Env& env) { return run_edit(*o, env); });

    CLI::App* list = add_command(*cmd, "list", _("List community signals (default: all)"));
    list->add_option("--status", o->status,
                     _f("Only signals in this status today: {}", one_of(signal_statuses)))
        ->type_name("STATUS");
    o->period.add_to(*list, _("Raised in this period, such as 2026-11"));
    list->add_option("--person", o->person_filter, _("Only this key person's"))
        ->type_name("PERSON");
    list->add_option("--theme", o->theme_filter, _("Only signals with this theme"))
        ->type_name("THEME");
    on_run(*list, ctx, "signal list", [o](Env& env) { return run_list(*o, env); });
}

} // namespace sleutel::cli
