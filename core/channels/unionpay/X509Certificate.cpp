#include "channels/unionpay/X509Certificate.h"

#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace pos::channels::unionpay {

namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using StorePtr = std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)>;
using BigNumPtr = std::unique_ptr<BIGNUM, decltype(&BN_free)>;

QString opensslError()
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    ERR_clear_error();
    return QString::fromLatin1(buffer);
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())), &BIO_free);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

// RsaKey keeps its EVP_PKEY to itself; its PEM is the bridge.
KeyPtr evpKey(const security::RsaKey &key, bool wantPrivate)
{
    if (wantPrivate) {
        const QByteArray pem = key.privatePem();
        auto bio = memoryBio(pem);
        return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr),
                      &EVP_PKEY_free);
    }
    const QByteArray pem = key.publicPem();
    auto bio = memoryBio(pem);
    return KeyPtr(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, context, nid, value);
    if (!extension) {
        return false;
    }
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

} // namespace

Result<X509Certificate> X509Certificate::fromPem(const QByteArray &pem)
{
    auto bio = memoryBio(pem);
    X509 *raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!raw) {
        return Result<X509Certificate>::failure(
            QStringLiteral("cert.unreadable"),
            QStringLiteral("cannot read X.509 certificate: %1").arg(opensslError()));
    }
    X509Certificate certificate;
    certificate.m_certificate.reset(raw, &X509_free);
    return certificate;
}

Result<QList<X509Certificate>> X509Certificate::listFromPem(const QByteArray &pem)
{
    QList<X509Certificate> certificates;
    auto bio = memoryBio(pem);
    while (X509 *raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509Certificate certificate;
        certificate.m_certificate.reset(raw, &X509_free);
        certificates << certificate;
    }
    ERR_clear_error(); // the read past the last certificate
    if (certificates.isEmpty()) {
        return Result<QList<X509Certificate>>::failure(QStringLiteral("cert.unreadable"),
                                                       QStringLiteral("no certificate in PEM"));
    }
    return certificates;
}

Result<X509Certificate> X509Certificate::issue(const Subject &subject,
                                               const security::RsaKey &subjectKey,
                                               const X509Certificate *issuer,
                                               const security::RsaKey &issuerKey)
{
    auto fail = [](const QString &what) {
        return Result<X509Certificate>::failure(QStringLiteral("cert.issue"),
                                                what + QStringLiteral(": ") + opensslError());
    };
    KeyPtr subjectPublic = evpKey(subjectKey, false);
    KeyPtr signer = evpKey(issuerKey, true);
    if (!subjectPublic || !signer) {
        return fail(QStringLiteral("keys"));
    }
    std::shared_ptr<X509> made(X509_new(), &X509_free);
    X509 *x = made.get();
    const quint64 serial = QRandomGenerator::system()->generate64() & 0x7fffffffffffffffULL;
    X509_NAME *name = X509_get_subject_name(x);
    if (X509_set_version(x, 2) != 1 ||
        ASN1_INTEGER_set_uint64(X509_get_serialNumber(x), serial | (1ULL << 40)) != 1 ||
        !X509_gmtime_adj(X509_getm_notBefore(x), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(x), 86400L * subject.validDays) ||
        X509_set_pubkey(x, subjectPublic.get()) != 1 || !addName(name, "C", QStringLiteral("CN")) ||
        !addName(name, "O", subject.organisation) || !addName(name, "CN", subject.commonName)) {
        return fail(QStringLiteral("fields"));
    }
    X509 *issuerCert = issuer ? issuer->m_certificate.get() : x;
    if (X509_set_issuer_name(x, X509_get_subject_name(issuerCert)) != 1) {
        return fail(QStringLiteral("issuer"));
    }
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuerCert, x, nullptr, nullptr, 0);
    const bool extended =
        addExtension(x, &context, NID_basic_constraints,
                     subject.isAuthority ? "critical,CA:TRUE" : "critical,CA:FALSE") &&
        addExtension(x, &context, NID_key_usage,
                     subject.isAuthority ? "critical,keyCertSign,cRLSign"
                                         : "critical,digitalSignature,nonRepudiation") &&
        addExtension(x, &context, NID_subject_key_identifier, "hash") &&
        (issuer == nullptr ||
         addExtension(x, &context, NID_authority_key_identifier, "keyid:always"));
    if (!extended) {
        return fail(QStringLiteral("extensions"));
    }
    if (X509_sign(x, signer.get(), EVP_sha256()) <= 0) {
        return fail(QStringLiteral("signing"));
    }
    X509Certificate certificate;
    certificate.m_certificate = made;
    return certificate;
}

QByteArray X509Certificate::pem() const
{
    if (!m_certificate) {
        return {};
    }
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_X509(bio.get(), m_certificate.get());
    return bioBytes(bio.get());
}

QString X509Certificate::serialDecimal() const
{
    if (!m_certificate) {
        return {};
    }
    BigNumPtr number(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_certificate.get()), nullptr),
                     &BN_free);
    if (!number) {
        return {};
    }
    char *text = BN_bn2dec(number.get());
    const QString decimal = QString::fromLatin1(text);
    OPENSSL_free(text);
    return decimal;
}

QString X509Certificate::commonName() const
{
    if (!m_certificate) {
        return {};
    }
    X509_NAME *name = X509_get_subject_name(m_certificate.get());
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) {
        return {};
    }
    unsigned char *utf8 = nullptr;
    const int length =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0) {
        return {};
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

Result<security::RsaKey> X509Certificate::publicKey() const
{
    if (!m_certificate) {
        return Result<security::RsaKey>::failure(QStringLiteral("cert.null"),
                                                 QStringLiteral("no certificate"));
    }
    return security::RsaKey::fromPem(pem());
}

Status X509Certificate::verifyIssuedBy(const QList<X509Certificate> &anchors) const
{
    if (!m_certificate || anchors.isEmpty()) {
        return Error{QStringLiteral("cert.untrusted"),
                     QStringLiteral("no certificate or no trusted certificate configured")};
    }
    StorePtr store(X509_STORE_new(), &X509_STORE_free);
    for (const X509Certificate &anchor : anchors) {
        if (!anchor.isNull()) {
            X509_STORE_add_cert(store.get(), anchor.m_certificate.get());
        }
    }
    // Dates are not checked (published test certificates have expired); a configured middle
    // certificate is a trust anchor of its own.
    X509_STORE_set_flags(store.get(), X509_V_FLAG_NO_CHECK_TIME | X509_V_FLAG_PARTIAL_CHAIN);
    StoreCtxPtr context(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    if (!context ||
        X509_STORE_CTX_init(context.get(), store.get(), m_certificate.get(), nullptr) != 1) {
        return Error{QStringLiteral("cert.untrusted"), opensslError()};
    }
    if (X509_verify_cert(context.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(context.get());
        ERR_clear_error();
        return Error{QStringLiteral("cert.untrusted"),
                     QStringLiteral("signing certificate does not chain to a trusted one: %1")
                         .arg(QString::fromLatin1(X509_verify_cert_error_string(code)))};
    }
    return success();
}

} // namespace pos::channels::unionpay
