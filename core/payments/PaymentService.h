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

// Who and where the payments are taken: sent to channels with every request.
struct PaymentContext
{
    QString storeId;
    QString terminalId;
    QString operatorId;
    QString subject;
    QString notifyUrl; // where channels send async notifications for this terminal
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
    // The cashier now at the counter (sent as operator_id).
    void setOperator(const QString &operatorId) { m_context.operatorId = operatorId; }
    const PaymentSchedule &schedule() const { return m_schedule; }

    // Order total minus what has succeeded and what is still pending on a channel.
    Result<Money> amountDue(const QString &orderId) const;

    // Cash: pays min(due, tendered); change = tendered − due when tendered covers the order.
    Result<PaymentAttempt> payCash(const QString &orderId, const Money &tendered);
    // B-scan-C: classifies the code, stores the attempt, then sends it. The result arrives
    // through attemptUpdated; the returned attempt is in state Sent.
    Result<PaymentAttempt> payByCode(const QString &orderId, const Money &amount,
                                     const QString &paymentCode);
    // C-scan-B: asks `channelId` for a QR the customer scans. The attempt waits (UserPaying, with
    // qrCode set) until paid; it is closed when the QR expires or the cashier cancels.
    Result<PaymentAttempt> payByCustomerQr(const QString &orderId, const Money &amount,
                                           const QString &channelId);
    // Channels that can show a QR for the customer to scan, for the payment screen.
    QStringList customerQrChannels() const;
    // The cashier gives up on an attempt in progress: it is cancelled on the channel (money
    // returned if it was taken). Refused for attempts already final.
    Status cancel(const QString &outTradeNo);

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
        qint64 deadlineMs = 0; // after this a waiting payment is cancelled
    };

    Result<PaymentAttempt> loadAttempt(const QString &outTradeNo) const;
    Result<QString> nextOutTradeNo(const QString &orderId) const;
    QString subjectFor(const QString &orderId) const;
    Result<PaymentAttempt> storeSentAttempt(const QString &orderId, const QString &channel,
                                            PaymentMethod method, const Money &amount,
                                            const QString &maskedCode, int lifetimeMs);
    Status checkPayable(const QString &orderId, const Money &amount) const;
    Status move(PaymentAttempt &attempt, AttemptState next, const QString &reason);

    void onPayAnswer(const QString &outTradeNo, const channels::ChannelResult &result);
    void onPrecreateAnswer(const QString &outTradeNo, const channels::ChannelResult &result);
    void onQueryAnswer(const QString &outTradeNo, const channels::ChannelResult &result);
    void onCancelAnswer(const QString &outTradeNo, const channels::ChannelResult &result);
    void recordSuccess(PaymentAttempt &attempt, const channels::ChannelResult &result);
    void query(const QString &outTradeNo);
    void queryLater(const QString &outTradeNo, int delayMs);
    void reverse(const QString &outTradeNo);
    void finish(const QString &outTradeNo) { m_active.remove(outTradeNo); }
    void settleOrderIfPaid(const QString &orderId);
    channels::PaymentChannel *channelOf(const PaymentAttempt &attempt) const;

    storage::Database &m_database;
    ChannelRegistry &m_channels;
    channels::PaymentCodeRouter m_router;
    PaymentSchedule m_schedule;
    PaymentContext m_context;
    QHash<QString, Progress> m_active;
    QTimer m_recoveryTimer;
};

} // namespace pos::payments
