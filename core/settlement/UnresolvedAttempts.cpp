#include "settlement/UnresolvedAttempts.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pos::settlement {

Result<std::vector<UnresolvedAttempt>> unresolvedAttempts(const storage::Database &database,
                                                          const QString &terminalId,
                                                          const QDate &businessDate,
                                                          std::optional<qint64> cashierId)
{
    QVariantList bindings{terminalId, businessDate.toString(Qt::ISODate)};
    QString filter;
    if (cashierId) {
        filter = QStringLiteral(" AND COALESCE(o.cashier_id, 0) = ?");
        bindings.append(*cashierId);
    }
    auto query = database.exec(
        QStringLiteral(
            "SELECT a.out_trade_no, a.order_id, a.channel, a.state, a.amount_minor, a.currency, "
            "c.supervisor FROM payment_attempts a JOIN orders o ON o.id = a.order_id LEFT JOIN "
            "z_carry_overs c ON c.out_trade_no = a.out_trade_no WHERE a.state IN ('sent', "
            "'user_paying', 'unknown', 'pending_statement') AND o.terminal_id = ? AND "
            "o.business_date = ?%1 ORDER BY a.id")
            .arg(filter),
        bindings);
    if (!query) {
        return query.error();
    }
    std::vector<UnresolvedAttempt> attempts;
    while (query->next()) {
        const bool carried = !query->value(6).isNull();
        attempts.push_back(
            {query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
             query->value(3).toString(),
             Money::fromMinor(query->value(4).toLongLong(), query->value(5).toString()), carried,
             carried ? query->value(6).toString() : QString()});
    }
    return attempts;
}

} // namespace pos::settlement
