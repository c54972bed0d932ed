#include "storage/AttemptRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
constexpr const char *kColumns =
    "id, order_id, out_trade_no, channel, method, amount_minor, currency, tendered_minor, state, "
    "masked_code, channel_trade_no, last_reason, created_at_ms, updated_at_ms, qr_code, "
    "cancel_requested";

PaymentAttempt attemptFrom(const QSqlQuery &query)
{
    PaymentAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.orderId = query.value(1).toString();
    attempt.outTradeNo = query.value(2).toString();
    attempt.channel = query.value(3).toString();
    attempt.method = paymentMethodFromName(query.value(4).toString()).value();
    const QString currency = query.value(6).toString();
    attempt.amount = Money::fromMinor(query.value(5).toLongLong(), currency);
    attempt.tendered = Money::fromMinor(query.value(7).toLongLong(), currency);
    auto state = attemptStateFromName(query.value(8).toString());
    // An unreadable state is treated as Unknown so recovery asks the channel, never assumes.
    attempt.state = state ? state.value() : AttemptState::Unknown;
    attempt.maskedCode = query.value(9).toString();
    attempt.channelTradeNo = query.value(10).toString();
    attempt.lastReason = query.value(11).toString();
    attempt.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC);
    attempt.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(13).toLongLong(), Qt::UTC);
    attempt.qrCode = query.value(14).toString();
    attempt.cancelRequested = query.value(15).toBool();
    return attempt;
}
} // namespace

Status AttemptRepository::insert(PaymentAttempt &attempt)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO payment_attempts (order_id, out_trade_no, channel, method, amount_minor, "
            "currency, tendered_minor, state, masked_code, created_at_ms, updated_at_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {attempt.orderId, attempt.outTradeNo, attempt.channel, paymentMethodName(attempt.method),
         attempt.amount.minor(), attempt.amount.currency(), attempt.tendered.minor(),
         attemptStateName(attempt.state), attempt.maskedCode, now, now});
    if (!inserted) {
        return inserted.error();
    }
    attempt.id = inserted->lastInsertId().toLongLong();
    attempt.createdAt = attempt.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    auto event = m_database.exec(
        QStringLiteral("INSERT INTO attempt_events (attempt_id, from_state, to_state, "
                       "reason, at_ms) VALUES (?, 'created', ?, ?, ?)"),
        {attempt.id, attemptStateName(attempt.state), attempt.lastReason, now});
    if (!event) {
        return event.error();
    }
    return transaction.commit();
}

Status AttemptRepository::saveTransition(const PaymentAttempt &attempt, AttemptState expectedFrom)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto updated = m_database.exec(
        QStringLiteral(
            "UPDATE payment_attempts SET state = ?, channel_trade_no = ?, last_reason = ?, "
            "qr_code = ?, updated_at_ms = ? WHERE id = ? AND state = ?"),
        {attemptStateName(attempt.state), attempt.channelTradeNo, attempt.lastReason,
         attempt.qrCode, now, attempt.id, attemptStateName(expectedFrom)});
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() != 1) {
        return Error{QStringLiteral("attempt.stale"),
                     QStringLiteral("attempt %1 is no longer %2")
                         .arg(attempt.outTradeNo, attemptStateName(expectedFrom))};
    }
    auto event = m_database.exec(
        QStringLiteral("INSERT INTO attempt_events (attempt_id, from_state, to_state, "
                       "reason, at_ms) VALUES (?, ?, ?, ?, ?)"),
        {attempt.id, attemptStateName(expectedFrom), attemptStateName(attempt.state),
         attempt.lastReason, now});
    if (!event) {
        return event.error();
    }
    return transaction.commit();
}

Status AttemptRepository::markCancelRequested(const QString &outTradeNo)
{
    auto updated = m_database.exec(
        QStringLiteral("UPDATE payment_attempts SET cancel_requested = 1 WHERE out_trade_no = ?"),
        {outTradeNo});
    if (!updated) {
        return updated.error();
    }
    return success();
}

Result<std::vector<PaymentAttempt>> AttemptRepository::listToReturn() const
{
    // Paid, given up, and not yet covered by refunds that are done or under way.
    return select(
        QStringLiteral("state = 'succeeded' AND cancel_requested = 1 AND amount_minor > "
                       "COALESCE((SELECT SUM(r.amount_minor) FROM refunds r WHERE r.attempt_id = "
                       "payment_attempts.id AND r.state <> 'failed'), 0)"),
        {});
}

Result<QStringList> AttemptRepository::openOrdersWithSuccesses() const
{
    auto query = m_database.exec(QStringLiteral(
        "SELECT DISTINCT a.order_id FROM payment_attempts a JOIN orders o ON o.id = a.order_id "
        "WHERE o.status = 'open' AND a.state = 'succeeded' AND a.cancel_requested = 0"));
    if (!query) {
        return query.error();
    }
    QStringList orderIds;
    while (query->next()) {
        orderIds << query->value(0).toString();
    }
    return orderIds;
}

Result<std::vector<PaymentAttempt>> AttemptRepository::select(const QString &where,
                                                              const QVariantList &bindings) const
{
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM payment_attempts WHERE %2 ORDER BY id")
                            .arg(QLatin1String(kColumns), where),
                        bindings);
    if (!query) {
        return query.error();
    }
    std::vector<PaymentAttempt> attempts;
    while (query->next()) {
        attempts.push_back(attemptFrom(query.value()));
    }
    return attempts;
}

Result<PaymentAttempt> AttemptRepository::findByOutTradeNo(const QString &outTradeNo) const
{
    auto attempts = select(QStringLiteral("out_trade_no = ?"), {outTradeNo});
    if (!attempts) {
        return attempts.error();
    }
    if (attempts->empty()) {
        return Result<PaymentAttempt>::failure(QStringLiteral("attempt.not_found"),
                                               QStringLiteral("no attempt %1").arg(outTradeNo));
    }
    return attempts->front();
}

Result<std::vector<PaymentAttempt>> AttemptRepository::listForOrder(const QString &orderId) const
{
    return select(QStringLiteral("order_id = ?"), {orderId});
}

Result<std::vector<PaymentAttempt>> AttemptRepository::listUnresolved() const
{
    return select(
        QStringLiteral(
            "state IN ('created', 'sent', 'user_paying', 'unknown', 'pending_statement')"),
        {});
}

Result<bool> AttemptRepository::tookCash(const QString &orderId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM payment_attempts WHERE order_id = ? AND "
                       "channel = 'cash' AND state = ?)"),
        {orderId, attemptStateName(AttemptState::Succeeded)});
    if (!query) {
        return query.error();
    }
    return query->next() && query->value(0).toBool();
}

} // namespace pos::storage
