#include "AlipayTrades.h"

#include "AlipayCodes.h"
#include "Scenario.h"
#include "SimLedger.h"
#include "alipay/AlipayBizFields.h"
#include "money/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace pos::sim {

using namespace biz;

namespace {

QString buyerLogonId(const QString &authCode)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4}$"));
    const QString last = authCode.right(4);
    return QStringLiteral("158****") +
           (digits.match(last).hasMatch() ? last : QStringLiteral("1234"));
}

QJsonObject withTrade(QJsonObject inner, const SimTrade &trade)
{
    if (!trade.tradeNo.isEmpty()) {
        inner.insert(QStringLiteral("trade_no"), trade.tradeNo);
    }
    inner.insert(QStringLiteral("out_trade_no"), trade.outTradeNo);
    return inner;
}

QJsonObject paidAnswer(const SimTrade &trade)
{
    QJsonObject inner = withTrade(codes::success(), trade);
    const QString amount = yuan(trade.amountFen);
    inner.insert(QStringLiteral("buyer_logon_id"), trade.buyerLogonId);
    inner.insert(QStringLiteral("buyer_user_id"), QStringLiteral("2088102146225135"));
    inner.insert(QStringLiteral("total_amount"), amount);
    inner.insert(QStringLiteral("receipt_amount"), amount);
    inner.insert(QStringLiteral("buyer_pay_amount"), amount);
    inner.insert(QStringLiteral("invoice_amount"), amount);
    inner.insert(QStringLiteral("point_amount"), QStringLiteral("0.00"));
    inner.insert(QStringLiteral("gmt_payment"),
                 chinaTime(trade.paidAtMs.value_or(trade.createdAtMs)));
    inner.insert(
        QStringLiteral("fund_bill_list"),
        QJsonArray{QJsonObject{{QStringLiteral("fund_channel"), QStringLiteral("ALIPAYACCOUNT")},
                               {QStringLiteral("amount"), amount}}});
    return inner;
}

QJsonObject userPayingAnswer(const SimTrade &trade)
{
    QJsonObject inner = withTrade(codes::userPaying(), trade);
    inner.insert(QStringLiteral("buyer_logon_id"), trade.buyerLogonId);
    inner.insert(QStringLiteral("total_amount"), yuan(trade.amountFen));
    return inner;
}

// A pay call for an out_trade_no the channel already knows: answered from the stored trade,
// never a second charge.
QJsonObject repeatedPayAnswer(const SimTrade &trade, qint64 amountFen)
{
    QJsonObject refusal;
    if (trade.status == statusSuccess()) {
        refusal = codes::businessFailed(QStringLiteral("ACQ.TRADE_HAS_SUCCESS"),
                                        QStringLiteral("交易已被支付"));
    } else if (trade.status == statusClosed()) {
        refusal = codes::businessFailed(QStringLiteral("ACQ.TRADE_HAS_CLOSE"),
                                        QStringLiteral("交易已经关闭"));
    } else if (trade.amountFen != amountFen) {
        refusal = codes::businessFailed(QStringLiteral("ACQ.INVALID_PARAMETER"),
                                        QStringLiteral("参数无效: total_amount 与原交易不一致"));
    } else {
        return userPayingAnswer(trade);
    }
    return withTrade(refusal, trade);
}

} // namespace

AlipayTrades::AlipayTrades(SimLedger &ledger, int userPayingSeconds)
    : m_ledger(ledger), m_userPayingSeconds(userPayingSeconds)
{
}

Result<TradeAnswer> AlipayTrades::pay(const QJsonObject &biz, qint64 nowMs)
{
    QString outTradeNo, scene, authCode, subject;
    qint64 amountFen = 0;
    for (auto refusal :
         {readText(biz, QStringLiteral("out_trade_no"), true, outTradeNo),
          checkOutTradeNo(outTradeNo), readText(biz, QStringLiteral("scene"), true, scene),
          readText(biz, QStringLiteral("auth_code"), true, authCode),
          readText(biz, QStringLiteral("subject"), true, subject), readAmount(biz, amountFen)}) {
        if (refusal) {
            return TradeAnswer{*refusal};
        }
    }
    if (scene != QLatin1String("bar_code") && scene != QLatin1String("security_code")) {
        return TradeAnswer{
            invalid(QStringLiteral("scene"), QStringLiteral("must be bar_code or security_code"))};
    }
    if (subject.size() > 256) {
        return TradeAnswer{
            invalid(QStringLiteral("subject"), QStringLiteral("is longer than 256"))};
    }

    auto existing = m_ledger.findByOutTradeNo(outTradeNo);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return TradeAnswer{repeatedPayAnswer(**existing, amountFen)};
    }

    const Scenario scenario =
        isWellFormedAuthCode(authCode) ? scenarioFor(authCode) : Scenario::AuthCodeInvalid;
    if (scenario == Scenario::AuthCodeInvalid) {
        QJsonObject refusal = codes::businessFailed(
            QStringLiteral("ACQ.PAYMENT_AUTH_CODE_INVALID"),
            QStringLiteral("支付失败，获取顾客账户信息失败，请顾客刷新付款码后重新收款"));
        refusal.insert(QStringLiteral("out_trade_no"), outTradeNo);
        return TradeAnswer{refusal};
    }
    if (scenario == Scenario::SystemErrorNoTrade) {
        return TradeAnswer{
            codes::unavailable(QStringLiteral("ACQ.SYSTEM_ERROR"), QStringLiteral("系统错误"))};
    }

    auto tradeNo = m_ledger.nextTradeNo(nowMs);
    if (!tradeNo) {
        return tradeNo.error();
    }
    SimTrade trade;
    trade.outTradeNo = outTradeNo;
    trade.tradeNo = tradeNo.value();
    trade.amountFen = amountFen;
    trade.scenario = scenarioName(scenario);
    trade.authCodeMasked = maskAuthCode(authCode);
    trade.buyerLogonId = buyerLogonId(authCode);
    trade.createdAtMs = nowMs;
    trade.subject = subject;
    trade.storeId = biz.value(QStringLiteral("store_id")).toString();
    trade.terminalId = biz.value(QStringLiteral("terminal_id")).toString();
    trade.operatorId = biz.value(QStringLiteral("operator_id")).toString();

    TradeAnswer answer;
    switch (scenario) {
    case Scenario::InsufficientBalance:
        trade.status = statusClosed();
        trade.failureCode = QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH");
        answer.inner = withTrade(
            codes::businessFailed(*trade.failureCode, QStringLiteral("买家余额不足")), trade);
        break;
    case Scenario::UserPayingThenSuccess:
        trade.status = statusWaitBuyerPay();
        trade.payDueAtMs = nowMs + qint64(m_userPayingSeconds) * 1000;
        answer.inner = userPayingAnswer(trade);
        answer.wakeAtMs = trade.payDueAtMs;
        break;
    case Scenario::UserPayingForever:
        trade.status = statusWaitBuyerPay();
        answer.inner = userPayingAnswer(trade);
        break;
    case Scenario::SystemErrorButPaid:
        trade.status = statusSuccess();
        trade.paidAtMs = nowMs;
        answer.inner =
            codes::unavailable(QStringLiteral("ACQ.SYSTEM_ERROR"), QStringLiteral("系统错误"));
        break;
    case Scenario::SlowAnswerButPaid:
        trade.status = statusSuccess();
        trade.paidAtMs = nowMs;
        answer.inner = paidAnswer(trade);
        answer.delayMs = m_slowAnswerMs;
        break;
    case Scenario::PaidThenReversed:
        trade.status = statusSuccess();
        trade.paidAtMs = nowMs;
        trade.reverseDueAtMs = nowMs + qint64(m_userPayingSeconds) * 1000;
        answer.inner = paidAnswer(trade);
        answer.wakeAtMs = trade.reverseDueAtMs;
        break;
    case Scenario::TamperedSignature:
    case Scenario::Success:
    case Scenario::AuthCodeInvalid:
    case Scenario::SystemErrorNoTrade:
        trade.status = statusSuccess();
        trade.paidAtMs = nowMs;
        answer.inner = paidAnswer(trade);
        answer.tamperSignature = scenario == Scenario::TamperedSignature;
        break;
    }
    if (auto stored = m_ledger.insertTrade(trade); !stored) {
        return stored.error();
    }
    return answer;
}

Result<TradeAnswer> AlipayTrades::precreate(const QJsonObject &biz, const QString &notifyUrl,
                                            qint64 nowMs)
{
    QString outTradeNo, subject, timeoutExpress;
    qint64 amountFen = 0;
    for (auto refusal :
         {readText(biz, QStringLiteral("out_trade_no"), true, outTradeNo),
          checkOutTradeNo(outTradeNo), readText(biz, QStringLiteral("subject"), true, subject),
          readText(biz, QStringLiteral("timeout_express"), false, timeoutExpress),
          readAmount(biz, amountFen)}) {
        if (refusal) {
            return TradeAnswer{*refusal};
        }
    }
    static const QRegularExpression timeout(QStringLiteral("^([1-9][0-9]{0,4})[mhdc]$"));
    if (!timeoutExpress.isEmpty() && !timeout.match(timeoutExpress).hasMatch()) {
        return TradeAnswer{invalid(QStringLiteral("timeout_express"),
                                   QStringLiteral("must be like 5m, 2h, 1d or 1c"))};
    }
    auto existing = m_ledger.findByOutTradeNo(outTradeNo);
    if (!existing) {
        return existing.error();
    }
    QJsonObject inner = codes::success();
    inner.insert(QStringLiteral("out_trade_no"), outTradeNo);
    if (existing->has_value()) {
        // Alipay answers a repeated precreate of a waiting trade with the same QR.
        const SimTrade &trade = **existing;
        if (trade.status != statusWaitBuyerPay() || trade.qrCode.isEmpty() ||
            trade.amountFen != amountFen) {
            return TradeAnswer{withTrade(repeatedPayAnswer(trade, amountFen), trade)};
        }
        inner.insert(QStringLiteral("qr_code"), trade.qrCode);
        return TradeAnswer{inner};
    }
    auto tradeNo = m_ledger.nextTradeNo(nowMs);
    if (!tradeNo) {
        return tradeNo.error();
    }
    SimTrade trade;
    trade.origin = QStringLiteral("precreate");
    trade.outTradeNo = outTradeNo;
    trade.tradeNo = tradeNo.value();
    trade.amountFen = amountFen;
    trade.status = statusWaitBuyerPay();
    const bool neverPaid = amountFen % 100 == 1;
    trade.scenario = neverPaid ? QStringLiteral("qr_never_paid") : QStringLiteral("qr_paid_later");
    trade.buyerLogonId = QStringLiteral("158****1234");
    trade.createdAtMs = nowMs;
    trade.subject = subject;
    trade.storeId = biz.value(QStringLiteral("store_id")).toString();
    trade.terminalId = biz.value(QStringLiteral("terminal_id")).toString();
    trade.notifyUrl = notifyUrl;
    trade.qrCode = QStringLiteral("https://qr.alipay.com/bax0%1x%2")
                       .arg(tradeNo->right(8), QString::number(nowMs % 100000, 36));
    if (!neverPaid) {
        trade.payDueAtMs = nowMs + qint64(m_userPayingSeconds) * 1000;
    }
    if (auto stored = m_ledger.insertTrade(trade); !stored) {
        return stored.error();
    }
    inner.insert(QStringLiteral("qr_code"), trade.qrCode);
    TradeAnswer answer{inner};
    answer.wakeAtMs = trade.payDueAtMs;
    return answer;
}

Result<std::optional<SimTrade>> AlipayTrades::find(const QString &outTradeNo,
                                                   const QString &tradeNo) const
{
    if (tradeNo.isEmpty()) {
        return m_ledger.findByOutTradeNo(outTradeNo);
    }
    auto found = m_ledger.findByTradeNo(tradeNo);
    if (found && found->has_value() && !outTradeNo.isEmpty() &&
        (*found)->outTradeNo != outTradeNo) {
        return std::optional<SimTrade>();
    }
    return found;
}

Result<AlipayTrades::Lookup> AlipayTrades::lookup(const QJsonObject &biz, bool checkFormat) const
{
    Lookup found;
    for (auto refusal :
         {readText(biz, QStringLiteral("out_trade_no"), false, found.outTradeNo),
          checkFormat ? checkOutTradeNo(found.outTradeNo) : std::optional<QJsonObject>(),
          readText(biz, QStringLiteral("trade_no"), false, found.tradeNo)}) {
        if (refusal) {
            found.refusal = *refusal;
            return found;
        }
    }
    if (found.outTradeNo.isEmpty() && found.tradeNo.isEmpty()) {
        found.refusal = missing(QStringLiteral("out_trade_no"));
        return found;
    }
    auto trade = find(found.outTradeNo, found.tradeNo);
    if (!trade) {
        return trade.error();
    }
    found.trade = trade.value();
    return found;
}

Result<TradeAnswer> AlipayTrades::query(const QJsonObject &biz)
{
    auto found = lookup(biz, false);
    if (!found) {
        return found.error();
    }
    if (found->refusal) {
        return TradeAnswer{*found->refusal};
    }
    if (!found->trade) {
        return TradeAnswer{notExist()};
    }
    const SimTrade &trade = *found->trade;
    QJsonObject inner = withTrade(codes::success(), trade);
    inner.insert(QStringLiteral("trade_status"), trade.status);
    inner.insert(QStringLiteral("total_amount"), yuan(trade.amountFen));
    if (!trade.buyerLogonId.isEmpty()) {
        inner.insert(QStringLiteral("buyer_logon_id"), trade.buyerLogonId);
    }
    if (trade.status == statusSuccess()) {
        inner.insert(QStringLiteral("receipt_amount"), yuan(trade.amountFen));
        inner.insert(QStringLiteral("buyer_pay_amount"), yuan(trade.amountFen));
        inner.insert(QStringLiteral("send_pay_date"),
                     chinaTime(trade.paidAtMs.value_or(trade.createdAtMs)));
    }
    return TradeAnswer{inner};
}

Result<TradeAnswer> AlipayTrades::cancel(const QJsonObject &biz, qint64 nowMs)
{
    auto found = lookup(biz, true);
    if (!found) {
        return found.error();
    }
    if (found->refusal) {
        return TradeAnswer{*found->refusal};
    }
    const QString &outTradeNo = found->outTradeNo;
    SimTrade trade;
    if (found->trade) {
        trade = *found->trade;
        if (trade.status != statusClosed()) {
            const bool refund = trade.status == statusSuccess();
            if (auto closed = m_ledger.closeTrade(trade.outTradeNo, refund); !closed) {
                return closed.error();
            }
        }
    } else if (outTradeNo.isEmpty()) {
        return TradeAnswer{notExist()};
    } else {
        // Cancelled before the pay call arrived: record the number closed, so a late pay with it
        // is refused (ACQ.TRADE_HAS_CLOSE) instead of charging an order the merchant gave up.
        trade.outTradeNo = outTradeNo;
        trade.status = statusClosed();
        trade.scenario = QStringLiteral("cancelled_before_pay");
        trade.createdAtMs = nowMs;
        if (auto stored = m_ledger.insertTrade(trade); !stored) {
            return stored.error();
        }
    }
    QJsonObject inner = withTrade(codes::success(), trade);
    inner.insert(QStringLiteral("retry_flag"), QStringLiteral("N"));
    const bool refunded = trade.paidAtMs.has_value();
    inner.insert(QStringLiteral("action"),
                 refunded ? QStringLiteral("refund") : QStringLiteral("close"));
    if (refunded) {
        inner.insert(QStringLiteral("gmt_refund_pay"), chinaTime(nowMs));
    }
    return TradeAnswer{inner};
}

Result<TradeAnswer> AlipayTrades::close(const QJsonObject &biz)
{
    auto found = lookup(biz, false);
    if (!found) {
        return found.error();
    }
    if (found->refusal) {
        return TradeAnswer{*found->refusal};
    }
    if (!found->trade) {
        return TradeAnswer{notExist()};
    }
    const SimTrade &trade = *found->trade;
    if (trade.status == statusSuccess()) {
        return TradeAnswer{withTrade(codes::businessFailed(QStringLiteral("ACQ.TRADE_STATUS_ERROR"),
                                                           QStringLiteral("交易状态不合法")),
                                     trade)};
    }
    if (trade.status == statusWaitBuyerPay()) {
        if (auto closed = m_ledger.closeTrade(trade.outTradeNo, false); !closed) {
            return closed.error();
        }
    }
    return TradeAnswer{withTrade(codes::success(), trade)};
}

} // namespace pos::sim
