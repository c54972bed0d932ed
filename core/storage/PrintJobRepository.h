#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace pos::storage {

class Database;

enum class PrintJobKind
{
    Receipt,
    Copy, // a reprint marked as a copy
    Drawer,
    Test,
    Qr,
    Report
};

enum class PrintJobState
{
    Queued,
    Printed,
    Abandoned
};

QString printJobKindName(PrintJobKind kind);
Result<PrintJobKind> printJobKindFromName(const QString &name);
QString printJobStateName(PrintJobState state);

// One document for the printer, exactly as it will be (or was) sent.
struct PrintJob
{
    qint64 id = 0;
    PrintJobKind kind = PrintJobKind::Receipt;
    QString orderId; // empty when the job belongs to no order
    QByteArray bytes;
    QString preview; // text rendering for people (reprint screen, simulated printer)
    PrintJobState state = PrintJobState::Queued;
    int attempts = 0; // failed tries so far
    QString lastError;
    qint64 createdAtMs = 0;
    qint64 printedAtMs = 0; // 0 while not printed
};

// The print spooler's durable queue. A job is committed before any byte reaches the printer and
// leaves the queue only when the printer took it (printed) or a supervisor gave it up
// (abandoned): a crash or an unplugged printer never loses a receipt.
class PrintJobRepository
{
public:
    explicit PrintJobRepository(Database &database) : m_database(database) {}

    // Stores a queued job (durably, synchronous=FULL) and returns its id.
    Result<qint64> enqueue(PrintJobKind kind, const QString &orderId, const QByteArray &bytes,
                           const QString &preview);

    // Queued jobs, oldest first.
    Result<std::vector<PrintJob>> queued() const;
    Result<std::optional<PrintJob>> oldestQueued() const;
    Result<int> queuedCount() const;
    Result<PrintJob> find(qint64 id) const;

    // Queued → printed. Error "print_job.not_queued" when the job is not queued (abandoned
    // meanwhile, printed already, unknown id).
    Status markPrinted(qint64 id);
    // One more failed try; the job stays queued.
    Status recordFailure(qint64 id, const QString &error);
    // Queued → abandoned: only by an explicit supervisor decision. Same error as markPrinted.
    Status abandon(qint64 id);

    // The newest jobs of any state, newest first.
    Result<std::vector<PrintJob>> recent(int limit) const;
    // The newest receipt or copy job of the order, whatever its state.
    Result<std::optional<PrintJob>> lastReceiptFor(const QString &orderId) const;

private:
    Result<std::vector<PrintJob>> select(const QString &where, const QVariantList &bindings,
                                         const QString &orderAndLimit) const;
    Status leaveQueue(qint64 id, PrintJobState to);

    Database &m_database;
};

} // namespace pos::storage
