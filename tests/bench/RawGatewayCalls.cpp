#include "RawGatewayCalls.h"

#include "channels/alipay/AlipaySignature.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace pos::bench {

namespace {
constexpr int kTimeoutMs = 10000;
} // namespace

RawGatewayCalls::RawGatewayCalls(QUrl gatewayUrl, QString appId, security::RsaKey appKey)
    : m_gatewayUrl(std::move(gatewayUrl)), m_appId(std::move(appId)), m_appKey(std::move(appKey))
{
}

Result<QByteArray> RawGatewayCalls::signedBody(int round, const QString &paymentCode) const
{
    // The same parameters the Alipay adapter sends for a scanned code.
    const QJsonObject biz{
        {QStringLiteral("out_trade_no"), QStringLiteral("BENCHRAW%1").arg(round)},
        {QStringLiteral("scene"), QStringLiteral("bar_code")},
        {QStringLiteral("auth_code"), paymentCode},
        {QStringLiteral("subject"), QStringLiteral("Demo Shop")},
        {QStringLiteral("total_amount"), QStringLiteral("2.00")},
        {QStringLiteral("store_id"), QStringLiteral("S001")},
        {QStringLiteral("terminal_id"), QStringLiteral("T01")},
        {QStringLiteral("operator_id"), QStringLiteral("1001")},
    };
    QMap<QString, QString> params{
        {QStringLiteral("app_id"), m_appId},
        {QStringLiteral("method"), QStringLiteral("alipay.trade.pay")},
        {QStringLiteral("format"), QStringLiteral("JSON")},
        {QStringLiteral("charset"), QStringLiteral("utf-8")},
        {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().addSecs(8 * 3600).toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("biz_content"),
         QString::fromUtf8(QJsonDocument(biz).toJson(QJsonDocument::Compact))},
    };
    auto signature = channels::alipay::signParams(params, m_appKey);
    if (!signature) {
        return signature.error();
    }
    params.insert(QStringLiteral("sign"), signature.value());
    QByteArray body;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return body;
}

Result<qint64> RawGatewayCalls::payOnce(int round, const QString &paymentCode)
{
    auto body = signedBody(round, paymentCode);
    if (!body) {
        return body.error();
    }
    QNetworkRequest request(m_gatewayUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded;charset=utf-8"));
    request.setTransferTimeout(kTimeoutMs);

    QEventLoop wait;
    qint64 elapsedNs = 0;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, body.value()));
    QObject::connect(reply.get(), &QNetworkReply::finished, &wait, [&] {
        elapsedNs = clock.nsecsElapsed();
        wait.quit();
    });
    if (!reply->isFinished()) {
        wait.exec();
    }
    const QByteArray answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200 ||
        !answer.contains("\"code\":\"10000\"")) {
        return Error{QStringLiteral("bench.raw_pay"),
                     QStringLiteral("sandbox answered HTTP %1 (%2): %3")
                         .arg(status)
                         .arg(reply->errorString(), QString::fromUtf8(answer.left(300)))};
    }
    return elapsedNs;
}

} // namespace pos::bench
