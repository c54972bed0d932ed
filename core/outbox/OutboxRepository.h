#pragma once

#include "common/Result.h"
#include "outbox/OutboxItem.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace pos::storage {
class Database;
}

namespace pos::outbox {

// The outbox table (migration 7). enqueue() opens no transaction of its own: called inside the
// transaction that writes the record it reports, the item exists exactly when the record does.
// The delivery methods are single statements and need none.
class OutboxRepository
{
public:
    explicit OutboxRepository(storage::Database &database) : m_database(database) {}

    // Returns the item's seq. Refused: "outbox.bad_item" (empty terminal, kind or key, or a
    // payload that is not a JSON object), "outbox.duplicate" (the kind and key exist already).
    Result<qint64> enqueue(const QString &kind, const QString &itemKey, const QByteArray &payload,
                           const QString &terminalId, qint64 nowMs = 0);

    // The waiting item with the lowest seq, due or not (items go out in seq order; it is due
    // once nextTryAtMs has passed).
    Result<std::optional<OutboxItem>> nextWaiting() const;
    Result<std::optional<OutboxItem>> find(qint64 seq) const;
    // Waiting and rejected items, lowest seq first.
    Result<std::vector<OutboxItem>> unsent(int limit = 1000) const;

    // Each counts an attempt. Refused with "outbox.not_waiting" unless the item is waiting.
    Status markSent(qint64 seq, qint64 atMs);
    Status markFailed(qint64 seq, const QString &error, qint64 nextTryAtMs);
    Status markRejected(qint64 seq, const QString &error, qint64 atMs);
    // An operator puts a rejected item back in the queue, due at once. Refused:
    // "outbox.not_found", "outbox.not_rejected".
    Status retryRejected(qint64 seq);
    // Makes every waiting item due now (an operator's "try again", or the network is back).
    Status makeAllDue();

    Result<OutboxCounts> counts() const;
    Result<OutboxItemState> stateOf(const QString &kind, const QString &itemKey) const;

private:
    Status markDelivery(qint64 seq, const QString &assignments, const QVariantList &values);

    storage::Database &m_database;
};

} // namespace pos::outbox
