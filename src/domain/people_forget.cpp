// Removing people: forgetting a key person's personal data, and deleting a record registered by
// mistake.
#include "domain/people.hpp"

#include "domain/allowance.hpp"
#include "store/agreement_store.hpp"
#include "store/organisation_store.hpp"
#include "store/report_store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

namespace sleutel {

Forgotten forget(Store& store, const Found& person, Date today) {
    if (person.handle.starts_with(anonymous_prefix))
        throw DataError(_f("{} has already been erased", person.handle));
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
            {},
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
        if (r.table == "activity")
            parts.push_back(
                fmt::format(fmt::runtime(_n("{} activity", "{} activities", r.rows)), r.rows));
        else if (r.table == "signal")
            parts.push_back(
                fmt::format(fmt::runtime(_n("{} signal", "{} signals", r.rows)), r.rows));
        else if (r.table == "assignment")
            parts.push_back(
                fmt::format(fmt::runtime(_n("{} assignment", "{} assignments", r.rows)), r.rows));
        else
            parts.push_back(fmt::format(fmt::runtime(_n("{} row in {}", "{} rows in {}", r.rows)),
                                        r.rows, r.table));
    }
    std::string text = parts.front();
    for (std::size_t i = 1; i + 1 < parts.size(); ++i)
        text += ", " + parts[i];
    return parts.size() > 1 ? _f("{} and {}", text, parts.back()) : text;
}

std::string kind_word(db::Kind kind) {
    return kind == db::Kind::person ? "person" : "org";
}

} // namespace

RegistrationLookup registration_to_delete(Store& store, std::optional<db::Kind> kind,
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
        throw DataError(_f("'{}' is both a person and an organisation", handle),
                        _f("say which: sleutel register delete person {0}, or sleutel "
                           "register delete org {0}",
                           handle));
    if (exact.size() == 1)
        return {exact.front(), {}};
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
        return {std::nullopt, std::move(prefixed)};
    if (kind)
        resolve(store, *kind, handle); // throws: unknown, with a did-you-mean
    const auto suggestion = closest(handle, everyone);
    throw DataError(_f("no person or organisation '{}'", handle),
                    suggestion ? _f("did you mean '{}'?", *suggestion)
                               : _("see 'sleutel profile list' and 'sleutel assign list'"));
}

void delete_registration(Store& store, const Registration& r) {
    const std::string& handle = r.record.handle;
    // A record registered by mistake may hold someone's name and contact: its deleted bytes are
    // zeroed, as forget does.
    store.erase_securely();
    store.write([&] {
        const auto references = db::references_to(store, r.kind, r.record.id);
        if (!references.empty() && r.kind == db::Kind::person)
            throw DataError(_f("{} has {}", handle, describe(references)),
                            _f("a key person with work on record stays for the counts: "
                               "erase the personal data with 'sleutel forget {} --yes', "
                               "or end the assignments with 'sleutel assign end ID'",
                               handle));
        if (!references.empty())
            throw DataError(_f("{} has {}", handle, describe(references)),
                            _f("an organisation with work on record stays for the "
                               "counts: end its assignments with 'sleutel assign end "
                               "ID' (see 'sleutel assign list --org {}')",
                               handle));
        db::delete_record(store, r.kind, r.record.id);
        store.audit({r.kind == db::Kind::person ? "person" : "organisation", handle, "delete"});
    });
}

} // namespace sleutel
