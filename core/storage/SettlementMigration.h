#pragma once

#include <QStringList>

namespace pos::storage {

// Migration 5: the settlement ledger, its booking triggers, Z reports and carry-overs.
QStringList settlementMigration();

} // namespace pos::storage
