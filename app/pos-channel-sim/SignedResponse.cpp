#include "SignedResponse.h"

#include <QJsonDocument>

namespace pos::sim {

namespace {

// Compact JSON with every '/' written as "\/", as Alipay's gateway writes it (a '/' can only
// occur inside a JSON string, where "\/" is a valid escape of the same character).
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).replace("/", "\\/");
}

QByteArray tamperedCopy(QJsonObject inner)
{
    const QString key = QStringLiteral("total_amount");
    const bool cheap = inner.value(key).toString() == QLatin1String("0.01");
    inner.insert(key, cheap ? QStringLiteral("0.02") : QStringLiteral("0.01"));
    return compact(inner);
}

} // namespace

Result<QByteArray> signedResponse(const QByteArray &nodeName, const QJsonObject &inner,
                                  const security::RsaKey &alipayPrivateKey, bool tamper)
{
    const QByteArray innerBytes = compact(inner);
    auto signature = alipayPrivateKey.signSha256(tamper ? tamperedCopy(inner) : innerBytes);
    if (!signature) {
        return signature.error();
    }
    // Base64 has no character that needs escaping inside a JSON string.
    return QByteArray("{\"") + nodeName + "\":" + innerBytes + ",\"sign\":\"" +
           signature->toBase64() + "\"}";
}

} // namespace pos::sim
