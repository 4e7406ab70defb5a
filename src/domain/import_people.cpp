// The `register import` pipeline: header, rows, then one transaction for all of them.
#include "domain/import_people.hpp"

#include "domain/people.hpp"
#include "store/people_store.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>

namespace sleutel {

namespace {

const std::vector<std::string>& field_names(PeopleKind kind) {
    return kind == PeopleKind::persons ? person_field_names : organisation_field_names;
}

// The non-empty cells of `record`, keyed by their column's name.
FieldTexts texts_of(const std::vector<std::string>& header, const CsvRecord& record) {
    if (record.fields.size() != header.size())
        throw DataError(
            fmt::format("{} fields where the header has {}", record.fields.size(), header.size()));
    FieldTexts texts;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (!record.fields[i].empty())
            texts[header[i]] = record.fields[i];
    return texts;
}

PeopleRow check_row(PeopleKind kind, FieldTexts& texts, const Config& config, Date today) {
    PeopleRow row;
    row.handle = texts["handle"];
    if (kind == PeopleKind::persons) {
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
    return row;
}

} // namespace

std::optional<PeopleKind> people_kind(std::string_view name) {
    if (name == people_kind_names[0])
        return PeopleKind::persons;
    if (name == people_kind_names[1])
        return PeopleKind::organisations;
    return std::nullopt;
}

const char* people_noun(PeopleKind kind) {
    return kind == PeopleKind::persons ? "persons" : "organisations";
}

PeopleImport read_people_csv(std::string_view text, std::string file, PeopleKind kind) {
    PeopleImport import;
    import.kind = kind;
    import.csv = parse_csv(text, file);
    import.file = std::move(file);
    const std::vector<std::string>& known = field_names(kind);
    const std::vector<std::string>& header = import.csv.header;
    for (const std::string& column : header)
        if (std::find(known.begin(), known.end(), column) == known.end())
            throw DataError(fmt::format("{}:1: unknown column '{}'", import.file, column),
                            fmt::format("columns: {}", fmt::join(known, ", ")));
    if (std::find(header.begin(), header.end(), "handle") == header.end())
        throw DataError(fmt::format("{}:1: the header has no 'handle' column", import.file),
                        fmt::format("columns: {}", fmt::join(known, ", ")));
    return import;
}

void check_people_rows(PeopleImport& import, Store& store, const Config& config, Date today) {
    const db::Kind kind =
        import.kind == PeopleKind::persons ? db::Kind::person : db::Kind::organisation;
    std::vector<std::string> problems;
    std::set<std::string> seen;
    for (const CsvRecord& record : import.csv.records) {
        try {
            FieldTexts texts = texts_of(import.csv.header, record);
            if (!seen.insert(texts["handle"]).second)
                throw DataError(fmt::format("'{}' appears twice in this file", texts["handle"]));
            PeopleRow row = check_row(import.kind, texts, config, today);
            if (db::find_handle(store, kind, row.handle))
                throw DataError(fmt::format("'{}' is already registered", row.handle));
            import.rows.push_back(std::move(row));
        } catch (const DataError& e) {
            problems.push_back(fmt::format("{}:{}: {}", import.file, record.line, e.what()));
        }
    }
    if (!problems.empty())
        throw RowsRejected(std::move(problems), import.csv.records.size());
}

void save_people_rows(const PeopleImport& import, Store& store, const Config& config, Date today) {
    store.write([&] {
        for (const PeopleRow& row : import.rows) {
            if (import.kind == PeopleKind::persons)
                save_person(store, row.handle, row.person, false, today);
            else
                save_organisation(store, config, row.handle, row.organisation, false);
        }
    });
}

} // namespace sleutel
