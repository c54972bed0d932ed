#include "storage/CashTakings.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace pos::storage {

namespace {
// Ledger amounts are signed: tenders +, reversed tenders −, refunds −.
constexpr const char *kFromLedger =
    "SELECT COALESCE(SUM(CASE WHEN kind IN ('tender', 'tender_reversed') THEN amount_minor END), "
    "0), COALESCE(-SUM(CASE WHEN kind = 'refund' THEN amount_minor END), 0) "
    "FROM settlement_ledger WHERE channel = 'cash' AND terminal_id = ? AND cashier_id = ? "
    "AND at_ms BETWEEN ? AND ?";

// A cash sale is booked when its attempt succeeded, a cash refund when it was handed back; the
// refund belongs to the cashier who asked for it (refunds record the cashier's code).
constexpr const char *kFromPaymentTables =
    "SELECT (SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_attempts a "
    "          JOIN orders o ON o.id = a.order_id "
    "         WHERE a.channel = 'cash' AND a.state = 'succeeded' AND o.terminal_id = ? "
    "           AND o.cashier_id = ? AND a.updated_at_ms BETWEEN ? AND ?), "
    "       (SELECT COALESCE(SUM(r.amount_minor), 0) FROM refunds r "
    "          JOIN orders o ON o.id = r.order_id "
    "          JOIN cashiers c ON c.code = r.requested_by "
    "         WHERE r.channel = 'cash' AND r.state IN ('succeeded', 'by_hand_done') "
    "           AND o.terminal_id = ? AND c.id = ? AND r.updated_at_ms BETWEEN ? AND ?)";
} // namespace

Result<CashTakingsSource> CashTakingsQuery::defaultSource() const
{
    auto query = m_database.exec(QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'settlement_ledger'"));
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt() > 0 ? CashTakingsSource::Ledger
                                       : CashTakingsSource::PaymentTables;
}

Result<CashTakings> CashTakingsQuery::between(const QString &terminalId, qint64 cashierId,
                                              qint64 fromMs, std::optional<qint64> untilMs,
                                              const QString &currency) const
{
    auto source = defaultSource();
    if (!source) {
        return source.error();
    }
    return between(source.value(), terminalId, cashierId, fromMs, untilMs, currency);
}

Result<CashTakings> CashTakingsQuery::between(CashTakingsSource source, const QString &terminalId,
                                              qint64 cashierId, qint64 fromMs,
                                              std::optional<qint64> untilMs,
                                              const QString &currency) const
{
    const qint64 until = untilMs.value_or(std::numeric_limits<qint64>::max());
    const QVariantList window{terminalId, cashierId, fromMs, until};
    auto query = source == CashTakingsSource::Ledger
                     ? m_database.exec(QLatin1String(kFromLedger), window)
                     : m_database.exec(QLatin1String(kFromPaymentTables), window + window);
    if (!query) {
        return query.error();
    }
    query->next();
    return CashTakings{Money::fromMinor(query->value(0).toLongLong(), currency),
                       Money::fromMinor(query->value(1).toLongLong(), currency)};
}

} // namespace pos::storage
