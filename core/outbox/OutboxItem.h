#pragma once

#include <QByteArray>
#include <QString>

namespace pos::outbox {

// Where an item stands with head office. Waiting covers "not tried yet" and "failed, retried
// later"; Rejected is kept and waits for an operator (retryRejected), never retried by itself.
enum class OutboxState
{
    None, // no such item
    Waiting,
    Sent,
    Rejected,
};

QString outboxStateName(OutboxState state); // "none", "waiting", "sent", "rejected"

// One stored item: what goes to head office and how its delivery went.
struct OutboxItem
{
    qint64 seq = 0; // with terminalId, the idempotency key head office deduplicates on
    QString terminalId;
    QString kind;       // "z_report", "shift_close", …
    QString key;        // unique per kind: names the record the item reports
    QByteArray payload; // a JSON object
    qint64 createdAtMs = 0;
    int attempts = 0;
    qint64 nextTryAtMs = 0;
    QString lastError;
    qint64 sentAtMs = 0;     // 0: not sent
    qint64 rejectedAtMs = 0; // 0: not rejected

    OutboxState state() const;
};

// What the day-end screen shows per record.
struct OutboxItemState
{
    OutboxState state = OutboxState::None;
    qint64 seq = 0;
    int attempts = 0;
    QString lastError;
};

struct OutboxCounts
{
    qint64 waiting = 0;
    qint64 rejected = 0;
    qint64 sent = 0;

    friend bool operator==(const OutboxCounts &, const OutboxCounts &) = default;
};

} // namespace pos::outbox
