#include "storage/AuditLog.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QVariant>

namespace pos::storage {

Status AuditLog::record(qint64 cashierId, const QString &action, const QString &detail)
{
    auto inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO audit_log (at_ms, cashier_id, action, detail) VALUES (?, ?, ?, ?)"),
        {QDateTime::currentMSecsSinceEpoch(), cashierId == 0 ? QVariant() : QVariant(cashierId),
         action, detail});
    if (!inserted) {
        return inserted.error();
    }
    return success();
}

Result<int> AuditLog::countOf(const QString &action) const
{
    auto query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                                 {action});
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt();
}

} // namespace pos::storage
