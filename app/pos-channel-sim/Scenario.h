#pragma once

#include <QString>

namespace pos::sim {

// Test payment codes, like test card numbers: the LAST FOUR DIGITS of an alipay.trade.pay
// auth_code choose what the sandbox does with a new trade.
//
//   ....0001  40004 ACQ.BUYER_BALANCE_NOT_ENOUGH; the trade is recorded TRADE_CLOSED (failed),
//             so query answers TRADE_CLOSED and a re-pay answers ACQ.TRADE_HAS_CLOSE.
//   ....0002  10003 "order success pay inprocess" (user paying). Query answers WAIT_BUYER_PAY
//             until --user-paying-seconds have passed since the pay call, then TRADE_SUCCESS
//             (unless the trade was cancelled or closed first).
//   ....0003  20000 "Service Currently Unavailable" / ACQ.SYSTEM_ERROR, but the trade actually
//             SUCCEEDED on the channel: query answers TRADE_SUCCESS (the 长款 case).
//   ....0004  10003 user paying that never completes: WAIT_BUYER_PAY until cancelled/closed.
//   ....0005  40004 ACQ.PAYMENT_AUTH_CODE_INVALID; no trade is created.
//   ....0006  20000 ACQ.SYSTEM_ERROR and no trade created: query answers ACQ.TRADE_NOT_EXIST.
//   ....0009  10000 success (the money moves), but the response "sign" is a valid base64
//             RSA2 signature over DIFFERENT bytes (a tampered total_amount): a client must
//             reject the response and find the truth by query (whose answer is signed properly).
//   ....0007  10000 success and the money moves, but the answer is held back for
//             --set alipay.slow-ms (default 20000) before it is sent: a client with a shorter
//             time-out sees a time-out (Unknown) for a trade that SUCCEEDED; query finds it paid
//             (the 长款 case for a careless client that gives up or retries with a new number).
//   ....0008  10000 success now, but the channel reverses it --user-paying-seconds later: the
//             trade becomes TRADE_CLOSED with a full refund (out_request_no "REVERSAL") that the
//             bill shows; a later query answers TRADE_CLOSED (the 短款 case).
//   anything  10000 success.
//
// C-scan-B (alipay.trade.precreate): the "customer" scans and pays the QR
// --user-paying-seconds after the precreate, unless total_amount ends in .01 (never paid).
// Refunds (alipay.trade.refund) by the cents of refund_amount: .07 accepted but still
// processing for --user-paying-seconds (fund_change N, refund query without refund_status, then
// REFUND_SUCCESS); .08 refused (40004 ACQ.SELLER_BALANCE_NOT_ENOUGH); anything else refunded
// at once (fund_change Y).
//
// An auth_code that is neither 16-24 digits nor an "fp" face token (fp + 8-64 letters/digits)
// is refused with 40004 ACQ.PAYMENT_AUTH_CODE_INVALID before any scenario applies. A face token's
// scenario comes from its last four characters when they are digits, otherwise it succeeds.
// Scenarios apply to the pay call that creates a trade; retries of an existing out_trade_no are
// answered from the stored trade.
enum class Scenario
{
    Success,
    InsufficientBalance,
    UserPayingThenSuccess,
    SystemErrorButPaid,
    UserPayingForever,
    AuthCodeInvalid,
    SystemErrorNoTrade,
    TamperedSignature,
    SlowAnswerButPaid,
    PaidThenReversed,
};

// Whether `authCode` looks like a payment code the gateway would accept at all.
bool isWellFormedAuthCode(const QString &authCode);

Scenario scenarioFor(const QString &authCode);

// Stable lower-case name stored in the ledger ("success", "insufficient_balance", ...).
QString scenarioName(Scenario scenario);

// "2800****0001": first four, ****, last four. Never store or log a full payment code.
QString maskAuthCode(const QString &authCode);

} // namespace pos::sim
