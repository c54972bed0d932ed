#include "CommandContext.h"
#include "Outcomes.h"

#include "security/CashierAuthenticator.h"

#include <QCommandLineParser>

namespace pos::cli {

namespace {

// What `posctl sale` was asked to do, after the command line was read.
struct SaleArguments
{
    QString cashier;
    QString pin;
    QStringList items;
    enum class Tender
    {
        Cash,
        Code,
        CustomerQr
    } tender = Tender::Cash;
    Money cash;
    QString code;      // the payment code (Code)
    QString qrChannel; // the channel that shows a QR (CustomerQr)
};

const char *kSaleUsage = "usage: posctl sale --cashier CODE --pin PIN --item BARCODE[xQTY]... "
                         "(--cash AMOUNT | --code PAYMENT_CODE | --qr CHANNEL)";

// Reads and checks the command line; refuses bad tenders before any order exists, so nothing
// is left behind for a payment that cannot be taken. Returns an exit code on failure.
int parseArguments(CommandContext &context, SaleArguments *arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("cashier"), QStringLiteral("Cashier code."), QStringLiteral("code")});
    parser.addOption(
        {QStringLiteral("pin"), QStringLiteral("Cashier PIN."), QStringLiteral("pin")});
    parser.addOption({QStringLiteral("item"),
                      QStringLiteral("Barcode, optionally xQTY (grams when weighed)."),
                      QStringLiteral("barcode")});
    parser.addOption({QStringLiteral("cash"), QStringLiteral("Cash handed over, e.g. 100.00."),
                      QStringLiteral("amount")});
    parser.addOption({QStringLiteral("code"), QStringLiteral("The customer's payment code."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("qr"),
                      QStringLiteral("Show a QR of this channel to the customer."),
                      QStringLiteral("channel")});
    if (!parser.parse(QStringList{QStringLiteral("posctl sale")} + context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return kUsage;
    }
    const bool cash = parser.isSet(QStringLiteral("cash"));
    const bool code = parser.isSet(QStringLiteral("code"));
    const bool qr = parser.isSet(QStringLiteral("qr"));
    arguments->items = parser.values(QStringLiteral("item"));
    if (arguments->items.isEmpty() || int(cash) + int(code) + int(qr) != 1) {
        context.err << kSaleUsage << Qt::endl;
        return kUsage;
    }
    arguments->cashier = parser.value(QStringLiteral("cashier"));
    arguments->pin = parser.value(QStringLiteral("pin"));
    if (cash) {
        arguments->tender = SaleArguments::Tender::Cash;
        auto parsed = Money::parse(parser.value(QStringLiteral("cash")));
        if (!parsed) {
            context.err << parsed.error().message << Qt::endl;
            return kBadInput;
        }
        if (!parsed->isPositive()) {
            context.err << "the cash handed over must be more than zero" << Qt::endl;
            return kBadInput;
        }
        arguments->cash = parsed.value();
    } else if (code) {
        arguments->tender = SaleArguments::Tender::Code;
        arguments->code = parser.value(QStringLiteral("code"));
        if (auto channel = context.runtime.payments().router().channelFor(arguments->code);
            !channel) {
            context.err << channel.error().message << Qt::endl;
            return kBadInput;
        }
    } else {
        arguments->tender = SaleArguments::Tender::CustomerQr;
        arguments->qrChannel = parser.value(QStringLiteral("qr"));
        if (!context.runtime.payments().customerQrChannels().contains(arguments->qrChannel)) {
            context.err << "no QR payments on channel '" << arguments->qrChannel << "'; available: "
                        << context.runtime.payments().customerQrChannels().join(QLatin1Char(' '))
                        << Qt::endl;
            return kBadInput;
        }
    }
    return kOk;
}

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

int ringUp(CommandContext &context, const QStringList &items)
{
    for (const QString &item : items) {
        QString barcode;
        qint64 quantity = 1;
        if (!parseItem(item, &barcode, &quantity)) {
            context.err << "bad item '" << item << "': use BARCODE or BARCODExQTY" << Qt::endl;
            return kBadInput;
        }
        if (auto added = context.runtime.sale().addByBarcode(barcode, quantity); !added) {
            context.err << added.error().message << Qt::endl;
            return kBadInput;
        }
    }
    return kOk;
}

} // namespace

int runSale(CommandContext &context)
{
    SaleArguments arguments;
    if (const int parsed = parseArguments(context, &arguments); parsed != kOk) {
        return parsed;
    }
    runtime::TerminalRuntime &runtime = context.runtime;
    auto cashier =
        security::CashierAuthenticator(runtime.database()).login(arguments.cashier, arguments.pin);
    if (!cashier) {
        context.err << "login refused: " << cashier.error().message << Qt::endl;
        return kAuthFailed;
    }
    sale::SaleService &sale = runtime.sale();
    sale.startSale(cashier.value());
    if (const int rung = ringUp(context, arguments.items); rung != kOk) {
        return rung;
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

    using Tender = SaleArguments::Tender;
    auto attempt = arguments.tender == Tender::Cash
                       ? payments.payCash(orderId.value(), arguments.cash)
                   : arguments.tender == Tender::Code
                       ? payments.payByCode(orderId.value(), total, arguments.code)
                       : payments.payByCustomerQr(orderId.value(), total, arguments.qrChannel);
    if (!attempt) {
        context.err << attempt.error().message << Qt::endl;
        return kBadInput;
    }
    const auto &schedule = payments.schedule();
    const int lifetime =
        arguments.tender == Tender::CustomerQr ? schedule.qrLifetimeMs : schedule.codeLifetimeMs;
    const int timeoutMs = lifetime + schedule.unknownMaxQueries * schedule.unknownQueryIntervalMs +
                          runtime.config().alipay.timeoutMs * 2;
    const PaymentAttempt outcome = waitForOutcome(context, attempt.value(), timeoutMs);
    return reportPayment(context, orderId.value(), outcome, outcome.change());
}

} // namespace pos::cli
