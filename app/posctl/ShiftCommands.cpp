// posctl shift open | pay-in | pay-out | close | status: the cash side of a cashier's shift.
#include "CommandContext.h"
#include "Outcomes.h"

#include "settlement/CashCount.h"
#include "settlement/ShiftService.h"

#include <QCommandLineParser>

namespace pos::cli {

namespace {

constexpr const char *kShiftUsage =
    "usage: posctl shift open --cashier CODE --pin PIN --float AMOUNT\n"
    "       posctl shift pay-in|pay-out --cashier CODE --pin PIN --amount AMOUNT --reason TEXT\n"
    "       posctl shift close --cashier CODE --pin PIN --count DENOMINATION=QTY,... [--reason "
    "TEXT] [--supervisor CODE --supervisor-pin PIN]\n"
    "       posctl shift status";

QString signedYuan(qint64 minor)
{
    const QString text = Money::fromMinor(minor < 0 ? -minor : minor).toDecimalString();
    return minor < 0 ? QLatin1Char('-') + text : QLatin1Char('+') + text;
}

void printCash(CommandContext &context, const settlement::CashSummary &cash)
{
    context.out << "float " << cash.openingFloat.toDecimalString() << ", cash sales "
                << cash.cashSales.toDecimalString() << ", cash refunds "
                << cash.cashRefunds.toDecimalString() << ", pay-ins "
                << cash.payIns.toDecimalString() << ", pay-outs " << cash.payOuts.toDecimalString()
                << ", expected " << cash.expected.toDecimalString() << Qt::endl;
    if (cash.counted) {
        context.out << "counted " << cash.counted->toDecimalString() << ", "
                    << (cash.overShortMinor > 0   ? "over (长款) "
                        : cash.overShortMinor < 0 ? "short (短款) "
                                                  : "even ")
                    << signedYuan(cash.overShortMinor) << Qt::endl;
    }
}

// "100=3,50=1,0.5=4": denominations in yuan, each with how many pieces were counted.
Result<settlement::CashCount> parseCount(CommandContext &context, const QString &text)
{
    settlement::CashCount count;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.trimmed().split(QLatin1Char('='));
        bool quantityOk = false;
        const qint64 quantity = parts.size() == 2 ? parts[1].toLongLong(&quantityOk) : -1;
        if (!quantityOk) {
            context.err << "--count entries are DENOMINATION=QUANTITY: " << entry << Qt::endl;
            return Error{QStringLiteral("usage"), QString()};
        }
        auto denomination = parseAmount(context, QStringLiteral("count"), parts[0]);
        if (!denomination) {
            return denomination.error();
        }
        if (auto set = count.set(denomination->minor(), quantity); !set) {
            context.err << set.error().message << Qt::endl;
            return set.error();
        }
    }
    return count;
}

int exitCodeOf(const Error &error)
{
    if (error.code == QLatin1String("shift.not_allowed") ||
        error.code == QLatin1String("shift.signoff_required")) {
        return kAuthFailed;
    }
    return error.code.startsWith(QLatin1String("shift.")) ||
                   error.code.startsWith(QLatin1String("cash."))
               ? kRefused
               : kError;
}

Result<settlement::Shift> openShiftOrSay(CommandContext &context, settlement::ShiftService &shifts)
{
    auto open = shifts.openShiftOn(context.runtime.config().identity.terminalId);
    if (!open) {
        context.err << open.error().message << Qt::endl;
        return open.error();
    }
    if (!open->has_value()) {
        context.err << "no shift is open on " << context.runtime.config().identity.terminalId
                    << Qt::endl;
        return Error{QStringLiteral("shift.not_open"), QString()};
    }
    return open->value();
}

} // namespace

int runShift(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    QCommandLineParser parser;
    for (const auto &[name, help] :
         {std::pair{"cashier", "Cashier code."}, std::pair{"pin", "Cashier PIN."},
          std::pair{"float", "Opening float (cash put in the drawer)."},
          std::pair{"amount", "Amount paid in or out."}, std::pair{"reason", "Why."},
          std::pair{"count", "The closing count: DENOMINATION=QTY,... (yuan)."},
          std::pair{"supervisor", "Supervisor code (sign-off of an over/short)."},
          std::pair{"supervisor-pin", "Supervisor PIN."}}) {
        parser.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("value")});
    }
    const QStringList actions{QStringLiteral("open"), QStringLiteral("pay-in"),
                              QStringLiteral("pay-out"), QStringLiteral("close"),
                              QStringLiteral("status")};
    if (!actions.contains(action) ||
        !parser.parse(QStringList{QStringLiteral("posctl shift")} + context.arguments.mid(1)) ||
        !parser.positionalArguments().isEmpty()) {
        context.err << (parser.errorText().isEmpty() ? QString::fromLatin1(kShiftUsage)
                                                     : parser.errorText())
                    << Qt::endl;
        return kUsage;
    }
    settlement::ShiftService shifts(context.runtime.database(), context.runtime.shiftPolicy());
    if (action == QLatin1String("status")) {
        auto open = openShiftOrSay(context, shifts);
        if (!open) {
            return open.error().code == QLatin1String("shift.not_open") ? kOk : kError;
        }
        context.out << "shift " << open->id << " open since "
                    << QDateTime::fromMSecsSinceEpoch(open->openedAtMs).toString(Qt::ISODate)
                    << Qt::endl;
        auto cash = shifts.expectedCash(open->id);
        if (!cash) {
            context.out << cash.error().message << Qt::endl; // a blind count hides it
            return kOk;
        }
        printCash(context, cash.value());
        return kOk;
    }
    auto cashier =
        login(context, QStringLiteral("cashier"), parser.value(QStringLiteral("cashier")),
              parser.value(QStringLiteral("pin")));
    if (!cashier) {
        return kAuthFailed;
    }
    if (action == QLatin1String("open")) {
        auto openingFloat =
            parseAmount(context, QStringLiteral("float"), parser.value(QStringLiteral("float")));
        if (!openingFloat) {
            return kBadInput;
        }
        auto opened = shifts.openShift(
            context.runtime.config().identity.terminalId, cashier.value(),
            context.runtime.sale().calendar().businessDate(QDateTime::currentDateTime()),
            openingFloat.value());
        if (!opened) {
            context.err << opened.error().message << Qt::endl;
            return exitCodeOf(opened.error());
        }
        context.out << "shift " << opened->id << " opened with float "
                    << openingFloat->toDecimalString() << Qt::endl;
        return kOk;
    }
    auto open = openShiftOrSay(context, shifts);
    if (!open) {
        return kRefused;
    }
    if (action == QLatin1String("pay-in") || action == QLatin1String("pay-out")) {
        auto amount =
            parseAmount(context, QStringLiteral("amount"), parser.value(QStringLiteral("amount")));
        if (!amount) {
            return kBadInput;
        }
        const QString reason = parser.value(QStringLiteral("reason"));
        auto moved = action == QLatin1String("pay-in")
                         ? shifts.payIn(open->id, amount.value(), reason, cashier.value())
                         : shifts.payOut(open->id, amount.value(), reason, cashier.value());
        if (!moved) {
            context.err << moved.error().message << Qt::endl;
            return exitCodeOf(moved.error());
        }
        context.out << action << ' ' << amount->toDecimalString() << " recorded on shift "
                    << open->id << Qt::endl;
        return kOk;
    }
    auto count = parseCount(context, parser.value(QStringLiteral("count")));
    if (!count) {
        return count.error().code == QLatin1String("usage") ? kUsage : kBadInput;
    }
    std::optional<Cashier> supervisor;
    if (parser.isSet(QStringLiteral("supervisor"))) {
        auto signedOff =
            login(context, QStringLiteral("supervisor"), parser.value(QStringLiteral("supervisor")),
                  parser.value(QStringLiteral("supervisor-pin")));
        if (!signedOff) {
            return kAuthFailed;
        }
        supervisor = signedOff.value();
    }
    auto closed = shifts.closeShift(open->id, count.value(), parser.value(QStringLiteral("reason")),
                                    supervisor);
    if (!closed) {
        context.err << closed.error().message << Qt::endl;
        return exitCodeOf(closed.error());
    }
    context.out << "shift " << open->id << " closed" << Qt::endl;
    printCash(context, closed->cash);
    return kOk;
}

} // namespace pos::cli
