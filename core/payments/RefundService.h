#pragma once

#include "channels/PaymentChannel.h"
#include "common/Result.h"
#include "domain/Cashier.h"
#include "domain/PaymentAttempt.h"
#include "domain/Refund.h"
#include "payments/ChannelRegistry.h"
#include "payments/PaymentSchedule.h"

#include <QObject>
#include <QSet>

namespace pos::storage {
class Database;
}

namespace pos::payments {

// What the supervisor confirms before a refund leaves (seed 004): the order, what was paid, what
// is already refunded, this refund, and what would remain refundable after it.
struct RefundPreview
{
    QString orderId;
    QString outTradeNo;
    QString channel;
    PaymentMethod method = PaymentMethod::Cash;
    Money paid;
    Money alreadyRefunded; // done, under way or by hand: everything not failed
    Money thisRefund;
    Money remainingAfter;
    bool byHand = false; // the channel has no refund API: a task for the supervisor
};

// Refunds, full or partial, several per payment. Every rule lives here (and the cap also in the
// database): supervisor approval, the confirmed preview must still be true, cumulative refunds
// never exceed what was paid, one out_request_no per refund written before the request leaves
// and reused on every retry, refund query polling, and "refund by hand" tasks for channels
// without a refund API. Runs on the event loop; nothing blocks on the network.
class RefundService : public QObject
{
    Q_OBJECT
public:
    RefundService(storage::Database &database, ChannelRegistry &channels, PaymentSchedule schedule,
                  QObject *parent = nullptr);

    // The terminal's notification base URL (see notifyUrlFor).
    void setNotifyUrl(const QString &url) { m_notifyUrl = url; }

    // The second confirmation: refused when `amount` is not positive or exceeds what is left.
    Result<RefundPreview> preview(const QString &outTradeNo, const Money &amount) const;
    // Requests the refund the supervisor confirmed. `approver` must be an authenticated supervisor
    // or admin; refused when anything in `confirmed` changed since it was shown.
    Result<Refund> refund(const RefundPreview &confirmed, const QString &reason,
                          const Cashier &requestedBy, const Cashier &approver);
    // Money that arrived for a sale the terminal gave up (paid after cancel, paid twice): the
    // rest of the attempt goes back without approval, with an audit record. After
    // kAutomaticRefusalsBeforeByHand refusals by the channel it becomes a refund-by-hand task.
    static constexpr int kAutomaticRefusalsBeforeByHand = 3;
    Result<Refund> refundAutomatically(const QString &outTradeNo, const QString &reason);
    // A supervisor refunded outside the terminal (no refund API) and closes the task.
    Status closeByHand(const QString &outRequestNo, const QString &reference,
                       const Cashier &approver);
    // A verified refund notification (its signature, ids and amount already checked).
    void onVerifiedNotification(const QString &outRequestNo, const channels::ChannelResult &result);

    // Drives every refund not in a final state (start-up and the recovery timer).
    void recover();
    int activeCount() const { return int(m_active.size()); }

signals:
    void refundUpdated(const pos::Refund &refund);

private:
    Result<Refund> store(const PaymentAttempt &attempt, const Money &amount, RefundKind kind,
                         const QString &reason, const QString &requestedBy,
                         const QString &approvedBy, bool byHand = false);
    void send(const QString &outRequestNo);
    void askLater(const QString &outRequestNo, int delayMs);
    void onRefundAnswer(const QString &outRequestNo, const channels::ChannelResult &result,
                        bool fromQuery);
    Status move(Refund &refund, RefundState next, const QString &why);
    Result<channels::RefundRequest> requestFor(const Refund &refund) const;

    storage::Database &m_database;
    ChannelRegistry &m_channels;
    PaymentSchedule m_schedule;
    QString m_notifyUrl;
    QSet<QString> m_active;   // refunds with a call out or a timer pending
    QSet<QString> m_inFlight; // refunds with a call out
};

} // namespace pos::payments
