#pragma once

#include "common/Result.h"

#include <QJsonObject>

#include <optional>

namespace pos::sim {

class SimLedger;
struct SimTrade;

// What a trade method answers: the inner object of the response, and whether the signature
// must be spoiled (scenario 0009).
struct TradeAnswer
{
    QJsonObject inner;
    bool tamperSignature = false;
};

// The channel side of alipay.trade.pay / query / cancel / close over the sandbox ledger.
// `biz` is the parsed biz_content; every change is committed to the ledger before returning.
// An Error means the ledger failed (the gateway then answers 20000, outcome unknown).
class AlipayTrades
{
public:
    AlipayTrades(SimLedger &ledger, int userPayingSeconds);

    Result<TradeAnswer> pay(const QJsonObject &biz, qint64 nowMs);
    Result<TradeAnswer> query(const QJsonObject &biz);
    Result<TradeAnswer> cancel(const QJsonObject &biz, qint64 nowMs);
    Result<TradeAnswer> close(const QJsonObject &biz);

private:
    // The trade named by trade_no (preferred; must agree with out_trade_no when both are given)
    // or by out_trade_no.
    Result<std::optional<SimTrade>> find(const QString &outTradeNo, const QString &tradeNo) const;

    SimLedger &m_ledger;
    int m_userPayingSeconds;
};

} // namespace pos::sim
