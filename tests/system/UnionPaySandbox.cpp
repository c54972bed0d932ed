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
    return getJson(m_process, QStringLiteral("/admin/unionpay/ledger"));
}

QJsonObject UnionPaySandbox::txnFor(const QString &orderId) const
{
    return firstWith(ledger().value(QStringLiteral("transactions")).toArray(),
                     QStringLiteral("orderId"), orderId);
}

} // namespace pos::test
