#include "storage/ShiftRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

using settlement::CashCount;
using settlement::Shift;

namespace {
constexpr const char *kSelect =
    "SELECT s.id, s.terminal_id, s.cashier_id, s.business_date, s.currency, s.opened_at_ms, "
    "s.opening_float_minor, s.opened_from_shift, s.blind, s.counted_minor, s.closed_at_ms, "
    "s.cash_sales_minor, s.cash_refunds_minor, s.pay_ins_minor, s.pay_outs_minor, "
    "s.expected_minor, s.over_short_minor, s.reason, s.signed_off_by, "
    "(SELECT n.id FROM shifts n WHERE n.opened_from_shift = s.id) FROM shifts s ";

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

Shift shiftFrom(const QSqlQuery &query)
{
    const QString currency = query.value(4).toString();
    const auto money = [&](int column) {
        return Money::fromMinor(query.value(column).toLongLong(), currency);
    };
    Shift shift;
    shift.id = query.value(0).toLongLong();
    shift.terminalId = query.value(1).toString();
    shift.cashierId = query.value(2).toLongLong();
    shift.businessDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    shift.openedAtMs = query.value(5).toLongLong();
    shift.openingFloat = money(6);
    shift.openedFromShift = query.value(7).toLongLong();
    shift.blind = query.value(8).toInt() != 0;
    if (!query.value(9).isNull()) {
        shift.counted = money(9);
    }
    shift.closedAtMs = query.value(10).toLongLong();
    shift.cashSales = money(11);
    shift.cashRefunds = money(12);
    shift.payIns = money(13);
    shift.payOuts = money(14);
    shift.expected = money(15);
    shift.overShortMinor = query.value(16).toLongLong();
    shift.reason = query.value(17).toString();
    shift.signedOffBy = query.value(18).toLongLong();
    shift.handedOverTo = query.value(19).toLongLong();
    return shift;
}
} // namespace

Status ShiftRepository::insertOpen(Shift &shift)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO shifts (terminal_id, cashier_id, business_date, currency, "
                       "opened_at_ms, opening_float_minor, opened_from_shift) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {shift.terminalId, shift.cashierId, shift.businessDate.toString(Qt::ISODate),
         shift.currency(), shift.openedAtMs, shift.openingFloat.minor(),
         nullIfZero(shift.openedFromShift)});
    if (!inserted) {
        if (inserted.error().message.contains(QLatin1String("shifts.terminal_id"))) {
            return Error{
                QStringLiteral("shift.already_open"),
                QStringLiteral("terminal %1 already has an open shift").arg(shift.terminalId)};
        }
        return inserted.error();
    }
    shift.id = inserted->lastInsertId().toLongLong();
    return success();
}

Result<Shift> ShiftRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE s.id = ?"), {id});
    if (!found) {
        return found.error();
    }
    if (found->empty()) {
        return Result<Shift>::failure(QStringLiteral("shift.not_found"),
                                      QStringLiteral("no shift %1").arg(id));
    }
    return found->front();
}

Result<std::optional<Shift>> ShiftRepository::openOn(const QString &terminalId) const
{
    auto found =
        select(QStringLiteral("WHERE s.terminal_id = ? AND s.closed_at_ms IS NULL"), {terminalId});
    if (!found) {
        return found.error();
    }
    return found->empty() ? std::optional<Shift>() : std::optional<Shift>(found->front());
}

Result<qint64> ShiftRepository::lastClosedAtMs(const QString &terminalId, qint64 cashierId) const
{
    auto query = m_database.exec(QStringLiteral("SELECT COALESCE(MAX(closed_at_ms), 0) FROM shifts "
                                                "WHERE terminal_id = ? AND cashier_id = ?"),
                                 {terminalId, cashierId});
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toLongLong();
}

Result<std::vector<Shift>> ShiftRepository::listForDay(const QString &terminalId, const QDate &date,
                                                       std::optional<qint64> cashierId) const
{
    QString where = QStringLiteral("WHERE s.terminal_id = ? AND s.business_date = ?");
    QVariantList bindings{terminalId, date.toString(Qt::ISODate)};
    if (cashierId) {
        where += QStringLiteral(" AND s.cashier_id = ?");
        bindings.append(*cashierId);
    }
    return select(where + QStringLiteral(" ORDER BY s.opened_at_ms, s.id"), bindings);
}

Status ShiftRepository::markBlind(qint64 shiftId)
{
    auto updated =
        m_database.exec(QStringLiteral("UPDATE shifts SET blind = 1 WHERE id = ?"), {shiftId});
    if (!updated) {
        return updated.error();
    }
    return success();
}

Status ShiftRepository::saveCount(qint64 shiftId, const CashCount &count)
{
    if (auto removed = m_database.exec(QStringLiteral("DELETE FROM cash_counts WHERE shift_id = ?"),
                                       {shiftId});
        !removed) {
        return removed.error();
    }
    for (const auto &[denomination, quantity] : count.quantities()) {
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO cash_counts (shift_id, denomination_minor, quantity) "
                           "VALUES (?, ?, ?)"),
            {shiftId, denomination, quantity});
        if (!inserted) {
            return inserted.error();
        }
    }
    auto updated =
        m_database.exec(QStringLiteral("UPDATE shifts SET counted_minor = ? WHERE id = ?"),
                        {count.total().minor(), shiftId});
    if (!updated) {
        return updated.error();
    }
    return success();
}

Result<CashCount> ShiftRepository::countOf(qint64 shiftId,
                                           const settlement::Denominations &denominations) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT denomination_minor, quantity FROM cash_counts WHERE shift_id = ?"),
        {shiftId});
    if (!query) {
        return query.error();
    }
    std::map<qint64, qint64> quantities;
    while (query->next()) {
        quantities[query->value(0).toLongLong()] = query->value(1).toLongLong();
    }
    return CashCount::of(denominations, quantities);
}

Status ShiftRepository::close(const Shift &shift)
{
    auto updated = m_database.exec(
        QStringLiteral("UPDATE shifts SET closed_at_ms = ?, counted_minor = ?, "
                       "cash_sales_minor = ?, cash_refunds_minor = ?, pay_ins_minor = ?, "
                       "pay_outs_minor = ?, expected_minor = ?, over_short_minor = ?, reason = ?, "
                       "signed_off_by = ? WHERE id = ? AND closed_at_ms IS NULL"),
        {shift.closedAtMs, shift.counted ? QVariant(shift.counted->minor()) : QVariant(),
         shift.cashSales.minor(), shift.cashRefunds.minor(), shift.payIns.minor(),
         shift.payOuts.minor(), shift.expected.minor(), shift.overShortMinor, shift.reason,
         nullIfZero(shift.signedOffBy), shift.id});
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() == 0) {
        return Error{QStringLiteral("shift.not_open"),
                     QStringLiteral("shift %1 is already closed").arg(shift.id)};
    }
    return success();
}

Result<qint64> ShiftRepository::addMovement(qint64 shiftId, const QString &kind,
                                            const Money &amount, const QString &reason,
                                            qint64 cashierId, qint64 atMs)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO cash_movements (shift_id, kind, amount_minor, reason, "
                       "cashier_id, at_ms) VALUES (?, ?, ?, ?, ?, ?)"),
        {shiftId, kind, amount.minor(), reason, cashierId, atMs});
    if (!inserted) {
        return inserted.error();
    }
    return inserted->lastInsertId().toLongLong();
}

Result<CashMovementTotals> ShiftRepository::movementTotals(qint64 shiftId,
                                                           const QString &currency) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN kind = 'pay_in' THEN amount_minor END), 0), "
                       "COALESCE(SUM(CASE WHEN kind = 'pay_out' THEN amount_minor END), 0) "
                       "FROM cash_movements WHERE shift_id = ?"),
        {shiftId});
    if (!query) {
        return query.error();
    }
    query->next();
    return CashMovementTotals{Money::fromMinor(query->value(0).toLongLong(), currency),
                              Money::fromMinor(query->value(1).toLongLong(), currency)};
}

Result<std::vector<Shift>> ShiftRepository::select(const QString &where,
                                                   const QVariantList &bindings) const
{
    auto query = m_database.exec(QLatin1String(kSelect) + where, bindings);
    if (!query) {
        return query.error();
    }
    std::vector<Shift> shifts;
    while (query->next()) {
        shifts.push_back(shiftFrom(query.value()));
    }
    return shifts;
}

} // namespace pos::storage
