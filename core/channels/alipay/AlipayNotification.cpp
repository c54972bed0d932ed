// Alipay's asynchronous notifications (trade_status_sync): a form POST signed over every field
// but sign and sign_type, answered with the plain text "success".
#include "channels/alipay/AlipayChannel.h"
#include "channels/alipay/AlipayLog.h"
#include "channels/alipay/AlipaySignature.h"

#include <QStringDecoder>

namespace pos::channels::alipay {

namespace {

bool decodePart(QByteArray part, QString &out)
{
    part.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(part);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = utf8(bytes);
    return !utf8.hasError();
}

} // namespace

QMap<QString, QString> decodeNotificationForm(const QByteArray &body, bool *ok)
{
    QMap<QString, QString> form;
    *ok = false;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        QString key, value;
        if (!decodePart(equals < 0 ? pair : pair.left(equals), key) ||
            !decodePart(equals < 0 ? QByteArray() : pair.mid(equals + 1), value) ||
            form.contains(key)) {
            return {};
        }
        form.insert(key, value);
    }
    *ok = true;
    return form;
}

ParsedNotification parseNotificationForm(const QMap<QString, QString> &form, const QString &appId,
                                         const security::RsaKey &alipayPublicKey)
{
    ParsedNotification parsed;
    parsed.ackStatus = 200;
    parsed.ackBody = QByteArrayLiteral("success");
    parsed.nackStatus = 200; // Alipay retries on any body but "success"
    parsed.nackBody = QByteArrayLiteral("fail");
    auto value = [&form](const char *key) { return form.value(QLatin1String(key)); };
    parsed.outTradeNo = value("out_trade_no");
    parsed.notificationId = value("notify_id");

    auto reject = [&parsed](const QString &why) {
        qCWarning(lcAlipay).noquote()
            << "notification for" << parsed.outTradeNo << "rejected:" << why;
        parsed.verified = false;
        parsed.rejectReason = why;
        parsed.result = ChannelResult::unknown(why, QStringLiteral("pos.notification_rejected"));
        return parsed;
    };
    if (form.isEmpty()) {
        return reject(QStringLiteral("empty notification"));
    }
    if (value("sign").isEmpty() || !verifyNotification(form, alipayPublicKey)) {
        return reject(QStringLiteral("notification signature does not verify"));
    }
    if (value("app_id") != appId) {
        return reject(
            QStringLiteral("notification is for app_id '%1', not ours").arg(value("app_id")));
    }
    if (parsed.outTradeNo.isEmpty()) {
        return reject(QStringLiteral("notification names no out_trade_no"));
    }
    const auto amount = Money::parse(value("total_amount"));
    if (!amount) {
        return reject(QStringLiteral("notification total_amount '%1' is not an amount")
                          .arg(value("total_amount")));
    }
    parsed.verified = true;
    parsed.amount = amount.value();

    const QString status = value("trade_status");
    const QString tradeNo = value("trade_no");
    const bool isRefund = !value("refund_fee").isEmpty() || !value("out_biz_no").isEmpty() ||
                          !value("gmt_refund").isEmpty();
    if (isRefund) {
        // Alipay notifies a refund that moved money; refund_fee is the trade's refunded total.
        parsed.event = ParsedNotification::Event::Refund;
        parsed.outRequestNo = value("out_biz_no");
        const auto refunded = Money::parse(value("refund_fee"));
        if (!refunded) {
            parsed.result = ChannelResult::unknown(
                QStringLiteral("refund notification without a readable refund_fee"), status);
            return parsed;
        }
        parsed.result = ChannelResult::success(tradeNo);
        parsed.result.refundedAmount = refunded.value();
        parsed.result.providerCode = status;
        return parsed;
    }
    if (status == QLatin1String("TRADE_SUCCESS") || status == QLatin1String("TRADE_FINISHED")) {
        parsed.result = ChannelResult::success(tradeNo, amount.value());
        parsed.result.providerCode = status;
    } else if (status == QLatin1String("TRADE_CLOSED")) {
        parsed.result = ChannelResult::failed(QStringLiteral("the trade is closed"), status);
    } else if (status == QLatin1String("WAIT_BUYER_PAY")) {
        parsed.result =
            ChannelResult::userPaying(QStringLiteral("waiting for the customer to pay"));
    } else {
        parsed.result = ChannelResult::unknown(
            QStringLiteral("unrecognised trade status '%1'").arg(status), status);
    }
    return parsed;
}

} // namespace pos::channels::alipay
