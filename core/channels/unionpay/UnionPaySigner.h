#pragma once

#include "channels/unionpay/X509Certificate.h"
#include "common/Result.h"
#include "security/RsaKey.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace pos::channels::unionpay {

// UnionPay ACP 5.1.0 signatures (signMethod=01), shared by the adapter and the sandbox so both
// follow one reading, pinned to UnionPay's own by the published vector in the tests:
//
//   content   = every parameter with a non-empty value except `signature`, sorted by key in
//               byte order, joined as key=value with '&', values raw (signPubKeyCert's PEM, line
//               ends and all, is part of it)
//   digest    = lowercase hex of SHA-256(content), 64 ASCII characters
//   signature = base64(SHA256withRSA(digest)): the RSA signs the hex TEXT, not the raw hash.
namespace signer {

QByteArray signContent(const QMap<QString, QString> &params);
QByteArray digestHex(const QByteArray &content);

// The `signature` value for `params` (which should already hold certId).
Result<QString> sign(const QMap<QString, QString> &params, const security::RsaKey &privateKey);

// Checks `params`' signature with `publicKey` only (no certificate handling).
bool verifyWith(const QMap<QString, QString> &params, const security::RsaKey &publicKey);

// Full verification of a response or notification: signMethod 01, signPubKeyCert readable,
// chaining to `trusted` (dates ignored), its CN naming `organisation` in the third '@' field
// (skipped when empty), and the signature made by its key. Returns that certificate.
// Error codes: "sign.method", "sign.missing", "cert.unreadable", "cert.untrusted",
// "cert.organisation", "sign.invalid".
Result<X509Certificate> verify(const QMap<QString, QString> &params,
                               const QList<X509Certificate> &trusted, const QString &organisation);

} // namespace signer

} // namespace pos::channels::unionpay
