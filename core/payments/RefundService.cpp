#include "payments/RefundService.h"

#include "storage/AttemptRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RefundRepository.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRefunds, "pos.refunds")

namespace pos::payments {

using channels::ChannelResult;
using Kind = channels::ChannelResult::Kind;

namespace {
const QString kSystem = QStringLiteral("system");

Status requireSupervisor(const Cashier &approver)
{
    if (approver.id == 0 || !approver.hasAtLeast(Role::Supervisor) || approver.locked) {
        return Error{QStringLiteral("refund.not_approved"),
                     QStringLiteral("a refund needs the approval of a supervisor")};
    }
    return success();
}
} // namespace

RefundService::RefundService(storage::Database &database, ChannelRegistry &channels,
                             PaymentSchedule schedule, QObject *parent)
    : QObject(parent), m_database(database), m_channels(channels), m_schedule(schedule)
{
}

Result<RefundPreview> RefundService::preview(const QString &outTradeNo, const Money &amount) const
{
    auto attempt = storage::AttemptRepository(m_database).findByOutTradeNo(outTradeNo);
    if (!attempt) {
        return attempt.error();
    }
    if (attempt->state != AttemptState::Succeeded) {
        return Result<RefundPreview>::failure(
            QStringLiteral("refund.not_paid"),
            QStringLiteral("payment %1 is %2: only a successful payment can be refunded")
                .arg(outTradeNo, attemptStateName(attempt->state)));
    }
    if (amount.currency() != attempt->amount.currency() || !amount.isPositive()) {
        return Result<RefundPreview>::failure(
            QStringLiteral("refund.bad_amount"),
            QStringLiteral("the refund must be a positive amount in %1")
                .arg(attempt->amount.currency()));
    }
    auto committed =
        storage::RefundRepository(m_database).committedFor(attempt->id, attempt->amount.currency());
    if (!committed) {
        return committed.error();
    }
    const Money refundable = attempt->amount.minus(committed.value()).value();
    if (amount > refundable) {
        return Result<RefundPreview>::failure(
            QStringLiteral("refund.over_cap"),
            QStringLiteral("%1 is more than the %2 still refundable on %3 (paid %4, refunded %5)")
                .arg(amount.toDecimalString(), refundable.toDecimalString(), outTradeNo,
                     attempt->amount.toDecimalString(), committed->toDecimalString()));
    }
    const channels::PaymentChannel *channel = m_channels.find(attempt->channel);
    RefundPreview preview;
    preview.orderId = attempt->orderId;
    preview.outTradeNo = outTradeNo;
    preview.channel = attempt->channel;
    preview.method = attempt->method;
    preview.paid = attempt->amount;
    preview.alreadyRefunded = committed.value();
    preview.thisRefund = amount;
    preview.remainingAfter = refundable.minus(amount).value();
    preview.byHand =
        attempt->method != PaymentMethod::Cash && (!channel || !channel->capabilities().refund);
    return preview;
}

Result<Refund> RefundService::refund(const RefundPreview &confirmed, const QString &reason,
                                     const Cashier &requestedBy, const Cashier &approver)
{
    if (auto approved = requireSupervisor(approver); !approved) {
        return approved.error();
    }
    if (reason.trimmed().isEmpty()) {
        return Result<Refund>::failure(QStringLiteral("refund.no_reason"),
                                       QStringLiteral("say why the money is refunded"));
    }
    auto now = preview(confirmed.outTradeNo, confirmed.thisRefund);
    if (!now) {
        return now.error();
    }
    if (now->alreadyRefunded != confirmed.alreadyRefunded || now->paid != confirmed.paid ||
        now->byHand != confirmed.byHand) {
        return Result<Refund>::failure(
            QStringLiteral("refund.stale_preview"),
            QStringLiteral("the refunds of %1 changed since they were shown: confirm again")
                .arg(confirmed.outTradeNo));
    }
    auto attempt = storage::AttemptRepository(m_database).findByOutTradeNo(confirmed.outTradeNo);
    if (!attempt) {
        return attempt.error();
    }
    auto stored = store(attempt.value(), confirmed.thisRefund, RefundKind::Requested,
                        reason.trimmed(), requestedBy.code, approver.code);
    if (stored) {
        (void)storage::AuditLog(m_database)
            .record(approver.id, QStringLiteral("refund.approved"),
                    QStringLiteral("%1 %2 of %3 for %4 (%5)")
                        .arg(stored->outRequestNo, confirmed.thisRefund.toDecimalString(),
                             confirmed.outTradeNo, requestedBy.code, reason.trimmed()));
    }
    return stored;
}

Result<Refund> RefundService::refundAutomatically(const QString &outTradeNo, const QString &reason)
{
    auto attempt = storage::AttemptRepository(m_database).findByOutTradeNo(outTradeNo);
    if (!attempt) {
        return attempt.error();
    }
    auto committed =
        storage::RefundRepository(m_database).committedFor(attempt->id, attempt->amount.currency());
    if (!committed) {
        return committed.error();
    }
    const Money rest = attempt->amount.minus(committed.value()).value();
    if (!rest.isPositive()) {
        return Result<Refund>::failure(QStringLiteral("refund.nothing_left"),
                                       QStringLiteral("%1 is already refunded").arg(outTradeNo));
    }
    auto refused = storage::RefundRepository(m_database).countRefusedAutomatic(attempt->id);
    if (!refused) {
        return refused.error();
    }
    auto stored = store(attempt.value(), rest, RefundKind::Automatic, reason, kSystem, kSystem,
                        refused.value() >= kAutomaticRefusalsBeforeByHand);
    if (stored) {
        (void)storage::AuditLog(m_database)
            .record(0, QStringLiteral("refund.automatic"),
                    QStringLiteral("%1 %2 of %3: %4")
                        .arg(stored->outRequestNo, rest.toDecimalString(), outTradeNo, reason));
    }
    return stored;
}

Result<Refund> RefundService::store(const PaymentAttempt &attempt, const Money &amount,
                                    RefundKind kind, const QString &reason,
                                    const QString &requestedBy, const QString &approvedBy,
                                    bool byHand)
{
    storage::RefundRepository refunds(m_database);
    auto count = refunds.countFor(attempt.id);
    if (!count) {
        return count.error();
    }
    const channels::PaymentChannel *channel = m_channels.find(attempt.channel);
    Refund refund;
    // Letters and digits only (every channel accepts them), unique per refund of this payment.
    refund.outRequestNo = QStringLiteral("%1R%2").arg(attempt.outTradeNo).arg(count.value() + 1);
    refund.attemptId = attempt.id;
    refund.orderId = attempt.orderId;
    refund.outTradeNo = attempt.outTradeNo;
    refund.channel = attempt.channel;
    refund.amount = amount;
    refund.kind = kind;
    refund.reason = reason;
    refund.requestedBy = requestedBy;
    refund.approvedBy = approvedBy;
    if (attempt.method == PaymentMethod::Cash) {
        refund.state = RefundState::Succeeded;
        refund.lastReason = QStringLiteral("cash handed back at the counter");
    } else if (byHand || !channel || !channel->capabilities().refund) {
        refund.state = RefundState::ByHand;
        refund.lastReason = byHand
                                ? QStringLiteral("the channel keeps refusing: refund by hand")
                                : QStringLiteral("the channel has no refund API: refund by hand");
    } else {
        refund.state = RefundState::Sent;
    }
    // Write-ahead: the refund and its number are durable before any request leaves.
    if (auto inserted = refunds.insert(refund); !inserted) {
        return inserted.error();
    }
    qCInfo(lcRefunds) << "refund" << refund.outRequestNo << refund.amount.toDecimalString()
                      << refundStateName(refund.state);
    emit refundUpdated(refund);
    if (refund.state == RefundState::Sent) {
        send(refund.outRequestNo);
    }
    return refund;
}

Result<channels::RefundRequest> RefundService::requestFor(const Refund &refund) const
{
    auto attempt = storage::AttemptRepository(m_database).findByOutTradeNo(refund.outTradeNo);
    if (!attempt) {
        return attempt.error();
    }
    return channels::RefundRequest{refund.outTradeNo,
                                   attempt->channelTradeNo,
                                   refund.outRequestNo,
                                   refund.amount,
                                   attempt->amount,
                                   refund.reason,
                                   notifyUrlFor(m_notifyUrl, refund.channel),
                                   refund.createdAt,
                                   attempt->createdAt};
}

void RefundService::send(const QString &outRequestNo)
{
    if (m_inFlight.contains(outRequestNo)) {
        return;
    }
    auto refund = storage::RefundRepository(m_database).findByOutRequestNo(outRequestNo);
    if (!refund || isFinal(refund->state) || refund->state == RefundState::ByHand) {
        m_active.remove(outRequestNo);
        return;
    }
    channels::PaymentChannel *channel = m_channels.find(refund->channel);
    auto request = requestFor(refund.value());
    if (!channel || !request) {
        qCWarning(lcRefunds) << "cannot send refund" << outRequestNo << "channel" << refund->channel
                             << "unavailable; retried later";
        askLater(outRequestNo, m_schedule.refundRetryMs);
        return;
    }
    m_active.insert(outRequestNo);
    m_inFlight.insert(outRequestNo);
    // A processing refund is watched by refund query; anything uncertain is asked again with the
    // same out_request_no, which every channel treats as the same refund.
    const bool byQuery =
        refund->state == RefundState::Processing && channel->capabilities().refundQuery;
    auto answer = [this, outRequestNo, byQuery](const ChannelResult &result) {
        onRefundAnswer(outRequestNo, result, byQuery);
    };
    if (byQuery) {
        channel->refundQuery(request.value(), answer);
    } else {
        channel->refund(request.value(), answer);
    }
}

void RefundService::askLater(const QString &outRequestNo, int delayMs)
{
    m_active.insert(outRequestNo);
    QTimer::singleShot(delayMs, this, [this, outRequestNo] { send(outRequestNo); });
}

void RefundService::onRefundAnswer(const QString &outRequestNo, const ChannelResult &result,
                                   bool fromQuery)
{
    m_inFlight.remove(outRequestNo);
    auto loaded = storage::RefundRepository(m_database).findByOutRequestNo(outRequestNo);
    if (!loaded || isFinal(loaded->state)) {
        m_active.remove(outRequestNo);
        return;
    }
    Refund refund = loaded.value();
    switch (result.kind) {
    case Kind::Success:
        refund.channelRefundNo = result.channelTradeNo;
        (void)move(refund, RefundState::Succeeded, QStringLiteral("refunded"));
        m_active.remove(outRequestNo);
        return;
    case Kind::UserPaying:
        (void)move(refund, RefundState::Processing, result.reason);
        askLater(outRequestNo, m_schedule.refundPollMs);
        return;
    case Kind::Failed:
        if (!fromQuery || result.providerCode != channels::kTradeNotFound) {
            // The channel refused the refund, or, asked, says the refund it holds failed: no
            // money moved. (Sending it again would only be refused as a duplicate, for ever.)
            (void)move(refund, RefundState::Failed, result.reason);
            m_active.remove(outRequestNo);
            return;
        }
        // A query that finds no refund is not a refusal: send the refund again, same number.
        [[fallthrough]];
    case Kind::Unknown:
        (void)move(refund, RefundState::Unknown, result.reason);
        askLater(outRequestNo, m_schedule.refundRetryMs);
        return;
    }
}

Status RefundService::move(Refund &refund, RefundState next, const QString &why)
{
    if (refund.state == next) {
        return success();
    }
    const RefundState from = refund.state;
    if (auto allowed = refund.transitionTo(next, why); !allowed) {
        qCWarning(lcRefunds) << allowed.error().message;
        return allowed;
    }
    if (auto saved = storage::RefundRepository(m_database).saveTransition(refund, from); !saved) {
        qCWarning(lcRefunds) << "cannot store refund" << refund.outRequestNo
                             << saved.error().message;
        refund.state = from;
        return saved;
    }
    qCInfo(lcRefunds) << "refund" << refund.outRequestNo << refundStateName(from) << "->"
                      << refundStateName(next) << why;
    emit refundUpdated(refund);
    return success();
}

Status RefundService::closeByHand(const QString &outRequestNo, const QString &reference,
                                  const Cashier &approver)
{
    if (auto approved = requireSupervisor(approver); !approved) {
        return approved;
    }
    if (reference.trimmed().isEmpty()) {
        return Error{QStringLiteral("refund.no_reference"),
                     QStringLiteral("give the reference of the refund made by hand")};
    }
    auto loaded = storage::RefundRepository(m_database).findByOutRequestNo(outRequestNo);
    if (!loaded) {
        return loaded.error();
    }
    if (loaded->state != RefundState::ByHand) {
        return Error{QStringLiteral("refund.not_by_hand"),
                     QStringLiteral("refund %1 is %2, not a refund by hand")
                         .arg(outRequestNo, refundStateName(loaded->state))};
    }
    Refund refund = loaded.value();
    refund.manualReference = reference.trimmed();
    if (auto moved =
            move(refund, RefundState::ByHandDone,
                 QStringLiteral("refunded by hand, reference %1").arg(reference.trimmed()));
        !moved) {
        return moved;
    }
    return storage::AuditLog(m_database)
        .record(approver.id, QStringLiteral("refund.by_hand_closed"),
                QStringLiteral("%1 reference %2").arg(outRequestNo, refund.manualReference));
}

void RefundService::onVerifiedNotification(const QString &outRequestNo, const ChannelResult &result)
{
    auto loaded = storage::RefundRepository(m_database).findByOutRequestNo(outRequestNo);
    if (!loaded || isFinal(loaded->state) || loaded->state == RefundState::ByHand) {
        return;
    }
    channels::PaymentChannel *channel = m_channels.find(loaded->channel);
    if (channel && channel->capabilities().refundQuery) {
        // Confirm by asking: the notification only says when to look.
        Refund refund = loaded.value();
        if (refund.state != RefundState::Processing) {
            (void)move(refund, RefundState::Processing, QStringLiteral("notified: confirming"));
        }
        send(outRequestNo);
        return;
    }
    onRefundAnswer(outRequestNo, result, true);
}

void RefundService::recover()
{
    auto unresolved = storage::RefundRepository(m_database).listUnresolved();
    if (!unresolved) {
        qCWarning(lcRefunds) << "recovery cannot list refunds:" << unresolved.error().message;
        return;
    }
    for (const Refund &refund : unresolved.value()) {
        if (!m_active.contains(refund.outRequestNo)) {
            qCInfo(lcRefunds) << "recovering refund" << refund.outRequestNo
                              << refundStateName(refund.state);
            send(refund.outRequestNo);
        }
    }
}

} // namespace pos::payments
