// The ordered schema migrations: step N turns a version N-1 database into version N.
#pragma once
#include <span>

namespace sleutel::store {

struct Migration {
    int version;
    const char* sql;
};

std::span<const Migration> migrations();

// Marks a SQLite file as a sleutel database (PRAGMA application_id): 'SLTL'.
inline constexpr int application_id = 0x534C544C;

} // namespace sleutel::store
