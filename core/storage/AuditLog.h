#pragma once

#include "common/Result.h"

#include <QString>

namespace pos::storage {

class Database;

// Append-only record of what people did (logins, lockouts, drawer opens, overrides).
class AuditLog
{
public:
    explicit AuditLog(Database &database) : m_database(database) {}

    Status record(qint64 cashierId, const QString &action, const QString &detail);
    Result<int> countOf(const QString &action) const;

private:
    Database &m_database;
};

} // namespace pos::storage
