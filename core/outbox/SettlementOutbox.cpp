#include "outbox/SettlementOutbox.h"

#include "outbox/OutboxRepository.h"
#include "settlement/Shift.h"
#include "storage/Database.h"
#include "storage/ZReportRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace pos::outbox {

namespace {
Result<QString> cashierCode(const storage::Database &database, qint64 cashierId)
{
    if (cashierId == 0) {
        return QString();
    }
    auto query =
        database.exec(QStringLiteral("SELECT code FROM cashiers WHERE id = ?"), {cashierId});
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toString() : QString();
}
} // namespace

QString zReportKey(const QString &terminalId, const QDate &businessDate, qint64 zNumber)
{
    return QStringLiteral("%1/%2/Z%3")
        .arg(terminalId, businessDate.toString(Qt::ISODate))
        .arg(zNumber);
}

QString shiftCloseKey(const QString &terminalId, qint64 shiftId)
{
    return QStringLiteral("%1/shift/%2").arg(terminalId).arg(shiftId);
}

Status enqueueZReport(storage::Database &database, const storage::StoredZReport &report)
{
    auto queued = OutboxRepository(database).enqueue(
        kZReportKind, zReportKey(report.terminalId, report.businessDate, report.zNumber),
        report.snapshot, report.terminalId);
    if (!queued) {
        return queued.error();
    }
    return success();
}

Result<QByteArray> shiftCloseJson(const storage::Database &database, const settlement::Shift &shift)
{
    auto cashier = cashierCode(database, shift.cashierId);
    if (!cashier) {
        return cashier.error();
    }
    auto signer = cashierCode(database, shift.signedOffBy);
    if (!signer) {
        return signer.error();
    }
    const QJsonObject json{
        {QStringLiteral("shift_id"), shift.id},
        {QStringLiteral("terminal_id"), shift.terminalId},
        {QStringLiteral("cashier_id"), shift.cashierId},
        {QStringLiteral("cashier_code"), cashier.value()},
        {QStringLiteral("business_date"), shift.businessDate.toString(Qt::ISODate)},
        {QStringLiteral("opened_at_ms"), shift.openedAtMs},
        {QStringLiteral("closed_at_ms"), shift.closedAtMs},
        {QStringLiteral("currency"), shift.currency()},
        {QStringLiteral("opening_float_minor"), shift.openingFloat.minor()},
        {QStringLiteral("cash_sales_minor"), shift.cashSales.minor()},
        {QStringLiteral("cash_refunds_minor"), shift.cashRefunds.minor()},
        {QStringLiteral("pay_ins_minor"), shift.payIns.minor()},
        {QStringLiteral("pay_outs_minor"), shift.payOuts.minor()},
        {QStringLiteral("expected_minor"), shift.expected.minor()},
        {QStringLiteral("counted_minor"), shift.counted ? shift.counted->minor() : 0},
        {QStringLiteral("over_short_minor"), shift.overShortMinor},
        {QStringLiteral("reason"), shift.reason},
        {QStringLiteral("signed_off_by"), shift.signedOffBy},
        {QStringLiteral("signed_off_by_code"), signer.value()},
        {QStringLiteral("blind"), shift.blind},
        {QStringLiteral("opened_from_shift"), shift.openedFromShift},
        {QStringLiteral("handed_over_to"), shift.handedOverTo},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Status enqueueShiftClose(storage::Database &database, const settlement::Shift &shift)
{
    auto payload = shiftCloseJson(database, shift);
    if (!payload) {
        return payload.error();
    }
    auto queued = OutboxRepository(database).enqueue(kShiftCloseKind,
                                                     shiftCloseKey(shift.terminalId, shift.id),
                                                     payload.value(), shift.terminalId);
    if (!queued) {
        return queued.error();
    }
    return success();
}

} // namespace pos::outbox
