#pragma once

#include "common/Result.h"
#include "security/RsaKey.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace pos::channels::wechatpay {

// The Wechatpay-* headers of a v3 response or notification.
struct WechatV3Headers
{
    QByteArray timestamp;
    QByteArray nonce;
    QByteArray signature; // base64
    QString serial;

    // From lower-case header names (as IncomingNotification carries them).
    static WechatV3Headers fromMap(const QMap<QString, QString> &lowerCaseHeaders);
};

// WeChat Pay v3 request signing and answer verification (SHA256withRSA, PKCS#1 v1.5).
class WechatV3Auth
{
public:
    static constexpr qint64 kMaxClockSkewSeconds = 5 * 60;

    // METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n (every line ends with \n, even an empty body).
    static QByteArray requestMessage(const QByteArray &method, const QByteArray &pathAndQuery,
                                     qint64 timestamp, const QByteArray &nonce,
                                     const QByteArray &body);
    // TIMESTAMP\nNONCE\nBODY\n
    static QByteArray answerMessage(const QByteArray &timestamp, const QByteArray &nonce,
                                    const QByteArray &body);

    // "WECHATPAY2-SHA256-RSA2048 mchid=...,nonce_str=...,signature=...,timestamp=...,serial_no=..."
    static Result<QByteArray> authorization(const QString &mchId, const QString &serial,
                                            const security::RsaKey &merchantKey,
                                            const QByteArray &method,
                                            const QByteArray &pathAndQuery, const QByteArray &body,
                                            qint64 timestamp, const QByteArray &nonce);

    // Checks a response or notification: the serial names one of `platformKeys`, the timestamp
    // is within kMaxClockSkewSeconds of `nowSeconds`, and the signature verifies over
    // answerMessage(). Error codes: "v3.headers", "v3.serial", "v3.timestamp", "v3.signature".
    static Status verify(const WechatV3Headers &headers, const QByteArray &body,
                         const QMap<QString, security::RsaKey> &platformKeys, qint64 nowSeconds);

    // The fields of an Authorization header value (the sandbox checks requests with this).
    static QMap<QString, QString> parseAuthorization(const QByteArray &value);

    // 32 random characters [A-Za-z0-9].
    static QByteArray makeNonce();
};

} // namespace pos::channels::wechatpay
