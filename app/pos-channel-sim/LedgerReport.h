#pragma once

#include "common/Result.h"

#include <QJsonObject>

namespace pos::sim {

class SimLedger;

// The JSON of GET /admin/ledger: every trade and every request, oldest first, so tests and a
// curious engineer can see what the channel side believes happened.
// {"trades":[{out_trade_no, trade_no, total_amount, amount_fen, status, scenario, ...}],
//  "refunds":[{out_trade_no, out_request_no, amount_fen, status, created_at_ms, done_at_ms}],
//  "requests":[{method, out_trade_no, received_at_ms, code, sub_code}]}
Result<QJsonObject> ledgerReport(SimLedger &ledger, qint64 nowMs);

} // namespace pos::sim
