#pragma once

#include "common/Result.h"
#include "security/RsaKey.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace pos::channels::alipay {

// Alipay OpenAPI signing rules, shared by the adapter and the sandbox so both follow one reading
// of the protocol (the published vectors in tests pin that reading to Alipay's own).

// Every parameter with a non-empty value except those named in `excluded`, sorted by key in
// byte order, joined as key=value with '&', values raw (not URL-encoded).
QByteArray signContent(const QMap<QString, QString> &params,
                       const QStringList &excluded = {QStringLiteral("sign")});

// RSA2: base64(SHA256withRSA(signContent(params))).
Result<QString> signParams(const QMap<QString, QString> &params,
                           const security::RsaKey &privateKey);

// Async notifications exclude both sign and sign_type from the signed string.
bool verifyNotification(const QMap<QString, QString> &params,
                        const security::RsaKey &alipayPublicKey);

// The exact bytes of the JSON value of `nodeName` inside `body` (e.g. the object of
// "alipay_trade_pay_response"), as sent: the signature covers these bytes, not a re-serialisation.
// Empty when the node is absent or the body is malformed.
QByteArray rawJsonNode(const QByteArray &body, const QByteArray &nodeName);

// The value of the top-level "sign" string in a gateway response body (JSON-unescaped).
QByteArray responseSignature(const QByteArray &body);

// "alipay.trade.pay" -> "alipay_trade_pay_response".
QByteArray responseNodeName(const QString &method);

} // namespace pos::channels::alipay
