#pragma once

#include "channels/PaymentChannel.h"
#include "channels/wechatpay/WechatConfig.h"
#include "channels/wechatpay/WechatMapping.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <functional>

namespace pos::channels::wechatpay {

// WeChat Pay for a cashier: the v2 XML payment-code API (micropay, orderquery, reverse,
// downloadbill, face authinfo) and the v3 JSON API (Native QR, query by out_trade_no, close,
// refunds, notifications). Every answer is verified (v2 sign with the API key; v3
// Wechatpay-Signature with the platform key by serial) and checked against our appid, mch_id,
// order number and amount before it can be Success.
class WechatChannel : public PaymentChannel
{
    Q_OBJECT
public:
    explicit WechatChannel(WechatConfig config, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("wechat"); }
    Capabilities capabilities() const override;

    void pay(const PayRequest &request, Callback done) override;
    void precreate(const PrecreateRequest &request, Callback done) override;
    void query(const QString &outTradeNo, const Money &expectedAmount, Callback done) override;
    void cancel(const QString &outTradeNo, Callback done) override;
    void close(const QString &outTradeNo, Callback done) override;
    void refund(const RefundRequest &request, Callback done) override;
    void refundQuery(const RefundRequest &request, Callback done) override;
    void downloadBill(const QDate &day, BillCallback done) override;
    // The v3 query (GET /v3/pay/transactions/out-trade-no/{no}); query() uses v2 orderquery,
    // which answers for Native and payment-code trades alike.
    void queryV3(const QString &outTradeNo, const Money &expectedAmount, Callback done);
    ParsedNotification parseNotification(const IncomingNotification &notification) const override;

    // Face pay: the credential (authinfo) the face device needs, from the device's rawdata.
    // The face code the device then yields is paid with pay() and Scene::FaceToken.
    void faceAuthInfo(const FaceAuthRequest &request, AuthInfoCallback done) override;

    // Seconds since the epoch used to check v3 timestamps (tests replaying old vectors).
    void setClock(std::function<qint64()> nowSeconds) { m_now = std::move(nowSeconds); }

    // A verified v2 answer (fields) or an Unknown result saying why it is not trusted.
    using V2Handler = std::function<void(const Fields *verified, const ChannelResult &problem)>;
    // A verified v3 answer: HTTP status and JSON body (empty object for 204).
    using V3Handler =
        std::function<void(int status, const QJsonObject *verified, const ChannelResult &problem)>;

private:
    void callV2(const QString &path, Fields params, V2Handler handler);
    void callV3(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                V3Handler handler);
    QNetworkRequest makeRequest(const QUrl &url) const;
    Merchant merchant() const { return Merchant{m_config.appId, m_config.mchId}; }

    WechatConfig m_config;
    QNetworkAccessManager m_network;
    std::function<qint64()> m_now;
    // When each payment-code call of this process was sent: WeChat asks that a reverse follow
    // its micropay by at least minReverseDelayMs, so an early cancel waits out the rest.
    QHash<QString, qint64> m_paySentAtMs;
};

} // namespace pos::channels::wechatpay
