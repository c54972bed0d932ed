#include "channels/wechatpay/WechatNotification.h"

#include "channels/wechatpay/AesGcm.h"
#include "channels/wechatpay/WechatMapping.h"
#include "channels/wechatpay/WechatV3Auth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWechatNotify, "pos.channels.wechatpay")

namespace pos::channels::wechatpay {

namespace {

constexpr qsizetype kMaxNotificationBytes = 64 * 1024;

QString str(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

ParsedNotification rejected(ParsedNotification parsed, const QString &reason)
{
    qCWarning(lcWechatNotify) << "notification rejected:" << reason;
    parsed.verified = false;
    parsed.rejectReason = reason;
    parsed.result = ChannelResult::unknown(reason, QStringLiteral("pos.notification_rejected"));
    return parsed;
}

void readPayment(ParsedNotification &parsed, const QJsonObject &resource)
{
    parsed.event = ParsedNotification::Event::Payment;
    parsed.outTradeNo = str(resource, "out_trade_no");
    const auto total =
        moneyFromFen(resource.value(QLatin1String("amount"))[QLatin1String("total")]);
    if (!total) {
        parsed.result = ChannelResult::unknown(QStringLiteral("no readable amount.total"),
                                               QStringLiteral("pos.malformed"));
        return;
    }
    parsed.amount = total.value();
    const QString state = str(resource, "trade_state");
    if (state == QLatin1String("SUCCESS")) {
        parsed.result = ChannelResult::success(str(resource, "transaction_id"), total.value());
    } else {
        parsed.result = ChannelResult::unknown(
            QStringLiteral("payment notification with trade_state '%1'").arg(state), state);
    }
}

void readRefund(ParsedNotification &parsed, const QJsonObject &resource)
{
    parsed.event = ParsedNotification::Event::Refund;
    parsed.outTradeNo = str(resource, "out_trade_no");
    parsed.outRequestNo = str(resource, "out_refund_no");
    const auto refund =
        moneyFromFen(resource.value(QLatin1String("amount"))[QLatin1String("refund")]);
    if (!refund) {
        parsed.result = ChannelResult::unknown(QStringLiteral("no readable amount.refund"),
                                               QStringLiteral("pos.malformed"));
        return;
    }
    parsed.amount = refund.value();
    const QString status = str(resource, "refund_status");
    if (status == QLatin1String("SUCCESS")) {
        parsed.result = ChannelResult::success(str(resource, "refund_id"));
        parsed.result.refundedAmount = refund.value();
    } else if (status == QLatin1String("CLOSED") || status == QLatin1String("ABNORMAL")) {
        parsed.result =
            ChannelResult::failed(QStringLiteral("the refund is %1").arg(status.toLower()), status);
    } else {
        parsed.result = ChannelResult::unknown(
            QStringLiteral("refund notification with status '%1'").arg(status), status);
    }
    parsed.result.providerCode = status;
}

} // namespace

ParsedNotification parseWechatNotification(const IncomingNotification &notification,
                                           const WechatConfig &config, qint64 nowSeconds)
{
    ParsedNotification parsed;
    parsed.ackStatus = 200;
    parsed.ackBody = QByteArrayLiteral("{\"code\":\"SUCCESS\",\"message\":\"OK\"}");
    parsed.nackStatus = 500;
    parsed.nackBody = QByteArrayLiteral("{\"code\":\"FAIL\",\"message\":\"not accepted\"}");

    if (notification.body.size() > kMaxNotificationBytes) {
        return rejected(parsed, QStringLiteral("notification larger than 64 KiB"));
    }
    const auto verifiedHeaders =
        WechatV3Auth::verify(WechatV3Headers::fromMap(notification.headers), notification.body,
                             config.platformKeys, nowSeconds);
    if (!verifiedHeaders) {
        return rejected(parsed, verifiedHeaders.error().message);
    }
    const QJsonDocument document = QJsonDocument::fromJson(notification.body);
    if (!document.isObject()) {
        return rejected(parsed, QStringLiteral("notification is not a JSON object"));
    }
    const QJsonObject envelope = document.object();
    parsed.notificationId = str(envelope, "id");
    const QJsonObject resource = envelope.value(QLatin1String("resource")).toObject();
    if (str(resource, "algorithm") != QLatin1String("AEAD_AES_256_GCM")) {
        return rejected(parsed, QStringLiteral("unsupported resource algorithm"));
    }
    const auto plain = AesGcm::decrypt(config.apiKeyV3, str(resource, "nonce").toUtf8(),
                                       str(resource, "associated_data").toUtf8(),
                                       str(resource, "ciphertext").toLatin1());
    if (!plain) {
        return rejected(parsed, plain.error().message);
    }
    const QJsonDocument inner = QJsonDocument::fromJson(plain.value());
    if (!inner.isObject()) {
        return rejected(parsed, QStringLiteral("decrypted resource is not a JSON object"));
    }
    const QJsonObject content = inner.object();
    const QString eventType = str(envelope, "event_type");
    const bool isRefund = eventType.startsWith(QLatin1String("REFUND."));
    // Refund resources carry mchid only; payment resources carry appid and mchid.
    if (str(content, "mchid") != config.mchId ||
        (!isRefund && str(content, "appid") != config.appId)) {
        return rejected(parsed, QStringLiteral("notification is for another appid or mchid"));
    }
    parsed.verified = true;
    if (eventType == QLatin1String("TRANSACTION.SUCCESS")) {
        readPayment(parsed, content);
    } else if (isRefund) {
        readRefund(parsed, content);
    } else {
        parsed.result = ChannelResult::unknown(
            QStringLiteral("unrecognised event_type '%1'").arg(eventType), eventType);
    }
    qCInfo(lcWechatNotify) << "notification" << parsed.notificationId << eventType << "for"
                           << parsed.outTradeNo << resultKindName(parsed.result.kind);
    return parsed;
}

} // namespace pos::channels::wechatpay
