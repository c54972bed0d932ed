#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace pos::sim {

// "ledger.sql" with "<what>: <the driver's text>".
Error sqlError(const QSqlQuery &query, const QString &what);

// One sandbox ledger's SQLite file under its own Qt SQL connection (a fixed prefix and a fresh
// UUID), opened with journal_mode=WAL, synchronous=FULL, optionally foreign_keys=ON, and
// busy_timeout=5000. The connection is closed and removed with this object; schemas and queries
// stay with each ledger.
class SimSqlite
{
public:
    SimSqlite() = default;
    ~SimSqlite();
    SimSqlite(const SimSqlite &) = delete;
    SimSqlite &operator=(const SimSqlite &) = delete;

    // With `errorCode` empty, a file that will not open is "ledger.open" ("cannot open <path>:
    // ...") and a failed PRAGMA sqlError(); otherwise both are `errorCode` with the driver's text.
    Status open(const QString &connectionPrefix, const QString &path, bool foreignKeys,
                const QString &errorCode = QString());

    QSqlDatabase database() const;

private:
    QString m_connectionName;
};

} // namespace pos::sim
