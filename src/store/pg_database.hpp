// The portable SQL of the store on a PostgreSQL server, through libpq. libpq is loaded when a
// server is first named, so a programme in an SQLite file starts without it and its libraries.
#pragma once
#include "store/sql.hpp"

#include <string>

namespace sleutel::store {

// Whether `location` names a server: a connection URI (`postgresql://…`, `postgres://…`) or a
// libpq keyword string (`service=regio`, `host=db dbname=sleutel`).
bool is_server_location(const std::string& location);
// The location as it may be shown: a password in it is replaced by `***`.
std::string shown_location(const std::string& location);
// The name of the database on the server (`regio` of `postgresql://db/regio` or `dbname=regio`),
// else the service's, else "server": what a report over several databases calls it.
std::string server_database_name(const std::string& location);

// Connects to the server; a server that cannot be reached is a StorageError (74), refused
// credentials a PermissionError (77).
std::unique_ptr<sql::Database> connect_server(const std::string& location);

} // namespace sleutel::store
