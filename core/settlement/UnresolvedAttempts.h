#pragma once

#include "common/Result.h"
#include "settlement/DayReport.h"

#include <optional>
#include <vector>

namespace pos::storage {
class Database;
}

namespace pos::settlement {

// Payment attempts of orders of the day and terminal (and of the order's cashier when given;
// 0: orders without one) that may still have taken money: Sent, UserPaying, Unknown,
// PendingStatement; each with the supervisor's carry-over when there is one. Oldest first.
Result<std::vector<UnresolvedAttempt>> unresolvedAttempts(const storage::Database &database,
                                                          const QString &terminalId,
                                                          const QDate &businessDate,
                                                          std::optional<qint64> cashierId);

} // namespace pos::settlement
