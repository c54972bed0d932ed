#include "channels/wechatpay/WechatV2Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace pos::channels::wechatpay {

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return diff == 0;
}

} // namespace

QByteArray WechatV2Signer::stringToSign(const QMap<QString, QString> &params,
                                        const QByteArray &apiKey)
{
    // QMap orders QString keys by UTF-16 code unit, which equals byte order for ASCII keys.
    QByteArray text;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.value().isEmpty() || it.key() == QLatin1String("sign")) {
            continue;
        }
        text += it.key().toUtf8() + '=' + it.value().toUtf8() + '&';
    }
    return text + "key=" + apiKey;
}

QString WechatV2Signer::sign(const QMap<QString, QString> &params, const QByteArray &apiKey,
                             Type type)
{
    const QByteArray text = stringToSign(params, apiKey);
    const QByteArray digest =
        type == Type::Md5
            ? QCryptographicHash::hash(text, QCryptographicHash::Md5)
            : QMessageAuthenticationCode::hash(text, apiKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().toUpper());
}

bool WechatV2Signer::typeFromName(const QString &name, Type *type)
{
    if (name.isEmpty() || name == QLatin1String("MD5")) {
        *type = Type::Md5;
        return true;
    }
    if (name == QLatin1String("HMAC-SHA256")) {
        *type = Type::HmacSha256;
        return true;
    }
    return false;
}

bool WechatV2Signer::verify(const QMap<QString, QString> &params, const QByteArray &apiKey,
                            Type type)
{
    const QString theirs = params.value(QStringLiteral("sign"));
    if (theirs.isEmpty()) {
        return false;
    }
    return constantTimeEquals(sign(params, apiKey, type).toLatin1(), theirs.toUpper().toLatin1());
}

QString WechatV2Signer::typeName(Type type)
{
    return type == Type::Md5 ? QStringLiteral("MD5") : QStringLiteral("HMAC-SHA256");
}

} // namespace pos::channels::wechatpay
