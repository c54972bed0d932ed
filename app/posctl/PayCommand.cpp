// posctl pay: pays (part of) an order that is already stored and still open (split tender, or a
// second try after a payment that failed or was interrupted).
#include "CommandContext.h"
#include "Outcomes.h"

#include "storage/OrderRepository.h"

#include <QCommandLineParser>

namespace pos::cli {

namespace {

const char *kPayUsage = "usage: posctl pay --order ID (--cash AMOUNT | --code PAYMENT_CODE | --qr "
                        "CHANNEL) [--amount AMOUNT] --cashier CODE --pin PIN";

// A refusal by the payment rules (not open, more than is due) versus a bad tender.
int exitCodeFor(const Error &error)
{
    if (error.code == QLatin1String("payment.order_not_open") ||
        error.code == QLatin1String("payment.over_due")) {
        return kRefused;
    }
    return kBadInput;
}

} // namespace

int runPay(CommandContext &context)
{
    QCommandLineParser parser;
    for (const auto &[name, help] :
         {std::pair{"order", "The open order to pay."}, std::pair{"cash", "Cash handed over."},
          std::pair{"code", "The customer's payment code."},
          std::pair{"qr", "Show a QR of this channel to the customer."},
          std::pair{"amount", "Pay only this much of what is due (split tender)."},
          std::pair{"cashier", "Cashier code."}, std::pair{"pin", "Cashier PIN."}}) {
        parser.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("value")});
    }
    if (!parser.parse(QStringList{QStringLiteral("posctl pay")} + context.arguments) ||
        !parser.positionalArguments().isEmpty()) {
        context.err << (parser.errorText().isEmpty() ? QString::fromLatin1(kPayUsage)
                                                     : parser.errorText())
                    << Qt::endl;
        return kUsage;
    }
    const bool cash = parser.isSet(QStringLiteral("cash"));
    const bool code = parser.isSet(QStringLiteral("code"));
    const bool qr = parser.isSet(QStringLiteral("qr"));
    const QString orderId = parser.value(QStringLiteral("order"));
    if (orderId.isEmpty() || int(cash) + int(code) + int(qr) != 1 ||
        !parser.isSet(QStringLiteral("cashier"))) {
        context.err << kPayUsage << Qt::endl;
        return kUsage;
    }
    Money cashHandedOver;
    if (cash) {
        auto parsed =
            parseAmount(context, QStringLiteral("cash"), parser.value(QStringLiteral("cash")));
        if (!parsed) {
            return kBadInput;
        }
        cashHandedOver = parsed.value();
    }
    std::optional<Money> part;
    if (parser.isSet(QStringLiteral("amount"))) {
        auto parsed =
            parseAmount(context, QStringLiteral("amount"), parser.value(QStringLiteral("amount")));
        if (!parsed) {
            return kBadInput;
        }
        part = parsed.value();
        if (cash && cashHandedOver < *part) {
            context.err << "the cash handed over is less than --amount" << Qt::endl;
            return kBadInput;
        }
    }

    runtime::TerminalRuntime &runtime = context.runtime;
    auto cashier =
        login(context, QStringLiteral("cashier"), parser.value(QStringLiteral("cashier")),
              parser.value(QStringLiteral("pin")));
    if (!cashier) {
        return kAuthFailed;
    }
    auto order = storage::OrderRepository(runtime.database()).summary(orderId);
    if (!order) {
        context.err << order.error().message << Qt::endl;
        return kBadInput;
    }
    if (order->status != OrderStatus::Open) {
        context.err << "order " << orderId << " is " << storage::orderStatusName(order->status)
                    << ": nothing to pay" << Qt::endl;
        return kRefused;
    }
    payments::PaymentService &payments = runtime.payments();
    auto due = payments.amountDue(orderId);
    if (!due) {
        context.err << due.error().message << Qt::endl;
        return kError;
    }
    context.out << "order " << orderId << " total " << order->total.toDecimalString() << " due "
                << due->toDecimalString() << Qt::endl;
    if (!due->isPositive()) {
        context.err << "nothing is due on " << orderId
                    << " until the payments still pending are settled (posctl pending)" << Qt::endl;
        return kRefused;
    }
    const Money amount = part.value_or(due.value());
    payments.setOperator(cashier->code);
    Result<PaymentAttempt> attempt =
        cash   ? payments.payCash(orderId, part ? amount : cashHandedOver)
        : code ? payments.payByCode(orderId, amount, parser.value(QStringLiteral("code")))
               : payments.payByCustomerQr(orderId, amount, parser.value(QStringLiteral("qr")));
    if (!attempt) {
        context.err << attempt.error().message << Qt::endl;
        return exitCodeFor(attempt.error());
    }
    const PaymentAttempt outcome =
        waitForOutcome(context, attempt.value(), paymentWaitMs(runtime, attempt->method));
    return reportPayment(context, orderId, outcome, cashHandedOver.minus(outcome.amount).value());
}

} // namespace pos::cli
