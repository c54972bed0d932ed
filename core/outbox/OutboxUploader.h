#pragma once

#include "common/Result.h"
#include "outbox/HeadOfficeReply.h"
#include "outbox/OutboxItem.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace pos::storage {
class Database;
}

namespace pos::outbox {

struct UploadSettings
{
    QUrl baseUrl;      // head office; empty: nothing is sent, the outbox keeps everything
    QByteArray secret; // shared with head office; empty: uploads are not signed
    int timeoutMs = 10000;
    int retryBaseMs = 1000;  // the first retry after a failure; doubles per failure …
    int retryMaxMs = 300000; // … up to this
    int idlePollMs = 5000;   // how often an idle uploader looks for items other code enqueued
};

// Sends the outbox to head office, one item at a time in seq order, as
//   POST <base>/api/v1/terminals/<terminal id>/outbox
//   Idempotency-Key: <terminal id>:<seq>        X-Pos-Signature: <hex HMAC-SHA256 of the body>
//   {"terminal_id": …, "seq": …, "kind": …, "key": …, "payload": {…}}
// An item is sent only when head office answers 200/201 (or 409, it had it already) with
// {"accepted_seq": <its seq>}; any other 4xx rejects it (kept for an operator); everything else
// (5xx, no answer, a time-out, a reply that does not confirm, or one over 64 KiB) leaves it
// waiting, retried after a backoff or at once on kick(). All state is in the outbox table, so a
// new uploader over the same database carries on where the last one stopped; head office's
// idempotency makes a retry of an upload it did receive harmless.
//
// Lives on the thread of its database connection and uses that thread's event loop.
class OutboxUploader : public QObject
{
    Q_OBJECT
public:
    explicit OutboxUploader(storage::Database &database, QObject *parent = nullptr);
    ~OutboxUploader() override;

    // Starts sending (from the next event-loop turn). With no base URL it stays idle.
    void start(const UploadSettings &settings);
    // Stops sending; an upload under way is abandoned and its item stays waiting.
    void stop();
    bool isRunning() const { return m_running; }
    bool isSending() const { return !m_reply.isNull(); }
    const UploadSettings &settings() const { return m_settings; }

    // Every waiting item becomes due now, and the uploader looks at once.
    void kick();

    // Readable whether or not the uploader runs.
    Result<OutboxCounts> counts() const;
    Result<OutboxItemState> stateOf(const QString &kind, const QString &itemKey) const;
    // An operator's decision: a rejected item goes back in the queue (see
    // OutboxRepository::retryRejected for the refusals).
    Status retryRejected(qint64 seq);

signals:
    // An item changed state or was tried (counts, attempts or last error changed).
    void stateChanged();
    void itemSent(qint64 seq);
    void itemRejected(qint64 seq, const QString &error);

private:
    void pump();
    void wakeIn(qint64 delayMs);
    void send(const OutboxItem &item);
    void onReadyRead();
    void onFinished();
    void settle(const UploadVerdict &verdict);
    void abandonReply();
    qint64 backoffMs(int attempts) const;
    void noteCounts(bool changed);

    storage::Database &m_database;
    UploadSettings m_settings;
    bool m_running = false;
    QNetworkAccessManager m_network;
    QTimer m_wake;
    QTimer m_deadline;
    QPointer<QNetworkReply> m_reply;
    OutboxItem m_item; // the item of m_reply
    QByteArray m_received;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    std::optional<OutboxCounts> m_lastCounts;
};

} // namespace pos::outbox
