// The schema on a PostgreSQL server, in step with the SQLite file's: the same version numbers.
// Its version lives in the table sleutel_schema, beside the mark that the schema is sleutel's.
#pragma once
#include "store/migrations.hpp"
#include "store/sql.hpp"

#include <span>

namespace sleutel::store {

std::span<const Migration> server_migrations();
// 0: no sleutel schema yet; -1: a sleutel_schema table that is not sleutel's.
int server_schema_version(sql::Database& db);
// Whether the connection's schema holds no tables at all.
bool server_schema_empty(sql::Database& db);
// Runs the steps up to `target` that the server lacks, each in its own transaction.
void apply_server_migrations(sql::Database& db, int target);

} // namespace sleutel::store
