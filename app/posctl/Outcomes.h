#pragma once

#include "CommandContext.h"

#include "domain/Cashier.h"
#include "domain/PaymentAttempt.h"
#include "domain/Refund.h"

namespace pos::cli {

// The longest request time-out of the configured channels.
int channelTimeoutMs(const config::TerminalConfig &config);
// How long a command waits for a payment's outcome before it reports it pending: the code's (or
// QR's) lifetime, the queries after an uncertain answer, and two channel time-outs.
int paymentWaitMs(runtime::TerminalRuntime &runtime, PaymentMethod method);
// How long `posctl refund` waits for a refund: two channel time-outs, one retry and a few polls.
int refundWaitMs(runtime::TerminalRuntime &runtime);

// Runs the event loop until the attempt succeeds or reaches a final state, or `timeoutMs`
// passes; prints the QR of a C-scan-B attempt as soon as the channel returns it.
PaymentAttempt waitForOutcome(CommandContext &context, PaymentAttempt attempt, int timeoutMs);
// Prints the attempt's outcome (state, trade number, amount, cash change, reason) and whether
// the order is now paid or what is still due; returns the exit code the outcome deserves.
int reportPayment(CommandContext &context, const QString &orderId, const PaymentAttempt &outcome,
                  const Money &cashChange);
// Runs the event loop until the refund is final or waits for a supervisor (by hand), or
// `timeoutMs` passes.
Refund waitForRefund(CommandContext &context, Refund refund, int timeoutMs);

// Logs `code` in with `pin`; prints "<who> login refused: …" and returns an error when refused.
Result<Cashier> login(CommandContext &context, const QString &who, const QString &code,
                      const QString &pin);

// Reads "--name VALUE" style money; prints the problem and returns an error when malformed.
Result<Money> parseAmount(CommandContext &context, const QString &option, const QString &text);

} // namespace pos::cli
