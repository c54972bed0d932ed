#include "storage/NotificationRepository.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
QVariantList bindingsOf(const NotificationRecord &record, const QString &verdict)
{
    return {record.channel,    record.dedupKey,     record.event,
            record.outTradeNo, record.outRequestNo, verdict,
            record.detail,     record.via,          QDateTime::currentMSecsSinceEpoch()};
}

const QString kInsert = QStringLiteral(
    "INSERT INTO notifications (channel, dedup_key, event, out_trade_no, out_request_no, verdict, "
    "detail, via, received_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
} // namespace

Result<bool> NotificationRepository::acceptOnce(const NotificationRecord &record)
{
    // Only the duplicate is ignored; any other constraint failure is an error (never acked).
    auto inserted = m_database.exec(
        kInsert + QStringLiteral(" ON CONFLICT (channel, dedup_key) WHERE verdict = 'accepted' "
                                 "DO NOTHING"),
        bindingsOf(record, QStringLiteral("accepted")));
    if (!inserted) {
        return inserted.error();
    }
    return inserted->numRowsAffected() == 1;
}

Status NotificationRepository::reject(const NotificationRecord &record)
{
    auto inserted = m_database.exec(kInsert, bindingsOf(record, QStringLiteral("rejected")));
    return inserted ? success() : Status(inserted.error());
}

Result<int> NotificationRepository::count(const QString &channel, const QString &verdict) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT COUNT(*) FROM notifications WHERE channel = ? AND verdict = ?"),
        {channel, verdict});
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt();
}

Result<QStringList> NotificationRepository::closedButNotifiedPaid(qint64 sinceMs) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT DISTINCT n.out_trade_no FROM notifications n JOIN payment_attempts "
                       "a ON a.out_trade_no = n.out_trade_no WHERE n.verdict = 'accepted' AND "
                       "n.event = 'payment' AND n.detail LIKE 'success%' AND a.state = 'closed' "
                       "AND n.received_at_ms >= ?"),
        {sinceMs});
    if (!query) {
        return query.error();
    }
    QStringList numbers;
    while (query->next()) {
        numbers << query->value(0).toString();
    }
    return numbers;
}

Result<int> NotificationRepository::countAccepted(const QString &channel) const
{
    return count(channel, QStringLiteral("accepted"));
}

Result<int> NotificationRepository::countRejected(const QString &channel) const
{
    return count(channel, QStringLiteral("rejected"));
}

} // namespace pos::storage
