#include "outbox/OutboxRepository.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pos::outbox {

namespace {

constexpr const char *kColumns = "seq, terminal_id, kind, item_key, payload, created_at_ms, "
                                 "attempts, next_try_at_ms, last_error, sent_at_ms, rejected_at_ms";
constexpr const char *kWaiting = "sent_at_ms IS NULL AND rejected_at_ms IS NULL";

OutboxItem itemFrom(const QSqlQuery &query)
{
    OutboxItem item;
    item.seq = query.value(0).toLongLong();
    item.terminalId = query.value(1).toString();
    item.kind = query.value(2).toString();
    item.key = query.value(3).toString();
    item.payload = query.value(4).toString().toUtf8();
    item.createdAtMs = query.value(5).toLongLong();
    item.attempts = query.value(6).toInt();
    item.nextTryAtMs = query.value(7).toLongLong();
    item.lastError = query.value(8).toString();
    item.sentAtMs = query.value(9).isNull() ? 0 : query.value(9).toLongLong();
    item.rejectedAtMs = query.value(10).isNull() ? 0 : query.value(10).toLongLong();
    return item;
}

Error refusal(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace

Result<qint64> OutboxRepository::enqueue(const QString &kind, const QString &itemKey,
                                         const QByteArray &payload, const QString &terminalId,
                                         qint64 nowMs)
{
    if (kind.trimmed().isEmpty() || itemKey.trimmed().isEmpty() || terminalId.trimmed().isEmpty()) {
        return refusal("outbox.bad_item",
                       QStringLiteral("an outbox item needs a terminal, a kind and a key"));
    }
    if (!QJsonDocument::fromJson(payload).isObject()) {
        return refusal(
            "outbox.bad_item",
            QStringLiteral("the payload of %1 %2 is not a JSON object").arg(kind, itemKey));
    }
    auto existing = stateOf(kind, itemKey);
    if (!existing) {
        return existing.error();
    }
    if (existing->state != OutboxState::None) {
        return refusal("outbox.duplicate", QStringLiteral("%1 %2 is already in the outbox (seq %3)")
                                               .arg(kind, itemKey)
                                               .arg(existing->seq));
    }
    const qint64 now = nowMs != 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO outbox (terminal_id, kind, item_key, payload, created_at_ms) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {terminalId, kind, itemKey, QString::fromUtf8(payload), now});
    if (!inserted) {
        return inserted.error();
    }
    return inserted->lastInsertId().toLongLong();
}

Result<std::optional<OutboxItem>> OutboxRepository::nextWaiting() const
{
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM outbox WHERE %2 ORDER BY seq LIMIT 1")
                            .arg(QLatin1String(kColumns), QLatin1String(kWaiting)));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<OutboxItem>();
    }
    return std::optional<OutboxItem>(itemFrom(query.value()));
}

Result<std::optional<OutboxItem>> OutboxRepository::find(qint64 seq) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(QLatin1String(kColumns)), {seq});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<OutboxItem>();
    }
    return std::optional<OutboxItem>(itemFrom(query.value()));
}

Result<std::vector<OutboxItem>> OutboxRepository::unsent(int limit) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM outbox WHERE sent_at_ms IS NULL ORDER BY seq LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {limit});
    if (!query) {
        return query.error();
    }
    std::vector<OutboxItem> items;
    while (query->next()) {
        items.push_back(itemFrom(query.value()));
    }
    return items;
}

Status OutboxRepository::markDelivery(qint64 seq, const QString &assignments,
                                      const QVariantList &values)
{
    auto updated = m_database.exec(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, %1 WHERE seq = ? AND %2")
            .arg(assignments, QLatin1String(kWaiting)),
        QVariantList(values) << seq);
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() != 1) {
        return refusal("outbox.not_waiting",
                       QStringLiteral("outbox item %1 is not waiting to be sent").arg(seq));
    }
    return success();
}

Status OutboxRepository::markSent(qint64 seq, qint64 atMs)
{
    return markDelivery(seq, QStringLiteral("sent_at_ms = ?, last_error = ''"), {atMs});
}

Status OutboxRepository::markFailed(qint64 seq, const QString &error, qint64 nextTryAtMs)
{
    return markDelivery(seq, QStringLiteral("last_error = ?, next_try_at_ms = ?"),
                        {error, nextTryAtMs});
}

Status OutboxRepository::markRejected(qint64 seq, const QString &error, qint64 atMs)
{
    return markDelivery(seq, QStringLiteral("last_error = ?, rejected_at_ms = ?"), {error, atMs});
}

Status OutboxRepository::retryRejected(qint64 seq)
{
    auto item = find(seq);
    if (!item) {
        return item.error();
    }
    if (!item->has_value()) {
        return refusal("outbox.not_found", QStringLiteral("no outbox item %1").arg(seq));
    }
    if ((*item)->state() != OutboxState::Rejected) {
        return refusal("outbox.not_rejected", QStringLiteral("outbox item %1 is %2, not rejected")
                                                  .arg(seq)
                                                  .arg(outboxStateName((*item)->state())));
    }
    auto updated = m_database.exec(
        QStringLiteral("UPDATE outbox SET rejected_at_ms = NULL, next_try_at_ms = 0 WHERE seq = ? "
                       "AND rejected_at_ms IS NOT NULL"),
        {seq});
    if (!updated) {
        return updated.error();
    }
    return success();
}

Status OutboxRepository::makeAllDue()
{
    auto updated = m_database.exec(
        QStringLiteral("UPDATE outbox SET next_try_at_ms = 0 WHERE %1 AND next_try_at_ms <> 0")
            .arg(QLatin1String(kWaiting)));
    if (!updated) {
        return updated.error();
    }
    return success();
}

Result<OutboxCounts> OutboxRepository::counts() const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT COALESCE(SUM(sent_at_ms IS NULL AND rejected_at_ms IS NULL), 0), "
                       "COALESCE(SUM(rejected_at_ms IS NOT NULL), 0), "
                       "COALESCE(SUM(sent_at_ms IS NOT NULL), 0) FROM outbox"));
    if (!query) {
        return query.error();
    }
    OutboxCounts counts;
    if (query->next()) {
        counts.waiting = query->value(0).toLongLong();
        counts.rejected = query->value(1).toLongLong();
        counts.sent = query->value(2).toLongLong();
    }
    return counts;
}

Result<OutboxItemState> OutboxRepository::stateOf(const QString &kind, const QString &itemKey) const
{
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM outbox WHERE kind = ? AND item_key = ?")
                            .arg(QLatin1String(kColumns)),
                        {kind, itemKey});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return OutboxItemState{};
    }
    const OutboxItem item = itemFrom(query.value());
    return OutboxItemState{item.state(), item.seq, item.attempts, item.lastError};
}

} // namespace pos::outbox
