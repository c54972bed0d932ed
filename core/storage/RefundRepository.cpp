#include "storage/RefundRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
constexpr const char *kColumns =
    "id, out_request_no, attempt_id, order_id, out_trade_no, channel, amount_minor, currency, "
    "state, kind, reason, requested_by, approved_by, channel_refund_no, manual_reference, "
    "last_reason, created_at_ms, updated_at_ms";

Refund refundFrom(const QSqlQuery &query)
{
    Refund refund;
    refund.id = query.value(0).toLongLong();
    refund.outRequestNo = query.value(1).toString();
    refund.attemptId = query.value(2).toLongLong();
    refund.orderId = query.value(3).toString();
    refund.outTradeNo = query.value(4).toString();
    refund.channel = query.value(5).toString();
    refund.amount = Money::fromMinor(query.value(6).toLongLong(), query.value(7).toString());
    auto state = refundStateFromName(query.value(8).toString());
    // An unreadable state is treated as Unknown: recovery asks the channel, never assumes.
    refund.state = state ? state.value() : RefundState::Unknown;
    auto kind = refundKindFromName(query.value(9).toString());
    refund.kind = kind ? kind.value() : RefundKind::Requested;
    refund.reason = query.value(10).toString();
    refund.requestedBy = query.value(11).toString();
    refund.approvedBy = query.value(12).toString();
    refund.channelRefundNo = query.value(13).toString();
    refund.manualReference = query.value(14).toString();
    refund.lastReason = query.value(15).toString();
    refund.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(16).toLongLong(), Qt::UTC);
    refund.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(17).toLongLong(), Qt::UTC);
    return refund;
}

Status recordEvent(Database &database, qint64 refundId, const QString &from, const QString &to,
                   const QString &reason, qint64 at)
{
    auto event = database.exec(QStringLiteral("INSERT INTO refund_events (refund_id, from_state, "
                                              "to_state, reason, at_ms) VALUES (?, ?, ?, ?, ?)"),
                               {refundId, from, to, reason, at});
    return event ? success() : Status(event.error());
}
} // namespace

Status RefundRepository::insert(Refund &refund)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO refunds (out_request_no, attempt_id, order_id, out_trade_no, "
                       "channel, amount_minor, currency, state, kind, reason, requested_by, "
                       "approved_by, last_reason, created_at_ms, updated_at_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {refund.outRequestNo, refund.attemptId, refund.orderId, refund.outTradeNo, refund.channel,
         refund.amount.minor(), refund.amount.currency(), refundStateName(refund.state),
         refundKindName(refund.kind), refund.reason, refund.requestedBy, refund.approvedBy,
         refund.lastReason, now, now});
    if (!inserted) {
        if (inserted.error().message.contains(QLatin1String("refund exceeds what was paid"))) {
            return Error{
                QStringLiteral("refund.over_cap"),
                QStringLiteral("refunds of %1 would exceed what was paid").arg(refund.outTradeNo)};
        }
        return inserted.error();
    }
    refund.id = inserted->lastInsertId().toLongLong();
    refund.createdAt = refund.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (auto event = recordEvent(m_database, refund.id, QStringLiteral("created"),
                                 refundStateName(refund.state), refund.reason, now);
        !event) {
        return event;
    }
    return transaction.commit();
}

Status RefundRepository::saveTransition(const Refund &refund, RefundState expectedFrom)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto updated = m_database.exec(
        QStringLiteral("UPDATE refunds SET state = ?, channel_refund_no = ?, manual_reference = ?, "
                       "last_reason = ?, updated_at_ms = ? WHERE id = ? AND state = ?"),
        {refundStateName(refund.state), refund.channelRefundNo, refund.manualReference,
         refund.lastReason, now, refund.id, refundStateName(expectedFrom)});
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() != 1) {
        return Error{QStringLiteral("refund.stale"),
                     QStringLiteral("refund %1 is no longer %2")
                         .arg(refund.outRequestNo, refundStateName(expectedFrom))};
    }
    if (auto event = recordEvent(m_database, refund.id, refundStateName(expectedFrom),
                                 refundStateName(refund.state), refund.lastReason, now);
        !event) {
        return event;
    }
    return transaction.commit();
}

Result<std::vector<Refund>> RefundRepository::select(const QString &where,
                                                     const QVariantList &bindings) const
{
    auto query = m_database.exec(QStringLiteral("SELECT %1 FROM refunds WHERE %2 ORDER BY id")
                                     .arg(QLatin1String(kColumns), where),
                                 bindings);
    if (!query) {
        return query.error();
    }
    std::vector<Refund> refunds;
    while (query->next()) {
        refunds.push_back(refundFrom(query.value()));
    }
    return refunds;
}

Result<Refund> RefundRepository::findByOutRequestNo(const QString &outRequestNo) const
{
    auto refunds = select(QStringLiteral("out_request_no = ?"), {outRequestNo});
    if (!refunds) {
        return refunds.error();
    }
    if (refunds->empty()) {
        return Result<Refund>::failure(QStringLiteral("refund.not_found"),
                                       QStringLiteral("no refund %1").arg(outRequestNo));
    }
    return refunds->front();
}

Result<std::vector<Refund>> RefundRepository::listForAttempt(qint64 attemptId) const
{
    return select(QStringLiteral("attempt_id = ?"), {attemptId});
}

Result<std::vector<Refund>> RefundRepository::listForOrder(const QString &orderId) const
{
    return select(QStringLiteral("order_id = ?"), {orderId});
}

Result<std::vector<Refund>> RefundRepository::listUnresolved() const
{
    return select(QStringLiteral("state IN ('sent', 'processing', 'unknown')"), {});
}

Result<std::vector<Refund>> RefundRepository::listByHandOpen() const
{
    return select(QStringLiteral("state = 'by_hand'"), {});
}

Result<Money> RefundRepository::committedFor(qint64 attemptId, const QString &currency) const
{
    auto query =
        m_database.exec(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM "
                                       "refunds WHERE attempt_id = ? AND state <> 'failed'"),
                        {attemptId});
    if (!query) {
        return query.error();
    }
    query->next();
    return Money::fromMinor(query->value(0).toLongLong(), currency);
}

Result<int> RefundRepository::countRefusedAutomatic(qint64 attemptId) const
{
    auto query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE attempt_id = ? "
                                                "AND kind = 'automatic' AND state = 'failed'"),
                                 {attemptId});
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt();
}

Result<int> RefundRepository::countFor(qint64 attemptId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT COUNT(*) FROM refunds WHERE attempt_id = ?"), {attemptId});
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt();
}

} // namespace pos::storage
