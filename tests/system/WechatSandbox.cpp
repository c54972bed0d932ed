#include "system/WechatSandbox.h"

#include "channels/wechatpay/WechatCertificate.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace pos::test {

QString wechatCode(const char *lastFour, int serial)
{
    return QStringLiteral("13%1%2")
        .arg(serial, 12, 10, QLatin1Char('0'))
        .arg(QLatin1String(lastFour));
}

QString wechatOrderNo(const char *tag)
{
    return QStringLiteral("WX%1%2")
        .arg(QLatin1String(tag))
        .arg(QRandomGenerator::global()->bounded(100000000), 8, 10, QLatin1Char('0'));
}

bool WechatSandbox::start(const QStringList &extraArgs)
{
    return m_process.start(testAppKey().publicPem(), extraArgs);
}

QByteArray WechatSandbox::file(const QString &name) const
{
    QFile f(QDir(m_process.dataDir()).filePath(QStringLiteral("wechat/") + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

channels::wechatpay::WechatConfig WechatSandbox::channelConfig(int timeoutMs) const
{
    using channels::wechatpay::WechatCertificate;
    channels::wechatpay::WechatConfig config;
    config.baseUrl = m_process.url(QStringLiteral("/"));
    config.appId = QStringLiteral("wx2421b1c4370ec43b");
    config.mchId = QStringLiteral("1900000109");
    config.apiKeyV2 = file(QStringLiteral("api_key_v2.txt")).trimmed();
    config.apiKeyV3 = file(QStringLiteral("api_key_v3.txt")).trimmed();
    config.merchantPrivateKey =
        security::RsaKey::fromPem(file(QStringLiteral("merchant_private.pem"))).value();
    config.merchantCertSerial =
        WechatCertificate::serialHex(file(QStringLiteral("merchant_cert.pem"))).value();
    const QByteArray platformCert = file(QStringLiteral("platform_cert.pem"));
    config.platformKeys.insert(WechatCertificate::serialHex(platformCert).value(),
                               security::RsaKey::fromPem(platformCert).value());
    config.timeoutMs = timeoutMs;
    config.minReverseDelayMs = 300; // WeChat asks for 15 s; tests keep the rule, not the wait
    config.deviceInfo = QStringLiteral("T01");
    return config;
}

QJsonObject WechatSandbox::ledger() const
{
    return getJson(m_process, QStringLiteral("/admin/wechat/ledger"));
}

QJsonObject WechatSandbox::tradeFor(const QString &outTradeNo) const
{
    return firstWith(ledger().value(QStringLiteral("trades")).toArray(),
                     QStringLiteral("out_trade_no"), outTradeNo);
}

} // namespace pos::test
