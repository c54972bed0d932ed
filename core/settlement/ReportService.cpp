#include "settlement/ReportService.h"

#include "domain/BusinessCalendar.h"
#include "outbox/SettlementOutbox.h"
#include "settlement/DayEndAccess.h"
#include "settlement/DayReportJson.h"
#include "settlement/LedgerFigures.h"
#include "settlement/ShiftService.h"
#include "settlement/UnresolvedAttempts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SettlementSettings.h"
#include "storage/ZReportRepository.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcSettlement, "pos.settlement")

namespace pos::settlement {

namespace {
bool mayHaveTakenMoney(const QString &state)
{
    return state == QLatin1String("sent") || state == QLatin1String("user_paying") ||
           state == QLatin1String("unknown") || state == QLatin1String("pending_statement");
}

QString dayName(const QString &terminalId, const QDate &businessDate)
{
    return QStringLiteral("%1 %2").arg(terminalId, businessDate.toString(Qt::ISODate));
}
} // namespace

Result<DayReport> ReportService::compute(DayReport::Type type, const QString &terminalId,
                                         const QDate &businessDate,
                                         std::optional<qint64> cashierId) const
{
    DayReport report;
    report.type = type;
    report.terminalId = terminalId;
    report.businessDate = businessDate;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.cashierId = cashierId;
    if (cashierId && *cashierId != 0) {
        auto name =
            m_database.exec(QStringLiteral("SELECT name FROM cashiers WHERE id = ?"), {*cashierId});
        if (!name) {
            return name.error();
        }
        if (name->next()) {
            report.cashierName = name->value(0).toString();
        }
    }
    if (auto figures = addLedgerFigures(m_database, report); !figures) {
        return figures.error();
    }
    auto unresolved = unresolvedAttempts(m_database, terminalId, businessDate, cashierId);
    if (!unresolved) {
        return unresolved.error();
    }
    report.unresolved = std::move(unresolved.value());
    // The drawer: the shifts of the day (one cashier's for the per-cashier view).
    auto cash = ShiftService(m_database).cashSummary(terminalId, businessDate, cashierId);
    if (!cash) {
        return cash.error();
    }
    report.cash = cash.value();
    return report;
}

Result<DayReport> ReportService::xReport(const QString &terminalId, const QDate &businessDate,
                                         std::optional<qint64> cashierId) const
{
    return compute(DayReport::Type::X, terminalId, businessDate, cashierId);
}

Result<std::vector<qint64>> ReportService::cashiersOfDay(const QString &terminalId,
                                                         const QDate &businessDate) const
{
    const QString day = businessDate.toString(Qt::ISODate);
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT COALESCE(cashier_id, 0) FROM settlement_ledger WHERE terminal_id = ? AND "
            "business_date = ? UNION SELECT COALESCE(o.cashier_id, 0) FROM payment_attempts a "
            "JOIN orders o ON o.id = a.order_id WHERE a.state IN ('sent', 'user_paying', "
            "'unknown', 'pending_statement') AND o.terminal_id = ? AND o.business_date = ? "
            "ORDER BY 1"),
        {terminalId, day, terminalId, day});
    if (!query) {
        return query.error();
    }
    std::vector<qint64> ids;
    while (query->next()) {
        ids.push_back(query->value(0).toLongLong());
    }
    return ids;
}

Result<DayReport> ReportService::closeDay(const QString &terminalId, const QDate &businessDate,
                                          const Cashier &supervisor)
{
    if (auto allowed = requireDayEndSupervisor(supervisor); !allowed) {
        return allowed.error();
    }
    auto cutoff = storage::loadCutoffHour(m_database);
    if (!cutoff) {
        return cutoff.error();
    }
    if (businessDate >
        BusinessCalendar(cutoff.value()).businessDate(QDateTime::currentDateTime())) {
        return Result<DayReport>::failure(
            QStringLiteral("z.future_day"),
            QStringLiteral("%1 has not begun yet").arg(dayName(terminalId, businessDate)));
    }
    storage::Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    // Writing first takes the write lock before anything is read: the figures, the number and
    // the insert then come from one state of the database, and no booking slips in between.
    if (auto audited = storage::AuditLog(m_database)
                           .record(supervisor.id, QStringLiteral("z.close"),
                                   dayName(terminalId, businessDate));
        !audited) {
        return audited.error();
    }
    storage::ZReportRepository zReports(m_database);
    auto closed = zReports.isClosed(terminalId, businessDate);
    if (!closed) {
        return closed.error();
    }
    if (closed.value()) {
        return Result<DayReport>::failure(
            QStringLiteral("z.already_closed"),
            QStringLiteral("%1 is already closed").arg(dayName(terminalId, businessDate)));
    }
    auto report = compute(DayReport::Type::Z, terminalId, businessDate, std::nullopt);
    if (!report) {
        return report.error();
    }
    QStringList blocking;
    for (const UnresolvedAttempt &attempt : report->unresolved) {
        if (!attempt.carriedOver) {
            blocking << QStringLiteral("%1 (%2, %3, %4)")
                            .arg(attempt.outTradeNo, attempt.channel, attempt.state,
                                 attempt.amount.toDecimalString());
        }
    }
    if (!blocking.isEmpty()) {
        return Result<DayReport>::failure(
            QStringLiteral("z.unresolved"),
            QStringLiteral("%1 cannot close: resolve or carry over %2")
                .arg(dayName(terminalId, businessDate), blocking.join(QStringLiteral(", "))));
    }
    auto number = zReports.nextNumber(terminalId);
    if (!number) {
        return number.error();
    }
    report->zNumber = number.value();
    const storage::StoredZReport stored{terminalId,      businessDate,
                                        number.value(),  report->generatedAt,
                                        supervisor.code, toJsonBytes(report.value())};
    if (auto inserted = zReports.insert(stored); !inserted) {
        return inserted.error();
    }
    // Head office gets the snapshot through the outbox; no Z without its upload, nor the reverse.
    if (auto queued = outbox::enqueueZReport(m_database, stored); !queued) {
        return queued.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcSettlement) << "closed" << dayName(terminalId, businessDate) << "as Z"
                         << number.value() << "by" << supervisor.code;
    return report;
}

Status ReportService::carryOver(const QString &outTradeNo, const Cashier &supervisor)
{
    if (auto allowed = requireDayEndSupervisor(supervisor); !allowed) {
        return allowed;
    }
    storage::Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    if (auto audited = storage::AuditLog(m_database)
                           .record(supervisor.id, QStringLiteral("z.carry_over"), outTradeNo);
        !audited) {
        return audited;
    }
    auto attempt = m_database.exec(
        QStringLiteral("SELECT a.state, o.terminal_id, o.business_date FROM payment_attempts a "
                       "JOIN orders o ON o.id = a.order_id WHERE a.out_trade_no = ?"),
        {outTradeNo});
    if (!attempt) {
        return attempt.error();
    }
    if (!attempt->next()) {
        return Error{QStringLiteral("z.not_found"),
                     QStringLiteral("no attempt %1").arg(outTradeNo)};
    }
    const QString state = attempt->value(0).toString();
    const QString terminalId = attempt->value(1).toString();
    const QDate businessDate = QDate::fromString(attempt->value(2).toString(), Qt::ISODate);
    if (!mayHaveTakenMoney(state)) {
        return Error{
            QStringLiteral("z.not_unresolved"),
            QStringLiteral("attempt %1 is %2: nothing to carry over").arg(outTradeNo, state)};
    }
    storage::ZReportRepository zReports(m_database);
    auto closed = zReports.isClosed(terminalId, businessDate);
    if (!closed) {
        return closed.error();
    }
    if (closed.value()) {
        return Error{QStringLiteral("z.already_closed"),
                     QStringLiteral("%1 is already closed").arg(dayName(terminalId, businessDate))};
    }
    if (auto inserted =
            zReports.insertCarryOver({outTradeNo, terminalId, businessDate, supervisor.code,
                                      QDateTime::currentDateTimeUtc()});
        !inserted) {
        return inserted;
    }
    return transaction.commit();
}

Result<DayReport> ReportService::zReport(const QString &terminalId, const QDate &businessDate) const
{
    auto stored = storage::ZReportRepository(m_database).find(terminalId, businessDate);
    if (!stored) {
        return stored.error();
    }
    return dayReportFromJsonBytes(stored->snapshot);
}

Result<std::vector<ZSummary>> ReportService::zHistory(const QString &terminalId) const
{
    auto stored = storage::ZReportRepository(m_database).history(terminalId);
    if (!stored) {
        return stored.error();
    }
    std::vector<ZSummary> history;
    for (const storage::StoredZReport &z : stored.value()) {
        auto report = dayReportFromJsonBytes(z.snapshot);
        if (!report) {
            return Result<std::vector<ZSummary>>::failure(
                report.error().code, QStringLiteral("Z %1 of %2: %3")
                                         .arg(z.zNumber)
                                         .arg(z.terminalId, report.error().message));
        }
        history.push_back({z.zNumber, z.terminalId, z.businessDate, z.closedAt, z.closedBy,
                           report->salesCount, report->salesAmount, report->refundAmount,
                           report->netMinor});
    }
    return history;
}

} // namespace pos::settlement
