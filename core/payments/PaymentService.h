#pragma once

#include "channels/PaymentChannel.h"
#include "channels/PaymentCodeRouter.h"
#include "common/Result.h"
#include "domain/PaymentAttempt.h"
#include "payments/ChannelRegistry.h"
#include "payments/PaymentSchedule.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace pos::storage {
class Database;
}

namespace pos::payments {

class RefundService;

// Who and where the payments are taken: sent to channels with every request.
struct PaymentContext
{
    QString storeId;
    QString terminalId;
    QString operatorId;
    QString subject;
    QString notifyUrl; // notification base URL of this terminal (see notifyUrlFor)
};

// The orchestrator: owns the attempt state machine, writes every attempt before its request
// leaves (write-ahead), drives uncertain outcomes (UserPaying, Unknown) to a final state by
// query and cancel, and marks an order Paid exactly once. Everything runs on the event loop
// of the thread that owns it; nothing here blocks on the network.
class PaymentService : public QObject
{
    Q_OBJECT
public:
    PaymentService(storage::Database &database, ChannelRegistry &channels,
                   channels::PaymentCodeRouter router, PaymentSchedule schedule,
                   QObject *parent = nullptr);

    void setContext(const PaymentContext &context) { m_context = context; }
    const PaymentContext &context() const { return m_context; }
    // The cashier now at the counter (sent as operator_id).
    void setOperator(const QString &operatorId) { m_context.operatorId = operatorId; }
    const PaymentSchedule &schedule() const { return m_schedule; }
    // The code routes this terminal accepts (built-in plus configured [payment_codes]).
    const channels::PaymentCodeRouter &router() const { return m_router; }

    // Order total minus what has succeeded and what is still pending on a channel.
    Result<Money> amountDue(const QString &orderId) const;

    // Cash: pays min(due, tendered); change = tendered − due when tendered covers the order.
    Result<PaymentAttempt> payCash(const QString &orderId, const Money &tendered);
    // B-scan-C: classifies the code, stores the attempt, then sends it. The result arrives
    // through attemptUpdated; the returned attempt is in state Sent.
    Result<PaymentAttempt> payByCode(const QString &orderId, const Money &amount,
                                     const QString &paymentCode);
    // Face pay: the face-pay device produced `faceToken` (WeChat face code, Alipay ftoken) for
    // `channelId`; paid like a payment code with the face scene.
    Result<PaymentAttempt> payByFaceToken(const QString &orderId, const Money &amount,
                                          const QString &channelId, const QString &faceToken);
    // C-scan-B: asks `channelId` for a QR the customer scans. The attempt waits (UserPaying, with
    // qrCode set) until paid; it is closed when the QR expires or the cashier cancels.
    Result<PaymentAttempt> payByCustomerQr(const QString &orderId, const Money &amount,
                                           const QString &channelId);
    // Channels that can show a QR for the customer to scan, for the payment screen.
    QStringList customerQrChannels() const;
    // The cashier gives up on an attempt in progress: it is cancelled on the channel (money
    // returned if it was taken). Refused for attempts already final.
    Status cancel(const QString &outTradeNo);

    // Gives up the whole checkout: the order is cancelled, every attempt still open is
    // cancelled/reversed/closed, and money already taken (cash included) goes back.
    Status cancelCheckout(const QString &orderId, const QString &reason);

    // A notification whose signature, app id, merchant id, order number and amount were checked
    // (NotificationInbox). Confirmed by an active query where the channel has one; otherwise its
    // result is taken. Duplicates and late arrivals change nothing but can reveal money to return.
    void onVerifiedNotification(const QString &outTradeNo, const channels::ChannelResult &result);
    // The channel's statement settles an attempt left PendingStatement (weak channels): paid with
    // this amount and trade number, or absent from a statement that covers its day (not paid).
    Status settleFromStatement(const QString &outTradeNo, bool paid, const Money &amount,
                               const QString &channelTradeNo);

    // Where money that must go back is refunded (paid after cancel, paid twice). Not owned.
    void setRefundService(RefundService *refunds) { m_refunds = refunds; }

    // Drives every attempt not in a final state; call at start-up. The timer repeats it.
    void recover();
    void startRecoveryTimer();
    // Attempts this service is currently driving (waiting on a channel or a timer).
    int activeCount() const { return int(m_active.size()); }

signals:
    void attemptUpdated(const pos::PaymentAttempt &attempt);
    void orderPaid(const QString &orderId);

private:
    struct Progress
    {
        int queries = 0;
        bool callInFlight = false;
        bool cancelRequested = false;
        bool reversing = false;
        bool confirming = false; // a notification asked us to look, whatever the state
        qint64 deadlineMs = 0;   // after this a waiting payment is cancelled
    };

    Result<PaymentAttempt> loadAttempt(const QString &outTradeNo) const;
    Result<QString> nextOutTradeNo(const QString &orderId) const;
    QString subjectFor(const QString &orderId) const;
    Result<PaymentAttempt> storeSentAttempt(const QString &orderId, const QString &channel,
                                            PaymentMethod method, const Money &amount,
                                            const QString &maskedCode, int lifetimeMs);
    Status checkPayable(const QString &orderId, const Money &amount) const;
    Result<PaymentAttempt> sendPay(const QString &orderId, const Money &amount,
                                   const QString &channelId, const QString &code,
                                   PaymentMethod method);
    Status move(PaymentAttempt &attempt, AttemptState next, const QString &reason);

    void onPayAnswer(const QString &outTradeNo, const channels::ChannelResult &result);
    void onPrecreateAnswer(const QString &outTradeNo, const channels::ChannelResult &result);
    void onQueryAnswer(const QString &outTradeNo, const channels::ChannelResult &result);
    void onCancelAnswer(const QString &outTradeNo, const channels::ChannelResult &result);
    void recordSuccess(PaymentAttempt &attempt, const channels::ChannelResult &result);
    // Money on an attempt the terminal gave up (or an order paid twice) goes back: reversed
    // where the channel can cancel a payment, otherwise refunded automatically.
    void returnMoney(const PaymentAttempt &attempt, const QString &why);
    bool mustReturn(const PaymentAttempt &attempt) const;
    int lifetimeOf(const PaymentAttempt &attempt) const; // code or QR lifetime
    // The channel cannot be asked: wait for a notification, or leave it to the statement.
    void waitWithoutQuery(PaymentAttempt &attempt, const QString &reason);
    void query(const QString &outTradeNo);
    void queryLater(const QString &outTradeNo, int delayMs);
    void reverse(const QString &outTradeNo);
    void finish(const QString &outTradeNo) { m_active.remove(outTradeNo); }
    void settleOrderIfPaid(const QString &orderId);
    // The attempt's channel, told when the attempt was stored (see resumeRequest).
    channels::PaymentChannel *channelOf(const PaymentAttempt &attempt) const;

    storage::Database &m_database;
    ChannelRegistry &m_channels;
    channels::PaymentCodeRouter m_router;
    PaymentSchedule m_schedule;
    PaymentContext m_context;
    RefundService *m_refunds = nullptr;
    QHash<QString, Progress> m_active;
    QTimer m_recoveryTimer;
};

} // namespace pos::payments
