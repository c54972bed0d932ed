#include "storage/DrawerLog.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
constexpr const char *kSelect =
    "SELECT id, cashier_id, order_id, reason, opened_at_ms, closed_at_ms FROM drawer_events ";

DrawerEvent eventFrom(const QSqlQuery &query)
{
    DrawerEvent event;
    event.id = query.value(0).toLongLong();
    event.cashierId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    event.orderId = query.value(2).toString();
    event.reason = query.value(3).toString();
    event.openedAtMs = query.value(4).toLongLong();
    event.closedAtMs = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
    return event;
}
} // namespace

Result<qint64> DrawerLog::recordOpen(qint64 cashierId, const QString &orderId,
                                     const QString &reason)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO drawer_events (cashier_id, order_id, reason, opened_at_ms) "
                       "VALUES (?, ?, ?, ?)"),
        {cashierId == 0 ? QVariant() : QVariant(cashierId),
         orderId.isEmpty() ? QVariant() : QVariant(orderId), reason,
         QDateTime::currentMSecsSinceEpoch()});
    if (!inserted) {
        return inserted.error();
    }
    return inserted->lastInsertId().toLongLong();
}

Status DrawerLog::markClosed(qint64 id)
{
    auto updated = m_database.exec(QStringLiteral("UPDATE drawer_events SET closed_at_ms = ? "
                                                  "WHERE id = ? AND closed_at_ms IS NULL"),
                                   {QDateTime::currentMSecsSinceEpoch(), id});
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() == 0) {
        auto found = m_database.exec(
            QStringLiteral("SELECT COUNT(*) FROM drawer_events WHERE id = ?"), {id});
        if (!found) {
            return found.error();
        }
        found->next();
        if (found->value(0).toInt() == 0) {
            return Error{QStringLiteral("drawer.not_found"),
                         QStringLiteral("no drawer event %1").arg(id)};
        }
    }
    return success();
}

Result<std::optional<DrawerEvent>> DrawerLog::openEvent() const
{
    auto query = m_database.exec(QLatin1String(kSelect) +
                                 QStringLiteral("WHERE closed_at_ms IS NULL ORDER BY id DESC "
                                                "LIMIT 1"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<DrawerEvent>();
    }
    return std::optional<DrawerEvent>(eventFrom(query.value()));
}

Result<std::vector<DrawerEvent>> DrawerLog::list(qint64 sinceMs) const
{
    auto query = m_database.exec(
        QLatin1String(kSelect) + QStringLiteral("WHERE opened_at_ms >= ? ORDER BY id"), {sinceMs});
    if (!query) {
        return query.error();
    }
    std::vector<DrawerEvent> events;
    while (query->next()) {
        events.push_back(eventFrom(query.value()));
    }
    return events;
}

} // namespace pos::storage
