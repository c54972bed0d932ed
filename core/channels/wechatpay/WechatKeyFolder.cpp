#include "channels/wechatpay/WechatKeyFolder.h"

#include "channels/wechatpay/WechatCertificate.h"

#include <QDir>
#include <QFile>

namespace pos::channels::wechatpay {

namespace {
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

Result<QByteArray> readFile(const QDir &folder, const char *name)
{
    QFile file(folder.filePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QByteArray>::failure(QStringLiteral("config.key_missing"),
                                           QStringLiteral("cannot read %1").arg(file.fileName()));
    }
    return file.read(kMaxKeyFileBytes);
}
} // namespace

Result<WechatConfig> loadKeyFolder(const QString &folderPath, const QUrl &baseUrl,
                                   const QString &appId, const QString &mchId)
{
    const QDir folder(folderPath);
    auto merchantKeyPem = readFile(folder, "merchant_private.pem");
    auto merchantCertPem = readFile(folder, "merchant_cert.pem");
    auto platformCertPem = readFile(folder, "platform_cert.pem");
    auto apiKeyV2 = readFile(folder, "api_key_v2.txt");
    auto apiKeyV3 = readFile(folder, "api_key_v3.txt");
    for (const auto *file :
         {&merchantKeyPem, &merchantCertPem, &platformCertPem, &apiKeyV2, &apiKeyV3}) {
        if (!*file) {
            return file->error();
        }
    }
    auto merchantKey = security::RsaKey::fromPem(merchantKeyPem.value());
    auto merchantSerial = WechatCertificate::serialHex(merchantCertPem.value());
    auto platformKey = security::RsaKey::fromPem(platformCertPem.value());
    auto platformSerial = WechatCertificate::serialHex(platformCertPem.value());
    if (!merchantKey || !merchantSerial || !platformKey || !platformSerial) {
        return Result<WechatConfig>::failure(
            QStringLiteral("config.key_unreadable"),
            QStringLiteral("WeChat Pay keys in %1 are not readable").arg(folderPath));
    }
    WechatConfig config;
    config.baseUrl = baseUrl;
    config.appId = appId;
    config.mchId = mchId;
    config.apiKeyV2 = apiKeyV2->trimmed();
    config.apiKeyV3 = apiKeyV3->trimmed();
    config.merchantPrivateKey = merchantKey.value();
    config.merchantCertSerial = merchantSerial.value();
    config.platformKeys.insert(platformSerial.value(), platformKey.value());
    if (config.apiKeyV3.size() != 32) {
        return Result<WechatConfig>::failure(
            QStringLiteral("config.bad_value"),
            QStringLiteral("api_key_v3.txt must hold exactly 32 bytes"));
    }
    return config;
}

} // namespace pos::channels::wechatpay
