#include "wechat/WechatSimKeys.h"

#include "channels/wechatpay/WechatCertificate.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace pos::sim::wechat {

namespace {

using channels::wechatpay::WechatCertificate;

Error keysError(const QString &message)
{
    return Error{QStringLiteral("wechat.keys"), message};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return keysError(QStringLiteral("cannot read %1").arg(path));
    }
    return file.readAll();
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return keysError(QStringLiteral("cannot write %1").arg(path));
    }
    return success();
}

QByteArray randomText(int length)
{
    static const char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray text;
    for (int i = 0; i < length; ++i) {
        text += kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet) - 1)];
    }
    return text;
}

QString randomSerial()
{
    // 20 bytes of hex with a non-zero leading nibble, like WeChat's platform serials.
    QString serial = QString::number(QRandomGenerator::system()->bounded(1, 8), 16);
    for (int i = 0; i < 39; ++i) {
        serial += QString::number(QRandomGenerator::system()->bounded(16), 16);
    }
    return serial.toUpper();
}

// Creates `name`_private.pem and `name`_cert.pem unless both exist.
Status ensurePair(const QDir &dir, const QString &name, const QString &commonName)
{
    const QString keyPath = dir.filePath(name + QStringLiteral("_private.pem"));
    const QString certPath = dir.filePath(name + QStringLiteral("_cert.pem"));
    if (QFile::exists(keyPath) && QFile::exists(certPath)) {
        return success();
    }
    auto key = security::RsaKey::generate(2048);
    if (!key) {
        return key.error();
    }
    auto cert = WechatCertificate::makeSelfSigned(key.value(), commonName, randomSerial());
    if (!cert) {
        return cert.error();
    }
    if (auto written = writeFile(keyPath, key->privatePem()); !written) {
        return written;
    }
    return writeFile(certPath, cert.value());
}

} // namespace

Result<WechatSimKeys> WechatSimKeys::loadOrCreate(const QString &path, const QString &mchId,
                                                  const QString &appId)
{
    QDir dir(path);
    if (!dir.mkpath(QStringLiteral("."))) {
        return keysError(QStringLiteral("cannot create %1").arg(path));
    }
    for (const auto &[name, cn] :
         {std::pair{QStringLiteral("merchant"), mchId},
          std::pair{QStringLiteral("platform"), QStringLiteral("Tenpay.com sign (sandbox)")}}) {
        if (auto made = ensurePair(dir, name, cn); !made) {
            return made.error();
        }
    }
    for (const auto &[file, length] : {std::pair{QStringLiteral("api_key_v2.txt"), 32},
                                       std::pair{QStringLiteral("api_key_v3.txt"), 32}}) {
        if (!QFile::exists(dir.filePath(file))) {
            if (auto written = writeFile(dir.filePath(file), randomText(length)); !written) {
                return written.error();
            }
        }
    }
    WechatSimKeys keys;
    auto merchantCert = readFile(dir.filePath(QStringLiteral("merchant_cert.pem")));
    auto platformKey = readFile(dir.filePath(QStringLiteral("platform_private.pem")));
    auto platformCert = readFile(dir.filePath(QStringLiteral("platform_cert.pem")));
    auto v2 = readFile(dir.filePath(QStringLiteral("api_key_v2.txt")));
    auto v3 = readFile(dir.filePath(QStringLiteral("api_key_v3.txt")));
    for (const auto *read : {&merchantCert, &platformKey, &platformCert, &v2, &v3}) {
        if (!*read) {
            return read->error();
        }
    }
    auto merchantPublic = security::RsaKey::fromPem(merchantCert.value());
    auto merchantSerial = WechatCertificate::serialHex(merchantCert.value());
    auto platformPrivate = security::RsaKey::fromPem(platformKey.value());
    auto platformSerial = WechatCertificate::serialHex(platformCert.value());
    if (!merchantPublic || !merchantSerial || !platformPrivate || !platformSerial) {
        return keysError(QStringLiteral("unreadable key or certificate in %1").arg(path));
    }
    keys.merchantPublic = merchantPublic.value();
    keys.merchantSerial = merchantSerial.value();
    keys.platformPrivate = platformPrivate.value();
    keys.platformSerial = platformSerial.value();
    keys.apiKeyV2 = v2->trimmed();
    keys.apiKeyV3 = v3->trimmed();
    if (keys.apiKeyV2.size() != 32 || keys.apiKeyV3.size() != 32) {
        return keysError(QStringLiteral("API keys in %1 must be 32 characters").arg(path));
    }
    const QString readme =
        QStringLiteral(
            "WeChat Pay sandbox credentials (pos-channel-sim). Test keys only: never production.\n"
            "mch_id: %1\nappid: %2\n\n"
            "merchant_private.pem  merchant API private key (PKCS#8): signs v3 requests\n"
            "merchant_cert.pem     merchant certificate, serial %3 (v3 serial_no)\n"
            "platform_private.pem  platform private key: the sandbox signs answers with it\n"
            "platform_cert.pem     platform certificate, serial %4 (Wechatpay-Serial): verifies\n"
            "                      v3 answers and notifications\n"
            "api_key_v2.txt        v2 API key (32 characters): MD5 / HMAC-SHA256 signatures\n"
            "api_key_v3.txt        APIv3 key (32 bytes): AEAD_AES_256_GCM notification resources\n"
            "ledger.sqlite         the sandbox's trades, refunds and requests\n")
            .arg(mchId, appId, keys.merchantSerial, keys.platformSerial);
    if (auto written = writeFile(dir.filePath(QStringLiteral("README.txt")), readme.toUtf8());
        !written) {
        return written.error();
    }
    return keys;
}

} // namespace pos::sim::wechat
