// Which --db values name a PostgreSQL server, and how they are shown: never with the password.
#include "store/pg_database.hpp"

#include <doctest/doctest.h>

using sleutel::store::is_server_location;
using sleutel::store::shown_location;

TEST_CASE("URIs and libpq keyword strings name a server; paths do not") {
    CHECK(is_server_location("postgresql://db.example/regio"));
    CHECK(is_server_location("POSTGRES://db.example/regio"));
    CHECK(is_server_location("service=regio"));
    CHECK(is_server_location("host=db dbname=regio"));
    CHECK_FALSE(is_server_location("regio.db"));
    CHECK_FALSE(is_server_location("/srv/sleutel/service=regio.db"));
    CHECK_FALSE(is_server_location("postgresql.db"));
}

TEST_CASE("a password is never shown") {
    CHECK(shown_location("postgresql://amira:geheim@db.example/regio") ==
          "postgresql://amira:***@db.example/regio");
    CHECK(shown_location("postgresql://amira@db.example/regio?password=geheim&sslmode=require") ==
          "postgresql://amira@db.example/regio?password=***&sslmode=require");
    CHECK(shown_location("host=db password=geheim dbname=regio") ==
          "host=db password=*** dbname=regio");
    CHECK(shown_location("service=regio") == "service=regio");
    // A colon after the host is a port, not a password.
    CHECK(shown_location("postgresql://db.example:5433/regio") ==
          "postgresql://db.example:5433/regio");
}

TEST_CASE("a report over several databases names a server's by its database") {
    using sleutel::store::server_database_name;
    CHECK(server_database_name("postgresql://amira:geheim@db.example:5433/regio?sslmode=require") ==
          "regio");
    CHECK(server_database_name("postgresql:///regio?host=/run/postgresql&user=amira") == "regio");
    CHECK(server_database_name("postgresql://db.example?dbname=west") == "west");
    CHECK(server_database_name("host=db dbname=oost user=amira") == "oost");
    CHECK(server_database_name("service=regio") == "regio");
    CHECK(server_database_name("postgresql://db.example") == "server");
}
