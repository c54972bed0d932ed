#pragma once

#include "channels/PaymentChannel.h"
#include "payments/ChannelRegistry.h"

#include <QByteArray>
#include <QString>

namespace pos::storage {
class Database;
}

namespace pos::payments {

class PaymentService;
class RefundService;

// The answer the notifying provider gets, in its own format (Alipay "success", WeChat JSON,
// UnionPay "ok"...), or a refusal it will retry.
struct NotificationReply
{
    int status = 200;
    QByteArray body;
    bool acknowledged = false; // true only when stored (Alipay's refusal is a 200 "fail" too)
};

// Where asynchronous notifications enter the terminal, whether they come to the local endpoint
// (app/notify, QHttpServer) or are relayed by head office (the sync client calls the same
// handle() with via "relay"). Checks, in order: the channel expects notifications, the adapter
// verifies signature and app/merchant identity, the order (or refund) is ours on that channel,
// and the amount matches our record. A notification that passes is stored once (duplicates are
// recognised), handed to the payment or refund service (which confirms it by an active query
// where the channel has one), and only then acknowledged. Anything else is recorded as rejected
// and refused.
class NotificationInbox
{
public:
    NotificationInbox(storage::Database &database, ChannelRegistry &channels,
                      PaymentService &payments, RefundService &refunds);

    NotificationReply handle(const QString &channelId,
                             const channels::IncomingNotification &notification,
                             const QString &via = QStringLiteral("local"));

private:
    // Empty when the notification matches our records, otherwise why not.
    QString mismatch(const QString &channelId, const channels::ParsedNotification &parsed) const;

    storage::Database &m_database;
    ChannelRegistry &m_channels;
    PaymentService &m_payments;
    RefundService &m_refunds;
};

} // namespace pos::payments
