// `sleutel register person|org|import|delete`: who the key persons and chain partners are.
#include "cli/cmd_register.hpp"

#include "cli/cmd_register_import.hpp"
#include "domain/import_fields.hpp"
#include "domain/people.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

FieldTexts TextFlags::texts() const {
    FieldTexts out;
    for (const auto& [key, value] : values)
        if (value)
            out[key] = *value;
    if (!langs.empty())
        out["langs"] = fmt::format("{}", fmt::join(langs, ";"));
    if (!trainings.empty())
        out["trainings"] = fmt::format("{}", fmt::join(trainings, ";"));
    return out;
}

namespace {

void add_text_flag(CLI::App& cmd, TextFlags& flags, const std::string& flag, const std::string& key,
                   const std::string& type, const std::string& help) {
    cmd.add_option(flag, flags.values[key], help)->type_name(type);
}

int run_person(const RegisterOptions& o, Env& env) {
    const Config& config = env.config();
    const Date today = env.clock().today();
    const PersonFields fields = parse_person_fields(o.flags.texts(), today);
    Store& store = env.store(o.update ? OpenMode::existing : OpenMode::create);
    // An update names an existing person, so a unique prefix is enough.
    const std::string handle = o.update ? resolve(store, db::Kind::person, o.handle).handle
                                        : parse_handle(o.handle, _("person handle"));
    // Contract and hours are dated: changing them in place would rewrite past months.
    if (o.update && (fields.contract || fields.minutes_per_week))
        throw UsageError(_("--update no longer changes contract or hours: they are a dated "
                           "agreement"),
                         fmt::format("sleutel profile {} agreement --from DATE{}{}{}", handle,
                                     fields.contract ? " --contract " : "",
                                     fields.contract.value_or(""),
                                     fields.minutes_per_week ? " --hours N" : ""));
    const Registered r = register_person(store, config, handle, fields, o.update, today);
    env.out << (r.created ? _f("registered person {}", handle) : _f("updated person {}", handle))
            << '\n';
    if (!r.created && (fields.municipality || fields.gender || !fields.languages.empty()))
        env.note(_("municipality, gender and languages are not dated: the coverage of past "
                   "periods counts the new values too"));
    return 0;
}

int run_org(const RegisterOptions& o, Env& env) {
    const Config& config = env.config();
    Store& store = env.store(o.update ? OpenMode::existing : OpenMode::create);
    const std::string handle = o.update ? resolve(store, db::Kind::organisation, o.handle).handle
                                        : parse_handle(o.handle, _("organisation handle"));
    const Registered r = register_organisation(
        store, config, handle, parse_organisation_fields(o.flags.texts()), o.update);
    env.out << (r.created ? _f("registered organisation {}", handle)
                          : _f("updated organisation {}", handle))
            << '\n';
    return 0;
}

int run_delete(const RegisterDeleteOptions& o, Env& env) {
    env.no_output_options();
    if (o.handle.empty())
        throw UsageError(_("register delete needs the HANDLE to delete"),
                         _("sleutel register delete HANDLE, or register delete person|org "
                           "HANDLE"));
    Store& store = env.store();
    const RegistrationLookup lookup = registration_to_delete(store, o.kind, o.handle);
    if (!lookup.found)
        throw UsageError(_f("give the full handle to delete, not '{}'", o.handle),
                         _f("a deletion is for good: sleutel register delete {}",
                            fmt::join(lookup.prefixed, _(", or "))));
    const Registration& r = *lookup.found;
    delete_registration(store, r);
    env.out << (r.kind == db::Kind::person ? _f("deleted person {}", r.record.handle)
                                           : _f("deleted organisation {}", r.record.handle))
            << '\n';
    return 0;
}

// `register delete HANDLE`, and `register delete person|org HANDLE` to say which kind.
void setup_register_delete(CLI::App& parent, Context& ctx) {
    auto any = std::make_shared<RegisterDeleteOptions>();
    CLI::App* cmd = add_command(
        parent, "delete",
        _("Delete a person or organisation registered by mistake, while nothing refers to it"));
    cmd->add_option("HANDLE", any->handle, _("The full handle"));
    on_run(*cmd, ctx, "register delete", [any](Env& env) { return run_delete(*any, env); });
    for (const auto& [word, kind, positional, help] :
         {std::tuple{"person", db::Kind::person, "PERSON", _("Delete a key person")},
          std::tuple{"org", db::Kind::organisation, "ORG", _("Delete an organisation")}}) {
        auto one = std::make_shared<RegisterDeleteOptions>();
        one->kind = kind;
        CLI::App* sub = add_command(*cmd, word, help);
        sub->add_option(positional, one->handle, _("The full handle"))->required();
        on_run(*sub, ctx, fmt::format("register delete {}", word),
               [one](Env& env) { return run_delete(*one, env); });
    }
}

} // namespace

void setup_register(CLI::App& root, Context& ctx) {
    CLI::App* cmd = add_command(root, "register", _("Register key persons and organisations"));
    if (!ctx.builds(*cmd))
        return;
    cmd->require_subcommand(1);

    auto person = std::make_shared<RegisterOptions>();
    CLI::App* p = add_command(*cmd, "person", _("Register a key person, or --update one"));
    p->add_option("HANDLE", person->handle, _("Short unique name, such as amira"))->required();
    auto& f = person->flags;
    add_text_flag(*p, f, "--name", "name", "NAME", _("Full name (required for a new person)"));
    add_text_flag(*p, f, "--municipality", "municipality", "CODE|NAME",
                  _("Municipality: CBS code or name from the config"));
    p->add_option("--lang", f.langs, _("Language and level, repeatable: ti:native, nl:B1"))
        ->type_name("CODE:LEVEL");
    add_text_flag(*p, f, "--origin", "origin", "COUNTRY", _("Country of origin"));
    add_text_flag(*p, f, "--gender", "gender", "f|m|x", _("Gender"));
    add_text_flag(*p, f, "--birth-year", "birth_year", "YYYY", _("Year of birth"));
    add_text_flag(*p, f, "--birth-date", "birth_date", "YYYY-MM-DD",
                  _("Date of birth, when the under-21 allowance must end on the birthday itself"));
    add_text_flag(*p, f, "--education", "education", "TEXT",
                  _("Education level, such as MBO or HBO"));
    add_text_flag(*p, f, "--background", "background", "TEXT",
                  _("Working background, such as care, welfare or education"));
    add_text_flag(*p, f, "--contract", "contract", "FORM",
                  _f("{}: the first agreement", one_of(contract_forms)));
    add_text_flag(*p, f, "--hours", "hours", "N",
                  _("Contracted hours a week: the first agreement (later: profile agreement)"));
    add_text_flag(*p, f, "--since", "since", "DATE", _("Start date in the programme"));
    add_text_flag(*p, f, "--phone", "phone", "PHONE", _("Phone number of the key person"));
    add_text_flag(*p, f, "--email", "email", "EMAIL", _("E-mail address of the key person"));
    p->add_option("--training", f.trainings, _("Completed training, repeatable: NAME or NAME@DATE"))
        ->type_name("NAME[@DATE]");
    p->add_flag("--update", person->update, _("Change an existing person: only the fields given"));
    on_run(*p, ctx, "register person", [person](Env& env) { return run_person(*person, env); });

    auto org = std::make_shared<RegisterOptions>();
    CLI::App* o =
        add_command(*cmd, "org", _("Register an organisation (chain partner), or --update one"));
    o->add_option("HANDLE", org->handle, _("Short unique name, such as ggd-kennemerland"))
        ->required();
    add_text_flag(*o, org->flags, "--name", "name", "NAME", _("Full name (required when new)"));
    add_text_flag(*o, org->flags, "--type", "type", "TYPE",
                  _("Organisation type id from the config (required when new)"));
    add_text_flag(*o, org->flags, "--municipality", "municipality", "CODE|NAME",
                  _("Municipality: CBS code or name from the config"));
    add_text_flag(*o, org->flags, "--contact", "contact", "TEXT",
                  _("Contact at the organisation (name, phone)"));
    o->add_flag("--update", org->update,
                _("Change an existing organisation: only the fields given"));
    on_run(*o, ctx, "register org", [org](Env& env) { return run_org(*org, env); });

    setup_register_import(*cmd, ctx);
    setup_register_delete(*cmd, ctx);
}

} // namespace sleutel::cli
