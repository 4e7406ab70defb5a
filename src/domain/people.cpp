// Registering key persons and organisations: resolving handles, validating fields against the
// config and the database, each change in one transaction with its audit row.
#include "domain/people.hpp"

#include "domain/free_text.hpp"
#include "store/organisation_store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/suggest.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sleutel {

namespace {

// The things a value must be one of, as the callers name them in English, with the message for
// a value that is none of them: one whole sentence each, so each reads well in Dutch.
std::string unknown_message(std::string_view what, std::string_view id) {
    if (what == "activity type")
        return _f("unknown activity type '{}'", id);
    if (what == "theme")
        return _f("unknown theme '{}'", id);
    if (what == "referral target")
        return _f("unknown referral target '{}'", id);
    if (what == "role")
        return _f("unknown role '{}'", id);
    if (what == "organisation type")
        return _f("unknown organisation type '{}'", id);
    if (what == "gender")
        return _f("unknown gender '{}'", id);
    if (what == "contract form")
        return _f("unknown contract form '{}'", id);
    if (what == "scope")
        return _f("unknown scope '{}'", id);
    if (what == "status")
        return _f("unknown status '{}'", id);
    if (what == "funding stream")
        return _f("unknown funding stream '{}'", id);
    return _f("unknown {} '{}'", what, id);
}

void check_text(const std::optional<std::string>& text, std::string_view what,
                std::size_t max = 200) {
    if (!text)
        return;
    if (text->find_first_not_of(" \t") == std::string::npos)
        throw DataError(_f("{} cannot be empty", what));
    if (text->size() > max)
        throw DataError(_f("{} is longer than {} characters", what, max));
    if (std::any_of(text->begin(), text->end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        throw DataError(_f("{} holds control characters", what));
    if (!valid_utf8(*text))
        throw DataError(_f("{} is not valid UTF-8 text", what),
                        _("save the file or terminal input as UTF-8"));
}

void check_new_handle(db::Kind kind, const std::string& handle) {
    if (kind == db::Kind::person && handle.starts_with(anonymous_prefix))
        throw DataError(
            _f("handles starting with '{}' are kept for erased persons", anonymous_prefix));
    // These words are subcommands where a handle could stand (`profile list`, `assign end`).
    for (const char* word : {"list", "role", "match", "end", "goal", "training", "status"})
        if (handle == word)
            throw DataError(_f("'{}' cannot be a handle: it is a command word", handle));
}

void validate(const Config& config, PersonFields& f, Date today) {
    check_text(f.name, _("the name"));
    for (auto* text : {&f.phone, &f.email})
        check_text(*text, _("a field"));
    for (const auto& [text, field] : {std::pair{&f.origin, TextField::person_origin},
                                      std::pair{&f.education, TextField::person_education},
                                      std::pair{&f.background, TextField::person_background}})
        if (*text)
            check_free_text(field, **text);
    if (f.phone && !is_phone_number(*f.phone))
        throw DataError(_("not a phone number"),
                        _("write 8 to 15 digits, perhaps with +, spaces, dashes "
                          "or brackets, such as 06-12345678 or +31 6 12345678"));
    if (f.email && !is_email_address(*f.email))
        throw DataError(_("not an e-mail address"), _("write one such as naam@voorbeeld.nl"));
    if (f.municipality)
        f.municipality = municipality_code(config, *f.municipality);
    if (f.gender)
        require_one_of(genders, *f.gender, "gender");
    if (f.contract)
        require_one_of(contract_forms, *f.contract, "contract form");
    const int this_year = static_cast<int>(today.year());
    if (f.birth_year && (*f.birth_year < this_year - 100 || *f.birth_year > this_year - 12))
        throw DataError(_f("birth year {} is not plausible for a key person", *f.birth_year));
    if (f.birth_date) {
        const int born = static_cast<int>(f.birth_date->year());
        if (f.birth_year && *f.birth_year != born)
            throw DataError(_f("birth year {} and birth date {} disagree", *f.birth_year,
                               format_date(*f.birth_date)));
        if (born < this_year - 100 || born > this_year - 12)
            throw DataError(
                _f("birth date {} is not plausible for a key person", format_date(*f.birth_date)));
        f.birth_year = born;
    }
    for (const Training& t : f.trainings)
        check_training(t, today);
    for (std::size_t i = 0; i < f.languages.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (f.languages[i].code == f.languages[j].code)
                throw DataError(_f("language '{}' is given twice", f.languages[i].code));
}

} // namespace

// Erased records stay for the counts; nothing personal may be added to them again.
void require_not_erased(const std::string& handle) {
    if (handle.starts_with(anonymous_prefix))
        throw DataError(_f("{} has been erased and cannot be changed", handle));
}

Expected<Found, DataError> find(Store& store, db::Kind kind, std::string_view text) {
    if (const auto id = db::find_handle(store, kind, text))
        return Found{*id, std::string(text)};
    const auto matches = db::handles_with_prefix(store, kind, text);
    if (matches.size() == 1 && !text.empty())
        return Found{matches[0].first, matches[0].second};
    if (matches.size() > 1 && !text.empty()) {
        std::vector<std::string> names;
        for (const auto& [id, handle] : matches)
            names.push_back(handle);
        return unexpected(DataError(kind == db::Kind::person
                                        ? _f("'{}' matches more than one person", text)
                                        : _f("'{}' matches more than one organisation", text),
                                    _f("which one: {}", fmt::join(names, ", "))));
    }
    const auto suggestion = closest(text, db::all_handles(store, kind));
    return unexpected(DataError(kind == db::Kind::person ? _f("no person '{}'", text)
                                                         : _f("no organisation '{}'", text),
                                suggestion                 ? _f("did you mean '{}'?", *suggestion)
                                : kind == db::Kind::person ? _("see 'sleutel profile list'")
                                                           : _("see 'sleutel assign list'")));
}

void check_training(const Training& training, Date today) {
    check_free_text(TextField::training_name, training.name);
    if (training.completed_on && to_days(*training.completed_on) > to_days(today))
        throw DataError(_f("a completed training cannot be in the future: {}",
                           format_date(*training.completed_on)));
}

Found resolve(Store& store, db::Kind kind, std::string_view text) {
    return find(store, kind, text).value_or_throw([](const DataError& e) { return e; });
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
    throw DataError(_f("unknown municipality '{}'", code_or_name),
                    known.empty() ? _("the config lists no [[municipalities]]")
                    : suggestion
                        ? _f("did you mean '{}'? known: {}", *suggestion, fmt::join(known, ", "))
                        : _f("known: {}", fmt::join(known, ", ")));
}

void require_known(std::span<const std::string> ids, std::string_view id, std::string_view what) {
    if (std::find(ids.begin(), ids.end(), id) != ids.end())
        return;
    const auto suggestion = closest(id, std::vector<std::string>(ids.begin(), ids.end()));
    const std::string list = fmt::format("{}", fmt::join(ids, ", "));
    throw DataError(unknown_message(what, id),
                    suggestion ? _f("did you mean '{}'? known: {}", *suggestion, list)
                               : _f("known: {}", list));
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
    check_text(fields.name, _("the name"));
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
            throw DataError(_f("person '{}' is already registered", handle),
                            _f("change it with 'sleutel register person {} --update ...'", handle));
        require_not_erased(handle);
        // Contract and hours are dated: changing them in place would rewrite past months.
        if (fields.contract || fields.minutes_per_week)
            throw InternalError(_("contract and hours change through a dated agreement"));
        // A birth year given alone must agree with a birth date on record.
        if (fields.birth_year && !fields.birth_date) {
            const Person current = db::load_person(store, *existing);
            if (current.fields.birth_date &&
                static_cast<int>(current.fields.birth_date->year()) != *fields.birth_year)
                throw DataError(_f("birth year {} disagrees with the birth date {} on record",
                                   *fields.birth_year, format_date(*current.fields.birth_date)),
                                _("give the right --birth-date instead"));
        }
        db::update_person(store, *existing, fields);
        store.audit({"person", handle, "update"});
        return {*existing, false};
    }
    if (update)
        throw DataError(_f("no person '{}' to update", handle),
                        _("register a new person without --update"));
    check_new_handle(db::Kind::person, handle);
    if (!fields.name)
        throw DataError(_f("a new person needs a name: --name for '{}'", handle));
    const Id id = db::insert_person(store, handle, fields, today);
    store.audit({"person", handle, "create"});
    return {id, true};
}

Registered save_organisation(Store& store, const Config& config, const std::string& handle,
                             const OrganisationFields& fields, bool update) {
    if (const auto existing = db::find_handle(store, db::Kind::organisation, handle)) {
        if (!update)
            throw DataError(_f("organisation '{}' is already registered", handle),
                            _f("change it with 'sleutel register org {} --update ...'", handle));
        db::update_organisation(store, *existing, fields);
        store.audit({"organisation", handle, "update"});
        return {*existing, false};
    }
    if (update)
        throw DataError(_f("no organisation '{}' to update", handle),
                        _("register a new organisation without --update"));
    check_new_handle(db::Kind::organisation, handle);
    if (!fields.name || !fields.type)
        throw DataError(_f("a new organisation needs --name and --type: '{}'", handle),
                        _f("types: {}", fmt::join(ids_of(config.organisation_types), ", ")));
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

} // namespace sleutel
