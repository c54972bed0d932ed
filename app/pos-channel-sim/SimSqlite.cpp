#include "SimSqlite.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pos::sim {

Error sqlError(const QSqlQuery &query, const QString &what)
{
    return Error{QStringLiteral("ledger.sql"),
                 QStringLiteral("%1: %2").arg(what, query.lastError().text())};
}

SimSqlite::~SimSqlite()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status SimSqlite::open(const QString &connectionPrefix, const QString &path, bool foreignKeys,
                       const QString &errorCode)
{
    m_connectionName = connectionPrefix + QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (!errorCode.isEmpty()) {
            return Error{errorCode, db.lastError().text()};
        }
        return Error{QStringLiteral("ledger.open"),
                     QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text())};
    }
    QSqlQuery query(db);
    for (const auto *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!foreignKeys && QLatin1String(pragma) == QLatin1String("PRAGMA foreign_keys=ON")) {
            continue;
        }
        if (!query.exec(QLatin1String(pragma))) {
            if (!errorCode.isEmpty()) {
                return Error{errorCode, query.lastError().text()};
            }
            return sqlError(query, QLatin1String(pragma));
        }
    }
    return success();
}

QSqlDatabase SimSqlite::database() const
{
    return QSqlDatabase::database(m_connectionName);
}

} // namespace pos::sim
