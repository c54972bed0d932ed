#pragma once

#include "common/Result.h"
#include "domain/PaymentAttempt.h"
#include "domain/Refund.h"

#include <QString>

namespace pos::ui {

// States, methods and core errors as the cashier reads them, in the UI language.
QString attemptStateText(AttemptState state);
QString refundStateText(RefundState state);
QString paymentMethodText(PaymentMethod method);
// A core error for people: a translated headline for the codes the counter meets, followed by
// the core's own detail.
QString errorText(const Error &error);

} // namespace pos::ui
