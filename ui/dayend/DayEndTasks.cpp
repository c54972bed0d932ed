#include "dayend/DayEndTasks.h"

#include "outbox/OutboxRepository.h"
#include "outbox/SettlementOutbox.h"
#include "settlement/ReportService.h"
#include "storage/CashierRepository.h"

#include <QCoreApplication>

namespace pos::ui {

namespace {

Result<std::vector<std::pair<qint64, QString>>> cashiersOf(storage::Database &database,
                                                           const std::vector<qint64> &ids)
{
    auto everyone = storage::CashierRepository(database).all();
    if (!everyone) {
        return everyone.error();
    }
    std::vector<std::pair<qint64, QString>> named;
    for (qint64 id : ids) {
        QString name = id == 0 ? QCoreApplication::translate("DayEnd", "No cashier (automatic)")
                               : QStringLiteral("#%1").arg(id);
        for (const Cashier &cashier : everyone.value()) {
            if (cashier.id == id) {
                name = QStringLiteral("%1 (%2)").arg(cashier.name, cashier.code);
            }
        }
        named.emplace_back(id, name);
    }
    return named;
}

QString uploadText(const outbox::OutboxItemState &item)
{
    switch (item.state) {
    case outbox::OutboxState::Sent:
        return QCoreApplication::translate("DayEnd", "sent");
    case outbox::OutboxState::Waiting:
        return item.attempts == 0
                   ? QCoreApplication::translate("DayEnd", "waiting")
                   : QCoreApplication::translate("DayEnd", "waiting, %n failed attempt(s): %1",
                                                 nullptr, item.attempts)
                         .arg(item.lastError);
    case outbox::OutboxState::Rejected:
        return QCoreApplication::translate("DayEnd", "rejected: %1 (posctl outbox retry %2)")
            .arg(item.lastError)
            .arg(item.seq);
    case outbox::OutboxState::None:
        break;
    }
    return QCoreApplication::translate("DayEnd", "not queued");
}

} // namespace

Result<LoadedDay> loadDay(storage::Database &database, const QString &terminalId,
                          const QDate &businessDate, std::optional<qint64> cashierId)
{
    settlement::ReportService reports(database);
    LoadedDay day;
    if (!cashierId) {
        auto stored = reports.zReport(terminalId, businessDate);
        if (stored) {
            day.report = std::move(stored).value();
            day.closed = true;
        } else if (stored.error().code != QLatin1String("z.not_found")) {
            return stored.error();
        }
    }
    if (!day.closed) {
        auto computed = reports.xReport(terminalId, businessDate, cashierId);
        if (!computed) {
            return computed.error();
        }
        day.report = std::move(computed).value();
    }
    auto ids = reports.cashiersOfDay(terminalId, businessDate);
    if (!ids) {
        return ids.error();
    }
    auto named = cashiersOf(database, ids.value());
    if (!named) {
        return named.error();
    }
    day.cashiers = std::move(named).value();
    return day;
}

Result<std::vector<ZHistoryEntry>> loadZHistory(storage::Database &database,
                                                const QString &terminalId)
{
    auto history = settlement::ReportService(database).zHistory(terminalId);
    if (!history) {
        return history.error();
    }
    outbox::OutboxRepository uploads(database);
    std::vector<ZHistoryEntry> entries;
    for (const settlement::ZSummary &summary : history.value()) {
        auto upload =
            uploads.stateOf(outbox::kZReportKind,
                            outbox::zReportKey(terminalId, summary.businessDate, summary.zNumber));
        if (!upload) {
            return upload.error();
        }
        entries.push_back({summary, uploadText(upload.value())});
    }
    return entries;
}

} // namespace pos::ui
