#include "payments/NotificationInbox.h"

#include "payments/PaymentService.h"
#include "payments/RefundService.h"
#include "storage/AttemptRepository.h"
#include "storage/NotificationRepository.h"
#include "storage/RefundRepository.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "pos.notify")

namespace pos::payments {

using Event = channels::ParsedNotification::Event;

namespace {
NotificationReply refusal(const channels::ParsedNotification &parsed)
{
    if (parsed.nackBody.isEmpty()) {
        return {400, QByteArrayLiteral("rejected")};
    }
    return {parsed.nackStatus, parsed.nackBody};
}
} // namespace

NotificationInbox::NotificationInbox(storage::Database &database, ChannelRegistry &channels,
                                     PaymentService &payments, RefundService &refunds)
    : m_database(database), m_channels(channels), m_payments(payments), m_refunds(refunds)
{
}

QString NotificationInbox::mismatch(const QString &channelId,
                                    const channels::ParsedNotification &parsed) const
{
    auto attempt = storage::AttemptRepository(m_database).findByOutTradeNo(parsed.outTradeNo);
    if (parsed.event == Event::Payment) {
        if (!attempt) {
            return QStringLiteral("no payment %1 here").arg(parsed.outTradeNo);
        }
        if (attempt->channel != channelId) {
            return QStringLiteral("payment %1 was made on %2, not %3")
                .arg(parsed.outTradeNo, attempt->channel, channelId);
        }
        if (parsed.amount != attempt->amount) {
            return QStringLiteral("notified amount %1 differs from our %2")
                .arg(parsed.amount.toDecimalString(), attempt->amount.toDecimalString());
        }
        return {};
    }
    auto refund = storage::RefundRepository(m_database).findByOutRequestNo(parsed.outRequestNo);
    if (!refund) {
        return QStringLiteral("no refund %1 here").arg(parsed.outRequestNo);
    }
    if (refund->channel != channelId ||
        (!parsed.outTradeNo.isEmpty() && parsed.outTradeNo != refund->outTradeNo)) {
        return QStringLiteral("refund %1 belongs to another payment or channel")
            .arg(parsed.outRequestNo);
    }
    // Providers state either this refund's amount or the whole trade's.
    if (parsed.amount != refund->amount && !(attempt && parsed.amount == attempt->amount)) {
        return QStringLiteral("notified amount %1 matches neither refund %2 nor its payment")
            .arg(parsed.amount.toDecimalString(), refund->amount.toDecimalString());
    }
    return {};
}

NotificationReply NotificationInbox::handle(const QString &channelId,
                                            const channels::IncomingNotification &notification,
                                            const QString &via)
{
    channels::PaymentChannel *channel = m_channels.find(channelId);
    if (!channel || !channel->capabilities().asyncNotify) {
        qCWarning(lcNotify) << "notification for unknown channel" << channelId << "via" << via;
        return {404, QByteArrayLiteral("unknown channel")};
    }
    const channels::ParsedNotification parsed = channel->parseNotification(notification);
    storage::NotificationRecord record;
    record.channel = channelId;
    record.dedupKey =
        parsed.notificationId.isEmpty()
            ? QString::fromLatin1(
                  QCryptographicHash::hash(notification.body, QCryptographicHash::Sha256).toHex())
            : parsed.notificationId;
    record.event =
        parsed.event == Event::Refund ? QStringLiteral("refund") : QStringLiteral("payment");
    record.outTradeNo = parsed.outTradeNo;
    record.outRequestNo = parsed.outRequestNo;
    record.via = via;
    storage::NotificationRepository notifications(m_database);

    QString problem = parsed.verified ? mismatch(channelId, parsed) : parsed.rejectReason;
    if (!parsed.verified && problem.isEmpty()) {
        problem = QStringLiteral("not verified"); // never accepted for want of a reason
    }
    if (!problem.isEmpty()) {
        record.detail = problem;
        qCWarning(lcNotify) << "rejected" << channelId << "notification via" << via << ":"
                            << problem;
        (void)notifications.reject(record);
        return refusal(parsed);
    }
    record.detail = QStringLiteral("%1 %2")
                        .arg(channels::resultKindName(parsed.result.kind), parsed.result.reason)
                        .trimmed();
    auto stored = notifications.acceptOnce(record);
    if (!stored) {
        // Not durable, so not acknowledged: the provider will send it again.
        qCCritical(lcNotify) << "cannot store notification:" << stored.error().message;
        return refusal(parsed);
    }
    if (!stored.value()) {
        // Stored once; handed over again, since a process that died after storing it never
        // acted on it (nor acknowledged it). The services change nothing for a settled one.
        qCInfo(lcNotify) << "duplicate" << channelId << "notification" << record.dedupKey;
    }
    if (parsed.event == Event::Refund) {
        m_refunds.onVerifiedNotification(parsed.outRequestNo, parsed.result);
    } else {
        m_payments.onVerifiedNotification(parsed.outTradeNo, parsed.result);
    }
    return {parsed.ackStatus, parsed.ackBody, true};
}

} // namespace pos::payments
