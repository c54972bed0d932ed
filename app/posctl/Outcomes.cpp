#include "Outcomes.h"

#include "security/CashierAuthenticator.h"
#include "storage/OrderRepository.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace pos::cli {

int channelTimeoutMs(const config::TerminalConfig &config)
{
    return std::max({config.alipay.timeoutMs, config.wechat.timeoutMs, config.unionpay.timeoutMs});
}

int paymentWaitMs(runtime::TerminalRuntime &runtime, PaymentMethod method)
{
    const payments::PaymentSchedule &schedule = runtime.payments().schedule();
    const int lifetime =
        method == PaymentMethod::CustomerQr ? schedule.qrLifetimeMs : schedule.codeLifetimeMs;
    return lifetime + schedule.unknownMaxQueries * schedule.unknownQueryIntervalMs +
           channelTimeoutMs(runtime.config()) * 2;
}

int refundWaitMs(runtime::TerminalRuntime &runtime)
{
    const payments::PaymentSchedule &schedule = runtime.payments().schedule();
    return channelTimeoutMs(runtime.config()) * 2 + schedule.refundRetryMs +
           5 * schedule.refundPollMs;
}

PaymentAttempt waitForOutcome(CommandContext &context, PaymentAttempt attempt, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(&context.runtime.payments(), &payments::PaymentService::attemptUpdated, &loop,
                     [&](const PaymentAttempt &updated) {
                         if (updated.outTradeNo != attempt.outTradeNo) {
                             return;
                         }
                         if (!updated.qrCode.isEmpty() && attempt.qrCode.isEmpty()) {
                             context.out << "qr " << updated.qrCode << Qt::endl;
                         }
                         attempt = updated;
                         if (attempt.state == AttemptState::Succeeded || isFinal(attempt.state) ||
                             attempt.state == AttemptState::PendingStatement) {
                             loop.quit();
                         }
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (attempt.state != AttemptState::Succeeded && !isFinal(attempt.state) &&
        attempt.state != AttemptState::PendingStatement) {
        loop.exec();
    }
    return attempt;
}

Refund waitForRefund(CommandContext &context, Refund refund, int timeoutMs)
{
    const auto settled = [](const Refund &r) {
        return isFinal(r.state) || r.state == RefundState::ByHand;
    };
    QEventLoop loop;
    QObject::connect(&context.runtime.refunds(), &payments::RefundService::refundUpdated, &loop,
                     [&](const Refund &updated) {
                         if (updated.outRequestNo != refund.outRequestNo) {
                             return;
                         }
                         refund = updated;
                         if (settled(refund)) {
                             loop.quit();
                         }
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!settled(refund)) {
        loop.exec();
    }
    return refund;
}

Result<Cashier> login(CommandContext &context, const QString &who, const QString &code,
                      const QString &pin)
{
    auto cashier = security::CashierAuthenticator(context.runtime.database()).login(code, pin);
    if (!cashier) {
        context.err << who << " login refused: " << cashier.error().message << Qt::endl;
    }
    return cashier;
}

Result<Money> parseAmount(CommandContext &context, const QString &option, const QString &text)
{
    auto parsed = Money::parse(text);
    if (!parsed) {
        context.err << "--" << option << ": " << parsed.error().message << Qt::endl;
        return parsed;
    }
    if (!parsed->isPositive()) {
        context.err << "--" << option << " must be more than zero" << Qt::endl;
        return Result<Money>::failure(QStringLiteral("cli.bad_amount"),
                                      QStringLiteral("not positive"));
    }
    return parsed;
}

int reportPayment(CommandContext &context, const QString &orderId, const PaymentAttempt &outcome,
                  const Money &cashChange)
{
    context.out << "attempt " << outcome.outTradeNo << ' ' << attemptStateName(outcome.state);
    if (!outcome.channelTradeNo.isEmpty()) {
        context.out << " trade_no " << outcome.channelTradeNo;
    }
    context.out << " amount " << outcome.amount.toDecimalString();
    if (outcome.method == PaymentMethod::Cash) {
        context.out << " change " << cashChange.toDecimalString();
    }
    if (!outcome.lastReason.isEmpty()) {
        context.out << " (" << outcome.lastReason << ')';
    }
    context.out << Qt::endl;
    auto order = storage::OrderRepository(context.runtime.database()).summary(orderId);
    if (order && order->status == OrderStatus::Paid) {
        context.out << "order " << orderId << " paid" << Qt::endl;
        return kOk;
    }
    if (outcome.state == AttemptState::Succeeded) {
        auto due = context.runtime.payments().amountDue(orderId);
        context.out << "still due " << (due ? due->toDecimalString() : QStringLiteral("?"))
                    << Qt::endl;
        return kOk;
    }
    return isFinal(outcome.state) ? kPaymentFailed : kPaymentPending;
}

} // namespace pos::cli
