// Assigning key persons and keeping their supervision records: assignments, goals, trainings,
// statuses and agreement periods, each change in one transaction with its audit row.
#include "domain/people.hpp"

#include "domain/agreement.hpp"
#include "domain/free_text.hpp"
#include "store/agreement_store.hpp"
#include "store/organisation_store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

namespace sleutel {

namespace {

bool overlaps(const Assignment& a, const Assignment& b) {
    const auto end_a = a.until ? to_days(*a.until) : std::chrono::sys_days::max();
    const auto end_b = b.until ? to_days(*b.until) : std::chrono::sys_days::max();
    return to_days(a.from) <= end_b && to_days(b.from) <= end_a;
}

} // namespace

Assigned assign(Store& store, const Config& config, Assignment a) {
    require_known(ids_of(config.roles), a.role, "role");
    if (a.until && to_days(*a.until) < to_days(a.from))
        throw DataError(_f("the assignment ends ({}) before it starts ({})", format_date(*a.until),
                           format_date(a.from)));
    if (a.contract)
        require_one_of(contract_forms, *a.contract, "contract form");
    require_one_of(scopes, a.scope, "scope");
    if (a.funding)
        require_known(ids_of(config.funding), *a.funding, "funding stream");
    if (a.supervisor)
        check_free_text(TextField::assignment_supervisor, *a.supervisor);
    Assigned result{0, {}};
    store.write([&] {
        const Person person = db::load_person(store, a.person_id);
        require_not_erased(person.handle);
        if (!a.contract)
            a.contract = person.fields.contract;
        for (const Assignment& other :
             db::assignments(store, {a.person_id, a.organisation_id, a.role, std::nullopt}))
            if (overlaps(a, other))
                throw DataError(other.until
                                    ? _f("{} already has assignment {} at {} as {} from {} to {}",
                                         person.handle, other.id, other.organisation, a.role,
                                         format_date(other.from), format_date(*other.until))
                                    : _f("{} already has assignment {} at {} as {} from {}",
                                         person.handle, other.id, other.organisation, a.role,
                                         format_date(other.from)),
                                _f("end it first ('sleutel assign end {} --on DATE'), or "
                                   "choose --from/--until that do not overlap",
                                   other.id));
        result.id = db::insert_assignment(store, a);
        store.audit({"assignment", std::to_string(result.id), "create"});
        if (person.fields.minutes_per_week) {
            Minutes total = 0;
            for (const Assignment& other :
                 db::assignments(store, {a.person_id, std::nullopt, std::nullopt, std::nullopt}))
                if (overlaps(a, other))
                    total += other.minutes_per_week;
            if (total > *person.fields.minutes_per_week)
                result.warnings.push_back(
                    _f("{} is now assigned {} hours a week, more than the {} they are available",
                       person.handle, format_duration(total),
                       format_duration(*person.fields.minutes_per_week)));
        }
    });
    return result;
}

void end_assignment(Store& store, Id id, Date on, Date today) {
    store.write([&] {
        const auto a = db::load_assignment(store, id);
        if (!a)
            throw DataError(_f("no assignment {}", id), _("see 'sleutel assign list'"));
        if (to_days(on) < to_days(a->from))
            throw DataError(_f("assignment {} starts {}; it cannot end before that on {}", id,
                               format_date(a->from), format_date(on)));
        if (a->until && to_days(on) > to_days(*a->until))
            throw DataError(_f("assignment {} already ends {}; ending it on {} would "
                               "lengthen it",
                               id, format_date(*a->until), format_date(on)),
                            _("to continue the work, make a new assignment from the next day"));
        db::end_assignment(store, id, on, today);
        store.audit({"assignment", std::to_string(id), "update"});
    });
}

Id add_goal(Store& store, const Found& person, const std::string& text, std::optional<Date> due,
            Date today) {
    require_not_erased(person.handle);
    // A goal is about the key person; a client's number or address has no place in it either.
    check_free_text(TextField::goal, text);
    Id id = 0;
    store.write([&] {
        id = db::add_goal(store, person.id, text, due, today);
        store.audit({"goal", std::to_string(id), "create"});
    });
    return id;
}

void finish_goal(Store& store, const Found& person, Id goal, Date on) {
    require_not_erased(person.handle);
    store.write([&] {
        for (const Goal& g : db::goals(store, person.id)) {
            if (g.id == goal && g.done_on)
                throw DataError(_f("goal {} of {} was already done on {}", goal, person.handle,
                                   format_date(*g.done_on)));
            if (g.id == goal && to_days(on) < to_days(g.created_on))
                throw DataError(_f("goal {} was set on {}; it cannot be done before "
                                   "that, on {}",
                                   goal, format_date(g.created_on), format_date(on)));
        }
        if (!db::finish_goal(store, person.id, goal, on))
            throw DataError(_f("{} has no goal {}", person.handle, goal),
                            _f("see 'sleutel profile {}'", person.handle));
        store.audit({"goal", std::to_string(goal), "update"});
    });
}

void add_training(Store& store, const Found& person, const Training& training, Date today) {
    require_not_erased(person.handle);
    check_training(training, today);
    store.write([&] {
        db::add_training(store, person.id, training);
        store.audit({"person", person.handle, "update"});
    });
}

void change_status(Store& store, const Found& person, const std::string& status, Date since) {
    require_not_erased(person.handle);
    require_one_of(person_statuses, status, "status");
    store.write([&] {
        db::set_status(store, person.id, status, since);
        store.audit({"person", person.handle, "update"});
    });
}

Agreement set_agreement(Store& store, const Found& person, const AgreementChange& change) {
    require_not_erased(person.handle);
    if (change.contract)
        require_one_of(contract_forms, *change.contract, "contract form");
    Agreement saved;
    store.write([&] {
        // Carried over from the period in force on the new start (the same period when it
        // starts that day: then it is corrected in place).
        const std::vector<Agreement> periods =
            with_change(db::agreements(store, person.id), change);
        for (const Agreement& a : periods)
            db::save_agreement(store, person.id, a);
        saved = periods.front();
        store.audit({"person", person.handle, "agreement"});
    });
    return saved;
}

} // namespace sleutel
