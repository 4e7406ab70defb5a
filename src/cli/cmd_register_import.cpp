// `sleutel register import persons|orgs FILE.csv`: the flags, and what the import says.
#include "cli/cmd_register_import.hpp"

#include "domain/import_people.hpp"
#include "util/i18n.hpp"
#include "util/input_file.hpp"

#include <fmt/format.h>
#include <iterator>

namespace sleutel::cli {

namespace {

int run_register_import(const RegisterImportOptions& o, Env& env) {
    const Config& config = env.config();
    const Date today = env.clock().today();
    const InputText input(o.file, _("file"));
    PeopleImport import =
        read_people_csv(input.text(), o.file, people_kind(o.kind).value_or(PeopleKind::persons));
    // Opened only once the header is known good: a bad file never creates a database.
    Store& store = env.store(o.dry_run ? OpenMode::existing : OpenMode::create);
    print_rejected_rows(env, [&] { check_people_rows(import, store, config, today); });
    const auto n = static_cast<long long>(import.rows.size());
    const bool persons = import.kind == PeopleKind::persons;
    if (o.dry_run) {
        const char* text =
            persons ? _n("{}: {} person would be imported (dry run, nothing written)",
                         "{}: {} persons would be imported (dry run, nothing written)", n)
                    : _n("{}: {} organisation would be imported (dry run, nothing written)",
                         "{}: {} organisations would be imported (dry run, nothing written)", n);
        env.out << fmt::format(fmt::runtime(text), o.file, n) << '\n';
        return 0;
    }
    save_people_rows(import, store, config, today);
    const char* text = persons
                           ? _n("{}: imported {} person", "{}: imported {} persons", n)
                           : _n("{}: imported {} organisation", "{}: imported {} organisations", n);
    env.out << fmt::format(fmt::runtime(text), o.file, n) << '\n';
    return 0;
}

} // namespace

void setup_register_import(CLI::App& register_command, Context& ctx) {
    auto options = std::make_shared<RegisterImportOptions>();
    CLI::App* cmd =
        add_command(register_command, "import",
                    _("Import persons or organisations from a CSV file: all rows or none"));
    cmd->add_option("KIND", options->kind, one_of(people_kind_names))
        ->required()
        ->check(CLI::IsMember(
            std::vector<std::string>(std::begin(people_kind_names), std::end(people_kind_names))));
    cmd->add_option("FILE", options->file,
                    _("CSV (UTF-8 or Windows-1252, separated by , or ;) with a header row of "
                      "option names: handle,name,municipality,langs,..."))
        ->required();
    cmd->add_flag("--dry-run", options->dry_run, _("Check every row, write nothing"));
    on_run(*cmd, ctx, "register import",
           [options](Env& env) { return run_register_import(*options, env); });
}

} // namespace sleutel::cli
