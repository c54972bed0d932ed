#include "channels/unionpay/UnionPaySigner.h"

#include <QCryptographicHash>

namespace pos::channels::unionpay::signer {

namespace {

const QString kSignature = QStringLiteral("signature");
const QString kSignPubKeyCert = QStringLiteral("signPubKeyCert");

Error error(const char *code, const QString &message)
{
    return Error{QLatin1String(code), message};
}

} // namespace

QByteArray signContent(const QMap<QString, QString> &params)
{
    // QMap iterates in UTF-16 code unit order, which equals byte order for ASCII keys.
    QByteArray out;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.value().isEmpty() || it.key() == kSignature) {
            continue;
        }
        if (!out.isEmpty()) {
            out += '&';
        }
        out += it.key().toUtf8() + '=' + it.value().toUtf8();
    }
    return out;
}

QByteArray digestHex(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

Result<QString> sign(const QMap<QString, QString> &params, const security::RsaKey &privateKey)
{
    auto signature = privateKey.signSha256(digestHex(signContent(params)));
    if (!signature) {
        return signature.error();
    }
    return QString::fromLatin1(signature->toBase64());
}

bool verifyWith(const QMap<QString, QString> &params, const security::RsaKey &publicKey)
{
    const auto signature = QByteArray::fromBase64Encoding(params.value(kSignature).toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded.isEmpty()) {
        return false;
    }
    return publicKey.verifySha256(digestHex(signContent(params)), *signature);
}

Result<X509Certificate> verify(const QMap<QString, QString> &params,
                               const QList<X509Certificate> &trusted, const QString &organisation)
{
    if (params.value(QStringLiteral("signMethod")) != QLatin1String("01")) {
        return error("sign.method", QStringLiteral("signMethod is not 01 (RSA certificate)"));
    }
    if (params.value(kSignature).isEmpty() || params.value(kSignPubKeyCert).isEmpty()) {
        return error("sign.missing", QStringLiteral("signature or signPubKeyCert missing"));
    }
    auto certificate = X509Certificate::fromPem(params.value(kSignPubKeyCert).toLatin1());
    if (!certificate) {
        return certificate.error();
    }
    if (auto trustedChain = certificate->verifyIssuedBy(trusted); !trustedChain) {
        return trustedChain.error();
    }
    if (!organisation.isEmpty() &&
        certificate->commonName().split(QLatin1Char('@')).value(2) != organisation) {
        return error("cert.organisation",
                     QStringLiteral("signing certificate CN '%1' does not name %2")
                         .arg(certificate->commonName(), organisation));
    }
    auto key = certificate->publicKey();
    if (!key || !verifyWith(params, key.value())) {
        return error("sign.invalid", QStringLiteral("signature does not verify"));
    }
    return certificate;
}

} // namespace pos::channels::unionpay::signer
