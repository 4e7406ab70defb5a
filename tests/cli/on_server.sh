# Runs a black-box test script against the PostgreSQL server named in
# $SLEUTEL_SERVER_FOR_TESTS (scripts/pg-server): each script gets a database of its own there
# (lib.sh). Without a server the test is skipped (77).
if [ -z "${SLEUTEL_SERVER_FOR_TESTS:-}" ]; then
    echo "skipped: no PostgreSQL server for the tests (scripts/test starts one)"
    exit 77
fi
export SLEUTEL_TEST_SERVER=$SLEUTEL_SERVER_FOR_TESTS
exec bash "$1"
