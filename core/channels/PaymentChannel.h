#pragma once

#include "channels/Capabilities.h"
#include "channels/ChannelResult.h"
#include "common/Result.h"
#include "money/Money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace pos::channels {

struct PayRequest
{
    enum class Scene
    {
        BarCode,
        FaceToken
    };

    QString outTradeNo;
    Money amount;
    QString authCode; // the customer's payment code or face token: never logged in full
    Scene scene = Scene::BarCode;
    QString subject;
    QString storeId;
    QString terminalId;
    QString operatorId;
    // When the attempt was stored. Channels that name a request by its time as well as its
    // number (UnionPay's txnTime) send this, so a query after a restart names the same request.
    QDateTime requestedAt;
};

// C-scan-B: ask the channel for a QR the customer scans.
struct PrecreateRequest
{
    QString outTradeNo;
    Money amount;
    QString subject;
    QString storeId;
    QString terminalId;
    QString notifyUrl;
    int validSeconds = 300;
    QDateTime requestedAt; // see PayRequest::requestedAt
};

struct RefundRequest
{
    QString outTradeNo;
    QString channelTradeNo;
    QString outRequestNo; // our idempotency key: one per refund, reused on every retry
    Money refundAmount;
    Money totalAmount; // what the original payment was (WeChat and UnionPay need it)
    QString reason;
    QString notifyUrl;
    QDateTime requestedAt;         // when the refund was stored: see PayRequest::requestedAt
    QDateTime originalRequestedAt; // when the payment being refunded was stored
};

// Face pay: what the face-pay device reports about itself, for channels that issue an authinfo
// before the device may scan a face (WeChat get_wxpayface_authinfo).
struct FaceAuthRequest
{
    QString rawdata; // from the device's SDK
    QString storeId;
    QString storeName;
    QString deviceId;
};

// An asynchronous notification as it arrived over HTTP.
struct IncomingNotification
{
    QByteArray body;
    QMap<QString, QString> headers; // names in lower case
};

// What an adapter makes of a notification. `verified` is true only when the signature and the
// app/merchant identity check out (and decryption worked); everything else is rejected.
struct ParsedNotification
{
    enum class Event
    {
        Payment,
        Refund
    };

    bool verified = false;
    QString rejectReason; // why not verified, for the log
    Event event = Event::Payment;
    QString outTradeNo;
    QString outRequestNo; // refunds
    ChannelResult result; // Success with trade number and amount, Failed, or Unknown
    Money amount;         // the amount the notification states (compare it with our record)
    QString notificationId;
    // What to answer once the result is durably stored, and what to answer when it is not.
    int ackStatus = 200;
    QByteArray ackBody;
    int nackStatus = 500;
    QByteArray nackBody;
};

// One payment provider behind one interface. Calls are asynchronous: the callback runs later
// on the channel's thread's event loop, exactly once per call. Adapters never touch storage.
// The payment service reads capabilities() and never calls what a channel lacks; the defaults
// below answer Unknown ("not supported") for a programming error instead of guessing.
class PaymentChannel : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ChannelResult &)>;
    using BillCallback = std::function<void(const Result<QByteArray> &)>;
    using AuthInfoCallback = std::function<void(const Result<QString> &authInfo)>;

    using QObject::QObject;
    ~PaymentChannel() override = default;

    virtual QString id() const = 0;
    virtual Capabilities capabilities() const = 0;

    // B-scan-C (and face pay with Scene::FaceToken).
    virtual void pay(const PayRequest &request, Callback done) = 0;
    // C-scan-B: Success carries qrCode.
    virtual void precreate(const PrecreateRequest &request, Callback done);
    // Success = paid; UserPaying = still waiting for the buyer; Failed = closed or no such trade
    // (providerCode kTradeNotFound); Unknown = could not tell.
    virtual void query(const QString &outTradeNo, const Money &expectedAmount, Callback done);
    // Cancel/reverse whatever the state. Success = reversed (action "close" or "refund");
    // Unknown = try again later.
    virtual void cancel(const QString &outTradeNo, Callback done);
    // Close an unpaid trade (a QR that expired or was abandoned). Success = closed.
    virtual void close(const QString &outTradeNo, Callback done);
    // Success = refunded; UserPaying = accepted and processing (poll refundQuery);
    // Failed = refused (no money moved); Unknown = could not tell (retry with the same number).
    virtual void refund(const RefundRequest &request, Callback done);
    virtual void refundQuery(const RefundRequest &request, Callback done);
    // Face pay: the authinfo the device needs before it scans a face. The default answers an
    // empty authinfo (channels such as Alipay whose device SDK needs none from us).
    virtual void faceAuthInfo(const FaceAuthRequest &request, AuthInfoCallback done);
    // The provider's daily statement in its own format (bytes as downloaded).
    virtual void downloadBill(const QDate &day, BillCallback done);
    // Verifies and reads an async notification; never trusts what it cannot verify.
    virtual ParsedNotification parseNotification(const IncomingNotification &notification) const;
    // After a restart, before querying, cancelling or refunding a trade sent by an earlier run:
    // `merchantNo` was first sent at `requestedAt`. Channels that name a request by its time
    // (UnionPay's txnTime) need this to find it again; the others ignore it.
    virtual void resumeRequest(const QString &merchantNo, const QDateTime &requestedAt);

protected:
    // Answers `done` with Unknown("<operation> not supported") on the next event-loop turn.
    void notSupported(const char *operation, Callback done);
};

} // namespace pos::channels
