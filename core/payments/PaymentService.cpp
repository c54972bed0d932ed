#include "payments/PaymentService.h"

#include "payments/RefundService.h"
#include "storage/AttemptRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NotificationRepository.h"
#include "storage/OrderRepository.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <utility>

Q_LOGGING_CATEGORY(lcPayments, "pos.payments")

namespace pos::payments {

using channels::ChannelResult;
using Kind = channels::ChannelResult::Kind;

namespace {
// How long a notification about an attempt we closed keeps being re-confirmed by recovery.
constexpr qint64 kRecheckNotifiedForMs = 24 * 3600 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

PaymentService::PaymentService(storage::Database &database, ChannelRegistry &channels,
                               channels::PaymentCodeRouter router, PaymentSchedule schedule,
                               QObject *parent)
    : QObject(parent), m_database(database), m_channels(channels), m_router(std::move(router)),
      m_schedule(schedule)
{
    connect(&m_recoveryTimer, &QTimer::timeout, this, &PaymentService::recover);
}

Result<PaymentAttempt> PaymentService::loadAttempt(const QString &outTradeNo) const
{
    return storage::AttemptRepository(m_database).findByOutTradeNo(outTradeNo);
}

channels::PaymentChannel *PaymentService::channelOf(const PaymentAttempt &attempt) const
{
    channels::PaymentChannel *channel = m_channels.find(attempt.channel);
    if (channel) {
        // A channel that names requests by their time too (UnionPay's txnTime) must find an
        // attempt an earlier run sent: every call about an attempt goes through here.
        channel->resumeRequest(attempt.outTradeNo, attempt.createdAt);
    }
    return channel;
}

Result<Money> PaymentService::amountDue(const QString &orderId) const
{
    auto order = storage::OrderRepository(m_database).summary(orderId);
    if (!order) {
        return order.error();
    }
    auto attempts = storage::AttemptRepository(m_database).listForOrder(orderId);
    if (!attempts) {
        return attempts.error();
    }
    Money due = order->total;
    for (const PaymentAttempt &attempt : attempts.value()) {
        // Money of a paid attempt marked cancel-requested is on its way back: it pays nothing.
        if ((attempt.state == AttemptState::Succeeded && !attempt.cancelRequested) ||
            isUnresolved(attempt.state)) {
            auto reduced = due.minus(attempt.amount);
            if (!reduced) {
                return reduced.error();
            }
            due = reduced.value();
        }
    }
    return due.isNegative() ? Money::zero(due.currency()) : due;
}

Status PaymentService::checkPayable(const QString &orderId, const Money &amount) const
{
    auto order = storage::OrderRepository(m_database).summary(orderId);
    if (!order) {
        return order.error();
    }
    if (order->status != OrderStatus::Open) {
        return Error{QStringLiteral("payment.order_not_open"),
                     QStringLiteral("order %1 is already settled").arg(orderId)};
    }
    if (!amount.isPositive()) {
        return Error{QStringLiteral("payment.bad_amount"),
                     QStringLiteral("the amount must be more than zero")};
    }
    auto due = amountDue(orderId);
    if (!due) {
        return due.error();
    }
    if (amount > due.value()) {
        return Error{QStringLiteral("payment.over_due"),
                     QStringLiteral("%1 is more than the %2 still due")
                         .arg(amount.toDecimalString(), due->toDecimalString())};
    }
    return success();
}

Result<QString> PaymentService::nextOutTradeNo(const QString &orderId) const
{
    auto attempts = storage::AttemptRepository(m_database).listForOrder(orderId);
    if (!attempts) {
        return attempts.error();
    }
    // Letters and digits only, at most 32: the common subset every channel accepts (UnionPay
    // takes 8–40 alphanumerics and appends a letter for cancels).
    QString base = orderId;
    base.remove(QRegularExpression(QStringLiteral("[^0-9A-Za-z]")));
    return QStringLiteral("%1A%2").arg(base.left(28)).arg(attempts->size() + 1);
}

Status PaymentService::move(PaymentAttempt &attempt, AttemptState next, const QString &reason)
{
    if (attempt.state == next) {
        return success();
    }
    const AttemptState from = attempt.state;
    if (auto allowed = attempt.transitionTo(next, reason); !allowed) {
        qCWarning(lcPayments) << allowed.error().message;
        return allowed;
    }
    if (auto saved = storage::AttemptRepository(m_database).saveTransition(attempt, from); !saved) {
        qCWarning(lcPayments) << "cannot store transition of" << attempt.outTradeNo
                              << saved.error().message;
        attempt.state = from;
        return saved;
    }
    qCInfo(lcPayments) << "order" << attempt.orderId << "attempt" << attempt.outTradeNo
                       << attemptStateName(from) << "->" << attemptStateName(next) << reason;
    emit attemptUpdated(attempt);
    return success();
}

Result<PaymentAttempt> PaymentService::payCash(const QString &orderId, const Money &tendered)
{
    auto due = amountDue(orderId);
    if (!due) {
        return due.error();
    }
    if (!tendered.isPositive()) {
        return Result<PaymentAttempt>::failure(
            QStringLiteral("payment.bad_amount"),
            QStringLiteral("the cash handed over must be more than zero"));
    }
    const Money amount = tendered < due.value() ? tendered : due.value();
    if (auto payable = checkPayable(orderId, amount); !payable) {
        return payable.error();
    }
    auto outTradeNo = nextOutTradeNo(orderId);
    if (!outTradeNo) {
        return outTradeNo.error();
    }
    PaymentAttempt attempt;
    attempt.orderId = orderId;
    attempt.outTradeNo = outTradeNo.value();
    attempt.channel = QStringLiteral("cash");
    attempt.method = PaymentMethod::Cash;
    attempt.amount = amount;
    attempt.tendered = tendered;
    // Cash is taken at the counter: the attempt is born succeeded, in one durable commit.
    (void)attempt.transitionTo(AttemptState::Sent);
    (void)attempt.transitionTo(AttemptState::Succeeded, QStringLiteral("cash received"));
    if (auto stored = storage::AttemptRepository(m_database).insert(attempt); !stored) {
        return stored.error();
    }
    emit attemptUpdated(attempt);
    settleOrderIfPaid(orderId);
    return attempt;
}

Result<PaymentAttempt> PaymentService::payByCode(const QString &orderId, const Money &amount,
                                                 const QString &paymentCode)
{
    const QString code = paymentCode.trimmed();
    auto channelId = m_router.channelFor(code);
    if (!channelId) {
        return channelId.error();
    }
    const PaymentMethod method =
        code.startsWith(QLatin1String("fp")) ? PaymentMethod::FacePay : PaymentMethod::PaymentCode;
    return sendPay(orderId, amount, channelId.value(), code, method);
}

Result<PaymentAttempt> PaymentService::payByFaceToken(const QString &orderId, const Money &amount,
                                                      const QString &channelId,
                                                      const QString &faceToken)
{
    channels::PaymentChannel *channel = m_channels.find(channelId);
    if (!channel || !channel->capabilities().facePay) {
        return Result<PaymentAttempt>::failure(
            QStringLiteral("payment.channel_unavailable"),
            QStringLiteral("%1 face payments are not accepted at this terminal").arg(channelId));
    }
    if (faceToken.trimmed().isEmpty()) {
        return Result<PaymentAttempt>::failure(QStringLiteral("payment.no_face_token"),
                                               QStringLiteral("the face-pay device gave no token"));
    }
    return sendPay(orderId, amount, channelId, faceToken.trimmed(), PaymentMethod::FacePay);
}

Result<PaymentAttempt> PaymentService::sendPay(const QString &orderId, const Money &amount,
                                               const QString &channelId, const QString &code,
                                               PaymentMethod method)
{
    channels::PaymentChannel *channel = m_channels.find(channelId);
    if (!channel || !channel->capabilities().merchantScansCustomer) {
        return Result<PaymentAttempt>::failure(
            QStringLiteral("payment.channel_unavailable"),
            QStringLiteral("%1 payment codes are not accepted at this terminal").arg(channelId));
    }
    if (auto payable = checkPayable(orderId, amount); !payable) {
        return payable.error();
    }
    auto stored = storeSentAttempt(orderId, channelId, method, amount, maskPaymentCode(code),
                                   m_schedule.codeLifetimeMs);
    if (!stored) {
        return stored;
    }
    channels::PayRequest request{stored->outTradeNo,
                                 amount,
                                 code,
                                 method == PaymentMethod::FacePay
                                     ? channels::PayRequest::Scene::FaceToken
                                     : channels::PayRequest::Scene::BarCode,
                                 subjectFor(orderId),
                                 m_context.storeId,
                                 m_context.terminalId,
                                 m_context.operatorId,
                                 stored->createdAt};
    const QString number = stored->outTradeNo;
    channel->pay(request,
                 [this, number](const ChannelResult &result) { onPayAnswer(number, result); });
    return stored;
}

QString PaymentService::subjectFor(const QString &orderId) const
{
    return m_context.subject.isEmpty() ? QStringLiteral("Order %1").arg(orderId)
                                       : m_context.subject;
}

Result<PaymentAttempt> PaymentService::storeSentAttempt(const QString &orderId,
                                                        const QString &channel,
                                                        PaymentMethod method, const Money &amount,
                                                        const QString &maskedCode, int lifetimeMs)
{
    auto outTradeNo = nextOutTradeNo(orderId);
    if (!outTradeNo) {
        return outTradeNo.error();
    }
    PaymentAttempt attempt;
    attempt.orderId = orderId;
    attempt.outTradeNo = outTradeNo.value();
    attempt.channel = channel;
    attempt.method = method;
    attempt.amount = amount;
    attempt.tendered = Money::zero(amount.currency());
    attempt.maskedCode = maskedCode;
    // Write-ahead: the attempt is durably stored as Sent before the request leaves.
    (void)attempt.transitionTo(AttemptState::Sent);
    if (auto stored = storage::AttemptRepository(m_database).insert(attempt); !stored) {
        return stored.error();
    }
    emit attemptUpdated(attempt);
    Progress &progress = m_active[attempt.outTradeNo];
    progress.deadlineMs = nowMs() + lifetimeMs;
    progress.callInFlight = true;
    return attempt;
}

Result<PaymentAttempt> PaymentService::payByCustomerQr(const QString &orderId, const Money &amount,
                                                       const QString &channelId)
{
    channels::PaymentChannel *channel = m_channels.find(channelId);
    if (!channel || !channel->capabilities().customerScansMerchant) {
        return Result<PaymentAttempt>::failure(
            QStringLiteral("payment.channel_unavailable"),
            QStringLiteral("%1 QR payments are not available at this terminal").arg(channelId));
    }
    if (auto payable = checkPayable(orderId, amount); !payable) {
        return payable.error();
    }
    auto stored = storeSentAttempt(orderId, channelId, PaymentMethod::CustomerQr, amount, {},
                                   m_schedule.qrLifetimeMs);
    if (!stored) {
        return stored;
    }
    channels::PrecreateRequest request{stored->outTradeNo,
                                       amount,
                                       subjectFor(orderId),
                                       m_context.storeId,
                                       m_context.terminalId,
                                       notifyUrlFor(m_context.notifyUrl, channelId),
                                       m_schedule.qrLifetimeMs / 1000,
                                       stored->createdAt};
    const QString number = stored->outTradeNo;
    channel->precreate(request, [this, number](const ChannelResult &result) {
        onPrecreateAnswer(number, result);
    });
    return stored;
}

QStringList PaymentService::customerQrChannels() const
{
    QStringList ids;
    for (const QString &id : m_channels.ids()) {
        if (m_channels.find(id)->capabilities().customerScansMerchant) {
            ids << id;
        }
    }
    return ids;
}

void PaymentService::onPrecreateAnswer(const QString &outTradeNo, const ChannelResult &result)
{
    m_active[outTradeNo].callInFlight = false;
    auto loaded = loadAttempt(outTradeNo);
    if (!loaded) {
        return;
    }
    PaymentAttempt attempt = loaded.value();
    switch (result.kind) {
    case Kind::Success:
        attempt.qrCode = result.qrCode;
        (void)move(attempt, AttemptState::UserPaying,
                   QStringLiteral("QR shown: waiting for the customer"));
        queryLater(outTradeNo, m_schedule.userPayingPollMs);
        return;
    case Kind::Failed:
        (void)move(attempt, AttemptState::Failed, result.reason);
        finish(outTradeNo);
        return;
    case Kind::UserPaying:
    case Kind::Unknown:
        // No QR came back, but a trade may exist: find out, then close it.
        (void)move(attempt, AttemptState::Unknown, result.reason);
        m_active[outTradeNo].cancelRequested = true;
        queryLater(outTradeNo, m_schedule.unknownFirstQueryMs);
        return;
    }
}

void PaymentService::recordSuccess(PaymentAttempt &attempt, const ChannelResult &result)
{
    if (!result.channelTradeNo.isEmpty()) {
        attempt.channelTradeNo = result.channelTradeNo;
    }
    // Closed: the terminal closed it (expired, cancelled) and told the cashier it was not paid.
    const bool wasClosed = attempt.state == AttemptState::Closed;
    if (!move(attempt, AttemptState::Succeeded, QStringLiteral("paid"))) {
        return;
    }
    if (wasClosed || mustReturn(attempt)) {
        // The terminal gave up on this money (cashier cancel, cancelled checkout, closed QR) or
        // the order is already paid: give it back, never keep it as a silent 长款.
        const bool cancelled =
            attempt.cancelRequested || m_active.value(attempt.outTradeNo).cancelRequested;
        returnMoney(attempt, cancelled   ? QStringLiteral("paid after the cashier cancelled")
                             : wasClosed ? QStringLiteral("paid after the attempt was closed")
                                         : QStringLiteral("order already settled: paid twice"));
        return;
    }
    finish(attempt.outTradeNo);
    settleOrderIfPaid(attempt.orderId);
}

bool PaymentService::mustReturn(const PaymentAttempt &attempt) const
{
    if (attempt.cancelRequested || m_active.value(attempt.outTradeNo).cancelRequested) {
        return true;
    }
    auto order = storage::OrderRepository(m_database).summary(attempt.orderId);
    return order && order->status != OrderStatus::Open;
}

void PaymentService::returnMoney(const PaymentAttempt &attempt, const QString &why)
{
    const QString outTradeNo = attempt.outTradeNo;
    if (auto marked = storage::AttemptRepository(m_database).markCancelRequested(outTradeNo);
        !marked) {
        qCWarning(lcPayments) << "cannot mark" << outTradeNo << marked.error().message;
    }
    m_active[outTradeNo].cancelRequested = true;
    channels::PaymentChannel *channel = channelOf(attempt);
    const bool canReverse = channel && channel->capabilities().cancel &&
                            attempt.method != PaymentMethod::CustomerQr &&
                            attempt.method != PaymentMethod::Cash;
    if (canReverse) {
        (void)storage::AuditLog(m_database)
            .record(
                0, QStringLiteral("reversal.automatic"),
                QStringLiteral("%1 %2: %3").arg(outTradeNo, attempt.amount.toDecimalString(), why));
        reverse(outTradeNo);
        return;
    }
    finish(outTradeNo);
    if (!m_refunds) {
        qCCritical(lcPayments) << "money of" << outTradeNo << "must go back (" << why
                               << ") but no refund service is set: left for recovery";
        return;
    }
    auto refund = m_refunds->refundAutomatically(outTradeNo, why);
    if (!refund && refund.error().code != QLatin1String("refund.nothing_left")) {
        qCCritical(lcPayments) << "automatic refund of" << outTradeNo
                               << "not stored:" << refund.error().message;
    }
}

void PaymentService::onPayAnswer(const QString &outTradeNo, const ChannelResult &result)
{
    m_active[outTradeNo].callInFlight = false;
    auto loaded = loadAttempt(outTradeNo);
    if (!loaded) {
        qCCritical(lcPayments) << "attempt vanished" << outTradeNo << loaded.error().message;
        return;
    }
    PaymentAttempt attempt = loaded.value();
    switch (result.kind) {
    case Kind::Success:
        recordSuccess(attempt, result);
        return;
    case Kind::Failed:
        (void)move(attempt, AttemptState::Failed, result.reason);
        finish(outTradeNo);
        return;
    case Kind::UserPaying:
        (void)move(attempt, AttemptState::UserPaying, result.reason);
        queryLater(outTradeNo, m_schedule.userPayingPollMs);
        return;
    case Kind::Unknown:
        (void)move(attempt, AttemptState::Unknown, result.reason);
        if (channels::PaymentChannel *channel = channelOf(attempt);
            !channel || !channel->capabilities().query) {
            waitWithoutQuery(attempt, result.reason);
            return;
        }
        queryLater(outTradeNo, m_schedule.unknownFirstQueryMs);
        return;
    }
}

void PaymentService::waitWithoutQuery(PaymentAttempt &attempt, const QString &reason)
{
    const QString outTradeNo = attempt.outTradeNo;
    channels::PaymentChannel *channel = channelOf(attempt);
    const channels::Capabilities capabilities =
        channel ? channel->capabilities() : channels::Capabilities{};
    Progress &progress = m_active[outTradeNo];
    const qint64 left = progress.deadlineMs - nowMs();
    if (capabilities.asyncNotify && left > 0 && !progress.cancelRequested) {
        // The notification will tell; if it has not by the deadline, decide then.
        QTimer::singleShot(int(left), this, [this, outTradeNo] { query(outTradeNo); });
        return;
    }
    if (capabilities.cancel) {
        reverse(outTradeNo); // the only certainty left: cancel, which returns any money taken
        return;
    }
    if (attempt.state == AttemptState::UserPaying) {
        (void)move(attempt, AttemptState::Unknown, reason);
    }
    (void)move(attempt, AttemptState::PendingStatement,
               QStringLiteral("the channel cannot be asked: its statement will settle this"));
    finish(outTradeNo);
}

void PaymentService::queryLater(const QString &outTradeNo, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, outTradeNo] { query(outTradeNo); });
}

void PaymentService::query(const QString &outTradeNo)
{
    Progress &progress = m_active[outTradeNo];
    if (progress.callInFlight || progress.reversing) {
        return;
    }
    auto loaded = loadAttempt(outTradeNo);
    if (!loaded || !(isUnresolved(loaded->state) || progress.confirming)) {
        finish(outTradeNo);
        return;
    }
    channels::PaymentChannel *channel = channelOf(loaded.value());
    if (!channel || !channel->capabilities().query) {
        progress.confirming = false;
        if (isUnresolved(loaded->state) && loaded->state != AttemptState::PendingStatement) {
            PaymentAttempt attempt = loaded.value();
            waitWithoutQuery(attempt, QStringLiteral("no query on this channel"));
        } else {
            finish(outTradeNo);
        }
        return;
    }
    progress.callInFlight = true;
    progress.queries += 1;
    channel->query(outTradeNo, loaded->amount, [this, outTradeNo](const ChannelResult &result) {
        onQueryAnswer(outTradeNo, result);
    });
}

void PaymentService::onQueryAnswer(const QString &outTradeNo, const ChannelResult &result)
{
    Progress &progress = m_active[outTradeNo];
    progress.callInFlight = false;
    auto loaded = loadAttempt(outTradeNo);
    if (!loaded) {
        return;
    }
    PaymentAttempt attempt = loaded.value();
    if (std::exchange(progress.confirming, false) && !isUnresolved(attempt.state)) {
        // A notification made us look at a settled attempt: only a payment we thought closed
        // matters (the customer paid after the QR was closed): record it, then return it.
        if (result.kind == Kind::Success && attempt.state == AttemptState::Closed) {
            recordSuccess(attempt, result);
        } else {
            finish(outTradeNo);
        }
        return;
    }
    const bool expired = nowMs() >= progress.deadlineMs;
    switch (result.kind) {
    case Kind::Success:
        recordSuccess(attempt, result);
        return;
    case Kind::Failed:
        if (result.providerCode == channels::kTradeNotFound &&
            attempt.method == PaymentMethod::CustomerQr &&
            attempt.state == AttemptState::UserPaying && !expired && !progress.cancelRequested) {
            // A QR on the customer display that nobody scanned yet (Alipay makes the trade only
            // when the buyer scans): keep watching it until it expires.
            queryLater(outTradeNo, m_schedule.userPayingPollMs);
        } else if (result.providerCode == channels::kTradeNotFound) {
            // Nothing was paid, but the request might still be travelling: cancel to close the
            // door.
            reverse(outTradeNo);
        } else {
            (void)move(attempt, AttemptState::Closed, result.reason);
            finish(outTradeNo);
        }
        return;
    case Kind::UserPaying:
        (void)move(attempt, AttemptState::UserPaying, result.reason);
        if (expired || progress.cancelRequested) {
            reverse(outTradeNo);
        } else {
            queryLater(outTradeNo, m_schedule.userPayingPollMs);
        }
        return;
    case Kind::Unknown:
        if (progress.queries >= m_schedule.unknownMaxQueries || progress.cancelRequested) {
            reverse(outTradeNo);
        } else {
            queryLater(outTradeNo, m_schedule.unknownQueryIntervalMs);
        }
        return;
    }
}

void PaymentService::reverse(const QString &outTradeNo)
{
    Progress &progress = m_active[outTradeNo];
    if (progress.callInFlight) {
        return;
    }
    auto loaded = loadAttempt(outTradeNo);
    if (!loaded || isFinal(loaded->state)) {
        finish(outTradeNo);
        return;
    }
    // From here on this attempt is given up: money that still arrives goes back.
    progress.cancelRequested = true;
    channels::PaymentChannel *channel = channelOf(loaded.value());
    const channels::Capabilities capabilities =
        channel ? channel->capabilities() : channels::Capabilities{};
    // An unpaid QR is closed; a payment that may have taken money is cancelled (reversed).
    const bool useClose = capabilities.close && loaded->method == PaymentMethod::CustomerQr &&
                          loaded->state != AttemptState::Succeeded;
    if (!useClose && !capabilities.cancel) {
        qCWarning(lcPayments) << "channel of" << outTradeNo
                              << "cannot cancel; left for reconciliation";
        finish(outTradeNo);
        return;
    }
    progress.reversing = true;
    progress.callInFlight = true;
    auto answer = [this, outTradeNo](const ChannelResult &result) {
        onCancelAnswer(outTradeNo, result);
    };
    if (useClose) {
        channel->close(outTradeNo, answer);
    } else {
        channel->cancel(outTradeNo, answer);
    }
}

void PaymentService::onCancelAnswer(const QString &outTradeNo, const ChannelResult &result)
{
    Progress &progress = m_active[outTradeNo];
    progress.callInFlight = false;
    auto loaded = loadAttempt(outTradeNo);
    if (!loaded) {
        return;
    }
    PaymentAttempt attempt = loaded.value();
    if (result.kind == Kind::Failed && result.providerCode == channels::kTradeNotFound &&
        attempt.method == PaymentMethod::CustomerQr && attempt.state != AttemptState::Succeeded &&
        nowMs() >= attempt.createdAt.toMSecsSinceEpoch() + lifetimeOf(attempt)) {
        // A QR the channel never made a trade for (nobody scanned it, or the precreate never
        // arrived) cannot be paid once its lifetime is over: closing it has nothing to close.
        // A payment that still shows up later is found by its notification and returned.
        if (attempt.state == AttemptState::Sent) {
            (void)move(attempt, AttemptState::Unknown, result.reason);
        }
        (void)move(attempt, AttemptState::Closed,
                   QStringLiteral("QR expired unpaid: the channel has no such trade"));
        finish(outTradeNo);
        return;
    }
    if (result.kind != Kind::Success) {
        // Not confirmed (the network, or the customer paid just before a close): ask the channel
        // again later and decide from its answer; repeated until the channel confirms.
        qCWarning(lcPayments) << "cancel/close of" << outTradeNo
                              << "not confirmed:" << result.reason;
        if (attempt.state == AttemptState::Sent) {
            (void)move(attempt, AttemptState::Unknown, result.reason);
        }
        QTimer::singleShot(m_schedule.reversalRetryMs, this, [this, outTradeNo] {
            Progress &retry = m_active[outTradeNo];
            retry.reversing = false;
            retry.queries = 0;
            auto current = loadAttempt(outTradeNo);
            channels::PaymentChannel *channel = current ? channelOf(current.value()) : nullptr;
            if (channel && channel->capabilities().query &&
                current->state != AttemptState::Succeeded) {
                query(outTradeNo);
            } else {
                reverse(outTradeNo);
            }
        });
        return;
    }
    if (attempt.state == AttemptState::Sent) {
        (void)move(attempt, AttemptState::Unknown, QStringLiteral("cancelled before an answer"));
    }
    const bool moneyReturned =
        result.action == QLatin1String("refund") || attempt.state == AttemptState::Succeeded;
    (void)move(attempt, moneyReturned ? AttemptState::Reversed : AttemptState::Closed,
               moneyReturned ? QStringLiteral("reversed: money returned")
                             : QStringLiteral("closed: nothing paid"));
    finish(outTradeNo);
}

Status PaymentService::cancel(const QString &outTradeNo)
{
    auto loaded = loadAttempt(outTradeNo);
    if (!loaded) {
        return loaded.error();
    }
    if (!isUnresolved(loaded->state)) {
        return Error{QStringLiteral("payment.not_cancellable"),
                     QStringLiteral("attempt %1 is already %2")
                         .arg(outTradeNo, attemptStateName(loaded->state))};
    }
    // Durable first: if the process dies now, recovery still reverses instead of waiting.
    if (auto marked = storage::AttemptRepository(m_database).markCancelRequested(outTradeNo);
        !marked) {
        return marked;
    }
    Progress &progress = m_active[outTradeNo];
    progress.cancelRequested = true;
    if (!progress.callInFlight) {
        reverse(outTradeNo);
    }
    return success();
}

Status PaymentService::cancelCheckout(const QString &orderId, const QString &reason)
{
    storage::OrderRepository orders(m_database);
    auto order = orders.summary(orderId);
    if (!order) {
        return order.error();
    }
    if (order->status != OrderStatus::Open) {
        return Error{QStringLiteral("payment.order_not_open"),
                     QStringLiteral("order %1 is %2: a paid order is refunded, not cancelled")
                         .arg(orderId, storage::orderStatusName(order->status))};
    }
    auto attempts = storage::AttemptRepository(m_database).listForOrder(orderId);
    if (!attempts) {
        return attempts.error();
    }
    if (auto cancelled = orders.setStatus(orderId, OrderStatus::Cancelled); !cancelled) {
        return cancelled;
    }
    (void)storage::AuditLog(m_database)
        .record(0, QStringLiteral("checkout.cancelled"),
                QStringLiteral("%1 by %2: %3").arg(orderId, m_context.operatorId, reason));
    for (const PaymentAttempt &attempt : attempts.value()) {
        if (isUnresolved(attempt.state)) {
            (void)cancel(attempt.outTradeNo);
        } else if (attempt.state == AttemptState::Succeeded) {
            returnMoney(attempt, QStringLiteral("checkout cancelled: %1").arg(reason));
        }
    }
    return success();
}

void PaymentService::onVerifiedNotification(const QString &outTradeNo, const ChannelResult &result)
{
    auto loaded = loadAttempt(outTradeNo);
    if (!loaded) {
        return;
    }
    PaymentAttempt attempt = loaded.value();
    channels::PaymentChannel *channel = channelOf(attempt);
    if (channel && channel->capabilities().query) {
        // Seed 001: a notification says when to look; the active query says what is true.
        Progress &progress = m_active[outTradeNo];
        progress.confirming = true;
        progress.cancelRequested = progress.cancelRequested || attempt.cancelRequested;
        if (progress.deadlineMs == 0) {
            progress.deadlineMs = attempt.createdAt.toMSecsSinceEpoch() + lifetimeOf(attempt);
        }
        query(outTradeNo);
        return;
    }
    // No query: the verified notification is the best evidence there is.
    if (result.kind == Kind::Success &&
        (isUnresolved(attempt.state) || attempt.state == AttemptState::Closed)) {
        recordSuccess(attempt, result);
    } else if (result.kind == Kind::Failed && isUnresolved(attempt.state)) {
        (void)move(attempt,
                   attempt.state == AttemptState::PendingStatement ? AttemptState::Closed
                                                                   : AttemptState::Failed,
                   result.reason);
        finish(outTradeNo);
    }
}

Status PaymentService::settleFromStatement(const QString &outTradeNo, bool paid,
                                           const Money &amount, const QString &channelTradeNo)
{
    auto loaded = loadAttempt(outTradeNo);
    if (!loaded) {
        return loaded.error();
    }
    PaymentAttempt attempt = loaded.value();
    if (attempt.state == AttemptState::Succeeded && paid) {
        return success(); // already settled the same way (an import run twice)
    }
    if (attempt.state != AttemptState::PendingStatement) {
        return Error{QStringLiteral("statement.not_pending"),
                     QStringLiteral("attempt %1 is %2, not waiting for a statement")
                         .arg(outTradeNo, attemptStateName(attempt.state))};
    }
    if (!paid) {
        return move(attempt, AttemptState::Closed,
                    QStringLiteral("not on the channel's statement"));
    }
    if (amount != attempt.amount) {
        return Error{
            QStringLiteral("statement.amount_mismatch"),
            QStringLiteral("the statement says %1 for %2, we asked for %3")
                .arg(amount.toDecimalString(), outTradeNo, attempt.amount.toDecimalString())};
    }
    recordSuccess(attempt, ChannelResult::success(channelTradeNo, amount));
    return attempt.state == AttemptState::Succeeded
               ? success()
               : Error{QStringLiteral("statement.not_stored"),
                       QStringLiteral("the result for %1 could not be stored").arg(outTradeNo)};
}

int PaymentService::lifetimeOf(const PaymentAttempt &attempt) const
{
    return attempt.method == PaymentMethod::CustomerQr ? m_schedule.qrLifetimeMs
                                                       : m_schedule.codeLifetimeMs;
}

void PaymentService::recover()
{
    storage::AttemptRepository repository(m_database);
    auto unresolved = repository.listUnresolved();
    if (!unresolved) {
        qCWarning(lcPayments) << "recovery cannot list attempts:" << unresolved.error().message;
        return;
    }
    for (PaymentAttempt attempt : unresolved.value()) {
        if (m_active.contains(attempt.outTradeNo)) {
            continue; // already being driven
        }
        if (attempt.state == AttemptState::Created) {
            // Stored but never marked sent: the request cannot have left.
            (void)move(attempt, AttemptState::Failed, QStringLiteral("never sent"));
            continue;
        }
        channels::PaymentChannel *channel = channelOf(attempt);
        if (attempt.state == AttemptState::PendingStatement &&
            !(channel && channel->capabilities().query)) {
            continue; // only the statement can settle it
        }
        qCInfo(lcPayments) << "recovering" << attempt.outTradeNo << attemptStateName(attempt.state);
        if (attempt.state == AttemptState::Sent) {
            // Sent but no answer recorded: the process stopped while the request was out.
            (void)move(attempt, AttemptState::Unknown,
                       QStringLiteral("interrupted: answer not received"));
        }
        Progress &progress = m_active[attempt.outTradeNo];
        progress.deadlineMs = attempt.createdAt.toMSecsSinceEpoch() + lifetimeOf(attempt);
        progress.cancelRequested = attempt.cancelRequested;
        if (attempt.cancelRequested) {
            reverse(attempt.outTradeNo);
        } else {
            query(attempt.outTradeNo);
        }
    }
    // Paid attempts whose money must go back and is not yet on its way (the process died
    // between the success and the reversal or refund).
    auto toReturn = repository.listToReturn();
    if (toReturn) {
        for (const PaymentAttempt &attempt : toReturn.value()) {
            if (!m_active.contains(attempt.outTradeNo)) {
                returnMoney(attempt, QStringLiteral("recovered: money still to return"));
            }
        }
    }
    // Paid in full, but the process stopped before the order was marked paid.
    if (auto openOrders = repository.openOrdersWithSuccesses(); openOrders) {
        for (const QString &orderId : openOrders.value()) {
            settleOrderIfPaid(orderId);
        }
    }
    // Notified paid, but we had closed it and the confirming query never answered.
    auto notified = storage::NotificationRepository(m_database)
                        .closedButNotifiedPaid(nowMs() - kRecheckNotifiedForMs);
    if (notified) {
        for (const QString &outTradeNo : notified.value()) {
            if (!m_active.contains(outTradeNo)) {
                onVerifiedNotification(outTradeNo, ChannelResult::success());
            }
        }
    }
    if (m_refunds) {
        m_refunds->recover();
    }
}

void PaymentService::startRecoveryTimer()
{
    m_recoveryTimer.start(m_schedule.recoveryIntervalMs);
}

void PaymentService::settleOrderIfPaid(const QString &orderId)
{
    storage::OrderRepository orders(m_database);
    auto order = orders.summary(orderId);
    auto attempts = storage::AttemptRepository(m_database).listForOrder(orderId);
    if (!order || !attempts) {
        return;
    }
    Money paid = Money::zero(order->total.currency());
    for (const PaymentAttempt &attempt : attempts.value()) {
        if (attempt.state == AttemptState::Succeeded && !attempt.cancelRequested) {
            paid = paid.plus(attempt.amount).value();
        }
    }
    if (paid < order->total) {
        return;
    }
    auto flipped = orders.markPaidOnce(orderId);
    if (flipped && flipped.value()) {
        qCInfo(lcPayments) << "order" << orderId << "paid" << paid.toDecimalString();
        emit orderPaid(orderId);
    }
}

} // namespace pos::payments
