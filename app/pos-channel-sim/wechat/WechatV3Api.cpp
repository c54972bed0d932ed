// The v3 JSON half of the WeChat Pay sandbox: Native orders, query, close, refunds and the
// encrypted, signed notifications.
#include "wechat/WechatScenario.h"
#include "wechat/WechatSim.h"

#include "channels/wechatpay/AesGcm.h"
#include "channels/wechatpay/WechatV3Auth.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace pos::sim::wechat {

using channels::wechatpay::AesGcm;
using channels::wechatpay::WechatV3Auth;

namespace {

constexpr qsizetype kMaxBodyBytes = 64 * 1024;

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toOffsetFromUtc(8 * 3600)
        .toString(Qt::ISODate);
}

QString str(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

// Amounts arrive as JSON integers; anything else is refused.
Result<qint64> fen(const QJsonValue &value)
{
    const qint64 whole = value.toInteger(-1);
    if (!value.isDouble() || whole < 0 || QJsonValue(whole) != value) {
        return Error{QStringLiteral("fen"), QStringLiteral("not a whole fen amount")};
    }
    auto money = Money::parseMinor(QString::number(whole));
    if (!money) {
        return money.error();
    }
    return money->minor();
}

} // namespace

QHttpServerResponse WechatSim::v3Answer(int status, const QJsonObject &body) const
{
    const QByteArray bytes =
        status == 204 ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray nonce = WechatV3Auth::makeNonce();
    const auto signature =
        m_keys.platformPrivate.signSha256(WechatV3Auth::answerMessage(timestamp, nonce, bytes));
    QHttpServerResponse response =
        status == 204 ? QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent)
                      : QHttpServerResponse(QByteArrayLiteral("application/json"), bytes,
                                            static_cast<QHttpServerResponse::StatusCode>(status));
    response.addHeader(QByteArrayLiteral("Wechatpay-Timestamp"), timestamp);
    response.addHeader(QByteArrayLiteral("Wechatpay-Nonce"), nonce);
    response.addHeader(QByteArrayLiteral("Wechatpay-Serial"), m_keys.platformSerial.toLatin1());
    response.addHeader(QByteArrayLiteral("Wechatpay-Signature"),
                       signature ? signature->toBase64() : QByteArray());
    response.addHeader(QByteArrayLiteral("Request-ID"),
                       QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    return response;
}

QHttpServerResponse WechatSim::v3Error(int status, const char *code, const QString &message) const
{
    return v3Answer(status, QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                                        {QStringLiteral("message"), message}});
}

QString WechatSim::v3AuthProblem(const QHttpServerRequest &request) const
{
    QByteArray authorization;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            authorization = value;
        }
    }
    const auto fields = WechatV3Auth::parseAuthorization(authorization);
    if (fields.value(QStringLiteral("mchid")) != m_mchId) {
        return QStringLiteral("Authorization missing or for another mchid");
    }
    if (fields.value(QStringLiteral("serial_no")).toUpper() != m_keys.merchantSerial) {
        return QStringLiteral("serial_no is not the merchant certificate's serial");
    }
    bool numeric = false;
    const qint64 timestamp = fields.value(QStringLiteral("timestamp")).toLongLong(&numeric);
    if (!numeric ||
        qAbs(QDateTime::currentSecsSinceEpoch() - timestamp) > WechatV3Auth::kMaxClockSkewSeconds) {
        return QStringLiteral("timestamp too far from now");
    }
    const QByteArray method = request.method() == QHttpServerRequest::Method::Get
                                  ? QByteArrayLiteral("GET")
                                  : QByteArrayLiteral("POST");
    const QByteArray path = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QByteArray message = WechatV3Auth::requestMessage(
        method, path, timestamp, fields.value(QStringLiteral("nonce_str")).toUtf8(),
        request.body());
    const QByteArray signature =
        QByteArray::fromBase64(fields.value(QStringLiteral("signature")).toLatin1());
    if (!m_keys.merchantPublic.verifySha256(message, signature)) {
        return QStringLiteral("signature does not verify");
    }
    return QString();
}

QHttpServerResponse WechatSim::handleV3(const QHttpServerRequest &request, const QString &api,
                                        const QString &pathArg)
{
    if (request.body().size() > kMaxBodyBytes) {
        return v3Error(400, "PARAM_ERROR", QStringLiteral("request body larger than 64 KiB"));
    }
    const QString problem = v3AuthProblem(request);
    if (!problem.isEmpty()) {
        log(QStringLiteral("v3.") + api, pathArg, QStringLiteral("SIGN_ERROR"));
        return v3Error(401, "SIGN_ERROR", problem);
    }
    QJsonObject in;
    if (request.method() == QHttpServerRequest::Method::Post) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body());
        if (!document.isObject()) {
            return v3Error(400, "PARAM_ERROR", QStringLiteral("body is not a JSON object"));
        }
        in = document.object();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    log(QStringLiteral("v3.") + api, pathArg.isEmpty() ? str(in, "out_trade_no") : pathArg,
        QString());
    if (api == QLatin1String("native")) {
        return native(in, now);
    }
    if (api == QLatin1String("query")) {
        return queryV3(pathArg, request);
    }
    if (api == QLatin1String("close")) {
        if (str(in, "mchid") != m_mchId) {
            return v3Error(400, "PARAM_ERROR", QStringLiteral("mchid mismatch"));
        }
        return closeV3(pathArg, now);
    }
    if (api == QLatin1String("refund")) {
        return refundV3(in, now);
    }
    return refundQueryV3(pathArg);
}

QJsonObject WechatSim::transactionJson(const WxTrade &trade) const
{
    QJsonObject out{
        {QStringLiteral("appid"), m_appId},
        {QStringLiteral("mchid"), m_mchId},
        {QStringLiteral("out_trade_no"), trade.outTradeNo},
        {QStringLiteral("trade_type"), trade.kind},
        {QStringLiteral("trade_state"), trade.state},
        {QStringLiteral("trade_state_desc"), trade.state},
        {QStringLiteral("amount"),
         QJsonObject{{QStringLiteral("total"), trade.amountFen},
                     {QStringLiteral("currency"), QStringLiteral("CNY")}}},
    };
    if (trade.state == QLatin1String("SUCCESS") || trade.state == QLatin1String("REFUND")) {
        out.insert(QStringLiteral("transaction_id"), trade.transactionId);
        out.insert(QStringLiteral("success_time"), rfc3339(trade.paidAtMs));
        out.insert(QStringLiteral("bank_type"), QStringLiteral("OTHERS"));
        out.insert(QStringLiteral("payer"), QJsonObject{{QStringLiteral("openid"),
                                                         QStringLiteral("oUpF8uMuAJO_M2pxb1Q9z")}});
        QJsonObject amount = out.value(QStringLiteral("amount")).toObject();
        amount.insert(QStringLiteral("payer_total"), trade.amountFen);
        amount.insert(QStringLiteral("payer_currency"), QStringLiteral("CNY"));
        out.insert(QStringLiteral("amount"), amount);
    }
    return out;
}

QHttpServerResponse WechatSim::native(const QJsonObject &in, qint64 now)
{
    const auto total = fen(in.value(QLatin1String("amount"))[QLatin1String("total")]);
    const QString outTradeNo = str(in, "out_trade_no");
    if (str(in, "appid") != m_appId || str(in, "mchid") != m_mchId) {
        return v3Error(400, "PARAM_ERROR", QStringLiteral("appid和mch_id不匹配"));
    }
    if (!total || total.value() <= 0 || outTradeNo.isEmpty() || outTradeNo.size() > 32) {
        return v3Error(400, "PARAM_ERROR", QStringLiteral("amount.total or out_trade_no invalid"));
    }
    const QString codeUrl = QStringLiteral("weixin://wxpay/bizpayurl?pr=") +
                            QString::fromLatin1(QByteArray(outTradeNo.toUtf8()).toHex().left(14));
    auto stored = m_ledger.trade(outTradeNo);
    if (!stored) {
        return v3Error(500, "SYSTEM_ERROR", QStringLiteral("ledger"));
    }
    if (stored->has_value()) {
        if ((*stored)->amountFen != total.value() || (*stored)->kind != QLatin1String("NATIVE")) {
            return v3Error(400, "INVALID_REQUEST", QStringLiteral("商户订单号重复"));
        }
        if ((*stored)->state == QLatin1String("SUCCESS")) {
            return v3Error(400, "ORDERPAID", QStringLiteral("该订单已支付"));
        }
        return v3Answer(200, QJsonObject{{QStringLiteral("code_url"), codeUrl}});
    }
    WxTrade trade;
    trade.outTradeNo = outTradeNo;
    trade.transactionId = m_ledger.nextNumber(QStringLiteral("4200"), now);
    trade.kind = QStringLiteral("NATIVE");
    trade.amountFen = total.value();
    trade.state = QStringLiteral("NOTPAY");
    trade.notifyUrl = str(in, "notify_url");
    trade.createdAtMs = now;
    const bool neverPaid = nativeNeverPaid(trade.amountFen);
    trade.scenario =
        neverPaid ? QStringLiteral("native_never_paid") : QStringLiteral("native_paid_after_delay");
    if (!neverPaid) {
        trade.payDueAtMs = now + m_userPayingMs;
    }
    if (!m_ledger.saveTrade(trade)) {
        return v3Error(500, "SYSTEM_ERROR", QStringLiteral("ledger"));
    }
    if (!neverPaid) {
        QTimer::singleShot(m_userPayingMs, this, [this, outTradeNo] { settleNative(outTradeNo); });
    }
    return v3Answer(200, QJsonObject{{QStringLiteral("code_url"), codeUrl}});
}

void WechatSim::settleNative(const QString &outTradeNo)
{
    auto stored = m_ledger.trade(outTradeNo);
    if (!stored || !stored->has_value() || (*stored)->state != QLatin1String("NOTPAY")) {
        return; // closed in the meantime
    }
    WxTrade trade = **stored;
    trade.state = QStringLiteral("SUCCESS");
    trade.paidAtMs = QDateTime::currentMSecsSinceEpoch();
    if (m_ledger.saveTrade(trade)) {
        notifyTransaction(trade);
    }
}

QHttpServerResponse WechatSim::queryV3(const QString &outTradeNo, const QHttpServerRequest &request)
{
    if (QUrlQuery(request.url()).queryItemValue(QStringLiteral("mchid")) != m_mchId) {
        return v3Error(400, "PARAM_ERROR", QStringLiteral("mchid mismatch"));
    }
    auto stored = m_ledger.trade(outTradeNo);
    if (!stored) {
        return v3Error(500, "SYSTEM_ERROR", QStringLiteral("ledger"));
    }
    if (!stored->has_value() || (*stored)->amountFen == 0) {
        return v3Error(404, "ORDER_NOT_EXIST", QStringLiteral("订单不存在"));
    }
    return v3Answer(200, transactionJson(refreshed(**stored, QDateTime::currentMSecsSinceEpoch())));
}

QHttpServerResponse WechatSim::closeV3(const QString &outTradeNo, qint64 now)
{
    auto stored = m_ledger.trade(outTradeNo);
    if (!stored) {
        return v3Error(500, "SYSTEM_ERROR", QStringLiteral("ledger"));
    }
    WxTrade trade;
    if (stored->has_value()) {
        trade = refreshed(**stored, now);
        if (trade.state == QLatin1String("SUCCESS") || trade.state == QLatin1String("REFUND")) {
            return v3Error(400, "ORDERPAID", QStringLiteral("订单已支付"));
        }
    } else {
        trade.outTradeNo = outTradeNo;
        trade.kind = QStringLiteral("NATIVE");
        trade.scenario = QStringLiteral("closed_before_order");
        trade.createdAtMs = now;
    }
    trade.state = QStringLiteral("CLOSED");
    if (!m_ledger.saveTrade(trade)) {
        return v3Error(500, "SYSTEM_ERROR", QStringLiteral("ledger"));
    }
    return v3Answer(204, {});
}

QJsonObject WechatSim::refundJson(const WxRefund &refund) const
{
    return QJsonObject{
        {QStringLiteral("refund_id"), refund.refundId},
        {QStringLiteral("out_refund_no"), refund.outRefundNo},
        {QStringLiteral("out_trade_no"), refund.outTradeNo},
        {QStringLiteral("channel"), QStringLiteral("ORIGINAL")},
        {QStringLiteral("user_received_account"), QStringLiteral("支付用户零钱")},
        {QStringLiteral("create_time"), rfc3339(refund.createdAtMs)},
        {QStringLiteral("status"), refund.status},
        {QStringLiteral("amount"),
         QJsonObject{{QStringLiteral("total"), refund.totalFen},
                     {QStringLiteral("refund"), refund.amountFen},
                     {QStringLiteral("payer_total"), refund.totalFen},
                     {QStringLiteral("payer_refund"), refund.amountFen},
                     {QStringLiteral("currency"), QStringLiteral("CNY")}}},
    };
}

QHttpServerResponse WechatSim::refundV3(const QJsonObject &in, qint64 now)
{
    const QJsonValue amount = in.value(QLatin1String("amount"));
    const auto refundFen = fen(amount[QLatin1String("refund")]);
    const auto totalFen = fen(amount[QLatin1String("total")]);
    if (!refundFen || !totalFen) {
        return v3Error(400, "PARAM_ERROR", QStringLiteral("amount.refund / amount.total invalid"));
    }
    const RefundOutcome outcome =
        applyRefund(str(in, "out_trade_no"), str(in, "out_refund_no"), refundFen.value(),
                    totalFen.value(), str(in, "notify_url"), now);
    if (!outcome.refund) {
        const QByteArray code = outcome.errorCode.toLatin1();
        return v3Error(outcome.httpStatus, code.constData(), outcome.errorMessage);
    }
    return v3Answer(200, refundJson(*outcome.refund));
}

QHttpServerResponse WechatSim::refundQueryV3(const QString &outRefundNo)
{
    auto stored = m_ledger.refund(outRefundNo);
    if (!stored) {
        return v3Error(500, "SYSTEM_ERROR", QStringLiteral("ledger"));
    }
    if (!stored->has_value()) {
        return v3Error(404, "RESOURCE_NOT_EXISTS", QStringLiteral("退款单不存在"));
    }
    return v3Answer(200, refundJson(**stored));
}

void WechatSim::notifyTransaction(const WxTrade &trade)
{
    sendNotification(trade.notifyUrl, QStringLiteral("TRANSACTION.SUCCESS"),
                     QStringLiteral("支付成功"), QStringLiteral("transaction"),
                     transactionJson(trade));
}

void WechatSim::notifyRefund(const WxRefund &refund)
{
    QJsonObject resource{
        {QStringLiteral("mchid"), m_mchId},
        {QStringLiteral("out_trade_no"), refund.outTradeNo},
        {QStringLiteral("out_refund_no"), refund.outRefundNo},
        {QStringLiteral("refund_id"), refund.refundId},
        {QStringLiteral("refund_status"), refund.status},
        {QStringLiteral("success_time"), rfc3339(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("user_received_account"), QStringLiteral("支付用户零钱")},
        {QStringLiteral("amount"), QJsonObject{{QStringLiteral("total"), refund.totalFen},
                                               {QStringLiteral("refund"), refund.amountFen},
                                               {QStringLiteral("payer_total"), refund.totalFen},
                                               {QStringLiteral("payer_refund"), refund.amountFen}}},
    };
    sendNotification(refund.notifyUrl, QStringLiteral("REFUND.SUCCESS"), QStringLiteral("退款成功"),
                     QStringLiteral("refund"), resource);
}

void WechatSim::sendNotification(const QString &url, const QString &eventType,
                                 const QString &summary, const QString &originalType,
                                 const QJsonObject &resource)
{
    const QUrl target(url);
    if (url.isEmpty() || !target.isValid() || target.scheme().isEmpty()) {
        return;
    }
    const QByteArray nonce = WechatV3Auth::makeNonce().left(12);
    const QByteArray aad = originalType.toUtf8();
    const auto sealed = AesGcm::encrypt(m_keys.apiKeyV3, nonce, aad,
                                        QJsonDocument(resource).toJson(QJsonDocument::Compact));
    if (!sealed) {
        return;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject envelope{
        {QStringLiteral("id"), id},
        {QStringLiteral("create_time"), rfc3339(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("resource_type"), QStringLiteral("encrypt-resource")},
        {QStringLiteral("event_type"), eventType},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("resource"),
         QJsonObject{{QStringLiteral("original_type"), originalType},
                     {QStringLiteral("algorithm"), QStringLiteral("AEAD_AES_256_GCM")},
                     {QStringLiteral("ciphertext"), QString::fromLatin1(sealed.value())},
                     {QStringLiteral("associated_data"), originalType},
                     {QStringLiteral("nonce"), QString::fromLatin1(nonce)}}},
    };
    NotificationSender::Delivery delivery;
    delivery.id = id;
    delivery.url = target;
    delivery.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    delivery.contentType = QByteArrayLiteral("application/json");
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray headerNonce = WechatV3Auth::makeNonce();
    const auto signature = m_keys.platformPrivate.signSha256(
        WechatV3Auth::answerMessage(timestamp, headerNonce, delivery.body));
    if (!signature) {
        return;
    }
    delivery.headers = {{QByteArrayLiteral("Wechatpay-Timestamp"), timestamp},
                        {QByteArrayLiteral("Wechatpay-Nonce"), headerNonce},
                        {QByteArrayLiteral("Wechatpay-Serial"), m_keys.platformSerial.toLatin1()},
                        {QByteArrayLiteral("Wechatpay-Signature"), signature->toBase64()}};
    delivery.isAcknowledged = [](int status, const QByteArray &) {
        return status == 200 || status == 204;
    };
    // WeChat's schedule: 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h.
    const int s = 1000;
    const int m = 60 * s;
    const int h = 60 * m;
    delivery.retryDelaysMs =
        NotificationSender::scaled({15 * s, 15 * s, 30 * s, 3 * m, 10 * m, 20 * m, 30 * m, 30 * m,
                                    30 * m, 60 * m, 3 * h, 3 * h, 3 * h, 6 * h, 6 * h},
                                   m_delayScale);
    delivery.duplicates = m_duplicates;
    m_sender.send(delivery);
    log(QStringLiteral("notify"), resource.value(QStringLiteral("out_trade_no")).toString(),
        eventType);
}

} // namespace pos::sim::wechat
