#pragma once

#include "common/Result.h"
#include "settlement/DayReport.h"

namespace pos::storage {
class Database;
}

namespace pos::settlement {

// Fills the figures of `report` (sales, discounts, tenders, refunds, voids, net, hours and
// corrections) from the settlement ledger rows of its terminal and business date, and of its
// cashier when `report.cashierId` is set (0: rows booked without a cashier). Every view reads
// the same rows with one aggregate, so the cashiers' figures add up to the device's.
Status addLedgerFigures(const storage::Database &database, DayReport &report);

} // namespace pos::settlement
