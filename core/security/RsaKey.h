#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <memory>

struct evp_pkey_st;

namespace pos::security {

// An RSA key (private or public) held by OpenSSL. Accepts PEM in PKCS#1, PKCS#8, SPKI and
// X.509 certificate form (the public key is taken from the certificate; validity dates are
// deliberately not checked, since published test certificates have expired).
class RsaKey
{
public:
    static Result<RsaKey> fromPem(const QByteArray &pem);
    // A bare base64 body as channels publish it (no PEM armour): private or public.
    static Result<RsaKey> fromBase64Der(const QByteArray &base64);
    static Result<RsaKey> generate(int bits = 2048);

    bool isNull() const { return !m_key; }
    bool hasPrivate() const { return m_private; }
    QByteArray privatePem() const; // PKCS#8, empty when public only
    QByteArray publicPem() const;  // SPKI

    // SHA256withRSA (PKCS#1 v1.5): Alipay "RSA2", WeChat v3, UnionPay 5.1.0.
    Result<QByteArray> signSha256(const QByteArray &data) const;
    bool verifySha256(const QByteArray &data, const QByteArray &signature) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
    bool m_private = false;
};

} // namespace pos::security
