// posctl refund: a supervisor-approved refund of (part of) one payment, shown first and done only
// when confirmed with --yes (seed 004); and the closing of a refund made by hand.
#include "CommandContext.h"
#include "Outcomes.h"

#include <QCommandLineParser>

namespace pos::cli {

namespace {

const char *kRefundUsage =
    "usage: posctl refund --payment OUT_TRADE_NO --amount AMOUNT --reason TEXT --cashier CODE "
    "--pin PIN --supervisor CODE --supervisor-pin PIN [--yes]\n"
    "       posctl refund --close-by-hand OUT_REQUEST_NO --reference REF --supervisor CODE "
    "--supervisor-pin PIN";

int exitCodeFor(const Error &error)
{
    if (error.code == QLatin1String("refund.not_approved")) {
        return kAuthFailed;
    }
    if (error.code == QLatin1String("refund.over_cap") ||
        error.code == QLatin1String("refund.not_paid") ||
        error.code == QLatin1String("refund.stale_preview") ||
        error.code == QLatin1String("refund.not_by_hand")) {
        return kRefused;
    }
    if (error.code.startsWith(QLatin1String("refund.")) ||
        error.code.endsWith(QLatin1String("not_found"))) {
        return kBadInput; // no such payment or refund, a bad amount, no reason or reference
    }
    return kError;
}

void printPreview(CommandContext &context, const payments::RefundPreview &preview)
{
    context.out << "refund of " << preview.outTradeNo << " (" << preview.channel << ' '
                << paymentMethodName(preview.method) << ")\n"
                << "  order            " << preview.orderId << '\n'
                << "  paid             " << preview.paid.toDecimalString() << '\n'
                << "  already refunded " << preview.alreadyRefunded.toDecimalString() << '\n'
                << "  this refund      " << preview.thisRefund.toDecimalString() << '\n'
                << "  remaining after  " << preview.remainingAfter.toDecimalString() << Qt::endl;
    if (preview.byHand) {
        context.out << "  the channel has no refund API: the supervisor refunds by hand and "
                       "closes the task with its reference"
                    << Qt::endl;
    }
}

int report(CommandContext &context, const Refund &refund)
{
    context.out << "refund " << refund.outRequestNo << ' ' << refundStateName(refund.state)
                << " amount " << refund.amount.toDecimalString();
    if (!refund.channelRefundNo.isEmpty()) {
        context.out << " refund_no " << refund.channelRefundNo;
    }
    if (!refund.lastReason.isEmpty()) {
        context.out << " (" << refund.lastReason << ')';
    }
    context.out << Qt::endl;
    switch (refund.state) {
    case RefundState::Succeeded:
    case RefundState::ByHandDone:
        return kOk;
    case RefundState::ByHand:
        context.out << "refund by hand: close it with posctl refund --close-by-hand "
                    << refund.outRequestNo << " --reference REF" << Qt::endl;
        return kOk;
    case RefundState::Failed:
        return kPaymentFailed;
    case RefundState::Sent:
    case RefundState::Processing:
    case RefundState::Unknown:
        context.out << "pending: recovery asks the channel again with the same number" << Qt::endl;
        return kPaymentPending;
    }
    return kError;
}

int closeByHand(CommandContext &context, const QCommandLineParser &parser)
{
    const QString reference = parser.value(QStringLiteral("reference"));
    if (reference.trimmed().isEmpty() || !parser.isSet(QStringLiteral("supervisor"))) {
        context.err << kRefundUsage << Qt::endl;
        return kUsage;
    }
    auto supervisor =
        login(context, QStringLiteral("supervisor"), parser.value(QStringLiteral("supervisor")),
              parser.value(QStringLiteral("supervisor-pin")));
    if (!supervisor) {
        return kAuthFailed;
    }
    const QString outRequestNo = parser.value(QStringLiteral("close-by-hand"));
    if (auto closed =
            context.runtime.refunds().closeByHand(outRequestNo, reference, supervisor.value());
        !closed) {
        context.err << closed.error().message << Qt::endl;
        return exitCodeFor(closed.error());
    }
    context.out << "refund " << outRequestNo << " by_hand_done reference " << reference.trimmed()
                << Qt::endl;
    return kOk;
}

} // namespace

int runRefund(CommandContext &context)
{
    QCommandLineParser parser;
    for (const auto &[name, help] :
         {std::pair{"payment", "The payment (out_trade_no) to refund."},
          std::pair{"amount", "How much to give back."},
          std::pair{"reason", "Why the customer gets money back."},
          std::pair{"cashier", "Cashier code (who asks)."}, std::pair{"pin", "Cashier PIN."},
          std::pair{"supervisor", "Supervisor code (who approves)."},
          std::pair{"supervisor-pin", "Supervisor PIN."},
          std::pair{"close-by-hand", "Close this refund-by-hand task (out_request_no)."},
          std::pair{"reference", "Reference of the refund made by hand."}}) {
        parser.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("value")});
    }
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Confirm the refund shown.")});
    if (!parser.parse(QStringList{QStringLiteral("posctl refund")} + context.arguments) ||
        !parser.positionalArguments().isEmpty()) {
        context.err << (parser.errorText().isEmpty() ? QString::fromLatin1(kRefundUsage)
                                                     : parser.errorText())
                    << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("close-by-hand"))) {
        return closeByHand(context, parser);
    }
    const QString outTradeNo = parser.value(QStringLiteral("payment"));
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (outTradeNo.isEmpty() || !parser.isSet(QStringLiteral("amount")) || reason.isEmpty() ||
        !parser.isSet(QStringLiteral("cashier")) || !parser.isSet(QStringLiteral("supervisor"))) {
        context.err << kRefundUsage << Qt::endl;
        return kUsage;
    }
    auto amount =
        parseAmount(context, QStringLiteral("amount"), parser.value(QStringLiteral("amount")));
    if (!amount) {
        return kBadInput;
    }
    auto cashier =
        login(context, QStringLiteral("cashier"), parser.value(QStringLiteral("cashier")),
              parser.value(QStringLiteral("pin")));
    if (!cashier) {
        return kAuthFailed;
    }
    auto supervisor =
        login(context, QStringLiteral("supervisor"), parser.value(QStringLiteral("supervisor")),
              parser.value(QStringLiteral("supervisor-pin")));
    if (!supervisor) {
        return kAuthFailed;
    }
    if (!supervisor->hasAtLeast(Role::Supervisor)) {
        context.err << supervisor->code << " is not a supervisor: a refund needs the approval of "
                    << "a supervisor" << Qt::endl;
        return kAuthFailed;
    }
    payments::RefundService &refunds = context.runtime.refunds();
    auto preview = refunds.preview(outTradeNo, amount.value());
    if (!preview) {
        context.err << "refund refused: " << preview.error().message << Qt::endl;
        return exitCodeFor(preview.error());
    }
    printPreview(context, preview.value());
    if (!parser.isSet(QStringLiteral("yes"))) {
        context.out << "not confirmed: nothing was refunded (add --yes to confirm)" << Qt::endl;
        return kNotConfirmed;
    }
    auto refund = refunds.refund(preview.value(), reason, cashier.value(), supervisor.value());
    if (!refund) {
        context.err << "refund refused: " << refund.error().message << Qt::endl;
        return exitCodeFor(refund.error());
    }
    return report(context, waitForRefund(context, refund.value(), refundWaitMs(context.runtime)));
}

} // namespace pos::cli
