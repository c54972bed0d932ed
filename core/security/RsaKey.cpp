#include "security/RsaKey.h"

#include <openssl/bio.h>
#include <openssl/core_dispatch.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace pos::security {

namespace {

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QString::fromLatin1(buffer);
}

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using CtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())), &BIO_free);
}

EVP_PKEY *readPublicFromCertificate(const QByteArray &pem)
{
    auto bio = memoryBio(pem);
    X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!certificate) {
        return nullptr;
    }
    EVP_PKEY *key = X509_get_pubkey(certificate);
    X509_free(certificate);
    return key;
}

} // namespace

Result<RsaKey> RsaKey::fromPem(const QByteArray &pem)
{
    RsaKey key;
    EVP_PKEY *raw = nullptr;
    if (pem.contains("PRIVATE KEY")) {
        auto bio = memoryBio(pem);
        raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
        key.m_private = raw != nullptr;
    } else if (pem.contains("CERTIFICATE")) {
        raw = readPublicFromCertificate(pem);
    } else if (pem.contains("RSA PUBLIC KEY")) {
        auto bio = memoryBio(pem);
        OSSL_DECODER_CTX *decoder = OSSL_DECODER_CTX_new_for_pkey(
            &raw, "PEM", nullptr, "RSA", OSSL_KEYMGMT_SELECT_PUBLIC_KEY, nullptr, nullptr);
        if (decoder) {
            OSSL_DECODER_from_bio(decoder, bio.get());
            OSSL_DECODER_CTX_free(decoder);
        }
    } else {
        auto bio = memoryBio(pem);
        raw = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    }
    if (!raw) {
        return Result<RsaKey>::failure(
            QStringLiteral("key.unreadable"),
            QStringLiteral("cannot read RSA key: %1").arg(opensslError()));
    }
    if (EVP_PKEY_get_base_id(raw) != EVP_PKEY_RSA) {
        EVP_PKEY_free(raw);
        return Result<RsaKey>::failure(QStringLiteral("key.not_rsa"),
                                       QStringLiteral("key is not an RSA key"));
    }
    key.m_key.reset(raw, &EVP_PKEY_free);
    return key;
}

Result<RsaKey> RsaKey::fromBase64Der(const QByteArray &base64)
{
    const QByteArray body = base64.trimmed();
    QByteArray wrapped;
    for (qsizetype i = 0; i < body.size(); i += 64) {
        wrapped += body.mid(i, 64) + '\n';
    }
    // Private keys published by channels' consoles are PKCS#8 ("MIIE…" with a version field);
    // try private first, then public.
    auto privateKey =
        fromPem("-----BEGIN PRIVATE KEY-----\n" + wrapped + "-----END PRIVATE KEY-----\n");
    if (privateKey) {
        return privateKey;
    }
    ERR_clear_error();
    auto pkcs1 =
        fromPem("-----BEGIN RSA PRIVATE KEY-----\n" + wrapped + "-----END RSA PRIVATE KEY-----\n");
    if (pkcs1) {
        return pkcs1;
    }
    ERR_clear_error();
    return fromPem("-----BEGIN PUBLIC KEY-----\n" + wrapped + "-----END PUBLIC KEY-----\n");
}

Result<RsaKey> RsaKey::generate(int bits)
{
    EVP_PKEY *raw = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!raw) {
        return Result<RsaKey>::failure(QStringLiteral("key.generate"), opensslError());
    }
    RsaKey key;
    key.m_key.reset(raw, &EVP_PKEY_free);
    key.m_private = true;
    return key;
}

QByteArray RsaKey::privatePem() const
{
    if (!m_key || !m_private) {
        return {};
    }
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray RsaKey::publicPem() const
{
    if (!m_key) {
        return {};
    }
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PUBKEY(bio.get(), m_key.get());
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

Result<QByteArray> RsaKey::signSha256(const QByteArray &data) const
{
    if (!m_key || !m_private) {
        return Result<QByteArray>::failure(QStringLiteral("key.no_private"),
                                           QStringLiteral("signing needs a private key"));
    }
    CtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) != 1) {
        return Result<QByteArray>::failure(QStringLiteral("sign.failed"), opensslError());
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) != 1) {
        return Result<QByteArray>::failure(QStringLiteral("sign.failed"), opensslError());
    }
    signature.resize(qsizetype(length));
    return signature;
}

bool RsaKey::verifySha256(const QByteArray &data, const QByteArray &signature) const
{
    if (!m_key || signature.isEmpty()) {
        return false;
    }
    CtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const bool ok =
        EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(data.constData()),
                         size_t(data.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace pos::security
