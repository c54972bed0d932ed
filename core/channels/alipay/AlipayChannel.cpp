#include "channels/alipay/AlipayChannel.h"

#include "channels/alipay/AlipayLog.h"
#include "channels/alipay/AlipaySignature.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAlipay, "pos.channels.alipay")

namespace pos::channels::alipay {

namespace {

constexpr qint64 kMaxResponseBytes = 1 << 20;

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

QByteArray formEncode(const QMap<QString, QString> &params)
{
    QByteArray body;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return body;
}

QString chinaTimestamp()
{
    // Alipay wants the gateway's local time (UTC+8) without an offset.
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString describe(const QJsonObject &response)
{
    const QString subMsg = field(response, "sub_msg");
    return subMsg.isEmpty() ? field(response, "msg") : subMsg;
}

// The channel's own record must match ours: a different order number or amount is not ours to
// trust.
bool matchesOurRecord(const QJsonObject &response, const QString &outTradeNo, const Money &amount)
{
    const QString theirNo = field(response, "out_trade_no");
    if (theirNo != outTradeNo) {
        return false;
    }
    const auto theirAmount = Money::parse(field(response, "total_amount"), amount.currency());
    return theirAmount && theirAmount.value() == amount;
}

ChannelResult mismatch(const QString &outTradeNo)
{
    qCWarning(lcAlipay) << "response for" << outTradeNo
                        << "does not match our order number or amount";
    return ChannelResult::unknown(
        QStringLiteral("channel answer does not match our order number or amount"),
        QStringLiteral("pos.mismatch"));
}

} // namespace

AlipayChannel::AlipayChannel(AlipayConfig config, QObject *parent)
    : PaymentChannel(parent), m_config(std::move(config))
{
}

Capabilities AlipayChannel::capabilities() const
{
    Capabilities capabilities;
    capabilities.merchantScansCustomer = true;
    capabilities.facePay = true;
    capabilities.query = true;
    capabilities.cancel = true;
    capabilities.customerScansMerchant = true;
    capabilities.close = true;
    capabilities.refund = true;
    capabilities.refundQuery = true;
    capabilities.asyncNotify = true;
    capabilities.billDownload = true;
    return capabilities;
}

void AlipayChannel::call(const QString &method, const QJsonObject &bizContent,
                         ResponseHandler handler, const QString &notifyUrl)
{
    QMap<QString, QString> params{
        {QStringLiteral("app_id"), m_config.appId},
        {QStringLiteral("method"), method},
        {QStringLiteral("format"), QStringLiteral("JSON")},
        {QStringLiteral("charset"), QStringLiteral("utf-8")},
        {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
        {QStringLiteral("timestamp"), chinaTimestamp()},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("biz_content"),
         QString::fromUtf8(QJsonDocument(bizContent).toJson(QJsonDocument::Compact))},
    };
    const QString effectiveNotifyUrl = notifyUrl.isEmpty() ? m_config.notifyUrl : notifyUrl;
    if (!effectiveNotifyUrl.isEmpty()) {
        params.insert(QStringLiteral("notify_url"), effectiveNotifyUrl);
    }
    auto signature = signParams(params, m_config.appPrivateKey);
    if (!signature) {
        const ChannelResult problem =
            ChannelResult::failed(signature.error().message, QStringLiteral("pos.sign"));
        QTimer::singleShot(0, this, [handler, problem] { handler(nullptr, problem); });
        return;
    }
    params.insert(QStringLiteral("sign"), signature.value());

    QNetworkRequest request(m_config.gatewayUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded;charset=utf-8"));
    request.setTransferTimeout(m_config.requestTimeoutMs);
    QNetworkReply *reply = m_network.post(request, formEncode(params));
    const QByteArray nodeName = responseNodeName(method);
    const security::RsaKey alipayKey = m_config.alipayPublicKey;
    connect(reply, &QNetworkReply::finished, this, [reply, handler, nodeName, alipayKey, method] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            // The request may or may not have reached Alipay: the outcome is unknown.
            handler(nullptr,
                    ChannelResult::unknown(QStringLiteral("network: %1").arg(reply->errorString()),
                                           QStringLiteral("pos.network")));
            return;
        }
        const QByteArray body = reply->read(kMaxResponseBytes + 1);
        if (body.size() > kMaxResponseBytes) {
            handler(nullptr, ChannelResult::unknown(QStringLiteral("response too large"),
                                                    QStringLiteral("pos.size")));
            return;
        }
        QByteArray node = rawJsonNode(body, nodeName);
        if (node.isEmpty()) {
            node = rawJsonNode(body, QByteArrayLiteral("error_response"));
        }
        const QByteArray theirSignature = QByteArray::fromBase64(responseSignature(body));
        if (node.isEmpty() || !alipayKey.verifySha256(node, theirSignature)) {
            qCWarning(lcAlipay) << method << "response rejected: missing node or bad signature";
            handler(nullptr,
                    ChannelResult::unknown(QStringLiteral("response signature does not verify"),
                                           QStringLiteral("pos.bad_signature")));
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(node);
        if (!document.isObject()) {
            handler(nullptr, ChannelResult::unknown(QStringLiteral("response is not a JSON object"),
                                                    QStringLiteral("pos.malformed")));
            return;
        }
        const QJsonObject object = document.object();
        handler(&object, ChannelResult{});
    });
}

void AlipayChannel::pay(const PayRequest &request, Callback done)
{
    QJsonObject biz{
        {QStringLiteral("out_trade_no"), request.outTradeNo},
        {QStringLiteral("scene"), request.scene == PayRequest::Scene::FaceToken
                                      ? QStringLiteral("security_code")
                                      : QStringLiteral("bar_code")},
        {QStringLiteral("auth_code"), request.authCode},
        {QStringLiteral("subject"), request.subject},
        {QStringLiteral("total_amount"), request.amount.toDecimalString()},
        {QStringLiteral("store_id"), request.storeId},
        {QStringLiteral("terminal_id"), request.terminalId},
        {QStringLiteral("operator_id"), request.operatorId},
    };
    const QString outTradeNo = request.outTradeNo;
    const Money amount = request.amount;
    call(QStringLiteral("alipay.trade.pay"), biz,
         [done, outTradeNo, amount](const QJsonObject *response, const ChannelResult &problem) {
             done(response ? mapPayResponse(*response, outTradeNo, amount) : problem);
         });
}

void AlipayChannel::query(const QString &outTradeNo, const Money &expectedAmount, Callback done)
{
    call(QStringLiteral("alipay.trade.query"),
         QJsonObject{{QStringLiteral("out_trade_no"), outTradeNo}},
         [done, outTradeNo, expectedAmount](const QJsonObject *response,
                                            const ChannelResult &problem) {
             done(response ? mapQueryResponse(*response, outTradeNo, expectedAmount) : problem);
         });
}

void AlipayChannel::cancel(const QString &outTradeNo, Callback done)
{
    call(QStringLiteral("alipay.trade.cancel"),
         QJsonObject{{QStringLiteral("out_trade_no"), outTradeNo}},
         [done](const QJsonObject *response, const ChannelResult &problem) {
             done(response ? mapCancelResponse(*response) : problem);
         });
}

void AlipayChannel::precreate(const PrecreateRequest &request, Callback done)
{
    // timeout_express in whole minutes (Alipay accepts 1m-15d); at least one minute.
    const int minutes = std::max(1, (request.validSeconds + 59) / 60);
    QJsonObject biz{
        {QStringLiteral("out_trade_no"), request.outTradeNo},
        {QStringLiteral("total_amount"), request.amount.toDecimalString()},
        {QStringLiteral("subject"), request.subject},
        {QStringLiteral("store_id"), request.storeId},
        {QStringLiteral("terminal_id"), request.terminalId},
        {QStringLiteral("timeout_express"), QStringLiteral("%1m").arg(minutes)},
    };
    const QString outTradeNo = request.outTradeNo;
    call(
        QStringLiteral("alipay.trade.precreate"), biz,
        [done, outTradeNo](const QJsonObject *response, const ChannelResult &problem) {
            done(response ? mapPrecreateResponse(*response, outTradeNo) : problem);
        },
        request.notifyUrl);
}

void AlipayChannel::close(const QString &outTradeNo, Callback done)
{
    call(QStringLiteral("alipay.trade.close"),
         QJsonObject{{QStringLiteral("out_trade_no"), outTradeNo}},
         [done, outTradeNo](const QJsonObject *response, const ChannelResult &problem) {
             done(response ? mapCloseResponse(*response, outTradeNo) : problem);
         });
}

void AlipayChannel::refund(const RefundRequest &request, Callback done)
{
    QJsonObject biz{
        {QStringLiteral("out_trade_no"), request.outTradeNo},
        {QStringLiteral("refund_amount"), request.refundAmount.toDecimalString()},
        {QStringLiteral("out_request_no"), request.outRequestNo},
    };
    if (!request.channelTradeNo.isEmpty()) {
        biz.insert(QStringLiteral("trade_no"), request.channelTradeNo);
    }
    if (!request.reason.isEmpty()) {
        biz.insert(QStringLiteral("refund_reason"), request.reason);
    }
    call(QStringLiteral("alipay.trade.refund"), biz,
         [done, request](const QJsonObject *response, const ChannelResult &problem) {
             done(response ? mapRefundResponse(*response, request) : problem);
         });
}

void AlipayChannel::refundQuery(const RefundRequest &request, Callback done)
{
    QJsonObject biz{
        {QStringLiteral("out_trade_no"), request.outTradeNo},
        {QStringLiteral("out_request_no"), request.outRequestNo},
    };
    call(QStringLiteral("alipay.trade.fastpay.refund.query"), biz,
         [done, request](const QJsonObject *response, const ChannelResult &problem) {
             done(response ? mapRefundQueryResponse(*response, request) : problem);
         });
}

void AlipayChannel::downloadBill(const QDate &day, BillCallback done)
{
    const QJsonObject biz{{QStringLiteral("bill_type"), QStringLiteral("trade")},
                          {QStringLiteral("bill_date"), day.toString(Qt::ISODate)}};
    call(QStringLiteral("alipay.data.dataservice.bill.downloadurl.query"), biz,
         [this, done](const QJsonObject *response, const ChannelResult &problem) {
             if (!response) {
                 done(Result<QByteArray>::failure(problem.providerCode, problem.reason));
                 return;
             }
             const Result<QUrl> url = mapBillUrlResponse(*response);
             if (!url) {
                 done(url.error());
                 return;
             }
             fetchBill(url.value(), done);
         });
}

void AlipayChannel::fetchBill(const QUrl &url, BillCallback done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.requestTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(Result<QByteArray>::failure(
                QStringLiteral("pos.network"),
                QStringLiteral("bill download: %1").arg(reply->errorString())));
            return;
        }
        const QByteArray zip = reply->read(kMaxBillBytes + 1);
        if (zip.size() > kMaxBillBytes) {
            done(Result<QByteArray>::failure(QStringLiteral("pos.size"),
                                             QStringLiteral("bill file too large")));
            return;
        }
        // Alipay's trade bill is a zip (local file header "PK\3\4"); anything else is an error
        // page, not a statement.
        if (!zip.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
            done(Result<QByteArray>::failure(QStringLiteral("pos.bill_format"),
                                             QStringLiteral("bill download is not a zip file")));
            return;
        }
        done(zip);
    });
}

ParsedNotification AlipayChannel::parseNotification(const IncomingNotification &notification) const
{
    bool ok = false;
    const QMap<QString, QString> form = decodeNotificationForm(notification.body, &ok);
    if (!ok) {
        ParsedNotification parsed = parseNotificationForm({}, m_config.appId, {});
        parsed.rejectReason = QStringLiteral("notification body is not a well-formed form");
        return parsed;
    }
    return parseNotificationForm(form, m_config.appId, m_config.alipayPublicKey);
}

ChannelResult mapPayResponse(const QJsonObject &response, const QString &outTradeNo,
                             const Money &amount)
{
    const QString code = field(response, "code");
    const QString subCode = field(response, "sub_code");
    if (code == QLatin1String("10000")) {
        if (!matchesOurRecord(response, outTradeNo, amount)) {
            return mismatch(outTradeNo);
        }
        return ChannelResult::success(field(response, "trade_no"), amount);
    }
    if (code == QLatin1String("10003")) {
        return ChannelResult::userPaying(QStringLiteral("waiting for the customer to confirm"));
    }
    if (code == QLatin1String("40004")) {
        // Already paid or a system error: the trade may exist, so only a query can tell.
        if (subCode == QLatin1String("ACQ.SYSTEM_ERROR") ||
            subCode == QLatin1String("ACQ.TRADE_HAS_SUCCESS")) {
            return ChannelResult::unknown(describe(response), subCode);
        }
        return ChannelResult::failed(describe(response), subCode);
    }
    if (code == QLatin1String("40002") || code == QLatin1String("20001")) {
        // The gateway refused the request itself; no trade was created.
        return ChannelResult::failed(describe(response), subCode.isEmpty() ? code : subCode);
    }
    return ChannelResult::unknown(describe(response), subCode.isEmpty() ? code : subCode);
}

ChannelResult mapQueryResponse(const QJsonObject &response, const QString &outTradeNo,
                               const Money &amount)
{
    const QString code = field(response, "code");
    if (code == QLatin1String("10000")) {
        const QString status = field(response, "trade_status");
        if (status == QLatin1String("TRADE_SUCCESS") || status == QLatin1String("TRADE_FINISHED")) {
            if (!matchesOurRecord(response, outTradeNo, amount)) {
                return mismatch(outTradeNo);
            }
            return ChannelResult::success(field(response, "trade_no"), amount);
        }
        if (status == QLatin1String("WAIT_BUYER_PAY")) {
            return ChannelResult::userPaying(QStringLiteral("waiting for the customer to pay"));
        }
        if (status == QLatin1String("TRADE_CLOSED")) {
            return ChannelResult::failed(QStringLiteral("the trade is closed"), status);
        }
        return ChannelResult::unknown(QStringLiteral("unrecognised trade status '%1'").arg(status),
                                      status);
    }
    if (field(response, "sub_code") == QLatin1String("ACQ.TRADE_NOT_EXIST")) {
        return ChannelResult::failed(QStringLiteral("the channel has no such trade"),
                                     kTradeNotFound);
    }
    return ChannelResult::unknown(describe(response), field(response, "sub_code"));
}

ChannelResult mapCancelResponse(const QJsonObject &response)
{
    const QString code = field(response, "code");
    if (field(response, "retry_flag") == QLatin1String("Y")) {
        return ChannelResult::unknown(QStringLiteral("the channel asks to retry the cancel"), code);
    }
    if (code == QLatin1String("10000")) {
        ChannelResult result = ChannelResult::success(field(response, "trade_no"));
        result.action = field(response, "action");
        return result;
    }
    return ChannelResult::unknown(describe(response), field(response, "sub_code"));
}

} // namespace pos::channels::alipay
