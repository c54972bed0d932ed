#pragma once

#include "common/Result.h"
#include "printer/PrinterStatus.h"
#include "printer/PrinterStatusReader.h"
#include "printer/ReceiptData.h"
#include "storage/DrawerLog.h"
#include "storage/PrintJobRepository.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <optional>
#include <vector>

namespace pos::storage {
class Database;
}

namespace pos::devices {

class PrinterTransport;

struct PrintSpoolerSettings
{
    int statusPollMs = 2000; // re-ask a printer that cannot print, and a drawer left open
    int retryMs = 3000;      // after a failed write or an unanswered status query
    int drawerOpenAlertMs = 30000;
    int statusReplyTimeoutMs = 1500; // for the replies, counted from the query's written()
    // A drawer the printer never reports open within this time after the pulse has no sensor
    // (or is wired the other way round): the spooler stops watching it.
    int drawerSenseMs = 5000;
    int idleStatusPollMs = 0; // > 0: also ask the status while there is nothing to print
    // Ask DLE EOT before each job when the transport reads replies. Off for printers (or print
    // servers) known never to answer, which would otherwise keep every job waiting.
    bool askStatus = true;
    bool drawerOpenWhenPinHigh = true;
};

// The durable print queue between the till and the printer. Every receipt, copy, report or
// drawer pulse is committed to the database before any byte is sent, goes out one at a time
// oldest first, and leaves the queue only when the transport took it (printed) or a supervisor
// abandoned it. A printer that is out of paper, open, offline, unplugged or not answering
// keeps the job waiting and retried; a restart resumes what was left. Nothing here knows
// about payments: whether a receipt printed never changes an order.
//
// Before each job, when the transport reads replies, the spooler sends DLE EOT 1, 2 and 4 and
// prints only when the answer allows it. After a drawer pulse it polls DLE EOT 1 until the
// drawer closes, logging the closing time, and warns when it stays open too long.
class PrintSpooler : public QObject
{
    Q_OBJECT

public:
    using Settings = PrintSpoolerSettings;

    // Takes ownership of `transport` and must be its only writer. `columns`: 32 for 58 mm
    // paper, 48 for 80 mm. `database` must outlive the spooler.
    PrintSpooler(storage::Database &database, PrinterTransport *transport, int columns,
                 Settings settings = {}, QObject *parent = nullptr);
    ~PrintSpooler() override;

    // Queue a sales receipt (kind "copy" when receipt.isCopy). Returns the job id once stored.
    Result<qint64> printReceipt(const ReceiptData &receipt, const QString &orderId);
    // Queue ready-made ESC/POS bytes: a test page, a QR slip, a report. Drawer pulses go
    // through openDrawer() so they are logged.
    Result<qint64> printDocument(storage::PrintJobKind kind, const QString &orderId,
                                 const QByteArray &bytes, const QString &preview);
    // Logs the opening (empty order id = no sale), then queues the pulse.
    Result<qint64> openDrawer(qint64 cashierId, const QString &orderIdOrEmpty,
                              const QString &reason);
    // A supervisor gives a queued job up. A job whose bytes are already on their way is not
    // stopped (the printer has them) but is no longer recorded as printed.
    Status abandon(qint64 jobId);

    // Starts sending, beginning with jobs a previous run left queued. Nothing is sent before.
    void start();
    bool isStarted() const { return m_started; }
    // Asks the printer's status now if nothing is being sent.
    void refreshStatus();

    PrinterStatus status() const { return m_status; }
    bool drawerOpen() const { return m_status.drawerOpen; }
    int queuedCount() const;
    // The job being sent or waiting for the printer, 0 when none.
    qint64 currentJobId() const { return m_current ? m_current->id : 0; }
    int columns() const { return m_columns; }
    PrinterTransport *transport() const { return m_transport; }
    const Settings &settings() const { return m_settings; }

signals:
    void jobQueued(qint64 id);
    void jobPrinted(qint64 id);
    // The job cannot go now: the printer's condition or the transport's error, for people.
    void jobWaiting(qint64 id, const QString &reason);
    void statusChanged(const pos::devices::PrinterStatus &status);
    void drawerStateChanged(bool open);
    // The drawer opened by a pulse sent at `sinceMs` (epoch ms) is still open after the
    // alert time. Once per opening.
    void drawerLeftOpen(qint64 sinceMs);
    void queueChanged(int queued);

private:
    enum class Phase
    {
        Idle,    // nothing in flight
        Asking,  // status queries sent, replies awaited
        Waiting, // the printer cannot print: poll again after statusPollMs
        Writing, // the job's bytes were handed to the transport
        Retrying // after a failure: try again after retryMs
    };
    enum class WriteKind
    {
        Query,
        Job
    };
    struct PendingWrite
    {
        WriteKind kind;
        quint64 cycle;
    };
    struct DrawerWatch
    {
        bool active = false;
        bool seenOpen = false;
        bool alerted = false;
        qint64 pulsedAtMs = 0;
        std::vector<qint64> eventIds; // drawer_events rows this opening answers for
    };

    Result<qint64> enqueue(storage::PrintJobKind kind, const QString &orderId,
                           const QByteArray &bytes, const QString &preview);
    void announce(qint64 jobId);
    bool readsStatus() const;
    void schedulePump();
    void pump();
    void beginJob(const storage::PrintJob &job);
    void askStatus(std::initializer_list<StatusQuery> queries);
    void writeCurrentJob();
    void finishCurrentJob(bool justWritten);
    void attemptFailed(const QString &reason);
    void enterRetry();
    void resetCycle();

    void onWritten();
    void onFailed(const QString &reason);
    void onDataReceived(const QByteArray &bytes);
    void onStatusAnswered();
    void onReplyTimeout();
    void onPollTimer();
    void onRetryTimer();

    void applyStatus(const PrinterStatus &status, bool drawerReading);
    void watchDrawerAfterPulse(qint64 jobId);
    void checkDrawer(bool open);
    bool wantsPolling() const;
    void emitQueueChanged();

    storage::Database &m_database;
    storage::PrintJobRepository m_jobs;
    storage::DrawerLog m_drawerLog;
    PrinterTransport *m_transport;
    int m_columns;
    Settings m_settings;

    bool m_started = false;
    Phase m_phase = Phase::Idle;
    quint64 m_cycle = 0; // bumped whenever an attempt ends, so late answers are ignored
    std::deque<PendingWrite> m_pending; // writes not yet answered, oldest first
    std::optional<storage::PrintJob> m_current;
    QString m_waitingReason; // last jobWaiting reason for the current job
    bool m_pollDue = false;
    bool m_pumpScheduled = false;

    PrinterStatusReader m_reader;
    PrinterStatus m_status;
    DrawerWatch m_drawer;
    QHash<qint64, qint64> m_drawerEventOfJob; // drawer job id → drawer_events id
    QSet<qint64> m_sentUnrecorded;            // printed, but the database refused the mark

    QTimer m_replyTimer;
    QTimer m_pollTimer;
    QTimer m_retryTimer;
};

} // namespace pos::devices
