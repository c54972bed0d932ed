#include "AlipayGateway.h"

#include "AlipayCodes.h"
#include "FormBody.h"
#include "SignedResponse.h"
#include "SimKeys.h"
#include "SimLedger.h"
#include "alipay/AlipayBizFields.h"
#include "channels/alipay/AlipaySignature.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace pos::sim {

Q_LOGGING_CATEGORY(lcGateway, "pos.sim.gateway")

namespace {

const QByteArray kErrorNode = QByteArrayLiteral("error_response");

const QString kPay = QStringLiteral("alipay.trade.pay");
const QString kQuery = QStringLiteral("alipay.trade.query");
const QString kCancel = QStringLiteral("alipay.trade.cancel");
const QString kClose = QStringLiteral("alipay.trade.close");
const QString kPrecreate = QStringLiteral("alipay.trade.precreate");
const QString kRefund = QStringLiteral("alipay.trade.refund");
const QString kRefundQuery = QStringLiteral("alipay.trade.fastpay.refund.query");
const QString kBillUrl = QStringLiteral("alipay.data.dataservice.bill.downloadurl.query");

bool isImplemented(const QString &method)
{
    for (const QString &known :
         {kPay, kQuery, kCancel, kClose, kPrecreate, kRefund, kRefundQuery, kBillUrl}) {
        if (method == known) {
            return true;
        }
    }
    return false;
}

TradeAnswer refuse(QJsonObject inner)
{
    return TradeAnswer{std::move(inner)};
}

// The first refusal of the common parameters, if any: everything checked before biz_content.
std::optional<QJsonObject> checkCommon(const QMap<QString, QString> &params, const QString &appId,
                                       const security::RsaKey &appPublicKey)
{
    const std::pair<const char *, const char *> required[] = {
        {"app_id", "isv.missing-app-id"},
        {"method", "isv.missing-method"},
        {"sign_type", "isv.missing-signature-type"},
        {"sign", "isv.missing-signature"},
        {"timestamp", "isv.missing-timestamp"},
        {"version", "isv.missing-version"},
    };
    for (const auto &[key, subCode] : required) {
        if (params.value(QLatin1String(key)).isEmpty()) {
            return codes::missingArguments(
                QLatin1String(subCode), QStringLiteral("缺少必选参数: %1").arg(QLatin1String(key)));
        }
    }
    auto value = [&params](const char *key) { return params.value(QLatin1String(key)); };
    if (value("app_id") != appId) {
        return codes::invalidArguments(QStringLiteral("isv.invalid-app-id"),
                                       QStringLiteral("无效的AppID参数"));
    }
    const QString method = value("method");
    if (!isImplemented(method)) {
        return codes::invalidArguments(
            QStringLiteral("isv.invalid-method"),
            QStringLiteral("不存在的方法名 (the sandbox implements alipay.trade.pay, precreate, "
                           "query, cancel, close, refund, fastpay.refund.query and "
                           "data.dataservice.bill.downloadurl.query): %1")
                .arg(method));
    }
    if (value("sign_type") != QLatin1String("RSA2")) {
        return codes::invalidArguments(QStringLiteral("isv.invalid-signature-type"),
                                       QStringLiteral("无效的签名类型: only RSA2"));
    }
    if (!value("charset").isEmpty() &&
        value("charset").compare(QLatin1String("utf-8"), Qt::CaseInsensitive) != 0) {
        return codes::invalidArguments(QStringLiteral("isv.invalid-charset"),
                                       QStringLiteral("字符集错误: only utf-8"));
    }
    if (!value("format").isEmpty() &&
        value("format").compare(QLatin1String("JSON"), Qt::CaseInsensitive) != 0) {
        return codes::invalidArguments(QStringLiteral("isv.invalid-format"),
                                       QStringLiteral("参数格式错误: only JSON"));
    }
    if (value("version") != QLatin1String("1.0")) {
        return codes::invalidArguments(QStringLiteral("isv.invalid-version"),
                                       QStringLiteral("版本号错误: only 1.0"));
    }
    const auto timestamp =
        QDateTime::fromString(value("timestamp"), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!timestamp.isValid()) {
        return codes::invalidArguments(QStringLiteral("isv.invalid-timestamp"),
                                       QStringLiteral("非法的时间戳参数: yyyy-MM-dd HH:mm:ss"));
    }
    const QByteArray content = channels::alipay::signContent(params);
    const auto signature = QByteArray::fromBase64Encoding(value("sign").toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !appPublicKey.verifySha256(content, *signature)) {
        return codes::invalidArguments(
            QStringLiteral("isv.invalid-signature"),
            QStringLiteral("验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，"
                           "网关生成的验签字符串为：") +
                QString::fromUtf8(content));
    }
    return std::nullopt;
}

} // namespace

AlipayGateway::AlipayGateway(const SimKeys &keys, SimLedger &ledger, QString appId,
                             int userPayingSeconds)
    : m_keys(keys), m_ledger(ledger), m_appId(std::move(appId)),
      m_trades(ledger, userPayingSeconds), m_refunds(ledger, userPayingSeconds)
{
}

Result<TradeAnswer> AlipayGateway::billUrl(const QJsonObject &biz, qint64 nowMs) const
{
    QString billType, billDate;
    for (auto refusal : {biz::readText(biz, QStringLiteral("bill_type"), true, billType),
                         biz::readText(biz, QStringLiteral("bill_date"), true, billDate)}) {
        if (refusal) {
            return TradeAnswer{*refusal};
        }
    }
    if (billType != QLatin1String("trade")) {
        return TradeAnswer{codes::businessFailed(
            QStringLiteral("isp.bill_type_not_support"),
            QStringLiteral("账单类型不支持: the sandbox serves bill_type=trade"))};
    }
    const QDate day = QDate::fromString(billDate, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid()) {
        return TradeAnswer{biz::invalid(QStringLiteral("bill_date"),
                                        QStringLiteral("must be yyyy-MM-dd (daily bills only)"))};
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::OffsetFromUTC, 8 * 3600).date();
    if (day > today) {
        return TradeAnswer{codes::businessFailed(QStringLiteral("isp.bill_not_exist"),
                                                 QStringLiteral("账单不存在"))};
    }
    // Real Alipay serves yesterday's bill after about 10:00; the sandbox serves any past day
    // and today so far, so tests need not wait for a day to end.
    QJsonObject inner = codes::success();
    inner.insert(QStringLiteral("bill_download_url"),
                 QStringLiteral("%1/alipay/bill/%2.zip?downloadFileName=%3")
                     .arg(m_baseUrl, billDate, QString::number(nowMs)));
    return TradeAnswer{inner};
}

GatewayReply AlipayGateway::handle(const QByteArray &urlQuery, const QByteArray &body, qint64 nowMs)
{
    QMap<QString, QString> params;
    Status decoded = decodeForm(urlQuery, params);
    if (decoded) {
        decoded = decodeForm(body, params);
    }
    const QString method = params.value(QStringLiteral("method"));
    // Read leniently here only to label the request log; it is checked properly below.
    const QJsonObject loggedBiz =
        QJsonDocument::fromJson(params.value(QStringLiteral("biz_content")).toUtf8()).object();
    const QString outTradeNo = loggedBiz.value(QStringLiteral("out_trade_no")).toString();

    auto requestId = m_ledger.recordRequest(method, outTradeNo, nowMs);
    if (!requestId) {
        return internalFailure(0, kErrorNode, requestId.error());
    }
    if (!decoded) {
        return answer(*requestId, kErrorNode,
                      refuse(codes::invalidArguments(QStringLiteral("isv.invalid-parameter"),
                                                     decoded.error().message)));
    }
    if (auto refusal = checkCommon(params, m_appId, m_keys.appPublic())) {
        return answer(*requestId, kErrorNode, refuse(*refusal));
    }

    const QByteArray node = channels::alipay::responseNodeName(method);
    const QString bizText = params.value(QStringLiteral("biz_content"));
    if (bizText.isEmpty()) {
        return answer(*requestId, node,
                      refuse(codes::invalidArguments(QStringLiteral("isv.missing-parameter"),
                                                     QStringLiteral("缺少必选参数: biz_content"))));
    }
    QJsonParseError parseError;
    const QJsonDocument bizDocument = QJsonDocument::fromJson(bizText.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !bizDocument.isObject()) {
        return answer(
            *requestId, node,
            refuse(codes::invalidArguments(QStringLiteral("isv.invalid-parameter"),
                                           QStringLiteral("biz_content is not a JSON object: %1")
                                               .arg(parseError.errorString()))));
    }
    if (auto settled = m_ledger.settleDuePayments(nowMs); !settled) {
        return internalFailure(*requestId, node, settled.error());
    }

    const QJsonObject biz = bizDocument.object();
    const QString notifyUrl = params.value(QStringLiteral("notify_url"));
    Result<TradeAnswer> result = method == kPay         ? m_trades.pay(biz, nowMs)
                                 : method == kQuery     ? m_trades.query(biz)
                                 : method == kCancel    ? m_trades.cancel(biz, nowMs)
                                 : method == kClose     ? m_trades.close(biz)
                                 : method == kPrecreate ? m_trades.precreate(biz, notifyUrl, nowMs)
                                 : method == kRefund    ? m_refunds.refund(biz, nowMs)
                                 : method == kRefundQuery ? m_refunds.query(biz)
                                                          : billUrl(biz, nowMs);
    if (!result) {
        return internalFailure(*requestId, node, result.error());
    }
    GatewayReply reply = answer(*requestId, node, result.value());
    reply.delayMs = result->delayMs;
    reply.wakeAtMs = result->wakeAtMs;
    reply.outTradeNo = result->inner.value(QStringLiteral("out_trade_no")).toString();
    reply.tradeChanged = method == kRefund || method == kCancel || method == kClose;
    return reply;
}

GatewayReply AlipayGateway::answer(qint64 requestId, const QByteArray &nodeName,
                                   const TradeAnswer &tradeAnswer)
{
    const QString code = tradeAnswer.inner.value(QStringLiteral("code")).toString();
    const QString subCode = tradeAnswer.inner.value(QStringLiteral("sub_code")).toString();
    auto body = signedResponse(nodeName, tradeAnswer.inner, m_keys.alipayPrivate(),
                               tradeAnswer.tamperSignature);
    if (!body) {
        qCCritical(lcGateway) << "cannot sign a response:" << body.error().message;
        return GatewayReply{500, QByteArrayLiteral("cannot sign the response")};
    }
    if (requestId > 0) {
        if (auto recorded = m_ledger.recordOutcome(requestId, code, subCode); !recorded) {
            qCCritical(lcGateway) << "ledger write failed:" << recorded.error().message;
            return GatewayReply{500, QByteArrayLiteral("ledger write failed")};
        }
    }
    qCInfo(lcGateway).noquote()
        << "request" << requestId << nodeName
        << tradeAnswer.inner.value(QStringLiteral("out_trade_no")).toString() << code << subCode;
    return GatewayReply{200, body.value()};
}

GatewayReply AlipayGateway::internalFailure(qint64 requestId, const QByteArray &nodeName,
                                            const Error &error)
{
    qCCritical(lcGateway) << "request" << requestId
                          << "failed inside the sandbox:" << error.message;
    return answer(
        requestId, nodeName,
        refuse(codes::unavailable(QStringLiteral("isp.unknow-error"), QStringLiteral("系统繁忙"))));
}

} // namespace pos::sim
