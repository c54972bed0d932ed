#pragma once

#include "AlipayTrades.h"

namespace pos::sim {

class SimLedger;

// The channel side of alipay.trade.refund and alipay.trade.fastpay.refund.query.
//
// refund: idempotent per (out_trade_no, out_request_no): a retry with the same number and
// amount answers the stored outcome and moves no money; the same number with another amount is
// 40004 ACQ.DISCORDANT_REPEAT_REQUEST. Accepted refunds never add up to more than was paid
// (40004 ACQ.REFUND_AMT_NOT_EQUAL_TOTAL "退款金额超限"); an unpaid trade is
// ACQ.TRADE_STATUS_ERROR. The cents of refund_amount choose a scenario (Scenario.h): .07 stays
// processing for --user-paying-seconds (fund_change N), .08 is refused
// (ACQ.SELLER_BALANCE_NOT_ENOUGH). A full refund closes the trade (TRADE_CLOSED), as Alipay does.
// refund_fee in the answer is the trade's refunded total, as Alipay reports it.
//
// refund query: REFUND_SUCCESS with refund_amount once done; while processing, or for an
// out_request_no the channel never accepted, the answer is 10000 WITHOUT refund_status
// ("absent means not successful").
class AlipayRefunds
{
public:
    AlipayRefunds(SimLedger &ledger, int userPayingSeconds);

    Result<TradeAnswer> refund(const QJsonObject &biz, qint64 nowMs);
    Result<TradeAnswer> query(const QJsonObject &biz);

private:
    SimLedger &m_ledger;
    int m_userPayingSeconds;
};

} // namespace pos::sim
