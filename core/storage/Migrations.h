#pragma once

#include <QStringList>

#include <vector>

namespace pos::storage {

// Migration N (1-based) is allMigrations()[N-1]. Append only: never edit a released migration.
const std::vector<QStringList> &allMigrations();

} // namespace pos::storage
