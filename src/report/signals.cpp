// The community signals report: what key persons brought in during the period and what became of
// it, as it stood on the report's day, so a past period's report does not change when a signal
// is answered later.
#include "report/builders.hpp"

#include "domain/signals.hpp"
#include "model/words.hpp"
#include "store/organisation_store.hpp"
#include "store/signal_store.hpp"

#include <map>

namespace sleutel::report {

namespace {

// The counts of one row of `--by` and of the totals.
struct Counted {
    std::int64_t signals = 0, open = 0, forwarded = 0, answered = 0, closed = 0;

    void add(std::string_view status) {
        ++signals;
        if (status == "open")
            ++open;
        else if (status == "forwarded")
            ++forwarded;
        else if (status == "answered")
            ++answered;
        else
            ++closed;
    }
};

// The signals raised in the period by the selected key persons. Signals without a key person
// count only when no person or municipality narrows the report.
std::vector<Signal> selected_signals(const Context& c) {
    db::SignalFilter filter;
    filter.from = c.scope.from;
    filter.to = c.scope.to;
    std::vector<Signal> out;
    const bool narrowed = c.scope.person || c.scope.municipality;
    for (Signal& s : db::list_signals(c.store, filter)) {
        if (!s.person_id) {
            if (!narrowed)
                out.push_back(std::move(s));
            continue;
        }
        const auto person = c.persons.find(*s.person_id);
        if (person != c.persons.end() && c.selected(person->second))
            out.push_back(std::move(s));
    }
    return out;
}

// Forwarded by the report's day: an organisation it went to later is not known yet then.
std::optional<std::string> forwarded_to(const Signal& s, Date as_of) {
    if (s.forwarded_on && to_days(*s.forwarded_on) <= to_days(as_of))
        return s.organisation;
    return std::nullopt;
}

void by_groups(const Context& c, Report& r, const std::vector<Signal>& signals,
               const std::string& by) {
    const Date as_of = c.as_of();
    // Keyed by id; the signals without one (no theme, not forwarded) in the last row.
    std::map<std::string, Counted> groups;
    std::optional<Counted> none;
    std::map<std::string, Id> org_ids;
    for (const Signal& s : signals) {
        const std::string_view status = signal_status(s, as_of);
        if (by == "theme") {
            for (const std::string& theme : s.themes)
                groups[theme].add(status);
            if (s.themes.empty())
                (none ? *none : none.emplace()).add(status);
        } else if (const auto org = forwarded_to(s, as_of)) {
            groups[*org].add(status);
            org_ids[*org] = *s.organisation_id;
        } else {
            (none ? *none : none.emplace()).add(status);
        }
    }
    auto row = [&r](Value key, std::string label, const Counted& n) {
        r.table.rows.push_back({std::move(key), std::move(label), n.signals, n.open, n.forwarded,
                                n.answered, n.closed});
    };
    for (const auto& [key, n] : groups) {
        std::string label = key;
        if (by == "theme")
            label = config_label(c.config, "theme", key);
        else
            label = db::load_organisation(c.store, org_ids[key]).fields.name.value_or(key);
        row(key, std::move(label), n);
    }
    if (none)
        row(std::monostate{},
            by == "theme" ? tr(c.lang, "(no theme)") : tr(c.lang, "(not forwarded)"), *none);
}

} // namespace

Report signals(const Context& c, const std::optional<std::string>& by) {
    Report r;
    r.kind = "signals";
    r.group_by = by.value_or("signal");
    r.title = tr(c.lang, "Signals");
    const Date as_of = c.as_of();
    const std::vector<Signal> signals = selected_signals(c);
    Counted total;
    for (const Signal& s : signals)
        total.add(signal_status(s, as_of));
    if (by) {
        r.table.columns = {
            {"key", *by == "theme" ? tr(c.lang, "theme") : tr(c.lang, "organisation")},
            {"label", tr(c.lang, "name")},
            {"signals", tr(c.lang, "signals")},
            {"open", trc(c.lang, "signal status", "open")},
            {"forwarded", trc(c.lang, "signal status", "forwarded")},
            {"answered", trc(c.lang, "signal status", "answered")},
            {"closed", trc(c.lang, "signal status", "closed")}};
        by_groups(c, r, signals, *by);
    } else {
        r.table.columns = {{"id", "id"},
                           {"date", tr(c.lang, "date")},
                           {"person", tr(c.lang, "person")},
                           {"themes", tr(c.lang, "themes")},
                           {"org", tr(c.lang, "organisation")},
                           {"status", tr(c.lang, "status"), words::signal_status},
                           {"days_open", tr(c.lang, "days open")},
                           {"answered_on", tr(c.lang, "answered on")}};
        for (const Signal& s : signals) {
            const std::string_view status = signal_status(s, as_of);
            const bool answered = s.answered_on && to_days(*s.answered_on) <= to_days(as_of);
            r.table.rows.push_back({s.id, s.date, optional_cell(s.person), TextList(s.themes),
                                    optional_cell(forwarded_to(s, as_of)), std::string(status),
                                    signal_days_open(s, as_of),
                                    answered ? Value{*s.answered_on} : Value{std::monostate{}}});
        }
    }
    r.totals = {{"signals", total.signals},
                {"open", total.open},
                {"forwarded", total.forwarded},
                {"answered", total.answered},
                {"closed", total.closed}};
    return r;
}

} // namespace sleutel::report
