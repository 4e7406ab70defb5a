// Checking and saving community signals and their follow-up.
#include "domain/signals.hpp"

#include "domain/free_text.hpp"
#include "domain/people.hpp"
#include "store/signal_store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <algorithm>

namespace sleutel {

namespace {

bool on_or_before(const std::optional<Date>& step, Date day) {
    return step && to_days(*step) <= to_days(day);
}

void require_not_future(Date day, Date today) {
    if (to_days(day) > to_days(today))
        throw DataError(_f("{} is in the future; record what has happened", format_date(day)));
}

// A step taken on `on` cannot come before the signal was raised.
void require_not_before_raised(const Signal& s, Date on) {
    if (to_days(on) < to_days(s.date))
        throw DataError(_f("{} is before signal {} was raised on {}", format_date(on), s.id,
                           format_date(s.date)));
}

void require_open(const Signal& s) {
    if (s.closed_on)
        throw DataError(_f("signal {} was closed on {}", s.id, format_date(*s.closed_on)),
                        _("a closed signal is not followed up any further"));
}

void set_person(Store& store, Signal& s, const std::string& text) {
    const Found found = resolve(store, db::Kind::person, text);
    if (found.handle.starts_with(anonymous_prefix))
        throw DataError(_f("{} has been erased; nothing can be recorded for them", found.handle));
    s.person_id = found.id;
    s.person = found.handle;
}

void set_themes(const Config& config, Signal& s, std::vector<std::string> themes) {
    const std::vector<std::string> known = ids_of(config.themes);
    std::sort(themes.begin(), themes.end());
    for (std::size_t i = 0; i < themes.size(); ++i) {
        require_known(known, themes[i], "theme");
        if (i > 0 && themes[i] == themes[i - 1])
            throw DataError(_f("theme '{}' is given twice", themes[i]));
    }
    s.themes = std::move(themes);
}

// Audited as one change of the signal: the step it was is in its fields.
void save(Store& store, const Signal& s) {
    db::update_signal(store, s);
    store.audit({"signal", std::to_string(s.id), "update"});
}

} // namespace

std::string_view signal_status(const Signal& s, Date day) {
    if (on_or_before(s.closed_on, day))
        return "closed";
    if (on_or_before(s.answered_on, day))
        return "answered";
    if (on_or_before(s.forwarded_on, day))
        return "forwarded";
    return "open";
}

std::int64_t signal_days_open(const Signal& s, Date as_of) {
    const Date end = on_or_before(s.closed_on, as_of) ? *s.closed_on : as_of;
    return std::max<std::int64_t>(0, (to_days(end) - to_days(s.date)).count());
}

Signal find_signal(Store& store, Id id) {
    auto s = db::load_signal(store, id);
    if (!s)
        throw DataError(_f("no signal {}", id), _("see 'sleutel signal list'"));
    return std::move(*s);
}

Id add_signal(Store& store, const Config& config, const NewSignal& draft, Date today) {
    check_free_text(TextField::signal_text, draft.text);
    require_not_future(draft.date, today);
    Signal s;
    s.date = draft.date;
    s.text = draft.text;
    set_themes(config, s, draft.themes);
    Id id = 0;
    store.write([&] {
        if (draft.person)
            set_person(store, s, *draft.person);
        id = db::insert_signal(store, s);
        store.audit({"signal", std::to_string(id), "create"});
    });
    return id;
}

void forward_signal(Store& store, Id id, const std::string& organisation, Date on, Date today) {
    require_not_future(on, today);
    store.write([&] {
        Signal s = find_signal(store, id);
        require_open(s);
        // A forward is part of what held: a second one would rewrite the reports of the days
        // between the two, and the answer clock of the first.
        if (s.forwarded_on && s.organisation)
            throw DataError(_f("signal {} was already forwarded to {} on {}", id, *s.organisation,
                               format_date(*s.forwarded_on)),
                            _("to bring it to another organisation as well, add a new signal "
                              "for it"));
        const Found org = resolve(store, db::Kind::organisation, organisation);
        require_not_before_raised(s, on);
        if (s.answered_on && to_days(on) > to_days(*s.answered_on))
            throw DataError(_f("signal {} was answered on {}, before it was forwarded on {}", id,
                               format_date(*s.answered_on), format_date(on)),
                            _("give the day it was forwarded with --on"));
        s.organisation_id = org.id;
        s.organisation = org.handle;
        s.forwarded_on = on;
        save(store, s);
    });
}

void answer_signal(Store& store, Id id, const std::string& answer, Date on, Date today) {
    check_free_text(TextField::signal_answer, answer);
    require_not_future(on, today);
    store.write([&] {
        Signal s = find_signal(store, id);
        require_open(s);
        require_not_before_raised(s, on);
        if (s.forwarded_on && to_days(on) < to_days(*s.forwarded_on))
            throw DataError(_f("{} is before signal {} was forwarded on {}", format_date(on), id,
                               format_date(*s.forwarded_on)));
        s.answer = answer;
        s.answered_on = on;
        save(store, s);
    });
}

void close_signal(Store& store, Id id, Date on, Date today) {
    require_not_future(on, today);
    store.write([&] {
        Signal s = find_signal(store, id);
        require_open(s);
        require_not_before_raised(s, on);
        for (const std::optional<Date>& step : {s.forwarded_on, s.answered_on})
            if (step && to_days(on) < to_days(*step))
                throw DataError(_f("{} is before the signal's last step on {}", format_date(on),
                                   format_date(*step)));
        s.closed_on = on;
        save(store, s);
    });
}

void edit_signal(Store& store, const Config& config, Id id, const SignalChange& change,
                 Date today) {
    if (change.text)
        check_free_text(TextField::signal_text, *change.text);
    if (change.date)
        require_not_future(*change.date, today);
    store.write([&] {
        Signal s = find_signal(store, id);
        if (change.text)
            s.text = *change.text;
        if (change.themes)
            set_themes(config, s, *change.themes);
        if (change.person)
            set_person(store, s, *change.person);
        if (change.date) {
            s.date = *change.date;
            // The steps already taken stay where they are: the signal cannot move after them.
            for (const std::optional<Date>& step : {s.forwarded_on, s.answered_on, s.closed_on})
                if (step && to_days(*step) < to_days(s.date))
                    throw DataError(_f("signal {} was followed up on {}, before {}", id,
                                       format_date(*step), format_date(s.date)));
        }
        save(store, s);
    });
}

} // namespace sleutel
