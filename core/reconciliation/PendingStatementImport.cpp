#include "reconciliation/PendingStatementImport.h"

#include "payments/PaymentService.h"
#include "storage/AttemptRepository.h"

#include <QHash>

namespace pos::reconciliation {

Result<StatementImportSummary> applyStatement(const Statement &statement,
                                              storage::Database &database,
                                              payments::PaymentService &payments)
{
    storage::AttemptRepository attempts(database);
    StatementImportSummary summary;
    QHash<QString, const StatementLine *> listed;
    for (const StatementLine &line : statement.lines) {
        listed.insert(line.outTradeNo, &line);
        auto attempt = attempts.findByOutTradeNo(line.outTradeNo);
        if (!attempt || attempt->channel != statement.channel) {
            summary.unmatched << line.outTradeNo;
            continue;
        }
        if (attempt->state != AttemptState::PendingStatement) {
            summary.alreadySettled += 1;
            continue;
        }
        auto settled =
            payments.settleFromStatement(line.outTradeNo, true, line.amount, line.channelTradeNo);
        if (settled) {
            summary.paid += 1;
        } else {
            summary.problems
                << QStringLiteral("line %1: %2").arg(line.lineNumber).arg(settled.error().message);
        }
    }
    auto pending = attempts.listUnresolved();
    if (!pending) {
        return pending.error();
    }
    for (const PaymentAttempt &attempt : pending.value()) {
        if (attempt.state != AttemptState::PendingStatement ||
            attempt.channel != statement.channel || listed.contains(attempt.outTradeNo) ||
            attempt.createdAt.toLocalTime().date() != statement.day) {
            continue;
        }
        auto settled = payments.settleFromStatement(attempt.outTradeNo, false, attempt.amount, {});
        if (settled) {
            summary.notPaid += 1;
        } else {
            summary.problems << QStringLiteral("%1: %2").arg(attempt.outTradeNo,
                                                             settled.error().message);
        }
    }
    return summary;
}

} // namespace pos::reconciliation
