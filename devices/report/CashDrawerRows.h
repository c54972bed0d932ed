#pragma once

#include "report/ReportRows.h"
#include "settlement/DayReport.h"

namespace pos::devices {

// The drawer block of a printed report or shift slip: float, hand-overs, cash sales and
// refunds, pay-ins and pay-outs, expected, counted and the over/short (长款/短款).
void cashDrawerRows(ReportRows &rows, const settlement::CashSummary &cash);

} // namespace pos::devices
