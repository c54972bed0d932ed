// posctl query, recover and pending: what a supervisor (or a script after a crash) uses to see
// and settle payments and refunds whose outcome is not known yet.
#include "CommandContext.h"
#include "Outcomes.h"

#include "storage/AttemptRepository.h"
#include "storage/RefundRepository.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace pos::cli {

namespace {

QString localTime(const QDateTime &instant)
{
    return instant.toLocalTime().toString(Qt::ISODate);
}

void printRefundLine(CommandContext &context, const char *label, const Refund &refund)
{
    context.out << label << ' ' << refund.outRequestNo << ' ' << refundStateName(refund.state)
                << ' ' << refund.amount.toDecimalString() << " of " << refund.outTradeNo
                << " order " << refund.orderId << ' ' << refundKindName(refund.kind);
    if (!refund.lastReason.isEmpty()) {
        context.out << " (" << refund.lastReason << ')';
    }
    context.out << Qt::endl;
}

// Prints everything not settled: attempts not final (Pending-Statement included), paid attempts
// whose money must still go back, refunds under way and open refund-by-hand tasks. Returns how
// many there are, or -1 when the store cannot be read.
int printPending(CommandContext &context)
{
    storage::AttemptRepository attempts(context.runtime.database());
    storage::RefundRepository refunds(context.runtime.database());
    auto unresolved = attempts.listUnresolved();
    auto toReturn = attempts.listToReturn();
    auto refunding = refunds.listUnresolved();
    auto byHand = refunds.listByHandOpen();
    if (!unresolved || !toReturn || !refunding || !byHand) {
        for (const Error *error :
             {unresolved ? nullptr : &unresolved.error(), toReturn ? nullptr : &toReturn.error(),
              refunding ? nullptr : &refunding.error(), byHand ? nullptr : &byHand.error()}) {
            if (error) {
                context.err << error->message << Qt::endl;
            }
        }
        return -1;
    }
    for (const PaymentAttempt &attempt : unresolved.value()) {
        context.out << "attempt " << attempt.outTradeNo << ' ' << attemptStateName(attempt.state)
                    << ' ' << attempt.channel << ' ' << attempt.amount.toDecimalString()
                    << " order " << attempt.orderId << " since " << localTime(attempt.createdAt);
        if (attempt.state == AttemptState::PendingStatement) {
            context.out << " (waits for the channel's statement)";
        } else if (!attempt.lastReason.isEmpty()) {
            context.out << " (" << attempt.lastReason << ')';
        }
        context.out << Qt::endl;
    }
    for (const PaymentAttempt &attempt : toReturn.value()) {
        context.out << "return " << attempt.outTradeNo << ' ' << attempt.channel << ' '
                    << attempt.amount.toDecimalString() << " order " << attempt.orderId
                    << " (paid, given up: money still to go back)" << Qt::endl;
    }
    for (const Refund &refund : refunding.value()) {
        printRefundLine(context, "refund", refund);
    }
    for (const Refund &refund : byHand.value()) {
        printRefundLine(context, "by_hand", refund);
    }
    return int(unresolved->size() + toReturn->size() + refunding->size() + byHand->size());
}

channels::ChannelResult askChannel(channels::PaymentChannel &channel, const PaymentAttempt &attempt,
                                   int timeoutMs)
{
    channels::ChannelResult answer =
        channels::ChannelResult::unknown(QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    QEventLoop loop;
    bool answered = false;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    channel.resumeRequest(attempt.outTradeNo, attempt.createdAt);
    channel.query(attempt.outTradeNo, attempt.amount,
                  [&answer, &answered, &loop](const channels::ChannelResult &result) {
                      answer = result;
                      answered = true;
                      loop.quit();
                  });
    if (!answered) {
        loop.exec();
    }
    return answer;
}

int parseNothing(CommandContext &context, const char *usage)
{
    if (!context.arguments.isEmpty()) {
        context.err << usage << Qt::endl;
        return kUsage;
    }
    return kOk;
}

} // namespace

int runQuery(CommandContext &context)
{
    const char *usage = "usage: posctl query --payment OUT_TRADE_NO";
    if (context.arguments.size() != 2 || context.arguments[0] != QLatin1String("--payment")) {
        context.err << usage << Qt::endl;
        return kUsage;
    }
    runtime::TerminalRuntime &runtime = context.runtime;
    auto attempt =
        storage::AttemptRepository(runtime.database()).findByOutTradeNo(context.arguments[1]);
    if (!attempt) {
        context.err << attempt.error().message << Qt::endl;
        return attempt.error().code == QLatin1String("attempt.not_found") ? kBadInput : kError;
    }
    context.out << "payment " << attempt->outTradeNo << '\n'
                << "  order     " << attempt->orderId << '\n'
                << "  channel   " << attempt->channel << ' ' << paymentMethodName(attempt->method)
                << '\n'
                << "  amount    " << attempt->amount.toDecimalString() << '\n'
                << "  state     " << attemptStateName(attempt->state)
                << (attempt->cancelRequested ? " (given up: money goes back)" : "") << '\n';
    if (!attempt->channelTradeNo.isEmpty()) {
        context.out << "  trade_no  " << attempt->channelTradeNo << '\n';
    }
    if (!attempt->maskedCode.isEmpty()) {
        context.out << "  code      " << attempt->maskedCode << '\n';
    }
    if (!attempt->lastReason.isEmpty()) {
        context.out << "  reason    " << attempt->lastReason << '\n';
    }
    context.out << "  created   " << localTime(attempt->createdAt) << '\n'
                << "  updated   " << localTime(attempt->updatedAt) << Qt::endl;
    if (auto refunds = storage::RefundRepository(runtime.database()).listForAttempt(attempt->id)) {
        for (const Refund &refund : refunds.value()) {
            printRefundLine(context, "  refund", refund);
        }
    }
    channels::PaymentChannel *channel = runtime.channels().find(attempt->channel);
    if (!channel || !channel->capabilities().remote) {
        context.out << "channel: " << attempt->channel
                    << " is not asked (nothing left the terminal)" << Qt::endl;
        return kOk;
    }
    if (!channel->capabilities().query) {
        context.out << "channel: " << attempt->channel
                    << " has no query: its statement settles this payment" << Qt::endl;
        return kOk;
    }
    const int timeoutMs = channelTimeoutMs(runtime.config()) + 2000;
    const channels::ChannelResult answer = askChannel(*channel, attempt.value(), timeoutMs);
    context.out << "channel: " << channels::resultKindName(answer.kind);
    if (!answer.channelTradeNo.isEmpty()) {
        context.out << " trade_no " << answer.channelTradeNo;
    }
    if (answer.paidAmount.isPositive()) {
        context.out << " paid " << answer.paidAmount.toDecimalString();
    }
    if (!answer.providerCode.isEmpty()) {
        context.out << " [" << answer.providerCode << ']';
    }
    if (!answer.reason.isEmpty()) {
        context.out << " (" << answer.reason << ')';
    }
    context.out << Qt::endl;
    return kOk;
}

int runRecover(CommandContext &context)
{
    int waitSeconds = 30;
    if (context.arguments.size() == 2 && context.arguments[0] == QLatin1String("--wait")) {
        bool ok = false;
        waitSeconds = context.arguments[1].toInt(&ok);
        if (!ok || waitSeconds < 0) {
            context.err << "--wait needs a number of seconds" << Qt::endl;
            return kUsage;
        }
    } else if (!context.arguments.isEmpty()) {
        context.err << "usage: posctl recover [--wait SECONDS]" << Qt::endl;
        return kUsage;
    }
    runtime::TerminalRuntime &runtime = context.runtime;
    payments::PaymentService &payments = runtime.payments();
    payments::RefundService &refunds = runtime.refunds();
    QObject::connect(&payments, &payments::PaymentService::attemptUpdated, &payments,
                     [&context](const PaymentAttempt &attempt) {
                         context.out << "attempt " << attempt.outTradeNo << " -> "
                                     << attemptStateName(attempt.state);
                         if (!attempt.lastReason.isEmpty()) {
                             context.out << " (" << attempt.lastReason << ')';
                         }
                         context.out << Qt::endl;
                     });
    QObject::connect(&refunds, &payments::RefundService::refundUpdated, &refunds,
                     [&context](const Refund &refund) {
                         context.out << "refund " << refund.outRequestNo << " -> "
                                     << refundStateName(refund.state);
                         if (!refund.lastReason.isEmpty()) {
                             context.out << " (" << refund.lastReason << ')';
                         }
                         context.out << Qt::endl;
                     });
    const QDeadlineTimer deadline(qint64(waitSeconds) * 1000);
    const auto busy = [&] { return payments.activeCount() > 0 || refunds.activeCount() > 0; };
    // Each sweep drives what is unresolved; a sweep that starts nothing cannot help a second time
    // (statement-only attempts, refunds by hand), so the loop stops there.
    while (true) {
        payments.recover();
        if (!busy()) {
            break;
        }
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!busy() || deadline.hasExpired()) {
                loop.quit();
            }
        });
        poll.start(20);
        loop.exec();
        if (deadline.hasExpired()) {
            break;
        }
    }
    const int pending = printPending(context);
    if (pending < 0) {
        return kError;
    }
    if (pending == 0) {
        context.out << "nothing pending" << Qt::endl;
        return kOk;
    }
    context.out << "still pending: " << pending << Qt::endl;
    return kPaymentPending;
}

int runPending(CommandContext &context)
{
    if (const int parsed = parseNothing(context, "usage: posctl pending"); parsed != kOk) {
        return parsed;
    }
    const int pending = printPending(context);
    if (pending < 0) {
        return kError;
    }
    if (pending == 0) {
        context.out << "nothing pending" << Qt::endl;
    }
    return kOk;
}

} // namespace pos::cli
