#pragma once

#include <QString>

#include <optional>

namespace pos::storage {
class Database;
}

namespace pos::ui {

// "张伟 Zhang Wei (1001)" for a cashier id; none when no such cashier can be read.
std::optional<QString> cashierLabel(storage::Database &database, qint64 cashierId);

} // namespace pos::ui
