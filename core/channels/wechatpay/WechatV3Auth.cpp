#include "channels/wechatpay/WechatV3Auth.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace pos::channels::wechatpay {

namespace {

const char kScheme[] = "WECHATPAY2-SHA256-RSA2048";

Error authError(const char *code, const QString &message)
{
    return Error{QLatin1String(code), message};
}

} // namespace

WechatV3Headers WechatV3Headers::fromMap(const QMap<QString, QString> &headers)
{
    WechatV3Headers out;
    out.timestamp = headers.value(QStringLiteral("wechatpay-timestamp")).toLatin1();
    out.nonce = headers.value(QStringLiteral("wechatpay-nonce")).toUtf8();
    out.signature = headers.value(QStringLiteral("wechatpay-signature")).toLatin1();
    out.serial = headers.value(QStringLiteral("wechatpay-serial"));
    return out;
}

QByteArray WechatV3Auth::requestMessage(const QByteArray &method, const QByteArray &pathAndQuery,
                                        qint64 timestamp, const QByteArray &nonce,
                                        const QByteArray &body)
{
    return method + '\n' + pathAndQuery + '\n' + QByteArray::number(timestamp) + '\n' + nonce +
           '\n' + body + '\n';
}

QByteArray WechatV3Auth::answerMessage(const QByteArray &timestamp, const QByteArray &nonce,
                                       const QByteArray &body)
{
    return timestamp + '\n' + nonce + '\n' + body + '\n';
}

Result<QByteArray> WechatV3Auth::authorization(const QString &mchId, const QString &serial,
                                               const security::RsaKey &merchantKey,
                                               const QByteArray &method,
                                               const QByteArray &pathAndQuery,
                                               const QByteArray &body, qint64 timestamp,
                                               const QByteArray &nonce)
{
    auto signature =
        merchantKey.signSha256(requestMessage(method, pathAndQuery, timestamp, nonce, body));
    if (!signature) {
        return signature.error();
    }
    return QByteArray(kScheme) + " mchid=\"" + mchId.toUtf8() + "\",nonce_str=\"" + nonce +
           "\",signature=\"" + signature.value().toBase64() + "\",timestamp=\"" +
           QByteArray::number(timestamp) + "\",serial_no=\"" + serial.toUtf8() + '"';
}

Status WechatV3Auth::verify(const WechatV3Headers &headers, const QByteArray &body,
                            const QMap<QString, security::RsaKey> &platformKeys, qint64 nowSeconds)
{
    if (headers.timestamp.isEmpty() || headers.nonce.isEmpty() || headers.signature.isEmpty() ||
        headers.serial.isEmpty()) {
        return authError("v3.headers", QStringLiteral("Wechatpay-* signature headers missing"));
    }
    const auto key = platformKeys.constFind(headers.serial.toUpper());
    if (key == platformKeys.constEnd()) {
        return authError("v3.serial",
                         QStringLiteral("no platform key with serial %1").arg(headers.serial));
    }
    bool numeric = false;
    const qint64 timestamp = headers.timestamp.toLongLong(&numeric);
    if (!numeric || qAbs(nowSeconds - timestamp) > kMaxClockSkewSeconds) {
        return authError("v3.timestamp", QStringLiteral("Wechatpay-Timestamp is not within 5 "
                                                        "minutes of now"));
    }
    const auto signature =
        QByteArray::fromBase64Encoding(headers.signature, QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !key->verifySha256(answerMessage(headers.timestamp, headers.nonce, body),
                                         signature.decoded)) {
        return authError("v3.signature", QStringLiteral("Wechatpay-Signature does not verify"));
    }
    return success();
}

QMap<QString, QString> WechatV3Auth::parseAuthorization(const QByteArray &value)
{
    QMap<QString, QString> fields;
    const QString text = QString::fromUtf8(value);
    if (!text.startsWith(QLatin1String(kScheme) + QLatin1Char(' '))) {
        return fields;
    }
    static const QRegularExpression pair(QStringLiteral("([a-z_]+)=\"([^\"]*)\""));
    auto it = pair.globalMatch(text.mid(int(sizeof kScheme)));
    while (it.hasNext()) {
        const auto match = it.next();
        fields.insert(match.captured(1), match.captured(2));
    }
    return fields;
}

QByteArray WechatV3Auth::makeNonce()
{
    static const char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray nonce;
    for (int i = 0; i < 32; ++i) {
        nonce += kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet) - 1)];
    }
    return nonce;
}

} // namespace pos::channels::wechatpay
