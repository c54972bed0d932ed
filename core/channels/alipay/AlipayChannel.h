#pragma once

#include "channels/PaymentChannel.h"
#include "channels/alipay/AlipayConfig.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace pos::channels::alipay {

// Alipay face-to-face over the OpenAPI gateway: alipay.trade.pay (B-scan-C and face token),
// alipay.trade.query and alipay.trade.cancel, RSA2-signed both ways.
class AlipayChannel : public PaymentChannel
{
    Q_OBJECT
public:
    AlipayChannel(AlipayConfig config, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("alipay"); }
    Capabilities capabilities() const override;

    void pay(const PayRequest &request, Callback done) override;
    void query(const QString &outTradeNo, const Money &expectedAmount, Callback done) override;
    void cancel(const QString &outTradeNo, Callback done) override;

    // The verified inner response object, or an Unknown result explaining why it is not trusted.
    using ResponseHandler =
        std::function<void(const QJsonObject *verified, const ChannelResult &problem)>;
    void call(const QString &method, const QJsonObject &bizContent, ResponseHandler handler);

private:
    AlipayConfig m_config;
    QNetworkAccessManager m_network;
};

// Mapping of verified responses to the common result; public so tests can pin each branch.
ChannelResult mapPayResponse(const QJsonObject &response, const QString &outTradeNo,
                             const Money &amount);
ChannelResult mapQueryResponse(const QJsonObject &response, const QString &outTradeNo,
                               const Money &amount);
ChannelResult mapCancelResponse(const QJsonObject &response);

} // namespace pos::channels::alipay
