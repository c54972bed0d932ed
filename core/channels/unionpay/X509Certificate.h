#pragma once

#include "common/Result.h"
#include "security/RsaKey.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct x509_st;

namespace pos::channels::unionpay {

// An X.509 certificate held by OpenSSL: what UnionPay signs with (signPubKeyCert), what we
// trust (its root/middle certificates) and what we generate for the sandbox and the demo.
// Validity dates are deliberately never checked: the published test certificates have expired.
class X509Certificate
{
public:
    static Result<X509Certificate> fromPem(const QByteArray &pem);
    // Every certificate of a PEM bundle (root + middle in one file); an error when none.
    static Result<QList<X509Certificate>> listFromPem(const QByteArray &pem);

    // What to put into a certificate made by issue().
    struct Subject
    {
        QString commonName;
        QString organisation;
        bool isAuthority = false; // CA:TRUE, keyCertSign; otherwise a signing (leaf) certificate
        int validDays = 3650;
    };
    // Issues a certificate for `subjectKey` signed by `issuerKey`. With a null `issuer` the
    // certificate is self-signed (issuerKey must then be subjectKey's own private key).
    // The serial is a random positive 63-bit number.
    static Result<X509Certificate> issue(const Subject &subject, const security::RsaKey &subjectKey,
                                         const X509Certificate *issuer,
                                         const security::RsaKey &issuerKey);

    bool isNull() const { return !m_certificate; }
    QByteArray pem() const;        // "-----BEGIN CERTIFICATE-----\n...", LF line ends
    QString serialDecimal() const; // UnionPay's certId
    QString commonName() const;
    Result<security::RsaKey> publicKey() const;

    // Whether this certificate chains to one of `anchors` (each a trust anchor, root or middle),
    // signatures checked with OpenSSL's verifier, dates ignored. Error code "cert.untrusted".
    Status verifyIssuedBy(const QList<X509Certificate> &anchors) const;

private:
    std::shared_ptr<x509_st> m_certificate;
};

} // namespace pos::channels::unionpay
