// Importing persons or organisations from a CSV file: every row is checked first, every bad row
// reported as FILE:LINE: why, and then all rows are written in one transaction, or none.
#include "cli/fields.hpp"
#include "cli/import.hpp"
#include "domain/people.hpp"
#include "util/csv.hpp"
#include "util/error.hpp"
#include "util/input_file.hpp"
#include "util/message_safe.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <set>
#include <sstream>
#include <sys/stat.h>

namespace sleutel::cli {

namespace {

struct ImportOptions {
    std::string kind;
    std::string file;
    bool dry_run = false;
};

// One checked row, ready to save.
struct Row {
    std::string handle;
    PersonFields person;
    OrganisationFields organisation;
};

int run_import(const ImportOptions& o, Env& env) {
    const Config& config = env.config();
    const Date today = env.clock().today();
    const bool persons = o.kind == "persons";
    const std::vector<std::string>& known = persons ? person_field_names : organisation_field_names;
    const InputText input(o.file, "file");
    const CsvFile csv = parse_csv(input.text(), o.file);

    for (const std::string& column : csv.header)
        if (std::find(known.begin(), known.end(), column) == known.end())
            throw DataError(fmt::format("{}:1: unknown column '{}'", o.file, column),
                            fmt::format("columns: {}", fmt::join(known, ", ")));
    if (std::find(csv.header.begin(), csv.header.end(), "handle") == csv.header.end())
        throw DataError(fmt::format("{}:1: the header has no 'handle' column", o.file),
                        fmt::format("columns: {}", fmt::join(known, ", ")));

    Store& store = env.store(o.dry_run ? OpenMode::existing : OpenMode::create);
    std::vector<Row> rows;
    std::vector<std::string> problems;
    std::set<std::string> seen;
    for (const CsvRecord& record : csv.records) {
        try {
            if (record.fields.size() != csv.header.size())
                throw DataError(fmt::format("{} fields where the header has {}",
                                            record.fields.size(), csv.header.size()));
            FieldTexts texts;
            for (std::size_t i = 0; i < csv.header.size(); ++i)
                if (!record.fields[i].empty())
                    texts[csv.header[i]] = record.fields[i];
            Row row;
            row.handle = texts["handle"];
            if (!seen.insert(row.handle).second)
                throw DataError(fmt::format("'{}' appears twice in this file", row.handle));
            if (persons) {
                row.person = parse_person_fields(texts, today);
                check_person(config, row.handle, row.person, today);
                if (!row.person.name)
                    throw DataError("the name is missing");
            } else {
                row.organisation = parse_organisation_fields(texts);
                check_organisation(config, row.handle, row.organisation);
                if (!row.organisation.name || !row.organisation.type)
                    throw DataError("the name or type is missing");
            }
            if (db::find_handle(store, persons ? db::Kind::person : db::Kind::organisation,
                                row.handle))
                throw DataError(fmt::format("'{}' is already registered", row.handle));
            rows.push_back(std::move(row));
        } catch (const DataError& e) {
            problems.push_back(fmt::format("{}:{}: {}", o.file, record.line, e.what()));
        }
    }
    if (!problems.empty()) {
        for (const std::string& problem : problems)
            env.err << message_safe(problem) << '\n';
        throw DataError(fmt::format("{} of {} rows rejected; nothing was imported", problems.size(),
                                    csv.records.size()));
    }
    const char* what = persons ? "persons" : "organisations";
    if (o.dry_run) {
        env.out << fmt::format("{}: {} {} would be imported (dry run, nothing written)\n", o.file,
                               rows.size(), what);
        return 0;
    }
    store.write([&] {
        for (const Row& row : rows) {
            if (persons)
                save_person(store, row.handle, row.person, false, today);
            else
                save_organisation(store, config, row.handle, row.organisation, false);
        }
    });
    env.out << fmt::format("{}: imported {} {}\n", o.file, rows.size(), what);
    return 0;
}

} // namespace

void setup_register_import(CLI::App& register_command, Context& ctx) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* cmd =
        add_command(register_command, "import",
                    "Import persons or organisations from a CSV file: all rows or none");
    cmd->add_option("KIND", options->kind, "persons or orgs")
        ->required()
        ->check(CLI::IsMember({"persons", "orgs"}));
    cmd->add_option("FILE", options->file,
                    "CSV with a header row of option names: handle,name,municipality,langs,...")
        ->required();
    cmd->add_flag("--dry-run", options->dry_run, "Check every row, write nothing");
    on_run(*cmd, ctx, "register import", [options](Env& env) { return run_import(*options, env); });
}

} // namespace sleutel::cli
