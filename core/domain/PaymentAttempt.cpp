#include "domain/PaymentAttempt.h"

#include <array>
#include <utility>

namespace pos {

namespace {
constexpr std::array<std::pair<AttemptState, const char *>, 9> kStateNames{{
    {AttemptState::Created, "created"},
    {AttemptState::Sent, "sent"},
    {AttemptState::UserPaying, "user_paying"},
    {AttemptState::Unknown, "unknown"},
    {AttemptState::Succeeded, "succeeded"},
    {AttemptState::Failed, "failed"},
    {AttemptState::Reversed, "reversed"},
    {AttemptState::Closed, "closed"},
    {AttemptState::PendingStatement, "pending_statement"},
}};

constexpr std::array<std::pair<PaymentMethod, const char *>, 4> kMethodNames{{
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::PaymentCode, "payment_code"},
    {PaymentMethod::CustomerQr, "customer_qr"},
    {PaymentMethod::FacePay, "face_pay"},
}};

template <typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

template <typename Enum, size_t N>
Result<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    for (const auto &[candidate, text] : table) {
        if (name == QLatin1String(text)) {
            return candidate;
        }
    }
    return Result<Enum>::failure(QStringLiteral("enum.unknown"),
                                 QStringLiteral("unknown value '%1'").arg(name));
}
} // namespace

QString attemptStateName(AttemptState state)
{
    return nameOf(kStateNames, state);
}
Result<AttemptState> attemptStateFromName(const QString &name)
{
    return valueOf(kStateNames, name);
}
QString paymentMethodName(PaymentMethod method)
{
    return nameOf(kMethodNames, method);
}
Result<PaymentMethod> paymentMethodFromName(const QString &name)
{
    return valueOf(kMethodNames, name);
}

bool isFinal(AttemptState state)
{
    return state == AttemptState::Failed || state == AttemptState::Reversed ||
           state == AttemptState::Closed;
}

bool isUnresolved(AttemptState state)
{
    return state == AttemptState::Created || state == AttemptState::Sent ||
           state == AttemptState::UserPaying || state == AttemptState::Unknown ||
           state == AttemptState::PendingStatement;
}

bool isTransitionAllowed(AttemptState from, AttemptState to)
{
    using S = AttemptState;
    switch (from) {
    case S::Created:
        return to == S::Sent || to == S::Failed;
    case S::Sent:
        return to == S::Succeeded || to == S::Failed || to == S::UserPaying || to == S::Unknown ||
               to == S::PendingStatement;
    case S::UserPaying:
        return to == S::Succeeded || to == S::Failed || to == S::Unknown || to == S::Reversed ||
               to == S::Closed;
    case S::Unknown:
        return to == S::Succeeded || to == S::Failed || to == S::UserPaying || to == S::Reversed ||
               to == S::Closed || to == S::PendingStatement;
    case S::PendingStatement:
        return to == S::Succeeded || to == S::Closed;
    case S::Succeeded:
        return to == S::Reversed;
    case S::Closed:
        return to == S::Succeeded;
    case S::Failed:
    case S::Reversed:
        return false;
    }
    return false;
}

Status PaymentAttempt::transitionTo(AttemptState next, const QString &reason)
{
    if (!isTransitionAllowed(state, next)) {
        return Error{QStringLiteral("attempt.illegal_transition"),
                     QStringLiteral("attempt %1 cannot go from %2 to %3")
                         .arg(outTradeNo, attemptStateName(state), attemptStateName(next))};
    }
    state = next;
    if (!reason.isEmpty()) {
        lastReason = reason;
    }
    updatedAt = QDateTime::currentDateTimeUtc();
    return success();
}

Money PaymentAttempt::change() const
{
    if (method != PaymentMethod::Cash) {
        return Money::zero(amount.currency());
    }
    auto difference = tendered.minus(amount);
    return difference && !difference->isNegative() ? difference.value()
                                                   : Money::zero(amount.currency());
}

QString maskPaymentCode(const QString &code)
{
    if (code.size() <= 8) {
        return QString(code.size(), QLatin1Char('*'));
    }
    return code.left(4) + QString(code.size() - 8, QLatin1Char('*')) + code.right(4);
}

} // namespace pos
