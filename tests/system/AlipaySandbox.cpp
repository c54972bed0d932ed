#include "system/AlipaySandbox.h"

#include "support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>
#include <optional>

namespace pos::test {

const security::RsaKey &testAppKey()
{
    static const security::RsaKey key = security::RsaKey::generate(2048).value();
    return key;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QString alipayCode(const char *lastFour)
{
    return QStringLiteral("28763443825664") + QLatin1String(lastFour);
}

bool AlipaySandbox::start(const QStringList &extraArgs)
{
    return m_process.start(testAppKey().publicPem(), extraArgs);
}

security::RsaKey AlipaySandbox::alipayPublicKey() const
{
    auto key = security::RsaKey::fromPem(m_process.alipayPublicKeyPem());
    return key ? key.value() : security::RsaKey();
}

QString AlipaySandbox::alipayPublicKeyPath() const
{
    return m_process.dataDir() + QStringLiteral("/alipay_public.pem");
}

bool AlipaySandbox::configureTerminal(const QString &dataDir, config::AlipaySettings *settings,
                                      int timeoutMs) const
{
    const QString keyPath = dataDir + QStringLiteral("/app_private.pem");
    if (!writeFile(keyPath, testAppKey().privatePem())) {
        return false;
    }
    settings->enabled = true;
    settings->gatewayUrl = gatewayUrl();
    settings->appId = QStringLiteral("2021000000000001");
    settings->appPrivateKeyFile = keyPath;
    settings->alipayPublicKeyFile = alipayPublicKeyPath();
    settings->timeoutMs = timeoutMs;
    return true;
}

channels::alipay::AlipayConfig AlipaySandbox::channelConfig(int requestTimeoutMs) const
{
    channels::alipay::AlipayConfig config;
    config.gatewayUrl = m_process.gatewayUrl();
    config.appId = QStringLiteral("2021000000000001");
    config.appPrivateKey = testAppKey();
    config.alipayPublicKey = alipayPublicKey();
    config.requestTimeoutMs = requestTimeoutMs;
    return config;
}

QJsonObject getJson(const ChannelSimProcess &process, const QString &path)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(process.url(path));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    waitUntil([reply]() { return reply->isFinished(); }, 10000);
    const QJsonObject book = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return book;
}

QJsonObject firstWith(const QJsonArray &rows, const QString &key, const QString &value)
{
    for (const QJsonValue &row : rows) {
        if (row[key].toString() == value) {
            return row.toObject();
        }
    }
    return {};
}

QJsonObject AlipaySandbox::ledger() const
{
    return getJson(m_process, QStringLiteral("/admin/ledger"));
}

QStringList AlipaySandbox::methodsFor(const QString &outTradeNo) const
{
    QStringList methods;
    for (const QJsonValue &request : ledger().value(QStringLiteral("requests")).toArray()) {
        if (request[QStringLiteral("out_trade_no")].toString() == outTradeNo) {
            methods << request[QStringLiteral("method")].toString();
        }
    }
    return methods;
}

QJsonObject AlipaySandbox::tradeFor(const QString &outTradeNo) const
{
    return firstWith(ledger().value(QStringLiteral("trades")).toArray(),
                     QStringLiteral("out_trade_no"), outTradeNo);
}

channels::ChannelResult
awaitChannel(const std::function<void(channels::PaymentChannel::Callback)> &call, int timeoutMs)
{
    // Shared, so a callback arriving after a time-out writes into live memory.
    auto answer = std::make_shared<std::optional<channels::ChannelResult>>();
    call([answer](const channels::ChannelResult &result) { *answer = result; });
    if (!waitUntil([answer]() { return answer->has_value(); }, timeoutMs)) {
        return channels::ChannelResult::unknown(QStringLiteral("no answer within the time"),
                                                QStringLiteral("test.no_answer"));
    }
    return answer->value();
}

} // namespace pos::test
