// Changing only the given columns of one row: the partial updates of persons and organisations.
#pragma once
#include "store/connection.hpp"
#include "store/sql_values.hpp"

#include <fmt/format.h>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sleutel::db {

// UPDATE table SET <only the given columns> WHERE id = ?.
class PartialUpdate {
  public:
    template <class T> void set(const char* column, const std::optional<T>& value) {
        if (!value)
            return;
        columns_.push_back(column);
        binders_.push_back([value](sql::Statement& s, int i) { bind_optional(s, i, value); });
    }
    void run(Store& store, const char* table, Id id) {
        if (columns_.empty())
            return;
        std::string sql = fmt::format("UPDATE {} SET ", table);
        for (std::size_t i = 0; i < columns_.size(); ++i)
            sql += fmt::format("{}{} = ?", i ? ", " : "", columns_[i]);
        sql += " WHERE id = ?";
        sql::Statement update(connection(store), sql);
        int index = 1;
        for (const auto& bind : binders_)
            bind(update, index++);
        update.bind(index, id);
        update.exec();
    }

  private:
    std::vector<const char*> columns_;
    std::vector<std::function<void(sql::Statement&, int)>> binders_;
};

} // namespace sleutel::db
