#pragma once

#include "common/Result.h"
#include "reconciliation/StatementCsv.h"

#include <QStringList>

namespace pos::storage {
class Database;
}
namespace pos::payments {
class PaymentService;
}

namespace pos::reconciliation {

struct StatementImportSummary
{
    int paid = 0;           // PendingStatement attempts the statement shows paid
    int notPaid = 0;        // PendingStatement attempts of that day absent from it: closed
    int alreadySettled = 0; // lines for attempts that were settled before (an import run twice)
    QStringList unmatched;  // lines that are not our attempts on that channel (for reconciliation)
    QStringList problems;   // lines that contradict our record (amount), left pending
};

// Settles the attempts left Pending-Statement on `statement.channel` (channels with no query and
// no notification): a line proves a payment; absence from the statement of the day an attempt
// was made proves it was not paid. Lines that contradict our record settle nothing.
Result<StatementImportSummary> applyStatement(const Statement &statement,
                                              storage::Database &database,
                                              payments::PaymentService &payments);

} // namespace pos::reconciliation
