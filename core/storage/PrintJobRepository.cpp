#include "storage/PrintJobRepository.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <utility>

namespace pos::storage {

namespace {
constexpr const char *kColumns = "id, kind, order_id, bytes, preview, state, attempts, last_error, "
                                 "created_at_ms, printed_at_ms";

constexpr std::array<std::pair<PrintJobKind, const char *>, 6> kKindNames{{
    {PrintJobKind::Receipt, "receipt"},
    {PrintJobKind::Copy, "copy"},
    {PrintJobKind::Drawer, "drawer"},
    {PrintJobKind::Test, "test"},
    {PrintJobKind::Qr, "qr"},
    {PrintJobKind::Report, "report"},
}};

PrintJobState stateFromName(const QString &name)
{
    if (name == QLatin1String("printed")) {
        return PrintJobState::Printed;
    }
    if (name == QLatin1String("abandoned")) {
        return PrintJobState::Abandoned;
    }
    return PrintJobState::Queued; // the CHECK constraint admits nothing else
}

PrintJob jobFrom(const QSqlQuery &query)
{
    PrintJob job;
    job.id = query.value(0).toLongLong();
    auto kind = printJobKindFromName(query.value(1).toString());
    job.kind = kind ? kind.value() : PrintJobKind::Receipt;
    job.orderId = query.value(2).toString();
    job.bytes = query.value(3).toByteArray();
    job.preview = query.value(4).toString();
    job.state = stateFromName(query.value(5).toString());
    job.attempts = query.value(6).toInt();
    job.lastError = query.value(7).toString();
    job.createdAtMs = query.value(8).toLongLong();
    job.printedAtMs = query.value(9).isNull() ? 0 : query.value(9).toLongLong();
    return job;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

QString printJobKindName(PrintJobKind kind)
{
    for (const auto &[value, name] : kKindNames) {
        if (value == kind) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("receipt");
}

Result<PrintJobKind> printJobKindFromName(const QString &name)
{
    for (const auto &[value, text] : kKindNames) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return Result<PrintJobKind>::failure(QStringLiteral("print_job.bad_kind"),
                                         QStringLiteral("unknown print job kind %1").arg(name));
}

QString printJobStateName(PrintJobState state)
{
    switch (state) {
    case PrintJobState::Queued:
        return QStringLiteral("queued");
    case PrintJobState::Printed:
        return QStringLiteral("printed");
    case PrintJobState::Abandoned:
        return QStringLiteral("abandoned");
    }
    return QStringLiteral("queued");
}

Result<qint64> PrintJobRepository::enqueue(PrintJobKind kind, const QString &orderId,
                                           const QByteArray &bytes, const QString &preview)
{
    if (bytes.isEmpty()) {
        return Result<qint64>::failure(QStringLiteral("print_job.empty"),
                                       QStringLiteral("a print job needs at least one byte"));
    }
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO print_jobs (kind, order_id, bytes, preview, state, "
                       "created_at_ms) VALUES (?, ?, ?, ?, 'queued', ?)"),
        {printJobKindName(kind), nullIfEmpty(orderId), bytes, preview,
         QDateTime::currentMSecsSinceEpoch()});
    if (!inserted) {
        return inserted.error();
    }
    return inserted->lastInsertId().toLongLong();
}

Result<std::vector<PrintJob>> PrintJobRepository::select(const QString &where,
                                                         const QVariantList &bindings,
                                                         const QString &orderAndLimit) const
{
    auto query = m_database.exec(QStringLiteral("SELECT %1 FROM print_jobs WHERE %2 %3")
                                     .arg(QLatin1String(kColumns), where, orderAndLimit),
                                 bindings);
    if (!query) {
        return query.error();
    }
    std::vector<PrintJob> jobs;
    while (query->next()) {
        jobs.push_back(jobFrom(query.value()));
    }
    return jobs;
}

Result<std::vector<PrintJob>> PrintJobRepository::queued() const
{
    return select(QStringLiteral("state = 'queued'"), {}, QStringLiteral("ORDER BY id"));
}

Result<std::optional<PrintJob>> PrintJobRepository::oldestQueued() const
{
    auto jobs =
        select(QStringLiteral("state = 'queued'"), {}, QStringLiteral("ORDER BY id LIMIT 1"));
    if (!jobs) {
        return jobs.error();
    }
    if (jobs->empty()) {
        return std::optional<PrintJob>();
    }
    return std::optional<PrintJob>(jobs->front());
}

Result<int> PrintJobRepository::queuedCount() const
{
    auto query =
        m_database.exec(QStringLiteral("SELECT COUNT(*) FROM print_jobs WHERE state = 'queued'"));
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt();
}

Result<PrintJob> PrintJobRepository::find(qint64 id) const
{
    auto jobs = select(QStringLiteral("id = ?"), {id}, {});
    if (!jobs) {
        return jobs.error();
    }
    if (jobs->empty()) {
        return Result<PrintJob>::failure(QStringLiteral("print_job.not_found"),
                                         QStringLiteral("no print job %1").arg(id));
    }
    return jobs->front();
}

Status PrintJobRepository::leaveQueue(qint64 id, PrintJobState to)
{
    const bool printed = to == PrintJobState::Printed;
    auto updated =
        m_database.exec(QStringLiteral("UPDATE print_jobs SET state = ?, printed_at_ms = ? "
                                       "WHERE id = ? AND state = 'queued'"),
                        {printJobStateName(to),
                         printed ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant(), id});
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() != 1) {
        return Error{QStringLiteral("print_job.not_queued"),
                     QStringLiteral("print job %1 is not queued").arg(id)};
    }
    return success();
}

Status PrintJobRepository::markPrinted(qint64 id)
{
    return leaveQueue(id, PrintJobState::Printed);
}

Status PrintJobRepository::abandon(qint64 id)
{
    return leaveQueue(id, PrintJobState::Abandoned);
}

Status PrintJobRepository::recordFailure(qint64 id, const QString &error)
{
    auto updated = m_database.exec(QStringLiteral("UPDATE print_jobs SET attempts = attempts + 1, "
                                                  "last_error = ? WHERE id = ?"),
                                   {error, id});
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() != 1) {
        return Error{QStringLiteral("print_job.not_found"),
                     QStringLiteral("no print job %1").arg(id)};
    }
    return success();
}

Result<std::vector<PrintJob>> PrintJobRepository::recent(int limit) const
{
    return select(QStringLiteral("1 = 1"), {limit}, QStringLiteral("ORDER BY id DESC LIMIT ?"));
}

Result<std::optional<PrintJob>> PrintJobRepository::lastReceiptFor(const QString &orderId) const
{
    auto jobs = select(QStringLiteral("order_id = ? AND kind IN ('receipt', 'copy')"), {orderId},
                       QStringLiteral("ORDER BY id DESC LIMIT 1"));
    if (!jobs) {
        return jobs.error();
    }
    if (jobs->empty()) {
        return std::optional<PrintJob>();
    }
    return std::optional<PrintJob>(jobs->front());
}

} // namespace pos::storage
