#include "channels/wechatpay/WechatCertificate.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace pos::channels::wechatpay {

namespace {

using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using Certificate = std::unique_ptr<X509, decltype(&X509_free)>;
using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BigNum = std::unique_ptr<BIGNUM, decltype(&BN_free)>;

Bio memoryBio(const QByteArray &data)
{
    return Bio(BIO_new_mem_buf(data.constData(), int(data.size())), &BIO_free);
}

Error certError(const char *code, const char *message)
{
    return Error{QLatin1String(code), QLatin1String(message)};
}

} // namespace

Result<QString> WechatCertificate::serialHex(const QByteArray &pem)
{
    Bio bio = memoryBio(pem);
    Certificate cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr,
                     &X509_free);
    if (!cert) {
        return certError("cert.read", "not a PEM X.509 certificate");
    }
    BigNum serial(ASN1_INTEGER_to_BN(X509_get_serialNumber(cert.get()), nullptr), &BN_free);
    if (!serial) {
        return certError("cert.read", "certificate serial unreadable");
    }
    char *hex = BN_bn2hex(serial.get());
    const QString text = QString::fromLatin1(hex).toUpper();
    OPENSSL_free(hex);
    return text;
}

Result<QByteArray> WechatCertificate::makeSelfSigned(const security::RsaKey &key,
                                                     const QString &commonName,
                                                     const QString &serialHex)
{
    const QByteArray privatePem = key.privatePem();
    Bio keyBio = memoryBio(privatePem);
    Key pkey(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr,
             &EVP_PKEY_free);
    Certificate cert(X509_new(), &X509_free);
    if (!pkey || !cert) {
        return certError("cert.make", "no private key to sign the certificate with");
    }
    BIGNUM *rawSerial = nullptr;
    const QByteArray serialText = serialHex.toLatin1();
    if (BN_hex2bn(&rawSerial, serialText.constData()) == 0) {
        return certError("cert.make", "serial is not hex");
    }
    BigNum serial(rawSerial, &BN_free);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME *name = X509_get_subject_name(cert.get());
    const bool ok =
        X509_set_version(cert.get(), 2) == 1 &&
        BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) != nullptr &&
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0) != nullptr &&
        X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600) != nullptr &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1,
                                   0) == 1 &&
        X509_set_issuer_name(cert.get(), name) == 1 &&
        X509_set_pubkey(cert.get(), pkey.get()) == 1 &&
        X509_sign(cert.get(), pkey.get(), EVP_sha256()) > 0;
    Bio out(BIO_new(BIO_s_mem()), &BIO_free);
    if (!ok || !out || PEM_write_bio_X509(out.get(), cert.get()) != 1) {
        return certError("cert.make", "could not build the certificate");
    }
    char *data = nullptr;
    const long size = BIO_ctrl(out.get(), BIO_CTRL_INFO, 0, reinterpret_cast<void *>(&data));
    return QByteArray(data, int(size));
}

} // namespace pos::channels::wechatpay
