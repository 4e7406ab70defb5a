// Registering, assigning and supervising key persons: validation against the config and the
// database, each change in one transaction with its audit row.
#include "domain/people.hpp"

#include "domain/agreement.hpp"
#include "domain/allowance.hpp"

#include "domain/free_text.hpp"
#include "store/agreement_store.hpp"
#include "store/organisation_store.hpp"
#include "store/report_store.hpp"

#include "util/error.hpp"
#include "util/suggest.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel {

namespace {

const char* kind_name(db::Kind kind) {
    return kind == db::Kind::person ? "person" : "organisation";
}

void check_text(const std::optional<std::string>& text, std::string_view what,
                std::size_t max = 200) {
    if (!text)
        return;
    if (text->find_first_not_of(" \t") == std::string::npos)
        throw DataError(fmt::format("{} cannot be empty", what));
    if (text->size() > max)
        throw DataError(fmt::format("{} is longer than {} characters", what, max));
    if (std::any_of(text->begin(), text->end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        throw DataError(fmt::format("{} holds control characters", what));
    if (!valid_utf8(*text))
        throw DataError(fmt::format("{} is not valid UTF-8 text", what),
                        "save the file or terminal input as UTF-8");
}

void check_new_handle(db::Kind kind, const std::string& handle) {
    if (kind == db::Kind::person && handle.starts_with(anonymous_prefix))
        throw DataError(fmt::format("handles starting with '{}' are kept for erased persons",
                                    anonymous_prefix));
    // These words are subcommands where a handle could stand (`profile list`, `assign end`).
    for (const char* word : {"list", "role", "match", "end", "goal", "training", "status"})
        if (handle == word)
            throw DataError(fmt::format("'{}' cannot be a handle: it is a command word", handle));
}

void validate(const Config& config, PersonFields& f, Date today) {
    check_text(f.name, "the name");
    for (auto* text : {&f.phone, &f.email})
        check_text(*text, "a field");
    for (const auto& [text, field] : {std::pair{&f.origin, TextField::person_origin},
                                      std::pair{&f.education, TextField::person_education},
                                      std::pair{&f.background, TextField::person_background}})
        if (*text)
            check_free_text(field, **text);
    if (f.phone && !is_phone_number(*f.phone))
        throw DataError("not a phone number",
                        "write 8 to 15 digits, perhaps with +, spaces, dashes "
                        "or brackets, such as 06-12345678 or +31 6 12345678");
    if (f.email && !is_email_address(*f.email))
        throw DataError("not an e-mail address", "write one such as naam@voorbeeld.nl");
    if (f.municipality)
        f.municipality = municipality_code(config, *f.municipality);
    if (f.gender)
        require_one_of(genders, *f.gender, "gender");
    if (f.contract)
        require_one_of(contract_forms, *f.contract, "contract form");
    const int this_year = static_cast<int>(today.year());
    if (f.birth_year && (*f.birth_year < this_year - 100 || *f.birth_year > this_year - 12))
        throw DataError(
            fmt::format("birth year {} is not plausible for a key person", *f.birth_year));
    if (f.birth_date) {
        const int born = static_cast<int>(f.birth_date->year());
        if (f.birth_year && *f.birth_year != born)
            throw DataError(fmt::format("birth year {} and birth date {} disagree", *f.birth_year,
                                        format_date(*f.birth_date)));
        if (born < this_year - 100 || born > this_year - 12)
            throw DataError(fmt::format("birth date {} is not plausible for a key person",
                                        format_date(*f.birth_date)));
        f.birth_year = born;
    }
    for (const Training& t : f.trainings) {
        check_free_text(TextField::training_name, t.name);
        if (t.completed_on && to_days(*t.completed_on) > to_days(today))
            throw DataError(fmt::format("a completed training cannot be in the future: {}",
                                        format_date(*t.completed_on)));
    }
    for (std::size_t i = 0; i < f.languages.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (f.languages[i].code == f.languages[j].code)
                throw DataError(fmt::format("language '{}' is given twice", f.languages[i].code));
}

// Erased records stay for the counts; nothing personal may be added to them again.
void require_not_erased(const std::string& handle) {
    if (handle.starts_with(anonymous_prefix))
        throw DataError(fmt::format("{} has been erased and cannot be changed", handle));
}

bool overlaps(const Assignment& a, const Assignment& b) {
    const auto end_a = a.until ? to_days(*a.until) : std::chrono::sys_days::max();
    const auto end_b = b.until ? to_days(*b.until) : std::chrono::sys_days::max();
    return to_days(a.from) <= end_b && to_days(b.from) <= end_a;
}

} // namespace

Found resolve(Store& store, db::Kind kind, std::string_view text) {
    if (const auto id = db::find_handle(store, kind, text))
        return {*id, std::string(text)};
    const auto matches = db::handles_with_prefix(store, kind, text);
    if (matches.size() == 1 && !text.empty())
        return {matches[0].first, matches[0].second};
    if (matches.size() > 1 && !text.empty()) {
        std::vector<std::string> names;
        for (const auto& [id, handle] : matches)
            names.push_back(handle);
        throw DataError(fmt::format("'{}' matches more than one {}", text, kind_name(kind)),
                        fmt::format("which one: {}", fmt::join(names, ", ")));
    }
    const auto suggestion = closest(text, db::all_handles(store, kind));
    throw DataError(fmt::format("no {} '{}'", kind_name(kind), text),
                    suggestion
                        ? fmt::format("did you mean '{}'?", *suggestion)
                        : fmt::format("see 'sleutel {}'",
                                      kind == db::Kind::person ? "profile list" : "assign list"));
}

std::string municipality_code(const Config& config, std::string_view code_or_name) {
    if (const Municipality* m = config.municipality(code_or_name))
        return m->code;
    std::vector<std::string> known;
    std::vector<std::string> names;
    for (const Municipality& m : config.municipalities) {
        known.push_back(fmt::format("{} ({})", m.code, m.name));
        names.push_back(m.name);
    }
    const auto suggestion = closest(code_or_name, names);
    throw DataError(fmt::format("unknown municipality '{}'", code_or_name),
                    known.empty() ? "the config lists no [[municipalities]]"
                    : suggestion  ? fmt::format("did you mean '{}'? known: {}", *suggestion,
                                                fmt::join(known, ", "))
                                  : fmt::format("known: {}", fmt::join(known, ", ")));
}

void require_known(std::span<const std::string> ids, std::string_view id, std::string_view what) {
    if (std::find(ids.begin(), ids.end(), id) != ids.end())
        return;
    const auto suggestion = closest(id, std::vector<std::string>(ids.begin(), ids.end()));
    const std::string list = fmt::format("{}", fmt::join(ids, ", "));
    throw DataError(fmt::format("unknown {} '{}'", what, id),
                    suggestion ? fmt::format("did you mean '{}'? known: {}", *suggestion, list)
                               : fmt::format("known: {}", list));
}

void require_one_of(std::span<const char* const> words, std::string_view value,
                    std::string_view what) {
    std::vector<std::string> ids(words.begin(), words.end());
    require_known(ids, value, what);
}

void check_person(const Config& config, const std::string& handle, PersonFields& fields,
                  Date today) {
    parse_handle(handle, "person handle");
    validate(config, fields, today);
}

void check_organisation(const Config& config, const std::string& handle,
                        OrganisationFields& fields) {
    parse_handle(handle, "organisation handle");
    check_text(fields.name, "the name");
    if (fields.contact)
        check_free_text(TextField::organisation_contact, *fields.contact);
    if (fields.type)
        require_known(ids_of(config.organisation_types), *fields.type, "organisation type");
    if (fields.municipality)
        fields.municipality = municipality_code(config, *fields.municipality);
}

Registered save_person(Store& store, const std::string& handle, const PersonFields& fields,
                       bool update, Date today) {
    if (const auto existing = db::find_handle(store, db::Kind::person, handle)) {
        if (!update)
            throw DataError(fmt::format("person '{}' is already registered", handle),
                            "change it with 'sleutel register person " + handle + " --update ...'");
        require_not_erased(handle);
        // Contract and hours are dated: changing them in place would rewrite past months.
        if (fields.contract || fields.minutes_per_week)
            throw UsageError(
                "--update no longer changes contract or hours: they are a dated agreement",
                fmt::format("sleutel profile {} agreement --from DATE{}{}{}", handle,
                            fields.contract ? " --contract " : "", fields.contract.value_or(""),
                            fields.minutes_per_week ? " --hours N" : ""));
        // A birth year given alone must agree with a birth date on record.
        if (fields.birth_year && !fields.birth_date) {
            const Person current = db::load_person(store, *existing);
            if (current.fields.birth_date &&
                static_cast<int>(current.fields.birth_date->year()) != *fields.birth_year)
                throw DataError(
                    fmt::format("birth year {} disagrees with the birth date {} on record",
                                *fields.birth_year, format_date(*current.fields.birth_date)),
                    "give the right --birth-date instead");
        }
        db::update_person(store, *existing, fields);
        store.audit({"person", handle, "update"});
        return {*existing, false};
    }
    if (update)
        throw DataError(fmt::format("no person '{}' to update", handle),
                        "register a new person without --update");
    check_new_handle(db::Kind::person, handle);
    if (!fields.name)
        throw DataError(fmt::format("a new person needs a name: --name for '{}'", handle));
    const Id id = db::insert_person(store, handle, fields, today);
    store.audit({"person", handle, "create"});
    return {id, true};
}

Registered save_organisation(Store& store, const Config& config, const std::string& handle,
                             const OrganisationFields& fields, bool update) {
    if (const auto existing = db::find_handle(store, db::Kind::organisation, handle)) {
        if (!update)
            throw DataError(fmt::format("organisation '{}' is already registered", handle),
                            "change it with 'sleutel register org " + handle + " --update ...'");
        db::update_organisation(store, *existing, fields);
        store.audit({"organisation", handle, "update"});
        return {*existing, false};
    }
    if (update)
        throw DataError(fmt::format("no organisation '{}' to update", handle),
                        "register a new organisation without --update");
    check_new_handle(db::Kind::organisation, handle);
    if (!fields.name || !fields.type)
        throw DataError(
            fmt::format("a new organisation needs --name and --type: '{}'", handle),
            fmt::format("types: {}", fmt::join(ids_of(config.organisation_types), ", ")));
    const Id id = db::insert_organisation(store, handle, fields);
    store.audit({"organisation", handle, "create"});
    return {id, true};
}

Registered register_person(Store& store, const Config& config, const std::string& handle,
                           PersonFields fields, bool update, Date today) {
    check_person(config, handle, fields, today);
    Registered result{0, false};
    store.write([&] { result = save_person(store, handle, fields, update, today); });
    return result;
}

Registered register_organisation(Store& store, const Config& config, const std::string& handle,
                                 OrganisationFields fields, bool update) {
    check_organisation(config, handle, fields);
    Registered result{0, false};
    store.write([&] { result = save_organisation(store, config, handle, fields, update); });
    return result;
}

Assigned assign(Store& store, const Config& config, Assignment a) {
    require_known(ids_of(config.roles), a.role, "role");
    if (a.until && to_days(*a.until) < to_days(a.from))
        throw DataError(fmt::format("the assignment ends ({}) before it starts ({})",
                                    format_date(*a.until), format_date(a.from)));
    if (a.contract)
        require_one_of(contract_forms, *a.contract, "contract form");
    require_one_of(scopes, a.scope, "scope");
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
                throw DataError(fmt::format("{} already has assignment {} at {} as {} from {}{}",
                                            person.handle, other.id, other.organisation, a.role,
                                            format_date(other.from),
                                            other.until ? " to " + format_date(*other.until) : ""),
                                fmt::format("end it first ('sleutel assign end {} --on DATE'), or "
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
                result.warnings.push_back(fmt::format(
                    "{} is now assigned {} hours a week, more than the {} they are available",
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
            throw DataError(fmt::format("no assignment {}", id), "see 'sleutel assign list'");
        if (to_days(on) < to_days(a->from))
            throw DataError(fmt::format("assignment {} starts {}; it cannot end before that on {}",
                                        id, format_date(a->from), format_date(on)));
        if (a->until && to_days(on) > to_days(*a->until))
            throw DataError(fmt::format("assignment {} already ends {}; ending it on {} would "
                                        "lengthen it",
                                        id, format_date(*a->until), format_date(on)),
                            "to continue the work, make a new assignment from the next day");
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
                throw DataError(fmt::format("goal {} of {} was already done on {}", goal,
                                            person.handle, format_date(*g.done_on)));
            if (g.id == goal && to_days(on) < to_days(g.created_on))
                throw DataError(fmt::format("goal {} was set on {}; it cannot be done before "
                                            "that, on {}",
                                            goal, format_date(g.created_on), format_date(on)));
        }
        if (!db::finish_goal(store, person.id, goal, on))
            throw DataError(fmt::format("{} has no goal {}", person.handle, goal),
                            fmt::format("see 'sleutel profile {}'", person.handle));
        store.audit({"goal", std::to_string(goal), "update"});
    });
}

void add_training(Store& store, const Found& person, const Training& training, Date today) {
    require_not_erased(person.handle);
    check_free_text(TextField::training_name, training.name);
    if (training.completed_on && to_days(*training.completed_on) > to_days(today))
        throw DataError(fmt::format("a completed training cannot be in the future: {}",
                                    format_date(*training.completed_on)));
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

Forgotten forget(Store& store, const Found& person, Date today) {
    if (person.handle.starts_with(anonymous_prefix))
        throw DataError(fmt::format("{} has already been erased", person.handle));
    const std::string anonymous = fmt::format("{}{}", anonymous_prefix, person.id);
    // Deleted and overwritten bytes are zeroed, so the name cannot be read back from the file.
    store.erase_securely();
    store.write([&] {
        const Person before = db::load_person(store, person.id);
        // Past allowances depend on the age on each day worked: keep that much of it.
        db::ActivityScope all{
            Date{std::chrono::year{1}, std::chrono::January, std::chrono::day{1}},
            Date{std::chrono::year{9999}, std::chrono::December, std::chrono::day{31}},
            person.id,
            {}};
        Age age;
        age.adult_from = adult_from(before.fields.birth_date, before.fields.birth_year);
        db::save_age_bands(store, person.id,
                           age_bands(age, db::person_days(store, all)[person.id]));
        db::erase_person(store, person.id, person.handle, anonymous);
        // Someone who asked to be erased has left: their status and open assignments end today.
        if (before.status != "left")
            db::set_status(store, person.id, "left", today);
        for (const Assignment& a : db::assignments(store, {person.id, {}, {}, {}})) {
            if (to_days(a.from) > to_days(today))
                db::delete_assignment(store, a.id); // never started: nothing to count
            else if (!a.until || to_days(*a.until) > to_days(today))
                db::end_assignment(store, a.id, today, today);
        }
        store.audit({"person", anonymous, "erase"});
    });
    // Old page images live on in the write-ahead log until it is checkpointed; a reader in the
    // middle of a transaction can keep the checkpoint from finishing.
    return {anonymous, store.checkpoint_truncate()};
}

namespace {

// `12 activities and 2 assignments`: what still refers to a record, in words.
std::string describe(const std::vector<db::Reference>& references) {
    std::vector<std::string> parts;
    for (const db::Reference& r : references) {
        const bool one = r.rows == 1;
        if (r.table == "activity")
            parts.push_back(fmt::format("{} {}", r.rows, one ? "activity" : "activities"));
        else if (r.table == "assignment")
            parts.push_back(fmt::format("{} {}", r.rows, one ? "assignment" : "assignments"));
        else
            parts.push_back(fmt::format("{} {} in {}", r.rows, one ? "row" : "rows", r.table));
    }
    std::string text = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i)
        text += (i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return text;
}

std::string kind_word(db::Kind kind) {
    return kind == db::Kind::person ? "person" : "org";
}

} // namespace

Registration registration_to_delete(Store& store, std::optional<db::Kind> kind,
                                    std::string_view handle) {
    std::vector<db::Kind> kinds;
    if (kind)
        kinds = {*kind};
    else
        kinds = {db::Kind::person, db::Kind::organisation};
    std::vector<Registration> exact;
    for (db::Kind k : kinds)
        if (const auto id = db::find_handle(store, k, handle))
            exact.push_back({k, {*id, std::string(handle)}});
    if (exact.size() > 1)
        throw DataError(fmt::format("'{}' is both a person and an organisation", handle),
                        fmt::format("say which: sleutel register delete person {0}, or sleutel "
                                    "register delete org {0}",
                                    handle));
    if (exact.size() == 1)
        return exact.front();
    // Not a handle: a prefix of some is named with them, anything else as resolve() does.
    std::vector<std::string> prefixed;
    std::vector<std::string> everyone;
    for (db::Kind k : kinds) {
        for (const auto& [id, full] : db::handles_with_prefix(store, k, handle))
            prefixed.push_back(fmt::format("{} {}", kind_word(k), full));
        for (std::string& other : db::all_handles(store, k))
            everyone.push_back(std::move(other));
    }
    if (!prefixed.empty() && !handle.empty())
        throw UsageError(fmt::format("give the full handle to delete, not '{}'", handle),
                         fmt::format("a deletion is for good: sleutel register delete {}",
                                     fmt::join(prefixed, ", or ")));
    if (kind)
        resolve(store, *kind, handle); // throws: unknown, with a did-you-mean
    const auto suggestion = closest(handle, everyone);
    throw DataError(fmt::format("no person or organisation '{}'", handle),
                    suggestion ? fmt::format("did you mean '{}'?", *suggestion)
                               : "see 'sleutel profile list' and 'sleutel assign list'");
}

void delete_registration(Store& store, const Registration& r) {
    const std::string& handle = r.record.handle;
    // A record registered by mistake may hold someone's name and contact: its deleted bytes are
    // zeroed, as forget does.
    store.erase_securely();
    store.write([&] {
        const auto references = db::references_to(store, r.kind, r.record.id);
        if (!references.empty() && r.kind == db::Kind::person)
            throw DataError(fmt::format("{} has {}", handle, describe(references)),
                            fmt::format("a key person with work on record stays for the counts: "
                                        "erase the personal data with 'sleutel forget {} --yes', "
                                        "or end the assignments with 'sleutel assign end ID'",
                                        handle));
        if (!references.empty())
            throw DataError(fmt::format("{} has {}", handle, describe(references)),
                            fmt::format("an organisation with work on record stays for the "
                                        "counts: end its assignments with 'sleutel assign end "
                                        "ID' (see 'sleutel assign list --org {}')",
                                        handle));
        db::delete_record(store, r.kind, r.record.id);
        store.audit({r.kind == db::Kind::person ? "person" : "organisation", handle, "delete"});
    });
}

} // namespace sleutel
