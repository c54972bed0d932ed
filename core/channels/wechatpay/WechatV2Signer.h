#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace pos::channels::wechatpay {

// WeChat Pay v2 signature: every non-empty parameter except `sign`, sorted by key (byte order),
// joined as k=v&k=v, then "&key=<API key>"; MD5 or HMAC-SHA256 (keyed with the API key) of that,
// upper-case hex. `sign_type`, when present, is itself signed.
class WechatV2Signer
{
public:
    enum class Type
    {
        Md5,
        HmacSha256
    };

    static QByteArray stringToSign(const QMap<QString, QString> &params, const QByteArray &apiKey);
    static QString sign(const QMap<QString, QString> &params, const QByteArray &apiKey, Type type);
    // Checks params["sign"] with `type` (responses are signed the way the request was; they
    // rarely carry sign_type). A missing sign fails. Constant-time comparison.
    static bool verify(const QMap<QString, QString> &params, const QByteArray &apiKey, Type type);
    // The type a request names in sign_type (MD5 when absent); false for an unknown name.
    static bool typeFromName(const QString &name, Type *type);
    static QString typeName(Type type);
};

} // namespace pos::channels::wechatpay
