// Checking and saving activities.
#include "domain/activities.hpp"

#include "domain/free_text.hpp"
#include "domain/people.hpp"
#include "store/activity_store.hpp"
#include "store/agreement_store.hpp"
#include "store/organisation_store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel {

namespace {

std::string describe(const Assignment& a) {
    return _f("#{} {} as {}", a.id, a.organisation, a.role);
}

} // namespace

void check_note(const std::string& note) {
    check_free_text(TextField::activity_note, note);
}

ActivityChecker::ActivityChecker(Store& store, const Config& config, Date today)
    : store_(store), config_(config), today_(today), types_(ids_of(config.activity_types)),
      themes_(ids_of(config.themes)), targets_(ids_of(config.referral_targets)),
      roles_(ids_of(config.roles)) {}

Id ActivityChecker::lookup(db::Kind kind, const std::string& text, std::string& handle) {
    auto& cache = kind == db::Kind::person ? persons_ : organisations_;
    const auto it = cache.find(text);
    if (it != cache.end()) {
        handle = it->first;
        return it->second;
    }
    // Not known yet (or a prefix): ask the database once, then remember it.
    const Found found = resolve(store_, kind, text);
    cache[found.handle] = found.id;
    handle = found.handle;
    return found.id;
}

void ActivityChecker::fill_assignment(Activity& a, bool fill_defaults,
                                      std::vector<std::string>& warnings) {
    auto known = assignments_.find(a.person_id);
    if (known == assignments_.end()) {
        db::AssignmentFilter mine;
        mine.person = a.person_id;
        known = assignments_.emplace(a.person_id, db::assignments(store_, mine)).first;
    }
    std::vector<const Assignment*> active;
    for (const Assignment& x : known->second)
        if (x.active_on(a.date) && (!a.role || x.role == *a.role) &&
            (!a.organisation_id || x.organisation_id == *a.organisation_id))
            active.push_back(&x);
    if (active.size() == 1) {
        a.assignment_id = active[0]->id;
        if (fill_defaults || !a.role)
            a.role = active[0]->role;
        if (fill_defaults || !a.organisation_id) {
            a.organisation_id = active[0]->organisation_id;
            a.organisation = active[0]->organisation;
        }
        return;
    }
    a.assignment_id.reset();
    if (fill_defaults && active.size() > 1) {
        std::vector<std::string> names;
        for (const Assignment* x : active)
            names.push_back(describe(*x));
        throw DataError(_f("{} has {} active assignments on {}: say which role or "
                           "organisation (--role, --org)",
                           a.person, active.size(), format_date(a.date)),
                        fmt::format("{}", fmt::join(names, "; ")));
    }
    if (active.empty() && (fill_defaults || a.role || a.organisation_id))
        warnings.push_back(
            a.role || a.organisation_id
                ? _f("{} has no matching assignment active on {}; logged without one", a.person,
                     format_date(a.date))
                : _f("{} has no assignment active on {}; logged without one", a.person,
                     format_date(a.date)));
}

std::vector<std::string> ActivityChecker::check(Activity& a, bool fill_defaults) {
    std::vector<std::string> warnings;
    a.person_id = lookup(db::Kind::person, a.person, a.person);
    if (a.person.starts_with(anonymous_prefix))
        throw DataError(_f("{} has been erased; nothing can be logged for them", a.person));
    if (to_days(a.date) > to_days(today_))
        throw DataError(_f("{} is in the future; log what has happened", format_date(a.date)));
    require_known(types_, a.type, "activity type");
    std::sort(a.themes.begin(), a.themes.end());
    for (std::size_t i = 0; i < a.themes.size(); ++i) {
        require_known(themes_, a.themes[i], "theme");
        if (i > 0 && a.themes[i] == a.themes[i - 1])
            throw DataError(_f("theme '{}' is given twice", a.themes[i]));
    }
    for (std::size_t i = 0; i < a.referrals.size(); ++i) {
        require_known(targets_, a.referrals[i].target, "referral target");
        if (a.referrals[i].count < 1)
            throw DataError(
                _f("a referral to {} needs a count of 1 or more", a.referrals[i].target));
        for (std::size_t j = 0; j < i; ++j)
            if (a.referrals[j].target == a.referrals[i].target)
                throw DataError(_f("referral target '{}' is given twice", a.referrals[i].target));
    }
    if (a.role)
        require_known(roles_, *a.role, "role");
    if (a.organisation)
        a.organisation_id = lookup(db::Kind::organisation, *a.organisation, *a.organisation);
    if (a.minutes < 1 || a.minutes > 24 * 60)
        throw DataError(_("a duration must be more than 0 minutes and at most 24 hours"));
    if (a.reached < 0 || a.reached_professionals < 0 || a.questions < 0 || a.km_tenths < 0 ||
        a.expenses_cents < 0)
        throw DataError(_("counts, distances and amounts cannot be negative"));
    // The team's own work reaches nobody outside it: counted as reach it would inflate the
    // figures the municipality pays for.
    if (const ActivityType* type = config_.activity_type(a.type);
        type && type->internal && (a.reached > 0 || a.reached_professionals > 0 || a.questions > 0))
        throw DataError(
            _f("'{}' is internal work: it counts as hours, never as reach or questions", a.type),
            _("log it without --reached, --professionals and --questions (or set them to 0)"));
    if (a.note)
        check_note(*a.note);
    if (a.ref)
        check_free_text(TextField::activity_ref, *a.ref);
    // After hours: outside the times the person agreed to be reached, or without such an
    // agreement the programme's working hours. On top of --after-hours, never instead of it.
    auto known = agreements_.find(a.person_id);
    if (known == agreements_.end())
        known = agreements_.emplace(a.person_id, db::agreements(store_, a.person_id)).first;
    const Agreement* agreed = agreement_on(known->second, a.date);
    if (agreed && agreed->reachable) {
        const Reachable reachable = parse_reachable(*agreed->reachable);
        const auto& days = reachable.days;
        if (a.time ? !is_reachable(reachable, a.date, *a.time)
                   : std::find(days.begin(), days.end(), iso_weekday(a.date)) == days.end())
            a.after_hours = true;
    } else {
        const WorkingHours& hours = config_.working_hours;
        const bool working_day = std::find(hours.days.begin(), hours.days.end(),
                                           iso_weekday(a.date)) != hours.days.end();
        if (!working_day || (a.time && (*a.time < hours.start || *a.time >= hours.end)))
            a.after_hours = true;
    }
    fill_assignment(a, fill_defaults, warnings);
    return warnings;
}

void move_to_person(Activity& a, const std::string& person) {
    a.person = person;
    a.person_id = 0;
    a.role.reset();
    a.organisation.reset();
    a.organisation_id.reset();
    a.assignment_id.reset();
}

std::string log_example(const Config& config) {
    // A config always has an activity type (config.cpp refuses an empty list); themes may be none.
    const std::string type =
        config.activity_types.empty() ? std::string("TYPE") : config.activity_types.front().id;
    if (config.themes.empty())
        return fmt::format("sleutel log amira {} 1h30", type);
    return fmt::format("sleutel log amira {} 1h30 --theme {}", type, config.themes.front().id);
}

std::string log_edit_example(const Config& config) {
    if (config.themes.empty())
        return _("give the flags to change, such as --reached 12");
    return _f("give the flags to change, such as --reached 12 or --theme {}",
              config.themes.front().id);
}

Id log_activity(Store& store, Activity activity) {
    Id id = 0;
    store.write([&] {
        db::ActivityWriter writer(store);
        if (activity.ref && writer.ref_exists(*activity.ref))
            throw DataError(_f("an activity with ref '{}' is already logged", *activity.ref));
        id = writer.insert(activity);
        store.audit({"activity", std::to_string(id), "create"});
    });
    return id;
}

void edit_activity(Store& store, const Activity& activity) {
    store.write([&] {
        if (activity.ref) {
            const auto same = db::activity_with_ref(store, *activity.ref);
            if (same && *same != activity.id)
                throw DataError(_f("an activity with ref '{}' is already logged", *activity.ref));
        }
        db::update_activity(store, activity);
        store.audit({"activity", std::to_string(activity.id), "update"});
    });
}

void delete_activity(Store& store, Id id) {
    store.write([&] {
        if (!db::load_activity(store, id))
            throw DataError(_f("no activity {}", id), _("see 'sleutel log list'"));
        db::delete_activity(store, id);
        store.audit({"activity", std::to_string(id), "delete"});
    });
}

} // namespace sleutel
