// The `register import` pipeline: header, rows, then one transaction for all of them.
#include "domain/import_people.hpp"

#include "domain/people.hpp"
#include "store/people_store.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

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
            _f("{} fields where the header has {}", record.fields.size(), header.size()));
    FieldTexts texts;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (!record.fields[i].empty())
            texts[header[i]] = record.fields[i];
    return texts;
}

// `day_month_year`: the file is separated by `;`, so its dates may be written the Dutch way.
PeopleRow check_row(PeopleKind kind, FieldTexts& texts, const Config& config, Date today,
                    bool day_month_year) {
    PeopleRow row;
    row.handle = texts["handle"];
    if (kind == PeopleKind::persons) {
        iso_dates_in_person_cells(texts, today, day_month_year);
        row.person = parse_person_fields(texts, today);
        check_person(config, row.handle, row.person, today);
        if (!row.person.name)
            throw DataError(_("the name is missing"));
    } else {
        row.organisation = parse_organisation_fields(texts);
        check_organisation(config, row.handle, row.organisation);
        if (!row.organisation.name || !row.organisation.type)
            throw DataError(_("the name or type is missing"));
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

PeopleImport read_people_csv(std::string_view text, std::string file, PeopleKind kind) {
    PeopleImport import;
    import.kind = kind;
    import.csv = parse_csv(text, file);
    import.file = std::move(file);
    const std::vector<std::string>& known = field_names(kind);
    const std::vector<std::string>& header = import.csv.header;
    for (const std::string& column : header)
        if (std::find(known.begin(), known.end(), column) == known.end())
            throw DataError(_f("{}:1: unknown column '{}'", import.file, column),
                            _f("columns: {}", fmt::join(known, ", ")));
    if (std::find(header.begin(), header.end(), "handle") == header.end())
        throw DataError(_f("{}:1: the header has no 'handle' column", import.file),
                        _f("columns: {}", fmt::join(known, ", ")));
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
                throw DataError(_f("'{}' appears twice in this file", texts["handle"]));
            PeopleRow row =
                check_row(import.kind, texts, config, today, import.csv.separator == ';');
            if (db::find_handle(store, kind, row.handle))
                throw DataError(_f("'{}' is already registered", row.handle));
            import.rows.push_back(std::move(row));
        } catch (const DataError& e) {
            problems.push_back(row_problem(import.file, record.line, e));
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
