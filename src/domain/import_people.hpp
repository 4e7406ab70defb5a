// Importing persons or organisations from a CSV file: the header is checked first, then every
// row, each bad row reported as FILE:LINE: why, and then all rows are written in one
// transaction, or none.
#pragma once
#include "domain/import_fields.hpp"
#include "model/config.hpp"
#include "store/store.hpp"
#include "util/csv.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel {

enum class PeopleKind { persons, organisations };
// The KIND words of `register import`, in the order of PeopleKind.
inline constexpr const char* people_kind_names[] = {"persons", "orgs"};
// PeopleKind by its KIND word; nothing for any other word.
std::optional<PeopleKind> people_kind(std::string_view name);

// One checked row, ready to save.
struct PeopleRow {
    std::string handle;
    PersonFields person;
    OrganisationFields organisation;
};

struct PeopleImport {
    PeopleKind kind = PeopleKind::persons;
    std::string file; // the name rows are reported under
    CsvFile csv;
    std::vector<PeopleRow> rows; // filled by check_people_rows
};

// Parses `text` and checks its header: every column one of the kind's field names, `handle`
// among them (DataError naming the file's line 1 otherwise). Needs no database, so a bad file is
// refused before one is opened.
PeopleImport read_people_csv(std::string_view text, std::string file, PeopleKind kind);

// Checks every row against the config and the store (a handle already registered, or twice in
// the file, is refused); throws RowsRejected listing every bad row.
void check_people_rows(PeopleImport& import, Store& store, const Config& config, Date today);

// Writes the checked rows in one transaction.
void save_people_rows(const PeopleImport& import, Store& store, const Config& config, Date today);

} // namespace sleutel
