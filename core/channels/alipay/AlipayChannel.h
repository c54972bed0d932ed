#pragma once

#include "channels/PaymentChannel.h"
#include "channels/alipay/AlipayConfig.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace pos::channels::alipay {

// Alipay face-to-face over the OpenAPI gateway, RSA2-signed both ways: alipay.trade.pay (B-scan-C
// and face token), precreate (C-scan-B), query, cancel, close, refund, fastpay.refund.query, the
// trade bill (data.dataservice.bill.downloadurl.query) and trade_status_sync notifications.
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
    // Success carries qrCode (verified over the raw bytes, escaped slashes and all).
    void precreate(const PrecreateRequest &request, Callback done) override;
    // Success = closed. Failed(kTradeNotFound) = Alipay has no trade yet: for a precreated QR
    // that nobody scanned this is normal, and the QR stays payable until its timeout_express,
    // so the caller must keep watching it until then.
    void close(const QString &outTradeNo, Callback done) override;
    // Success (fund_change Y) carries refundedAmount = this refund's amount; UserPaying
    // (fund_change N: accepted, money not moved by this call) means confirm by refundQuery.
    void refund(const RefundRequest &request, Callback done) override;
    // Success when refund_status is REFUND_SUCCESS. An answer without refund_status means "not
    // successful (yet)": Alipay documents it as not received or not done, so it is Unknown with
    // providerCode kRefundNotDone and the caller retries refund with the SAME out_request_no
    // (idempotent at Alipay), never a new number and never a conclusion that it failed.
    void refundQuery(const RefundRequest &request, Callback done) override;
    // The trade bill for `day` (bill_type=trade): the zip as downloaded from bill_download_url.
    void downloadBill(const QDate &day, BillCallback done) override;
    ParsedNotification parseNotification(const IncomingNotification &notification) const override;

    // The verified inner response object, or an Unknown result explaining why it is not trusted.
    // `notifyUrl` (when non-empty) replaces the configured one for this request.
    using ResponseHandler =
        std::function<void(const QJsonObject *verified, const ChannelResult &problem)>;
    void call(const QString &method, const QJsonObject &bizContent, ResponseHandler handler,
              const QString &notifyUrl = {});

private:
    void fetchBill(const QUrl &url, BillCallback done);

    AlipayConfig m_config;
    QNetworkAccessManager m_network;
};

// providerCode of a refund query whose answer has no refund_status (not successful yet).
inline const QString kRefundNotDone = QStringLiteral("pos.refund_not_done");
// Largest bill zip accepted.
inline constexpr qint64 kMaxBillBytes = 64 << 20;

// Mapping of verified responses to the common result; public so tests can pin each branch.
ChannelResult mapPayResponse(const QJsonObject &response, const QString &outTradeNo,
                             const Money &amount);
ChannelResult mapQueryResponse(const QJsonObject &response, const QString &outTradeNo,
                               const Money &amount);
ChannelResult mapCancelResponse(const QJsonObject &response);
ChannelResult mapPrecreateResponse(const QJsonObject &response, const QString &outTradeNo);
ChannelResult mapCloseResponse(const QJsonObject &response, const QString &outTradeNo);
ChannelResult mapRefundResponse(const QJsonObject &response, const RefundRequest &request);
ChannelResult mapRefundQueryResponse(const QJsonObject &response, const RefundRequest &request);
// bill_download_url of a verified downloadurl.query answer, or why there is none.
Result<QUrl> mapBillUrlResponse(const QJsonObject &response);
// A notification already decoded into its form fields, checked against our app id and key.
ParsedNotification parseNotificationForm(const QMap<QString, QString> &form, const QString &appId,
                                         const security::RsaKey &alipayPublicKey);
// application/x-www-form-urlencoded ('+' is a space, then percent-decoding, UTF-8); empty with
// `ok` false when a key repeats or the text is not UTF-8.
QMap<QString, QString> decodeNotificationForm(const QByteArray &body, bool *ok);

} // namespace pos::channels::alipay
