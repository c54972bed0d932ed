#pragma once

#include "channels/PaymentChannel.h"
#include "channels/unionpay/UnionPayConfig.h"

#include <QHash>
#include <QMap>
#include <QNetworkAccessManager>

namespace pos::channels::unionpay {

// UnionPay QR payments over the ACP 5.1.0 gateway (UnionPayProtocol.h has the field values),
// certificate-signed both ways (UnionPaySigner.h). Every answer is accepted only when its
// signPubKeyCert chains to the configured UnionPay certificates, its signature verifies and it
// names our merId and orderId (and txnAmt where money is claimed); otherwise Unknown.
//
// Capabilities: B-scan-C pay, C-scan-B precreate, query, cancel (消费撤销: queries the original
// for its queryId and amount first), refund and refund query, async notifications, statement
// download. No close: ACP has no call that closes an unpaid QR (it lapses at payTimeout), so an
// abandoned QR is given to cancel, which the sandbox honours.
//
// UnionPay's query wants the original txnTime; the adapter remembers the txnTime of the
// transactions it started in this process and otherwise sends the current time.
class UnionPayChannel : public PaymentChannel
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxResponseBytes = 256 * 1024;
    static constexpr qint64 kMaxNotificationBytes = 64 * 1024;

    UnionPayChannel(UnionPayConfig config, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("unionpay"); }
    Capabilities capabilities() const override;

    void pay(const PayRequest &request, Callback done) override;
    void precreate(const PrecreateRequest &request, Callback done) override;
    void query(const QString &outTradeNo, const Money &expectedAmount, Callback done) override;
    void cancel(const QString &outTradeNo, Callback done) override;
    void refund(const RefundRequest &request, Callback done) override;
    void refundQuery(const RefundRequest &request, Callback done) override;
    void downloadBill(const QDate &day, BillCallback done) override;
    ParsedNotification parseNotification(const IncomingNotification &notification) const override;
    void resumeRequest(const QString &merchantNo, const QDateTime &requestedAt) override;

    // The orderId of the consume cancel sent for `outTradeNo` (retries reuse it).
    static QString cancelOrderId(const QString &outTradeNo);

    // The verified answer fields, or an Unknown result explaining why nothing is trusted.
    using Fields = QMap<QString, QString>;
    using AnswerHandler = std::function<void(const Fields *verified, const ChannelResult &problem)>;
    // Adds the common fields, signs, posts to `path` and verifies the answer.
    void call(const QString &path, Fields fields, AnswerHandler handler);

private:
    Fields baseFields(const QString &txnType, const QString &txnSubType,
                      const QString &orderId) const;
    // Queries `orderId` and hands over the verified fields (for cancel and refund).
    void queryFields(const QString &orderId, AnswerHandler handler);
    void sendCancel(const QString &outTradeNo, const Fields &original, Callback done);
    QString txnTimeFor(const QString &orderId) const;

    UnionPayConfig m_config;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_txnTimes; // orderId -> txnTime we sent
};

} // namespace pos::channels::unionpay
