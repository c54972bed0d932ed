#include "channels/wechatpay/WechatChannel.h"

#include "channels/wechatpay/WechatNotification.h"
#include "channels/wechatpay/WechatV2Signer.h"
#include "channels/wechatpay/WechatV3Auth.h"
#include "channels/wechatpay/XmlMessage.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWechat, "pos.channels.wechatpay")

namespace pos::channels::wechatpay {

namespace {

constexpr qint64 kMaxAnswerBytes = 64 * 1024;
constexpr qint64 kMaxBillBytes = 32 * 1024 * 1024;

QString nonceString()
{
    return QString::fromLatin1(WechatV3Auth::makeNonce());
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

// WeChat limits body to 128 bytes of UTF-8: cut on a character boundary.
QString shortBody(const QString &subject)
{
    QString out = subject.isEmpty() ? QStringLiteral("POS") : subject;
    while (out.toUtf8().size() > 128) {
        out.chop(1);
    }
    return out;
}

ChannelResult networkUnknown(QNetworkReply *reply)
{
    return ChannelResult::unknown(QStringLiteral("network: %1").arg(reply->errorString()),
                                  QStringLiteral("pos.network"));
}

ChannelResult unverified(const QString &why)
{
    qCWarning(lcWechat) << "answer rejected:" << why;
    return ChannelResult::unknown(QStringLiteral("answer not trusted: %1").arg(why),
                                  QStringLiteral("pos.bad_signature"));
}

QJsonObject amountObject(qint64 total)
{
    return QJsonObject{{QStringLiteral("total"), total},
                       {QStringLiteral("currency"), QStringLiteral("CNY")}};
}

} // namespace

WechatChannel::WechatChannel(WechatConfig config, QObject *parent)
    : PaymentChannel(parent), m_config(std::move(config)),
      m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

Capabilities WechatChannel::capabilities() const
{
    Capabilities capabilities;
    capabilities.merchantScansCustomer = true;
    capabilities.customerScansMerchant = true;
    capabilities.facePay = true;
    capabilities.query = true;
    capabilities.cancel = true;
    capabilities.close = true;
    capabilities.refund = true;
    capabilities.refundQuery = true;
    capabilities.asyncNotify = true; // v3 Native payments and refunds (micropay has none)
    capabilities.billDownload = true;
    return capabilities;
}

QNetworkRequest WechatChannel::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("pos-terminal"));
    if (!m_config.clientCertPem.isEmpty() && url.scheme() == QLatin1String("https")) {
        // /secapi/* wants the merchant's client certificate.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(m_config.clientCertPem));
        ssl.setPrivateKey(QSslKey(m_config.clientKeyPem, QSsl::Rsa));
        request.setSslConfiguration(ssl);
    }
    return request;
}

void WechatChannel::callV2(const QString &path, Fields params, V2Handler handler)
{
    const auto signType =
        m_config.useHmacSha256 ? WechatV2Signer::Type::HmacSha256 : WechatV2Signer::Type::Md5;
    params.insert(QStringLiteral("appid"), m_config.appId);
    params.insert(QStringLiteral("mch_id"), m_config.mchId);
    params.insert(QStringLiteral("nonce_str"), nonceString());
    params.insert(QStringLiteral("sign_type"), WechatV2Signer::typeName(signType));
    params.insert(QStringLiteral("sign"),
                  WechatV2Signer::sign(params, m_config.apiKeyV2, signType));

    const bool face = path.startsWith(QLatin1String("/face/"));
    const QUrl base =
        face && !m_config.faceBaseUrl.isEmpty() ? m_config.faceBaseUrl : m_config.baseUrl;
    QNetworkRequest request = makeRequest(base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/xml;charset=utf-8"));
    QNetworkReply *reply = m_network.post(request, XmlMessage::write(params));
    const QByteArray apiKey = m_config.apiKeyV2;
    const Merchant us = merchant();
    connect(reply, &QNetworkReply::finished, this, [reply, handler, apiKey, us, signType, path] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            handler(nullptr, networkUnknown(reply));
            return;
        }
        const QByteArray body = reply->read(kMaxAnswerBytes + 1);
        const auto fields = XmlMessage::parse(body);
        if (!fields) {
            handler(nullptr, ChannelResult::unknown(fields.error().message,
                                                    QStringLiteral("pos.malformed")));
            return;
        }
        if (fields->value(QStringLiteral("return_code")) != QLatin1String("SUCCESS")) {
            // Unsigned communication failure: nothing in it can be trusted either way.
            handler(nullptr,
                    ChannelResult::unknown(QStringLiteral("return_code FAIL: %1")
                                               .arg(fields->value(QStringLiteral("return_msg"))),
                                           QStringLiteral("return_code.FAIL")));
            return;
        }
        if (!WechatV2Signer::verify(fields.value(), apiKey, signType)) {
            handler(nullptr, unverified(QStringLiteral("%1 sign does not verify").arg(path)));
            return;
        }
        if (!v2IdentityMatches(fields.value(), us)) {
            handler(nullptr,
                    ChannelResult::unknown(QStringLiteral("answer is for another appid or mch_id"),
                                           QStringLiteral("pos.mismatch")));
            return;
        }
        handler(&fields.value(), ChannelResult{});
    });
}

void WechatChannel::callV3(const QByteArray &method, const QString &pathAndQuery,
                           const QJsonObject &body, V3Handler handler)
{
    const QByteArray bytes =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QUrl url = m_config.baseUrl.resolved(QUrl(pathAndQuery));
    const QByteArray signedPath = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const auto authorization = WechatV3Auth::authorization(
        m_config.mchId, m_config.merchantCertSerial, m_config.merchantPrivateKey, method,
        signedPath, bytes, m_now(), WechatV3Auth::makeNonce());
    if (!authorization) {
        const ChannelResult problem =
            ChannelResult::failed(authorization.error().message, QStringLiteral("pos.sign"));
        QTimer::singleShot(0, this, [handler, problem] { handler(0, nullptr, problem); });
        return;
    }
    QNetworkRequest request = makeRequest(url);
    request.setRawHeader("Authorization", authorization.value());
    request.setRawHeader("Accept", "application/json");
    if (!bytes.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, bytes);
    const auto platformKeys = m_config.platformKeys;
    const auto now = m_now;
    connect(reply, &QNetworkReply::finished, this, [reply, handler, platformKeys, now, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            handler(0, nullptr, networkUnknown(reply));
            return;
        }
        const QByteArray answer = reply->read(kMaxAnswerBytes + 1);
        if (answer.size() > kMaxAnswerBytes) {
            handler(status, nullptr,
                    ChannelResult::unknown(QStringLiteral("answer too large"),
                                           QStringLiteral("pos.size")));
            return;
        }
        WechatV3Headers headers;
        headers.timestamp = reply->rawHeader("Wechatpay-Timestamp");
        headers.nonce = reply->rawHeader("Wechatpay-Nonce");
        headers.signature = reply->rawHeader("Wechatpay-Signature");
        headers.serial = QString::fromLatin1(reply->rawHeader("Wechatpay-Serial"));
        const auto verified = WechatV3Auth::verify(headers, answer, platformKeys, now());
        if (!verified) {
            handler(status, nullptr,
                    unverified(QStringLiteral("%1: %2").arg(url.path(), verified.error().message)));
            return;
        }
        QJsonObject object;
        if (!answer.isEmpty()) {
            const QJsonDocument document = QJsonDocument::fromJson(answer);
            if (!document.isObject()) {
                handler(status, nullptr,
                        ChannelResult::unknown(QStringLiteral("answer is not a JSON object"),
                                               QStringLiteral("pos.malformed")));
                return;
            }
            object = document.object();
        }
        handler(status, &object, ChannelResult{});
    });
}

void WechatChannel::pay(const PayRequest &request, Callback done)
{
    m_paySentAtMs.insert(request.outTradeNo, QDateTime::currentMSecsSinceEpoch());
    Fields params{
        {QStringLiteral("body"), shortBody(request.subject)},
        {QStringLiteral("out_trade_no"), request.outTradeNo},
        {QStringLiteral("total_fee"), QString::number(request.amount.minor())},
        {QStringLiteral("spbill_create_ip"), m_config.clientIp},
        {QStringLiteral("auth_code"), request.authCode},
        {QStringLiteral("device_info"),
         request.terminalId.isEmpty() ? m_config.deviceInfo : request.terminalId},
    };
    const QString outTradeNo = request.outTradeNo;
    const Money amount = request.amount;
    qCInfo(lcWechat) << "micropay" << outTradeNo
                     << (request.scene == PayRequest::Scene::FaceToken ? "face" : "code");
    callV2(QStringLiteral("/pay/micropay"), params,
           [done, outTradeNo, amount](const Fields *fields, const ChannelResult &problem) {
               done(fields ? mapMicropay(*fields, outTradeNo, amount) : problem);
           });
}

void WechatChannel::query(const QString &outTradeNo, const Money &expectedAmount, Callback done)
{
    callV2(QStringLiteral("/pay/orderquery"), Fields{{QStringLiteral("out_trade_no"), outTradeNo}},
           [done, outTradeNo, expectedAmount](const Fields *fields, const ChannelResult &problem) {
               done(fields ? mapOrderQuery(*fields, outTradeNo, expectedAmount) : problem);
           });
}

void WechatChannel::cancel(const QString &outTradeNo, Callback done)
{
    const qint64 sentAt = m_paySentAtMs.value(outTradeNo, -1);
    const qint64 wait =
        sentAt < 0 ? 0 : sentAt + m_config.minReverseDelayMs - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0) {
        QTimer::singleShot(int(wait), this, [this, outTradeNo, done] {
            m_paySentAtMs.remove(outTradeNo);
            cancel(outTradeNo, done);
        });
        return;
    }
    m_paySentAtMs.remove(outTradeNo);
    callV2(QStringLiteral("/secapi/pay/reverse"),
           Fields{{QStringLiteral("out_trade_no"), outTradeNo}},
           [done](const Fields *fields, const ChannelResult &problem) {
               done(fields ? mapReverse(*fields) : problem);
           });
}

void WechatChannel::precreate(const PrecreateRequest &request, Callback done)
{
    const QString notifyUrl = request.notifyUrl.isEmpty() ? m_config.notifyUrl : request.notifyUrl;
    QJsonObject body{
        {QStringLiteral("appid"), m_config.appId},
        {QStringLiteral("mchid"), m_config.mchId},
        {QStringLiteral("description"), shortBody(request.subject)},
        {QStringLiteral("out_trade_no"), request.outTradeNo},
        {QStringLiteral("notify_url"), notifyUrl},
        {QStringLiteral("time_expire"), QDateTime::currentDateTimeUtc()
                                            .addSecs(request.validSeconds)
                                            .toOffsetFromUtc(8 * 3600)
                                            .toString(Qt::ISODate)},
        {QStringLiteral("amount"), amountObject(request.amount.minor())},
    };
    if (!request.terminalId.isEmpty() || !request.storeId.isEmpty()) {
        body.insert(QStringLiteral("scene_info"),
                    QJsonObject{{QStringLiteral("payer_client_ip"), m_config.clientIp},
                                {QStringLiteral("device_id"), request.terminalId}});
    }
    callV3("POST", QStringLiteral("/v3/pay/transactions/native"), body,
           [done](int status, const QJsonObject *answer, const ChannelResult &problem) {
               done(answer ? mapNative(status, *answer) : problem);
           });
}

void WechatChannel::queryV3(const QString &outTradeNo, const Money &expectedAmount, Callback done)
{
    const Merchant us = merchant();
    callV3("GET",
           QStringLiteral("/v3/pay/transactions/out-trade-no/%1?mchid=%2")
               .arg(encoded(outTradeNo), encoded(m_config.mchId)),
           {},
           [done, us, outTradeNo, expectedAmount](int status, const QJsonObject *answer,
                                                  const ChannelResult &problem) {
               done(answer ? mapV3Query(status, *answer, us, outTradeNo, expectedAmount) : problem);
           });
}

void WechatChannel::close(const QString &outTradeNo, Callback done)
{
    callV3("POST",
           QStringLiteral("/v3/pay/transactions/out-trade-no/%1/close").arg(encoded(outTradeNo)),
           QJsonObject{{QStringLiteral("mchid"), m_config.mchId}},
           [done](int status, const QJsonObject *answer, const ChannelResult &problem) {
               done(answer ? mapV3Close(status, *answer) : problem);
           });
}

void WechatChannel::refund(const RefundRequest &request, Callback done)
{
    QJsonObject body{
        {QStringLiteral("out_trade_no"), request.outTradeNo},
        {QStringLiteral("out_refund_no"), request.outRequestNo},
        {QStringLiteral("amount"),
         QJsonObject{{QStringLiteral("refund"), request.refundAmount.minor()},
                     {QStringLiteral("total"), request.totalAmount.minor()},
                     {QStringLiteral("currency"), QStringLiteral("CNY")}}},
    };
    if (!request.reason.isEmpty()) {
        body.insert(QStringLiteral("reason"), request.reason);
    }
    const QString notifyUrl = request.notifyUrl.isEmpty() ? m_config.notifyUrl : request.notifyUrl;
    if (!notifyUrl.isEmpty()) {
        body.insert(QStringLiteral("notify_url"), notifyUrl);
    }
    const QString outRefundNo = request.outRequestNo;
    const Money amount = request.refundAmount;
    callV3("POST", QStringLiteral("/v3/refund/domestic/refunds"), body,
           [done, outRefundNo, amount](int status, const QJsonObject *answer,
                                       const ChannelResult &problem) {
               done(answer ? mapV3Refund(status, *answer, outRefundNo, amount, false) : problem);
           });
}

void WechatChannel::refundQuery(const RefundRequest &request, Callback done)
{
    const QString outRefundNo = request.outRequestNo;
    const Money amount = request.refundAmount;
    callV3("GET", QStringLiteral("/v3/refund/domestic/refunds/%1").arg(encoded(outRefundNo)), {},
           [done, outRefundNo, amount](int status, const QJsonObject *answer,
                                       const ChannelResult &problem) {
               done(answer ? mapV3Refund(status, *answer, outRefundNo, amount, true) : problem);
           });
}

void WechatChannel::downloadBill(const QDate &day, BillCallback done)
{
    const auto signType =
        m_config.useHmacSha256 ? WechatV2Signer::Type::HmacSha256 : WechatV2Signer::Type::Md5;
    Fields params{
        {QStringLiteral("appid"), m_config.appId},
        {QStringLiteral("mch_id"), m_config.mchId},
        {QStringLiteral("nonce_str"), nonceString()},
        {QStringLiteral("sign_type"), WechatV2Signer::typeName(signType)},
        {QStringLiteral("bill_date"), day.toString(QStringLiteral("yyyyMMdd"))},
        {QStringLiteral("bill_type"), QStringLiteral("ALL")},
    };
    params.insert(QStringLiteral("sign"),
                  WechatV2Signer::sign(params, m_config.apiKeyV2, signType));
    QNetworkRequest request =
        makeRequest(m_config.baseUrl.resolved(QUrl(QStringLiteral("/pay/downloadbill"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/xml;charset=utf-8"));
    QNetworkReply *reply = m_network.post(request, XmlMessage::write(params));
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(Result<QByteArray>::failure(QStringLiteral("bill.network"), reply->errorString()));
            return;
        }
        const QByteArray body = reply->read(kMaxBillBytes + 1);
        if (body.size() > kMaxBillBytes) {
            done(Result<QByteArray>::failure(QStringLiteral("bill.size"),
                                             QStringLiteral("bill larger than 32 MiB")));
            return;
        }
        if (body.trimmed().startsWith("<xml>")) {
            // An error answer (e.g. "No Bill Exist"); a bill itself is plain text.
            const auto fields = XmlMessage::parse(body);
            const QString message = fields ? fields->value(QStringLiteral("return_msg"))
                                           : QStringLiteral("unreadable error answer");
            done(Result<QByteArray>::failure(QStringLiteral("bill.refused"), message));
            return;
        }
        // v2 bills are not signed; reconciliation checks them against verified queries.
        done(body);
    });
}

ParsedNotification WechatChannel::parseNotification(const IncomingNotification &notification) const
{
    return parseWechatNotification(notification, m_config, m_now());
}

void WechatChannel::faceAuthInfo(const FaceAuthRequest &request, AuthInfoCallback done)
{
    Fields params{
        {QStringLiteral("rawdata"), request.rawdata},
        {QStringLiteral("store_id"), request.storeId},
        {QStringLiteral("store_name"), request.storeName},
        {QStringLiteral("device_id"), request.deviceId},
        {QStringLiteral("now"), QString::number(m_now())},
        {QStringLiteral("version"), QStringLiteral("1")},
    };
    callV2(QStringLiteral("/face/get_wxpayface_authinfo"), params,
           [done](const Fields *fields, const ChannelResult &problem) {
               if (!fields) {
                   done(Result<QString>::failure(QStringLiteral("face.") + problem.providerCode,
                                                 problem.reason));
                   return;
               }
               const QString authInfo = fields->value(QStringLiteral("authinfo"));
               if (authInfo.isEmpty()) {
                   done(Result<QString>::failure(QStringLiteral("face.empty"),
                                                 QStringLiteral("no authinfo in the answer")));
                   return;
               }
               done(authInfo);
           });
}

} // namespace pos::channels::wechatpay
