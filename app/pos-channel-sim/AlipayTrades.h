#pragma once

#include "SimLedger.h"
#include "common/Result.h"

#include <QJsonObject>

#include <optional>

namespace pos::sim {

// What a trade method answers: the inner object of the response, whether the signature
// must be spoiled (scenario 0009), how long to hold the answer back (scenario 0007), and when
// the sandbox must look at the trade again (a QR the customer pays later, a reversal, a refund
// completing) to send notifications.
struct TradeAnswer
{
    TradeAnswer() = default;
    TradeAnswer(QJsonObject innerObject) : inner(std::move(innerObject)) {}

    QJsonObject inner;
    bool tamperSignature = false;
    int delayMs = 0;
    std::optional<qint64> wakeAtMs;
};

// The channel side of alipay.trade.pay / precreate / query / cancel / close over the sandbox
// ledger (refunds are AlipayRefunds).
// `biz` is the parsed biz_content; every change is committed to the ledger before returning.
// An Error means the ledger failed (the gateway then answers 20000, outcome unknown).
class AlipayTrades
{
public:
    AlipayTrades(SimLedger &ledger, int userPayingSeconds);

    // How long scenario 0007 holds its answer back (--set alipay.slow-ms).
    void setSlowAnswerMs(int ms) { m_slowAnswerMs = ms; }

    Result<TradeAnswer> pay(const QJsonObject &biz, qint64 nowMs);
    // `notifyUrl` is the request's notify_url common parameter (may be empty).
    Result<TradeAnswer> precreate(const QJsonObject &biz, const QString &notifyUrl, qint64 nowMs);
    Result<TradeAnswer> query(const QJsonObject &biz);
    Result<TradeAnswer> cancel(const QJsonObject &biz, qint64 nowMs);
    Result<TradeAnswer> close(const QJsonObject &biz);

private:
    // The trade a query, cancel or close names, or the refusal of its biz_content.
    struct Lookup
    {
        std::optional<QJsonObject> refusal;
        std::optional<SimTrade> trade;
        QString outTradeNo;
        QString tradeNo;
    };
    // Reads out_trade_no / trade_no (at least one; `checkFormat` also checks out_trade_no's
    // characters) and finds the trade.
    Result<Lookup> lookup(const QJsonObject &biz, bool checkFormat) const;

    // The trade named by trade_no (preferred; must agree with out_trade_no when both are given)
    // or by out_trade_no.
    Result<std::optional<SimTrade>> find(const QString &outTradeNo, const QString &tradeNo) const;

    SimLedger &m_ledger;
    int m_userPayingSeconds;
    int m_slowAnswerMs = 20000;
};

} // namespace pos::sim
