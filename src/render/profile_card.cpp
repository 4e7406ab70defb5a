// The profile card, for people (text, Markdown) and scripts (JSON).
#include "render/profile_card.hpp"

#include "model/words.hpp"

#include "render/render.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sleutel {

namespace {

using Json = nlohmann::ordered_json;

template <class T> Json or_null(const std::optional<T>& v) {
    if (!v)
        return nullptr;
    if constexpr (std::is_same_v<T, Date>)
        return format_date(*v);
    else
        return *v;
}

std::string text_or_dash(const std::optional<std::string>& s) {
    return s ? printable(*s) : "-";
}

// `Arabisch (ar) moedertaal, Nederlands (nl) B1`: the name a reader knows beside the code they
// type; the CEFR levels are the same in every language, `native` is not.
std::string languages_text(const std::vector<LanguageSkill>& languages, Language lang) {
    std::vector<std::string> items;
    for (const LanguageSkill& s : languages) {
        const Level level = s.level.value_or(Level::b1);
        items.push_back(fmt::format("{} {}", language_label(s.code, lang),
                                    level == Level::native ? trc(lang, "language level", "native")
                                                           : format_level(level)));
    }
    return items.empty() ? "-" : fmt::format("{}", fmt::join(items, ", "));
}

// One line of the card's trainings: recorded with `training add`, or an activity logged with a
// type that counts as training (then it has the activity's id).
struct CardTraining {
    std::string name;
    std::optional<Date> completed_on;
    std::optional<Id> activity_id;
};

// Recorded and logged trainings in one list by date, those without a date last.
std::vector<CardTraining> card_trainings(const ProfileCard& card) {
    std::vector<CardTraining> all;
    for (const Training& t : card.person.fields.trainings)
        all.push_back({t.name, t.completed_on, std::nullopt});
    for (const LoggedTraining& t : card.logged_trainings)
        all.push_back({t.name, t.date, t.activity_id});
    std::stable_sort(all.begin(), all.end(), [](const CardTraining& a, const CardTraining& b) {
        if (!a.completed_on || !b.completed_on)
            return a.completed_on.has_value() && !b.completed_on.has_value();
        return to_days(*a.completed_on) < to_days(*b.completed_on);
    });
    return all;
}

Json person_json(const Person& p) {
    const PersonFields& f = p.fields;
    Json j;
    j["handle"] = p.handle;
    j["name"] = or_null(f.name);
    j["municipality"] = or_null(f.municipality);
    j["languages"] = Json::array();
    for (const LanguageSkill& s : f.languages)
        j["languages"].push_back(
            {{"code", s.code}, {"level", format_level(s.level.value_or(Level::b1))}});
    j["origin"] = or_null(f.origin);
    j["gender"] = or_null(f.gender);
    j["birth_year"] = or_null(f.birth_year);
    j["birth_date"] = or_null(f.birth_date);
    j["education"] = or_null(f.education);
    j["background"] = or_null(f.background);
    j["contract"] = or_null(f.contract);
    j["minutes_per_week"] = or_null(f.minutes_per_week);
    j["since"] = or_null(f.since);
    j["status"] = p.status;
    j["phone"] = or_null(f.phone);
    j["email"] = or_null(f.email);
    j["forgotten"] = p.forgotten;
    return j;
}

Json assignments_json(const ProfileCard& card, Date today) {
    Json list = Json::array();
    for (const Assignment& a : card.assignments)
        list.push_back({{"id", a.id},
                        {"org", a.organisation},
                        {"role", a.role},
                        {"minutes_per_week", a.minutes_per_week},
                        {"from", format_date(a.from)},
                        {"until", or_null(a.until)},
                        {"contract", or_null(a.contract)},
                        {"supervisor", or_null(a.supervisor)},
                        {"scope", a.scope},
                        {"active", a.active_on(today)}});
    return list;
}

Json goals_json(const ProfileCard& card, Date today) {
    Json list = Json::array();
    for (const Goal& g : card.goals)
        list.push_back({{"id", g.id},
                        {"text", g.text},
                        {"due", or_null(g.due)},
                        {"done_on", or_null(g.done_on)},
                        {"state", std::string(goal_state_name(goal_state(g, today)))}});
    return list;
}

Json agreements_json(const ProfileCard& card) {
    Json list = Json::array();
    for (std::size_t i = 0; i < card.agreements.size(); ++i) {
        const Agreement& a = card.agreements[i];
        const Json until = or_null(until_of(card.agreements, i));
        list.push_back({{"from", format_date(a.from)},
                        {"until", until},
                        {"contract", or_null(a.contract)},
                        {"minutes_per_week", or_null(a.minutes_per_week)},
                        {"allowance", format_allowance_terms(a.allowance)},
                        {"available_minutes", or_null(a.available_minutes)},
                        {"reachable", or_null(a.reachable)},
                        {"benefit", a.benefit},
                        {"other_allowance_cents", a.other_allowance_cents}});
    }
    return list;
}

Json this_month_json(const ThisMonth& m) {
    Json month{{"month", m.month}, {"after_hours", m.after_hours}, {"allowance", nullptr}};
    if (const auto& a = m.allowance)
        month["allowance"] = {{"minutes", a->minutes},
                              {"agreed_cents", a->agreed_cents},
                              {"allowance_cents", a->allowance_cents},
                              {"cap", a->cap},
                              {"month_cap_cents", a->month_cap_cents},
                              {"other_allowance_cents", a->other_cents},
                              {"year_to_date_cents", a->year_to_date_cents},
                              {"year_cap_cents", a->year_cap_cents}};
    return month;
}

// How the card is written for people: aligned plain text, or Markdown in which a name, note or
// goal is text, never a tag or a link.
enum class CardStyle { plain, markdown };

struct CardText {
    CardStyle style;
    Language lang;
    std::string out;

    void title(const std::string& text) {
        out +=
            style == CardStyle::markdown ? fmt::format("# {}\n", markdown_text(text)) : text + "\n";
    }
    void heading(const std::string& text) {
        out += style == CardStyle::markdown ? fmt::format("\n## {}\n\n", text)
                                            : fmt::format("\n{}\n", text);
    }
    void line(const std::string& label, const std::string& value) {
        out += style == CardStyle::markdown
                   ? fmt::format("- **{}**: {}\n", label, markdown_text(value))
                   : fmt::format("  {:<16} {}\n", label + ":", value);
    }
    void item(const std::string& text) {
        out += style == CardStyle::markdown ? fmt::format("- {}\n", markdown_text(text))
                                            : fmt::format("  - {}\n", text);
    }
};

void details_text(CardText& w, const Person& p, const Config& config) {
    const Language lang = w.lang;
    const PersonFields& f = p.fields;
    w.heading(tr(lang, "Details"));
    w.line(tr(lang, "Status"), word_for(lang, words::person_status, p.status));
    const Municipality* municipality =
        f.municipality ? config.municipality(*f.municipality) : nullptr;
    w.line(tr(lang, "Municipality"),
           municipality ? fmt::format("{} ({})", municipality->name, municipality->code)
                        : text_or_dash(f.municipality));
    w.line(tr(lang, "Languages"), languages_text(f.languages, config.programme.language));
    w.line(tr(lang, "Origin"), text_or_dash(f.origin));
    w.line(tr(lang, "Gender"), f.gender ? word_for(lang, words::gender, *f.gender) : "-");
    w.line(tr(lang, "Birth year"), f.birth_year ? std::to_string(*f.birth_year) : "-");
    w.line(tr(lang, "Education"), text_or_dash(f.education));
    w.line(tr(lang, "Background"), text_or_dash(f.background));
    w.line(tr(lang, "Contract"),
           fmt::format("{}{}", f.contract ? word_for(lang, words::contract_form, *f.contract) : "-",
                       f.minutes_per_week
                           ? fmt::format(", {} {}", format_duration(*f.minutes_per_week),
                                         tr(lang, "hours a week"))
                           : ""));
    w.line(tr(lang, "Since"), f.since ? format_date(*f.since) : "-");
    if (f.phone || f.email)
        w.line(tr(lang, "Contact"),
               fmt::format("{}{}{}", text_or_dash(f.phone), " / ", text_or_dash(f.email)));
}

void assignments_text(CardText& w, const ProfileCard& card, Date today) {
    const Language lang = w.lang;
    w.heading(tr(lang, "Assignments"));
    if (card.assignments.empty())
        w.item(tr(lang, "none"));
    for (const Assignment& a : card.assignments)
        w.item(fmt::format(
            "#{} {} {} {} {} {}, {}..{}{}{}", a.id, a.organisation, tr(lang, "as"), a.role,
            format_duration(a.minutes_per_week), tr(lang, "h/week"), format_date(a.from),
            a.until ? format_date(*a.until) : "", a.active_on(today) ? tr(lang, " (active)") : "",
            a.supervisor ? fmt::format(", {} {}", tr(lang, "supervisor"), printable(*a.supervisor))
                         : ""));
}

void trainings_text(CardText& w, const ProfileCard& card) {
    const Language lang = w.lang;
    w.heading(tr(lang, "Trainings"));
    const std::vector<CardTraining> trainings = card_trainings(card);
    if (trainings.empty())
        w.item(tr(lang, "none"));
    for (const CardTraining& t : trainings)
        w.item(fmt::format("{}{}", printable(t.name),
                           t.activity_id
                               ? fmt::format(" ({}, {} #{})", format_date(*t.completed_on),
                                             tr(lang, "logged"), *t.activity_id)
                           : t.completed_on ? " (" + format_date(*t.completed_on) + ")"
                                            : ""));
    w.line(tr(lang, "Last intervision"),
           card.last_intervision ? format_date(*card.last_intervision) : "-");
}

void goals_text(CardText& w, const ProfileCard& card, Date today) {
    const Language lang = w.lang;
    w.heading(tr(lang, "Development goals"));
    if (card.goals.empty())
        w.item(tr(lang, "none"));
    for (const Goal& g : card.goals) {
        const GoalState state = goal_state(g, today);
        const std::string state_text =
            state == GoalState::done
                ? fmt::format("{} {}", tr(lang, "done"), format_date(*g.done_on))
            : state == GoalState::overdue ? std::string(tr(lang, "overdue"))
                                          : std::string(tr(lang, "open"));
        w.item(fmt::format("#{} [{}] {}{}", g.id, state_text, printable(g.text),
                           g.due ? fmt::format(" ({} {})", tr(lang, "due"), format_date(*g.due))
                                 : ""));
    }
}

void work_text(CardText& w, const ProfileCard& card, const Config& config) {
    const Language lang = w.lang;
    const RecentWork& r = card.last_4_weeks;
    w.heading(tr(lang, "Last 4 weeks"));
    w.line(tr(lang, "Logged"), format_duration(r.minutes));
    w.line(tr(lang, "Contracted"), format_duration(r.contracted_minutes));
    if (r.available_minutes)
        w.line(tr(lang, "Available"), format_duration(*r.available_minutes));

    const ThisMonth& m = card.this_month;
    w.heading(fmt::format("{} {}", tr(lang, "This month"), m.month));
    w.line(tr(lang, "After hours"), fmt::format("{} ({} {})", m.after_hours, tr(lang, "limit"),
                                                config.alerts.after_hours_per_month));
    if (const auto& a = m.allowance) {
        w.line(tr(lang, "Allowance"),
               fmt::format(
                   "{} {} {}{}", format_money(a->allowance_cents, lang), tr(lang, "of agreed"),
                   format_money(a->agreed_cents, lang),
                   a->cap == "none" ? "" : fmt::format(" ({} {})", tr(lang, "capped:"), a->cap)));
        w.line(tr(lang, "Ceiling"),
               fmt::format("{} {}, {} {} / {}", format_money(a->month_cap_cents, lang),
                           tr(lang, "a month"), tr(lang, "this year"),
                           format_money(a->year_to_date_cents, lang),
                           format_money(a->year_cap_cents, lang)));
    }
}

Json signals_json(const ProfileCard& card) {
    Json list = Json::array();
    for (const CardSignal& c : card.signals) {
        const Signal& s = c.signal;
        list.push_back({{"id", s.id},
                        {"date", format_date(s.date)},
                        {"themes", s.themes},
                        {"text", s.text},
                        {"org", or_null(s.organisation)},
                        {"forwarded_on", or_null(s.forwarded_on)},
                        {"answer", or_null(s.answer)},
                        {"answered_on", or_null(s.answered_on)},
                        {"closed_on", or_null(s.closed_on)},
                        {"status", c.status}});
    }
    return list;
}

// `#12 2026-10-01 [forwarded ggd] text`, and the answer under it: what the key person hears back.
void signals_text(CardText& w, const ProfileCard& card) {
    const Language lang = w.lang;
    w.heading(tr(lang, "Signals"));
    if (card.signals.empty())
        w.item(tr(lang, "none"));
    for (const CardSignal& c : card.signals) {
        const Signal& s = c.signal;
        const std::string status = word_for(lang, words::signal_status, c.status);
        w.item(fmt::format("#{} {} [{}{}] {}", s.id, format_date(s.date), status,
                           s.organisation ? ", " + printable(*s.organisation) : std::string(),
                           printable(s.text)));
        if (s.answer && s.answered_on)
            w.item(
                tr_f(lang, "answer of {}: {}", format_date(*s.answered_on), printable(*s.answer)));
    }
}

} // namespace

std::string profile_json(const ProfileCard& card, Date today) {
    Json j = person_json(card.person);
    j["assignments"] = assignments_json(card, today);
    j["trainings"] = Json::array();
    for (const CardTraining& t : card_trainings(card))
        j["trainings"].push_back({{"name", t.name},
                                  {"completed_on", or_null(t.completed_on)},
                                  {"activity_id", or_null(t.activity_id)}});
    j["last_intervision"] = or_null(card.last_intervision);
    j["goals"] = goals_json(card, today);
    j["status_history"] = Json::array();
    for (const StatusChange& s : card.status_history)
        j["status_history"].push_back({{"status", s.status}, {"since", format_date(s.since)}});
    const RecentWork& r = card.last_4_weeks;
    j["last_4_weeks"] = {{"from", format_date(r.from)},
                         {"to", format_date(r.to)},
                         {"minutes", r.minutes},
                         {"contracted_minutes", r.contracted_minutes},
                         {"available_minutes", or_null(r.available_minutes)}};
    j["agreements"] = agreements_json(card);
    j["this_month"] = this_month_json(card.this_month);
    j["alerts"] = Json::array();
    for (const Alert& s : card.alerts)
        j["alerts"].push_back({{"kind", alert_kind_name(s.kind)},
                               {"detail", s.detail},
                               {"severity", severity_name(s.severity)}});
    j["signals"] = signals_json(card);
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string profile_text(const ProfileCard& card, const Config& config, Date today, Format format) {
    CardText w{format == Format::md ? CardStyle::markdown : CardStyle::plain,
               config.programme.language,
               {}};
    const Language lang = w.lang;
    const Person& p = card.person;
    w.title(fmt::format("{}{}", p.handle,
                        p.fields.name ? fmt::format(" ({})", printable(*p.fields.name)) : ""));
    details_text(w, p, config);
    assignments_text(w, card, today);
    trainings_text(w, card);
    goals_text(w, card, today);
    w.heading(tr(lang, "Status history"));
    for (const StatusChange& s : card.status_history)
        w.item(fmt::format("{} {} {}", word_for(lang, words::person_status, s.status),
                           tr(lang, "since"), format_date(s.since)));
    work_text(w, card, config);
    w.heading(tr(lang, "Alerts"));
    if (card.alerts.empty())
        w.item(tr(lang, "none"));
    for (const Alert& s : card.alerts)
        w.item(fmt::format("{}: {}", word_for(lang, words::alert_kind, alert_kind_name(s.kind)),
                           s.detail));
    signals_text(w, card);
    return w.out;
}

} // namespace sleutel
