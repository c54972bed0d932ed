#pragma once

#include "common/Result.h"
#include "money/Money.h"

#include <QDateTime>
#include <QString>

namespace pos {

// The life of one try at collecting money for an order through one channel.
//
//   Created ─► Sent ─► Succeeded ─► Reversed        (cancelled after success: money returned)
//                 ├──► Failed
//                 ├──► UserPaying ─► Succeeded | Failed | Unknown | Reversed | Closed
//                 └──► Unknown    ─► Succeeded | Failed | UserPaying | Reversed | Closed
//   Created ─► Failed (never sent: refused before leaving the process)
//   Sent | Unknown ─► PendingStatement ─► Succeeded | Closed   (channels with no query and no
//                                          notification: only the statement can tell)
//   Closed ─► Succeeded (the channel's query confirms a payment after we closed: the money is
//                        then returned automatically, never kept as a silent 长款)
//
// Failed and Reversed are final; Closed is final unless the channel proves it paid; Succeeded is
// final unless reversed.
enum class AttemptState
{
    Created,
    Sent,
    UserPaying,
    Unknown,
    Succeeded,
    Failed,
    Reversed,
    Closed,
    PendingStatement
};

QString attemptStateName(AttemptState state);
Result<AttemptState> attemptStateFromName(const QString &name);
bool isFinal(AttemptState state);
// Not yet known to be paid or not: money may have been taken (counts against the amount due).
bool isUnresolved(AttemptState state);
bool isTransitionAllowed(AttemptState from, AttemptState to);

enum class PaymentMethod
{
    Cash,
    PaymentCode,
    CustomerQr,
    FacePay
};
QString paymentMethodName(PaymentMethod method);
Result<PaymentMethod> paymentMethodFromName(const QString &name);

struct PaymentAttempt
{
    qint64 id = 0;
    QString orderId;
    QString outTradeNo; // unique per attempt: the merchant number the channel sees
    QString channel;    // "cash", "alipay", …
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;   // what this attempt asks the channel for
    Money tendered; // cash handed over (cash only)
    AttemptState state = AttemptState::Created;
    QString maskedCode; // payment code, masked: never the full code
    QString channelTradeNo;
    QString qrCode; // C-scan-B: what the customer scans
    QString lastReason;
    // The terminal has given this attempt up (cashier cancel, cancelled checkout, or the order
    // was paid another way): any money it took goes back. Durable, so recovery finishes the job.
    bool cancelRequested = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Moves to `next` or refuses an illegal transition, leaving the attempt unchanged.
    Status transitionTo(AttemptState next, const QString &reason = {});
    Money change() const; // tendered − amount for cash, otherwise zero
};

// "2800000000000001" -> "2800********0001": payment codes never appear in full in storage,
// logs or receipts.
QString maskPaymentCode(const QString &code);

} // namespace pos
