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
