#include "printer/PrintSpooler.h"

#include "printer/EscPosEncoder.h"
#include "printer/PrinterTransport.h"
#include "printer/ReceiptLayout.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaObject>

#include <algorithm>

namespace pos::devices {

namespace {
Q_LOGGING_CATEGORY(lcSpooler, "pos.devices.printer.spooler")

using storage::PrintJobKind;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

PrintSpooler::PrintSpooler(storage::Database &database, PrinterTransport *transport, int columns,
                           Settings settings, QObject *parent)
    : QObject(parent), m_database(database), m_jobs(database), m_drawerLog(database),
      m_transport(transport), m_columns(columns), m_settings(settings),
      m_reader(settings.drawerOpenWhenPinHigh)
{
    Q_ASSERT(transport != nullptr);
    m_transport->setParent(this);
    connect(m_transport, &PrinterTransport::written, this, &PrintSpooler::onWritten);
    connect(m_transport, &PrinterTransport::failed, this, &PrintSpooler::onFailed);
    connect(m_transport, &PrinterTransport::dataReceived, this, &PrintSpooler::onDataReceived);
    for (QTimer *timer : {&m_replyTimer, &m_pollTimer, &m_retryTimer}) {
        timer->setSingleShot(true);
    }
    connect(&m_replyTimer, &QTimer::timeout, this, &PrintSpooler::onReplyTimeout);
    connect(&m_pollTimer, &QTimer::timeout, this, &PrintSpooler::onPollTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &PrintSpooler::onRetryTimer);
}

PrintSpooler::~PrintSpooler()
{
    // The transport is deleted with the other children, after this object stopped listening.
    m_transport->disconnect(this);
}

bool PrintSpooler::readsStatus() const
{
    return m_settings.askStatus && m_transport->readsStatus();
}

Result<qint64> PrintSpooler::printReceipt(const ReceiptData &receipt, const QString &orderId)
{
    return enqueue(receipt.isCopy ? PrintJobKind::Copy : PrintJobKind::Receipt, orderId,
                   ReceiptLayout::toEscPos(receipt, m_columns),
                   ReceiptLayout::renderText(receipt, m_columns));
}

Result<qint64> PrintSpooler::printDocument(PrintJobKind kind, const QString &orderId,
                                           const QByteArray &bytes, const QString &preview)
{
    if (kind == PrintJobKind::Drawer) {
        return Result<qint64>::failure(QStringLiteral("print_job.drawer_unlogged"),
                                       QStringLiteral("drawer pulses go through openDrawer()"));
    }
    return enqueue(kind, orderId, bytes, preview);
}

Result<qint64> PrintSpooler::openDrawer(qint64 cashierId, const QString &orderIdOrEmpty,
                                        const QString &reason)
{
    storage::Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto event = m_drawerLog.recordOpen(cashierId, orderIdOrEmpty, reason);
    if (!event) {
        return event.error();
    }
    auto job =
        m_jobs.enqueue(PrintJobKind::Drawer, orderIdOrEmpty, EscPosEncoder().drawerPulse().bytes(),
                       tr("Open cash drawer: %1").arg(reason));
    if (!job) {
        return job.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    m_drawerEventOfJob.insert(*job, *event);
    qCInfo(lcSpooler) << "job" << *job << "drawer pulse, event" << *event << "cashier" << cashierId
                      << "order" << orderIdOrEmpty << "reason" << reason;
    announce(*job);
    return job;
}

Result<qint64> PrintSpooler::enqueue(PrintJobKind kind, const QString &orderId,
                                     const QByteArray &bytes, const QString &preview)
{
    auto id = m_jobs.enqueue(kind, orderId, bytes, preview);
    if (!id) {
        qCWarning(lcSpooler) << "cannot queue" << storage::printJobKindName(kind) << "for order"
                             << orderId << ":" << id.error().message;
        return id.error();
    }
    qCInfo(lcSpooler) << "job" << *id << storage::printJobKindName(kind) << "order" << orderId
                      << bytes.size() << "bytes queued";
    announce(*id);
    return id;
}

void PrintSpooler::announce(qint64 jobId)
{
    emit jobQueued(jobId);
    emitQueueChanged();
    schedulePump();
}

Status PrintSpooler::abandon(qint64 jobId)
{
    auto abandoned = m_jobs.abandon(jobId);
    if (!abandoned) {
        return abandoned;
    }
    qCWarning(lcSpooler) << "job" << jobId << "abandoned";
    m_sentUnrecorded.remove(jobId);
    emitQueueChanged();
    if (m_current && m_current->id == jobId && m_phase != Phase::Writing) {
        resetCycle();
        m_retryTimer.stop();
        if (m_phase == Phase::Waiting) {
            m_pollTimer.stop();
        }
        m_current.reset();
        m_waitingReason.clear();
        m_phase = Phase::Idle;
        schedulePump();
    }
    return abandoned;
}

void PrintSpooler::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    auto queued = m_jobs.queuedCount();
    qCInfo(lcSpooler) << "spooler started on" << m_transport->description() << "with"
                      << (queued ? *queued : 0) << "jobs queued";
    emitQueueChanged();
    m_pollDue = true; // learn the printer's condition even with nothing to print
    pump();
}

void PrintSpooler::refreshStatus()
{
    m_pollDue = true;
    pump();
}

int PrintSpooler::queuedCount() const
{
    auto count = m_jobs.queuedCount();
    if (!count) {
        qCWarning(lcSpooler) << "cannot count queued jobs:" << count.error().message;
        return 0;
    }
    return *count;
}

void PrintSpooler::emitQueueChanged()
{
    emit queueChanged(queuedCount());
}

void PrintSpooler::schedulePump()
{
    if (m_pumpScheduled) {
        return;
    }
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &PrintSpooler::pump, Qt::QueuedConnection);
}

void PrintSpooler::pump()
{
    m_pumpScheduled = false;
    if (!m_started || m_phase != Phase::Idle) {
        return;
    }
    auto next = m_jobs.oldestQueued();
    if (!next) {
        qCWarning(lcSpooler) << "cannot read the print queue:" << next.error().message;
        enterRetry();
        return;
    }
    if (next->has_value()) {
        beginJob(**next);
        return;
    }
    m_current.reset();
    m_waitingReason.clear();
    if (!readsStatus()) {
        return;
    }
    if (m_pollDue) {
        if (m_drawer.active && m_settings.idleStatusPollMs <= 0) {
            askStatus({StatusQuery::Printer});
        } else {
            askStatus({StatusQuery::Printer, StatusQuery::OfflineCause, StatusQuery::PaperSensor});
        }
        return;
    }
    if (wantsPolling() && !m_pollTimer.isActive()) {
        int interval = m_drawer.active ? m_settings.statusPollMs : m_settings.idleStatusPollMs;
        if (m_drawer.active && m_settings.idleStatusPollMs > 0) {
            interval = std::min(interval, m_settings.idleStatusPollMs);
        }
        m_pollTimer.start(interval);
    }
}

bool PrintSpooler::wantsPolling() const
{
    return m_drawer.active || m_settings.idleStatusPollMs > 0;
}

void PrintSpooler::beginJob(const storage::PrintJob &job)
{
    if (!m_current || m_current->id != job.id) {
        m_waitingReason.clear();
    }
    m_current = job;
    if (m_sentUnrecorded.contains(job.id)) {
        finishCurrentJob(false); // the printer has it; only the mark is missing
        return;
    }
    if (readsStatus()) {
        askStatus({StatusQuery::Printer, StatusQuery::OfflineCause, StatusQuery::PaperSensor});
    } else {
        writeCurrentJob();
    }
}

void PrintSpooler::askStatus(std::initializer_list<StatusQuery> queries)
{
    m_phase = Phase::Asking;
    m_pollDue = false;
    const QByteArray bytes = m_reader.ask(queries);
    m_pending.push_back(PendingWrite{WriteKind::Query, m_cycle});
    m_transport->write(bytes);
}

void PrintSpooler::writeCurrentJob()
{
    m_phase = Phase::Writing;
    m_pending.push_back(PendingWrite{WriteKind::Job, m_cycle});
    qCInfo(lcSpooler) << "job" << m_current->id << "sending" << m_current->bytes.size()
                      << "bytes to" << m_transport->description();
    if (m_current->kind == PrintJobKind::Drawer || m_current->preview.isEmpty()) {
        m_transport->write(m_current->bytes);
    } else {
        m_transport->writeDocument(m_current->bytes, m_current->preview);
    }
}

void PrintSpooler::finishCurrentJob(bool justWritten)
{
    const qint64 id = m_current->id;
    const bool drawer = m_current->kind == PrintJobKind::Drawer;
    if (justWritten && !readsStatus() && !m_status.reachable) {
        applyStatus(PrinterStatus(), false);
    }
    if (justWritten && drawer) {
        watchDrawerAfterPulse(id);
    }
    auto marked = m_jobs.markPrinted(id);
    if (marked) {
        m_sentUnrecorded.remove(id);
        qCInfo(lcSpooler) << "job" << id << "printed";
        emit jobPrinted(id);
        emitQueueChanged();
    } else if (marked.error().code == QLatin1String("print_job.not_queued")) {
        m_sentUnrecorded.remove(id);
        qCInfo(lcSpooler) << "job" << id << "went to the printer after it left the queue";
    } else {
        // Never send it again: remember it and retry only the mark.
        qCCritical(lcSpooler) << "job" << id
                              << "printed but not recorded:" << marked.error().message;
        m_sentUnrecorded.insert(id);
        resetCycle();
        enterRetry();
        return;
    }
    m_current.reset();
    m_waitingReason.clear();
    resetCycle();
    m_phase = Phase::Idle;
    schedulePump();
}

void PrintSpooler::resetCycle()
{
    ++m_cycle;
    m_reader.cancel();
    m_replyTimer.stop();
}

void PrintSpooler::attemptFailed(const QString &reason)
{
    resetCycle();
    PrinterStatus unreachable = PrinterStatus::unreachable();
    unreachable.drawerOpen = m_status.drawerOpen; // not known now: keep the last reading
    applyStatus(unreachable, false);
    if (m_current) {
        qCWarning(lcSpooler) << "job" << m_current->id << "not printed, retrying in"
                             << m_settings.retryMs << "ms:" << reason;
        if (auto recorded = m_jobs.recordFailure(m_current->id, reason); !recorded) {
            qCWarning(lcSpooler) << "cannot record the failure of job" << m_current->id << ":"
                                 << recorded.error().message;
        }
        m_waitingReason = reason;
        emit jobWaiting(m_current->id, reason);
    } else {
        qCWarning(lcSpooler) << "status query failed:" << reason;
    }
    enterRetry();
}

void PrintSpooler::enterRetry()
{
    m_phase = Phase::Retrying;
    m_retryTimer.start(m_settings.retryMs);
}

void PrintSpooler::onRetryTimer()
{
    if (m_phase != Phase::Retrying) {
        return;
    }
    m_phase = Phase::Idle;
    if (wantsPolling()) {
        m_pollDue = true;
    }
    pump();
}

void PrintSpooler::onPollTimer()
{
    if (m_phase == Phase::Waiting) {
        m_phase = Phase::Idle;
    }
    m_pollDue = true;
    pump();
}

void PrintSpooler::onWritten()
{
    if (m_pending.empty()) {
        return;
    }
    const PendingWrite write = m_pending.front();
    m_pending.pop_front();
    if (write.cycle != m_cycle) {
        return;
    }
    if (write.kind == WriteKind::Query) {
        if (m_phase == Phase::Asking && m_reader.waiting()) {
            m_replyTimer.start(m_settings.statusReplyTimeoutMs);
        }
        return;
    }
    if (m_phase == Phase::Writing) {
        finishCurrentJob(true);
    }
}

void PrintSpooler::onFailed(const QString &reason)
{
    if (m_pending.empty()) {
        return;
    }
    const PendingWrite write = m_pending.front();
    m_pending.pop_front();
    if (write.cycle != m_cycle) {
        return;
    }
    if (m_phase == Phase::Asking || m_phase == Phase::Writing) {
        attemptFailed(reason);
    }
}

void PrintSpooler::onReplyTimeout()
{
    if (m_phase != Phase::Asking) {
        return;
    }
    attemptFailed(tr("%1 did not answer the status query within %2 ms")
                      .arg(m_transport->description())
                      .arg(m_settings.statusReplyTimeoutMs));
}

void PrintSpooler::onDataReceived(const QByteArray &bytes)
{
    const int rejectedBefore = m_reader.rejectedBytes();
    const int framesBefore = m_reader.automaticFrames();
    m_reader.feed(bytes);
    if (m_reader.rejectedBytes() != rejectedBefore) {
        qCWarning(lcSpooler) << "ignored" << m_reader.rejectedBytes() - rejectedBefore
                             << "bytes from the printer that are no status reply";
    }
    if (m_phase == Phase::Asking && !m_reader.waiting()) {
        onStatusAnswered();
    } else if (m_reader.automaticFrames() != framesBefore) {
        applyStatus(m_reader.status(), true);
    }
}

void PrintSpooler::onStatusAnswered()
{
    m_replyTimer.stop();
    applyStatus(m_reader.status(), true);
    if (!m_current) {
        resetCycle();
        m_phase = Phase::Idle;
        schedulePump();
        return;
    }
    if (m_status.canPrint()) {
        writeCurrentJob();
        return;
    }
    const QString reason = m_status.describe();
    if (reason != m_waitingReason) {
        m_waitingReason = reason;
        qCInfo(lcSpooler) << "job" << m_current->id << "waits:" << reason;
        emit jobWaiting(m_current->id, reason);
    }
    resetCycle();
    m_phase = Phase::Waiting;
    m_pollTimer.start(m_settings.statusPollMs);
}

void PrintSpooler::applyStatus(const PrinterStatus &status, bool drawerReading)
{
    const PrinterStatus old = m_status;
    m_status = status;
    if (old != status) {
        qCInfo(lcSpooler) << "printer status:" << status.describe()
                          << (status.drawerOpen ? "drawer open" : "drawer closed");
        emit statusChanged(status);
    }
    if (drawerReading) {
        if (old.drawerOpen != status.drawerOpen) {
            emit drawerStateChanged(status.drawerOpen);
        }
        checkDrawer(status.drawerOpen);
    }
}

void PrintSpooler::watchDrawerAfterPulse(qint64 jobId)
{
    qint64 eventId = m_drawerEventOfJob.take(jobId);
    if (eventId == 0) {
        // Queued by an earlier run: the newest opening not closed yet is the one it answers.
        auto open = m_drawerLog.openEvent();
        if (open && open->has_value()) {
            eventId = (**open).id;
        }
    }
    if (!readsStatus()) {
        return; // nobody can tell when it closes
    }
    if (!m_drawer.active) {
        m_drawer = DrawerWatch{};
        m_drawer.active = true;
        m_drawer.pulsedAtMs = nowMs();
    }
    if (eventId != 0 && std::find(m_drawer.eventIds.begin(), m_drawer.eventIds.end(), eventId) ==
                            m_drawer.eventIds.end()) {
        m_drawer.eventIds.push_back(eventId);
    }
}

void PrintSpooler::checkDrawer(bool open)
{
    if (!m_drawer.active) {
        return;
    }
    const qint64 elapsed = nowMs() - m_drawer.pulsedAtMs;
    if (open) {
        m_drawer.seenOpen = true;
        if (!m_drawer.alerted && elapsed >= m_settings.drawerOpenAlertMs) {
            m_drawer.alerted = true;
            qCWarning(lcSpooler) << "drawer left open for" << elapsed << "ms";
            emit drawerLeftOpen(m_drawer.pulsedAtMs);
        }
        return;
    }
    if (m_drawer.seenOpen) {
        for (qint64 eventId : m_drawer.eventIds) {
            if (auto closed = m_drawerLog.markClosed(eventId); !closed) {
                qCWarning(lcSpooler) << "cannot record that drawer event" << eventId
                                     << "closed:" << closed.error().message;
            }
        }
        qCInfo(lcSpooler) << "drawer closed after" << elapsed << "ms";
        m_drawer = DrawerWatch{};
        return;
    }
    if (elapsed >= m_settings.drawerSenseMs) {
        qCInfo(lcSpooler) << "the printer never reported the drawer open; not watching it";
        m_drawer = DrawerWatch{};
    }
}

} // namespace pos::devices
