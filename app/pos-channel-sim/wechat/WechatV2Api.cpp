// The v2 XML half of the WeChat Pay sandbox: payment code, query, reverse, v2 refunds, face.
#include "wechat/WechatScenario.h"
#include "wechat/WechatSim.h"

#include "channels/wechatpay/WechatV2Signer.h"
#include "channels/wechatpay/WechatV3Auth.h"
#include "channels/wechatpay/XmlMessage.h"

#include <QDateTime>
#include <QTimer>

namespace pos::sim::wechat {

using channels::wechatpay::WechatV2Signer;
using channels::wechatpay::XmlMessage;

namespace {

QMap<QString, QString> fail(const QString &errCode, const QString &description)
{
    return {{QStringLiteral("result_code"), QStringLiteral("FAIL")},
            {QStringLiteral("err_code"), errCode},
            {QStringLiteral("err_code_des"), description}};
}

QHttpServerResponse xmlResponse(const QByteArray &xml)
{
    return QHttpServerResponse(QByteArrayLiteral("text/xml;charset=utf-8"), xml);
}

QHttpServerResponse returnFail(const QString &message)
{
    return xmlResponse(XmlMessage::write({{QStringLiteral("return_code"), QStringLiteral("FAIL")},
                                          {QStringLiteral("return_msg"), message}}));
}

QString chinaTime(qint64 ms, const char *format)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .addSecs(8 * 3600)
        .toString(QLatin1String(format));
}

} // namespace

QHttpServerResponse WechatSim::handleV2(const QString &api, const QHttpServerRequest &request)
{
    const auto parsed = XmlMessage::parse(request.body());
    if (!parsed) {
        log(api, QString(), QStringLiteral("XML_FORMAT_ERROR"));
        return returnFail(QStringLiteral("XML格式错误: ") + parsed.error().message);
    }
    const Fields &in = parsed.value();
    WechatV2Signer::Type type;
    if (!WechatV2Signer::typeFromName(in.value(QStringLiteral("sign_type")), &type) ||
        !WechatV2Signer::verify(in, m_keys.apiKeyV2, type)) {
        log(api, in.value(QStringLiteral("out_trade_no")), QStringLiteral("SIGNERROR"));
        return returnFail(QStringLiteral("签名错误"));
    }
    if (in.value(QStringLiteral("appid")) != m_appId ||
        in.value(QStringLiteral("mch_id")) != m_mchId) {
        return returnFail(QStringLiteral("appid和mch_id不匹配"));
    }
    if (api == QLatin1String("downloadbill")) {
        return downloadBill(in);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool forge = false;
    Fields out;
    if (api == QLatin1String("micropay")) {
        out = micropay(in, now, &forge);
    } else if (api == QLatin1String("orderquery")) {
        out = orderQuery(in, now);
    } else if (api == QLatin1String("reverse")) {
        out = reverse(in, now);
    } else if (api == QLatin1String("refund")) {
        out = refundV2(in, now);
    } else if (api == QLatin1String("refundquery")) {
        out = refundQueryV2(in, now);
    } else {
        out = faceAuthInfo(in);
    }
    out.insert(QStringLiteral("return_code"), QStringLiteral("SUCCESS"));
    out.insert(QStringLiteral("return_msg"), QStringLiteral("OK"));
    // Scenarios may have put another appid / mch_id in already (a validly signed wrong answer).
    if (!out.contains(QStringLiteral("appid"))) {
        out.insert(QStringLiteral("appid"), m_appId);
    }
    if (!out.contains(QStringLiteral("mch_id"))) {
        out.insert(QStringLiteral("mch_id"), m_mchId);
    }
    out.insert(QStringLiteral("nonce_str"),
               QString::fromLatin1(channels::wechatpay::WechatV3Auth::makeNonce()));
    if (forge) {
        // Sign over a different total_fee, then answer with the real one.
        Fields tampered = out;
        tampered.insert(QStringLiteral("total_fee"),
                        QString::number(out.value(QStringLiteral("total_fee")).toLongLong() + 100));
        out.insert(QStringLiteral("sign"), WechatV2Signer::sign(tampered, m_keys.apiKeyV2, type));
    } else {
        out.insert(QStringLiteral("sign"), WechatV2Signer::sign(out, m_keys.apiKeyV2, type));
    }
    log(api, in.value(QStringLiteral("out_trade_no")),
        out.value(QStringLiteral("err_code"), out.value(QStringLiteral("result_code"))));
    return xmlResponse(XmlMessage::write(out));
}

WechatSim::Fields WechatSim::micropay(const Fields &in, qint64 now, bool *forge)
{
    const QString outTradeNo = in.value(QStringLiteral("out_trade_no"));
    const QString authCode = in.value(QStringLiteral("auth_code"));
    const auto fee = Money::parseMinor(in.value(QStringLiteral("total_fee")));
    if (outTradeNo.isEmpty() || !fee || fee->minor() <= 0) {
        return fail(QStringLiteral("PARAM_ERROR"), QStringLiteral("参数错误"));
    }
    auto stored = m_ledger.trade(outTradeNo);
    if (!stored) {
        return fail(QStringLiteral("SYSTEMERROR"), QStringLiteral("系统错误"));
    }
    MicropayScenario scenario = micropayScenario(authCode);
    WxTrade trade;
    if (stored->has_value()) {
        trade = refreshed(**stored, now);
        if (trade.amountFen != fee->minor()) {
            return fail(QStringLiteral("OUT_TRADE_NO_USED"), QStringLiteral("商户订单号重复"));
        }
        if (trade.state == QLatin1String("REVOKED")) {
            return fail(QStringLiteral("ORDERREVERSED"), QStringLiteral("订单已撤销"));
        }
        if (trade.state == QLatin1String("CLOSED")) {
            return fail(QStringLiteral("ORDERCLOSED"), QStringLiteral("订单已关闭"));
        }
        if (trade.state == QLatin1String("PAYERROR")) {
            return fail(QStringLiteral("NOTENOUGH"), QStringLiteral("余额不足"));
        }
        if (trade.state == QLatin1String("USERPAYING")) {
            return fail(QStringLiteral("USERPAYING"), QStringLiteral("需要用户输入支付密码"));
        }
        scenario = MicropayScenario::Success; // a retry of a paid trade answers the trade
    } else {
        if (!isWechatAuthCode(authCode) || scenario == MicropayScenario::AuthCodeInvalid) {
            return fail(
                QStringLiteral("AUTH_CODE_INVALID"),
                QStringLiteral("请扫描微信支付授权码(以10/11/12/13/14/15为前缀的18位数字)"));
        }
        if (scenario == MicropayScenario::SystemErrorNoTrade) {
            return fail(QStringLiteral("SYSTEMERROR"), QStringLiteral("系统超时"));
        }
        trade.outTradeNo = outTradeNo;
        trade.transactionId = m_ledger.nextNumber(QStringLiteral("4200"), now);
        trade.kind = QStringLiteral("MICROPAY");
        trade.amountFen = fee->minor();
        trade.scenario = scenarioName(scenario);
        trade.authCodeMasked = maskCode(authCode);
        trade.createdAtMs = now;
        switch (scenario) {
        case MicropayScenario::NotEnough:
            trade.state = QStringLiteral("PAYERROR");
            break;
        case MicropayScenario::UserPayingThenSuccess:
            trade.state = QStringLiteral("USERPAYING");
            trade.payDueAtMs = now + m_userPayingMs;
            break;
        case MicropayScenario::UserPayingForever:
            trade.state = QStringLiteral("USERPAYING");
            break;
        default:
            trade.state = QStringLiteral("SUCCESS");
            trade.paidAtMs = now;
            break;
        }
        if (auto saved = m_ledger.saveTrade(trade); !saved) {
            return fail(QStringLiteral("SYSTEMERROR"), QStringLiteral("系统错误"));
        }
        switch (scenario) {
        case MicropayScenario::NotEnough:
            return fail(QStringLiteral("NOTENOUGH"), QStringLiteral("余额不足"));
        case MicropayScenario::UserPayingThenSuccess:
        case MicropayScenario::UserPayingForever:
            return fail(QStringLiteral("USERPAYING"), QStringLiteral("需要用户输入支付密码"));
        case MicropayScenario::SystemErrorButPaid:
            return fail(QStringLiteral("SYSTEMERROR"), QStringLiteral("系统超时"));
        default:
            break;
        }
    }
    Fields out{
        {QStringLiteral("result_code"), QStringLiteral("SUCCESS")},
        {QStringLiteral("openid"), QStringLiteral("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")},
        {QStringLiteral("is_subscribe"), QStringLiteral("N")},
        {QStringLiteral("trade_type"), QStringLiteral("MICROPAY")},
        {QStringLiteral("bank_type"), QStringLiteral("OTHERS")},
        {QStringLiteral("fee_type"), QStringLiteral("CNY")},
        {QStringLiteral("total_fee"), QString::number(trade.amountFen)},
        {QStringLiteral("cash_fee"), QString::number(trade.amountFen)},
        {QStringLiteral("transaction_id"), trade.transactionId},
        {QStringLiteral("out_trade_no"), trade.outTradeNo},
        {QStringLiteral("time_end"), chinaTime(trade.paidAtMs, "yyyyMMddHHmmss")},
        {QStringLiteral("device_info"), in.value(QStringLiteral("device_info"))},
    };
    if (scenario == MicropayScenario::OtherAppId) {
        out.insert(QStringLiteral("appid"), QStringLiteral("wx0000000000000000"));
    } else if (scenario == MicropayScenario::OtherMchId) {
        out.insert(QStringLiteral("mch_id"), QStringLiteral("1000000001"));
    } else if (scenario == MicropayScenario::OtherAmount) {
        out.insert(QStringLiteral("total_fee"), QString::number(trade.amountFen + 1));
    }
    *forge = scenario == MicropayScenario::ForgedSignature;
    return out;
}

WechatSim::Fields WechatSim::orderQuery(const Fields &in, qint64 now)
{
    const QString outTradeNo = in.value(QStringLiteral("out_trade_no"));
    auto stored = m_ledger.trade(outTradeNo);
    if (!stored) {
        return fail(QStringLiteral("SYSTEMERROR"), QStringLiteral("系统错误"));
    }
    if (!stored->has_value() || (*stored)->amountFen == 0) {
        return fail(QStringLiteral("ORDERNOTEXIST"), QStringLiteral("此交易订单号不存在"));
    }
    const WxTrade trade = refreshed(**stored, now);
    Fields out{
        {QStringLiteral("result_code"), QStringLiteral("SUCCESS")},
        {QStringLiteral("out_trade_no"), trade.outTradeNo},
        {QStringLiteral("trade_state"), trade.state},
        {QStringLiteral("trade_type"), trade.kind},
        {QStringLiteral("total_fee"), QString::number(trade.amountFen)},
        {QStringLiteral("fee_type"), QStringLiteral("CNY")},
        {QStringLiteral("trade_state_desc"), trade.state},
    };
    if (trade.state == QLatin1String("SUCCESS") || trade.state == QLatin1String("REFUND")) {
        out.insert(QStringLiteral("transaction_id"), trade.transactionId);
        out.insert(QStringLiteral("cash_fee"), QString::number(trade.amountFen));
        out.insert(QStringLiteral("time_end"), chinaTime(trade.paidAtMs, "yyyyMMddHHmmss"));
        out.insert(QStringLiteral("openid"), QStringLiteral("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
    }
    return out;
}

WechatSim::Fields WechatSim::reverse(const Fields &in, qint64 now)
{
    const QString outTradeNo = in.value(QStringLiteral("out_trade_no"));
    auto stored = m_ledger.trade(outTradeNo);
    if (!stored) {
        return fail(QStringLiteral("SYSTEMERROR"), QStringLiteral("系统错误"));
    }
    WxTrade trade;
    if (stored->has_value()) {
        trade = refreshed(**stored, now);
    } else {
        // Reversing a trade we never saw: record it, so a late micropay cannot succeed.
        trade.outTradeNo = outTradeNo;
        trade.kind = QStringLiteral("MICROPAY");
        trade.scenario = QStringLiteral("reversed_before_pay");
        trade.createdAtMs = now;
    }
    ++trade.reverseCalls;
    if (trade.scenario == scenarioName(MicropayScenario::UserPayingForever) &&
        trade.reverseCalls == 1) {
        (void)m_ledger.saveTrade(trade);
        Fields out = fail(QStringLiteral("SYSTEMERROR"), QStringLiteral("系统错误, 请重试"));
        out.insert(QStringLiteral("recall"), QStringLiteral("Y"));
        return out;
    }
    if (trade.state == QLatin1String("SUCCESS")) {
        trade.refundedFen = trade.amountFen; // money goes back to the customer
    }
    trade.state = QStringLiteral("REVOKED");
    if (auto saved = m_ledger.saveTrade(trade); !saved) {
        Fields out = fail(QStringLiteral("SYSTEMERROR"), QStringLiteral("系统错误"));
        out.insert(QStringLiteral("recall"), QStringLiteral("Y"));
        return out;
    }
    return {{QStringLiteral("result_code"), QStringLiteral("SUCCESS")},
            {QStringLiteral("recall"), QStringLiteral("N")}};
}

WechatSim::Fields WechatSim::refundV2(const Fields &in, qint64 now)
{
    const auto refundFee = Money::parseMinor(in.value(QStringLiteral("refund_fee")));
    const auto totalFee = Money::parseMinor(in.value(QStringLiteral("total_fee")));
    if (!refundFee || !totalFee) {
        return fail(QStringLiteral("PARAM_ERROR"), QStringLiteral("参数错误"));
    }
    const RefundOutcome outcome = applyRefund(
        in.value(QStringLiteral("out_trade_no")), in.value(QStringLiteral("out_refund_no")),
        refundFee->minor(), totalFee->minor(), in.value(QStringLiteral("notify_url")), now);
    if (!outcome.refund) {
        return fail(outcome.errorCode, outcome.errorMessage);
    }
    const WxRefund &refund = *outcome.refund;
    return {{QStringLiteral("result_code"), QStringLiteral("SUCCESS")},
            {QStringLiteral("out_trade_no"), refund.outTradeNo},
            {QStringLiteral("out_refund_no"), refund.outRefundNo},
            {QStringLiteral("refund_id"), refund.refundId},
            {QStringLiteral("refund_fee"), QString::number(refund.amountFen)},
            {QStringLiteral("total_fee"), QString::number(refund.totalFen)},
            {QStringLiteral("cash_fee"), QString::number(refund.totalFen)}};
}

WechatSim::Fields WechatSim::refundQueryV2(const Fields &in, qint64)
{
    const auto stored = m_ledger.refund(in.value(QStringLiteral("out_refund_no")));
    if (!stored || !stored->has_value()) {
        return fail(QStringLiteral("REFUNDNOTEXIST"), QStringLiteral("退款订单查询失败"));
    }
    const WxRefund &refund = **stored;
    const QString status =
        refund.status == QLatin1String("CLOSED") ? QStringLiteral("REFUNDCLOSE") : refund.status;
    return {{QStringLiteral("result_code"), QStringLiteral("SUCCESS")},
            {QStringLiteral("out_trade_no"), refund.outTradeNo},
            {QStringLiteral("total_fee"), QString::number(refund.totalFen)},
            {QStringLiteral("refund_count"), QStringLiteral("1")},
            {QStringLiteral("out_refund_no_0"), refund.outRefundNo},
            {QStringLiteral("refund_id_0"), refund.refundId},
            {QStringLiteral("refund_fee_0"), QString::number(refund.amountFen)},
            {QStringLiteral("refund_status_0"), status}};
}

WechatSim::Fields WechatSim::faceAuthInfo(const Fields &in)
{
    if (in.value(QStringLiteral("rawdata")).isEmpty() ||
        in.value(QStringLiteral("store_id")).isEmpty() ||
        in.value(QStringLiteral("device_id")).isEmpty()) {
        return fail(QStringLiteral("PARAM_ERROR"), QStringLiteral("rawdata, store_id and "
                                                                  "device_id are required"));
    }
    return {{QStringLiteral("authinfo"),
             QStringLiteral("SANDBOX-AUTHINFO-") +
                 QString::fromLatin1(channels::wechatpay::WechatV3Auth::makeNonce())},
            {QStringLiteral("expires_in"), QStringLiteral("3600")}};
}

WechatSim::RefundOutcome WechatSim::applyRefund(const QString &outTradeNo,
                                                const QString &outRefundNo, qint64 refundFen,
                                                qint64 totalFen, const QString &notifyUrl,
                                                qint64 now)
{
    RefundOutcome outcome;
    auto existing = m_ledger.refund(outRefundNo);
    if (!existing || outRefundNo.isEmpty()) {
        outcome.errorCode = QStringLiteral("PARAM_ERROR");
        outcome.errorMessage = QStringLiteral("out_refund_no missing");
        outcome.httpStatus = 400;
        return outcome;
    }
    if (existing->has_value()) {
        outcome.refund = **existing; // the same out_refund_no answers the same refund
        return outcome;
    }
    auto stored = m_ledger.trade(outTradeNo);
    if (!stored || !stored->has_value() ||
        ((*stored)->state != QLatin1String("SUCCESS") &&
         (*stored)->state != QLatin1String("REFUND"))) {
        outcome.errorCode = QStringLiteral("RESOURCE_NOT_EXISTS");
        outcome.errorMessage = QStringLiteral("订单不存在或未支付");
        outcome.httpStatus = 404;
        return outcome;
    }
    WxTrade trade = **stored;
    if (totalFen != trade.amountFen || refundFen <= 0 ||
        trade.refundedFen + refundFen > trade.amountFen) {
        outcome.errorCode = QStringLiteral("INVALID_REQUEST");
        outcome.errorMessage = QStringLiteral("订单金额或退款金额与之前请求不一致/超过可退金额");
        outcome.httpStatus = 400;
        return outcome;
    }
    const RefundScenario scenario = refundScenario(refundFen);
    if (scenario == RefundScenario::Rejected) {
        outcome.errorCode = QStringLiteral("NOT_ENOUGH");
        outcome.errorMessage = QStringLiteral("基本账户余额不足，请充值后重新发起");
        outcome.httpStatus = 403;
        return outcome;
    }
    WxRefund refund;
    refund.outRefundNo = outRefundNo;
    refund.refundId = m_ledger.nextNumber(QStringLiteral("5030"), now);
    refund.outTradeNo = outTradeNo;
    refund.amountFen = refundFen;
    refund.totalFen = totalFen;
    refund.notifyUrl = notifyUrl;
    refund.createdAtMs = now;
    refund.status = scenario == RefundScenario::ProcessingThenSuccess ? QStringLiteral("PROCESSING")
                                                                      : QStringLiteral("SUCCESS");
    if (scenario == RefundScenario::ProcessingThenSuccess) {
        refund.dueAtMs = now + m_userPayingMs;
    }
    trade.refundedFen += refundFen;
    trade.state = QStringLiteral("REFUND");
    if (!m_ledger.saveRefund(refund) || !m_ledger.saveTrade(trade)) {
        outcome.errorCode = QStringLiteral("SYSTEM_ERROR");
        outcome.errorMessage = QStringLiteral("系统错误");
        outcome.httpStatus = 500;
        return outcome;
    }
    if (scenario == RefundScenario::ProcessingThenSuccess) {
        QTimer::singleShot(m_userPayingMs, this,
                           [this, outRefundNo] { settleRefund(outRefundNo); });
    } else {
        notifyRefund(refund);
    }
    outcome.refund = refund;
    return outcome;
}

void WechatSim::settleRefund(const QString &outRefundNo)
{
    auto stored = m_ledger.refund(outRefundNo);
    if (!stored || !stored->has_value() || (*stored)->status != QLatin1String("PROCESSING")) {
        return;
    }
    WxRefund refund = **stored;
    refund.status = QStringLiteral("SUCCESS");
    if (m_ledger.saveRefund(refund)) {
        notifyRefund(refund);
    }
}

} // namespace pos::sim::wechat
