#pragma once

#include "settlement/DayReport.h"
#include "settlement/Shift.h"

#include <vector>

namespace pos::settlement {

// The drawer figures of one shift on its own, as the close screen shows them: its float (from
// outside, or received at a hand-over), takings, pay-ins/pay-outs, expected and count.
CashSummary summaryOf(const Shift &shift);

// The cash section of a report over `shifts` (a device's or a cashier's day; open shifts with
// their figures so far). Every field is a sum over the shifts, so per-cashier views add up to the
// device's. A shift that handed its count over to the next leaves that count out of its expected
// and counted cash (handOverOut); `counted` is set only when every shift is closed, and
// overShortMinor sums the closed ones.
CashSummary summaryOfShifts(const std::vector<Shift> &shifts, const QString &currency);

} // namespace pos::settlement
