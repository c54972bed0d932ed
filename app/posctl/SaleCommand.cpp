#include "CommandContext.h"

#include "channels/PaymentCodeRouter.h"
#include "security/CashierAuthenticator.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

namespace pos::cli {

namespace {

// "6901234500019" or "6901234500019x3" (three pieces) or "6901234500279x350" (350 g).
bool parseItem(const QString &text, QString *barcode, qint64 *quantity)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    *barcode = parts.value(0).trimmed();
    *quantity = 1;
    if (parts.size() == 2) {
        bool ok = false;
        *quantity = parts[1].toLongLong(&ok);
        return ok;
    }
    return parts.size() == 1;
}

// Runs the event loop until the attempt reaches a state the cashier can act on.
PaymentAttempt waitForOutcome(payments::PaymentService &payments, PaymentAttempt attempt,
                              int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(&payments, &payments::PaymentService::attemptUpdated, &loop,
                     [&](const PaymentAttempt &updated) {
                         if (updated.outTradeNo != attempt.outTradeNo) {
                             return;
                         }
                         attempt = updated;
                         if (attempt.state == AttemptState::Succeeded || isFinal(attempt.state)) {
                             loop.quit();
                         }
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (attempt.state != AttemptState::Succeeded && !isFinal(attempt.state)) {
        loop.exec();
    }
    return attempt;
}

} // namespace

int runSale(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("cashier"), QStringLiteral("Cashier code."), QStringLiteral("code")});
    parser.addOption(
        {QStringLiteral("pin"), QStringLiteral("Cashier PIN."), QStringLiteral("pin")});
    parser.addOption({QStringLiteral("item"),
                      QStringLiteral("Barcode, optionally xQTY (grams when weighed)."),
                      QStringLiteral("barcode")});
    parser.addOption({QStringLiteral("cash"),
                      QStringLiteral("Pay by cash handed over, e.g. 100.00."),
                      QStringLiteral("amount")});
    parser.addOption({QStringLiteral("code"), QStringLiteral("Pay by the customer's payment code."),
                      QStringLiteral("code")});
    if (!parser.parse(QStringList{QStringLiteral("posctl sale")} + context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return kUsage;
    }
    const QStringList items = parser.values(QStringLiteral("item"));
    if (items.isEmpty() ||
        parser.isSet(QStringLiteral("cash")) == parser.isSet(QStringLiteral("code"))) {
        context.err << "usage: posctl sale --cashier CODE --pin PIN --item BARCODE[xQTY]... "
                       "(--cash AMOUNT | --code "
                       "PAYMENT_CODE)"
                    << Qt::endl;
        return kUsage;
    }
    runtime::TerminalRuntime &runtime = context.runtime;
    auto cashier =
        security::CashierAuthenticator(runtime.database())
            .login(parser.value(QStringLiteral("cashier")), parser.value(QStringLiteral("pin")));
    if (!cashier) {
        context.err << "login refused: " << cashier.error().message << Qt::endl;
        return kAuthFailed;
    }
    sale::SaleService &sale = runtime.sale();
    sale.startSale(cashier.value());
    for (const QString &item : items) {
        QString barcode;
        qint64 quantity = 1;
        if (!parseItem(item, &barcode, &quantity)) {
            context.err << "bad item '" << item << "': use BARCODE or BARCODExQTY" << Qt::endl;
            return kBadInput;
        }
        if (auto added = sale.addByBarcode(barcode, quantity); !added) {
            context.err << added.error().message << Qt::endl;
            return kBadInput;
        }
    }
    Money tendered;
    if (parser.isSet(QStringLiteral("cash"))) {
        auto parsed = Money::parse(parser.value(QStringLiteral("cash")));
        if (!parsed) {
            context.err << parsed.error().message << Qt::endl;
            return kBadInput;
        }
        tendered = parsed.value();
        if (!tendered.isPositive()) {
            context.err << "the cash handed over must be more than zero" << Qt::endl;
            return kBadInput;
        }
    } else if (auto channel =
                   channels::PaymentCodeRouter().channelFor(parser.value(QStringLiteral("code")));
               !channel) {
        // Refused before checkout, so no order is left behind for a code nobody can pay with.
        context.err << channel.error().message << Qt::endl;
        return kBadInput;
    }
    auto orderId = sale.checkout();
    if (!orderId) {
        context.err << orderId.error().message << Qt::endl;
        return kBadInput;
    }
    payments::PaymentService &payments = runtime.payments();
    payments.setOperator(cashier->code);
    const Money total = sale.order().total();
    context.out << "order " << orderId.value() << " total " << total.toDecimalString() << Qt::endl;

    auto attempt =
        parser.isSet(QStringLiteral("cash"))
            ? payments.payCash(orderId.value(), tendered)
            : payments.payByCode(orderId.value(), total, parser.value(QStringLiteral("code")));
    if (!attempt) {
        context.err << attempt.error().message << Qt::endl;
        return kBadInput;
    }
    const auto &schedule = payments.schedule();
    const int timeoutMs = schedule.codeLifetimeMs +
                          schedule.unknownMaxQueries * schedule.unknownQueryIntervalMs +
                          runtime.config().alipay.timeoutMs * 2;
    const PaymentAttempt outcome = waitForOutcome(payments, attempt.value(), timeoutMs);
    context.out << "attempt " << outcome.outTradeNo << " " << attemptStateName(outcome.state);
    if (!outcome.channelTradeNo.isEmpty()) {
        context.out << " trade_no " << outcome.channelTradeNo;
    }
    if (outcome.method == PaymentMethod::Cash) {
        context.out << " change " << outcome.change().toDecimalString();
    }
    if (!outcome.lastReason.isEmpty()) {
        context.out << " (" << outcome.lastReason << ")";
    }
    context.out << Qt::endl;
    sale.reloadStatus();
    if (sale.order().status() == OrderStatus::Paid) {
        context.out << "order " << orderId.value() << " paid" << Qt::endl;
        return kOk;
    }
    if (outcome.state == AttemptState::Succeeded) {
        auto due = payments.amountDue(orderId.value());
        context.out << "still due " << (due ? due->toDecimalString() : QStringLiteral("?"))
                    << Qt::endl;
        return kOk;
    }
    return isFinal(outcome.state) ? kPaymentFailed : kPaymentPending;
}

} // namespace pos::cli
