#pragma once

#include <QStringList>

namespace pos::storage {

// Migration 7: the outbox of items for head office (store-and-forward).
QStringList outboxMigration();

} // namespace pos::storage
