#include "alipay/AlipayRefunds.h"

#include "AlipayCodes.h"
#include "SimLedger.h"
#include "alipay/AlipayBizFields.h"

namespace pos::sim {

using namespace biz;

namespace {

QJsonObject refusal(const SimTrade &trade, const char *subCode, const QString &subMsg)
{
    QJsonObject inner = codes::businessFailed(QLatin1String(subCode), subMsg);
    inner.insert(QStringLiteral("out_trade_no"), trade.outTradeNo);
    inner.insert(QStringLiteral("trade_no"), trade.tradeNo);
    return inner;
}

struct RefundTarget
{
    QString outTradeNo;
    QString tradeNo;
    QString outRequestNo;
};

// out_trade_no or trade_no, and out_request_no (Alipay defaults it to out_trade_no).
std::optional<QJsonObject> readTarget(const QJsonObject &biz, RefundTarget &target)
{
    for (auto refusal :
         {readText(biz, QStringLiteral("out_trade_no"), false, target.outTradeNo),
          checkOutTradeNo(target.outTradeNo),
          readText(biz, QStringLiteral("trade_no"), false, target.tradeNo),
          readText(biz, QStringLiteral("out_request_no"), false, target.outRequestNo)}) {
        if (refusal) {
            return refusal;
        }
    }
    if (target.outTradeNo.isEmpty() && target.tradeNo.isEmpty()) {
        return missing(QStringLiteral("out_trade_no"));
    }
    if (target.outRequestNo.size() > 64) {
        return invalid(QStringLiteral("out_request_no"), QStringLiteral("is longer than 64"));
    }
    return std::nullopt;
}

Result<std::optional<SimTrade>> findTrade(SimLedger &ledger, RefundTarget &target)
{
    auto found = target.tradeNo.isEmpty() ? ledger.findByOutTradeNo(target.outTradeNo)
                                          : ledger.findByTradeNo(target.tradeNo);
    if (found && found->has_value()) {
        if (!target.outTradeNo.isEmpty() && (*found)->outTradeNo != target.outTradeNo) {
            return std::optional<SimTrade>();
        }
        target.outTradeNo = (*found)->outTradeNo;
        if (target.outRequestNo.isEmpty()) {
            target.outRequestNo = target.outTradeNo;
        }
    }
    return found;
}

QJsonObject refundAnswer(const SimTrade &trade, const SimRefund &refund, qint64 refundedTotalFen,
                         bool fundChange)
{
    QJsonObject inner = codes::success();
    inner.insert(QStringLiteral("buyer_logon_id"), trade.buyerLogonId);
    inner.insert(QStringLiteral("buyer_user_id"), QStringLiteral("2088102146225135"));
    inner.insert(QStringLiteral("fund_change"),
                 fundChange ? QStringLiteral("Y") : QStringLiteral("N"));
    inner.insert(QStringLiteral("gmt_refund_pay"), chinaTime(refund.createdAtMs));
    inner.insert(QStringLiteral("out_trade_no"), trade.outTradeNo);
    inner.insert(QStringLiteral("refund_fee"), yuan(refundedTotalFen));
    inner.insert(QStringLiteral("send_back_fee"),
                 fundChange ? yuan(refund.amountFen) : QStringLiteral("0.00"));
    inner.insert(QStringLiteral("trade_no"), trade.tradeNo);
    return inner;
}

} // namespace

AlipayRefunds::AlipayRefunds(SimLedger &ledger, int userPayingSeconds)
    : m_ledger(ledger), m_userPayingSeconds(userPayingSeconds)
{
}

Result<TradeAnswer> AlipayRefunds::refund(const QJsonObject &biz, qint64 nowMs)
{
    RefundTarget target;
    qint64 amountFen = 0;
    QString reason;
    for (auto refusal :
         {readTarget(biz, target), readAmount(biz, QStringLiteral("refund_amount"), amountFen),
          readText(biz, QStringLiteral("refund_reason"), false, reason)}) {
        if (refusal) {
            return TradeAnswer{*refusal};
        }
    }
    auto found = findTrade(m_ledger, target);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return TradeAnswer{notExist()};
    }
    const SimTrade &trade = **found;
    auto existing = m_ledger.findRefund(target.outTradeNo, target.outRequestNo);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        const SimRefund &earlier = **existing;
        if (earlier.amountFen != amountFen) {
            return TradeAnswer{
                refusal(trade, "ACQ.DISCORDANT_REPEAT_REQUEST",
                        QStringLiteral("不一致的请求: 同一退款请求号的退款金额不同"))};
        }
        // A retry: the stored outcome, no new money. Alipay answers fund_change N here when this
        // call moved nothing; the sandbox says Y once the refund is done so a client that only
        // sees the retry still learns the money went back, N while it is processing.
        return TradeAnswer{
            refundAnswer(trade, earlier, trade.refundedFen, earlier.status == refundSuccess())};
    }
    if (!trade.paidAtMs.has_value() || trade.status == statusWaitBuyerPay()) {
        return TradeAnswer{
            refusal(trade, "ACQ.TRADE_STATUS_ERROR", QStringLiteral("交易状态不合法: 交易未支付"))};
    }
    if (amountFen % 100 == 8) {
        return TradeAnswer{
            refusal(trade, "ACQ.SELLER_BALANCE_NOT_ENOUGH", QStringLiteral("卖家余额不足"))};
    }
    if (trade.refundedFen + amountFen > trade.amountFen) {
        return TradeAnswer{refusal(trade, "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL",
                                   QStringLiteral("退款金额超限: 累计退款金额不能超过交易金额"))};
    }
    SimRefund refund;
    refund.outTradeNo = trade.outTradeNo;
    refund.outRequestNo = target.outRequestNo;
    refund.amountFen = amountFen;
    refund.reason = reason;
    refund.createdAtMs = nowMs;
    TradeAnswer answer;
    if (amountFen % 100 == 7) {
        refund.status = refundProcessing();
        refund.dueAtMs = nowMs + qint64(m_userPayingSeconds) * 1000;
        answer.wakeAtMs = refund.dueAtMs;
    } else {
        refund.status = refundSuccess();
        refund.doneAtMs = nowMs;
    }
    if (auto stored = m_ledger.insertRefund(refund); !stored) {
        return stored.error();
    }
    answer.inner = refundAnswer(trade, refund, trade.refundedFen + amountFen,
                                refund.status == refundSuccess());
    return answer;
}

Result<TradeAnswer> AlipayRefunds::query(const QJsonObject &biz)
{
    RefundTarget target;
    if (auto refusal = readTarget(biz, target)) {
        return TradeAnswer{*refusal};
    }
    auto found = findTrade(m_ledger, target);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return TradeAnswer{notExist()};
    }
    const SimTrade &trade = **found;
    auto refund = m_ledger.findRefund(target.outTradeNo, target.outRequestNo);
    if (!refund) {
        return refund.error();
    }
    QJsonObject inner = codes::success();
    inner.insert(QStringLiteral("out_request_no"), target.outRequestNo);
    inner.insert(QStringLiteral("out_trade_no"), trade.outTradeNo);
    inner.insert(QStringLiteral("trade_no"), trade.tradeNo);
    inner.insert(QStringLiteral("total_amount"), yuan(trade.amountFen));
    if (refund->has_value() && (*refund)->status == refundSuccess()) {
        inner.insert(QStringLiteral("refund_amount"), yuan((*refund)->amountFen));
        inner.insert(QStringLiteral("refund_status"), refundSuccess());
        inner.insert(QStringLiteral("gmt_refund_pay"),
                     chinaTime((*refund)->doneAtMs.value_or((*refund)->createdAtMs)));
    }
    return TradeAnswer{inner};
}

} // namespace pos::sim
