#include "system/UnionPaySandbox.h"

#include "channels/unionpay/UnionPayDemoFiles.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace pos::test {

QString unionPayCode(const char *lastFour)
{
    return QStringLiteral("622202123456789") + QLatin1String(lastFour);
}

bool UnionPaySandbox::start(const QStringList &extraArgs)
{
    return m_process.start(testAppKey().publicPem(), extraArgs);
}

QString UnionPaySandbox::folder() const
{
    return m_process.dataDir() + QStringLiteral("/unionpay");
}

QUrl UnionPaySandbox::baseUrl() const
{
    return m_process.url(QString());
}

channels::unionpay::UnionPayConfig UnionPaySandbox::channelConfig(int requestTimeoutMs) const
{
    auto config = channels::unionpay::demofiles::loadDemoConfig(folder(), baseUrl());
    channels::unionpay::UnionPayConfig out =
        config ? config.value() : channels::unionpay::UnionPayConfig{};
    out.requestTimeoutMs = requestTimeoutMs;
    return out;
}

QJsonObject UnionPaySandbox::ledger() const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(m_process.url(QStringLiteral("/admin/unionpay/ledger")));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    waitUntil([reply]() { return reply->isFinished(); }, 10000);
    const QJsonObject book = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return book;
}

QJsonObject UnionPaySandbox::txnFor(const QString &orderId) const
{
    for (const QJsonValue &txn : ledger().value(QStringLiteral("transactions")).toArray()) {
        if (txn[QStringLiteral("orderId")].toString() == orderId) {
            return txn.toObject();
        }
    }
    return {};
}

} // namespace pos::test
