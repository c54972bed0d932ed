#pragma once

#include "runtime/TerminalRuntime.h"

#include <QStringList>
#include <QTextStream>

namespace pos::cli {

// Exit codes, documented in `posctl --help` and the README.
enum ExitCode
{
    kOk = 0,
    kError = 1,          // storage or configuration problem
    kUsage = 2,          // bad command line
    kBadInput = 3,       // unknown barcode, malformed amount, unknown payment code…
    kPaymentFailed = 4,  // the channel refused the payment
    kPaymentPending = 5, // the outcome is not known yet: recovery will settle it
    kAuthFailed = 6,     // wrong cashier code or PIN, locked account, or not a supervisor
    kNotConfirmed = 7,   // a refund was shown but not confirmed (no --yes): nothing was done
    kRefused = 8,        // refused by a rule: over the refund cap, order not open, over due…
};

struct CommandContext
{
    runtime::TerminalRuntime &runtime;
    QStringList arguments; // after the command name
    QTextStream &out;
    QTextStream &err;
};

int runSale(CommandContext &context);
int runOrders(CommandContext &context);
int runCashiers(CommandContext &context);
int runPay(CommandContext &context);
int runRefund(CommandContext &context);
int runQuery(CommandContext &context);
int runRecover(CommandContext &context);
int runPending(CommandContext &context);
int runStatement(CommandContext &context);
int runXReport(CommandContext &context);
int runZReport(CommandContext &context);
int runZHistory(CommandContext &context);
int runShift(CommandContext &context);
int runOutbox(CommandContext &context);

} // namespace pos::cli
