#pragma once

namespace pos::payments {

// How long and how often the payment service waits on a channel. Explicit values, tuned per
// channel in configuration; tests shrink them.
struct PaymentSchedule
{
    int userPayingPollMs = 3000;    // query interval while the buyer confirms on the phone
    int codeLifetimeMs = 60000;     // a payment code is good for about a minute: then cancel
    int qrLifetimeMs = 120000;      // a C-scan-B QR is shown this long, then closed
    int unknownFirstQueryMs = 2000; // after a timeout or system error, ask again after this
    int unknownQueryIntervalMs = 3000;
    int unknownMaxQueries = 3;      // then cancel (reverse) to be sure nothing is left open
    int reversalRetryMs = 10000;    // a cancel that itself failed is retried this often
    int recoveryIntervalMs = 60000; // the recovery sweep over unresolved attempts
    int refundPollMs = 3000;        // refund query interval while a refund is processing
    int refundRetryMs = 10000;      // an uncertain refund is asked again (same number) this often
};

} // namespace pos::payments
