#include "storage/ZReportRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
constexpr const char *kColumns =
    "terminal_id, business_date, z_number, closed_at_ms, closed_by, report_json";

StoredZReport reportFrom(const QSqlQuery &query)
{
    StoredZReport report;
    report.terminalId = query.value(0).toString();
    report.businessDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    report.zNumber = query.value(2).toLongLong();
    report.closedAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    report.closedBy = query.value(4).toString();
    report.snapshot = query.value(5).toString().toUtf8();
    return report;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

Result<qint64> ZReportRepository::nextNumber(const QString &terminalId) const
{
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT COALESCE(MAX(z_number), 0) + 1 FROM z_reports WHERE terminal_id = ?"),
        {terminalId});
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toLongLong();
}

Status ZReportRepository::insert(const StoredZReport &report)
{
    auto closed = isClosed(report.terminalId, report.businessDate);
    if (!closed) {
        return closed.error();
    }
    if (closed.value()) {
        return Error{QStringLiteral("z.already_closed"),
                     QStringLiteral("%1 on terminal %2 already has a Z report")
                         .arg(isoDate(report.businessDate), report.terminalId)};
    }
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO z_reports (terminal_id, business_date, z_number, "
                       "closed_at_ms, closed_by, report_json) VALUES (?, ?, ?, ?, ?, ?)"),
        {report.terminalId, isoDate(report.businessDate), report.zNumber,
         report.closedAt.toMSecsSinceEpoch(), report.closedBy, QString::fromUtf8(report.snapshot)});
    if (!inserted) {
        return inserted.error();
    }
    return success();
}

Result<bool> ZReportRepository::isClosed(const QString &terminalId, const QDate &businessDate) const
{
    auto query = m_database.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM z_reports WHERE "
                                                "terminal_id = ? AND business_date = ?)"),
                                 {terminalId, isoDate(businessDate)});
    if (!query) {
        return query.error();
    }
    return query->next() && query->value(0).toBool();
}

Result<StoredZReport> ZReportRepository::find(const QString &terminalId,
                                              const QDate &businessDate) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM z_reports WHERE terminal_id = ? AND business_date = ?")
            .arg(QLatin1String(kColumns)),
        {terminalId, isoDate(businessDate)});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Result<StoredZReport>::failure(QStringLiteral("z.not_found"),
                                              QStringLiteral("%1 on terminal %2 has no Z report")
                                                  .arg(isoDate(businessDate), terminalId));
    }
    return reportFrom(query.value());
}

Result<std::vector<StoredZReport>> ZReportRepository::history(const QString &terminalId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM z_reports WHERE terminal_id = ? ORDER BY z_number DESC")
            .arg(QLatin1String(kColumns)),
        {terminalId});
    if (!query) {
        return query.error();
    }
    std::vector<StoredZReport> reports;
    while (query->next()) {
        reports.push_back(reportFrom(query.value()));
    }
    return reports;
}

Status ZReportRepository::insertCarryOver(const CarryOver &carryOver)
{
    auto existing = findCarryOver(carryOver.outTradeNo);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error{QStringLiteral("z.already_carried_over"),
                     QStringLiteral("attempt %1 was already carried over by %2")
                         .arg(carryOver.outTradeNo, existing.value()->supervisor)};
    }
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO z_carry_overs (out_trade_no, terminal_id, business_date, "
                       "supervisor, at_ms) VALUES (?, ?, ?, ?, ?)"),
        {carryOver.outTradeNo, carryOver.terminalId, isoDate(carryOver.businessDate),
         carryOver.supervisor, carryOver.at.toMSecsSinceEpoch()});
    if (!inserted) {
        return inserted.error();
    }
    return success();
}

Result<std::optional<CarryOver>> ZReportRepository::findCarryOver(const QString &outTradeNo) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT out_trade_no, terminal_id, business_date, supervisor, at_ms FROM "
                       "z_carry_overs WHERE out_trade_no = ?"),
        {outTradeNo});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<CarryOver>();
    }
    return std::optional<CarryOver>(CarryOver{
        query->value(0).toString(), query->value(1).toString(),
        QDate::fromString(query->value(2).toString(), Qt::ISODate), query->value(3).toString(),
        QDateTime::fromMSecsSinceEpoch(query->value(4).toLongLong(), Qt::UTC)});
}

} // namespace pos::storage
