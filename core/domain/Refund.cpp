#include "domain/Refund.h"

#include <array>
#include <utility>

namespace pos {

namespace {
constexpr std::array<std::pair<RefundState, const char *>, 7> kStateNames{{
    {RefundState::Sent, "sent"},
    {RefundState::Processing, "processing"},
    {RefundState::Unknown, "unknown"},
    {RefundState::Succeeded, "succeeded"},
    {RefundState::Failed, "failed"},
    {RefundState::ByHand, "by_hand"},
    {RefundState::ByHandDone, "by_hand_done"},
}};
} // namespace

QString refundStateName(RefundState state)
{
    for (const auto &[candidate, name] : kStateNames) {
        if (candidate == state) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

Result<RefundState> refundStateFromName(const QString &name)
{
    for (const auto &[candidate, text] : kStateNames) {
        if (name == QLatin1String(text)) {
            return candidate;
        }
    }
    return Result<RefundState>::failure(QStringLiteral("enum.unknown"),
                                        QStringLiteral("unknown refund state '%1'").arg(name));
}

bool isFinal(RefundState state)
{
    return state == RefundState::Succeeded || state == RefundState::Failed ||
           state == RefundState::ByHandDone;
}

bool isRefundTransitionAllowed(RefundState from, RefundState to)
{
    using S = RefundState;
    switch (from) {
    case S::Sent:
        return to == S::Succeeded || to == S::Failed || to == S::Processing || to == S::Unknown;
    case S::Processing:
        return to == S::Succeeded || to == S::Failed || to == S::Unknown;
    case S::Unknown:
        return to == S::Succeeded || to == S::Failed || to == S::Processing;
    case S::ByHand:
        return to == S::ByHandDone;
    case S::Succeeded:
    case S::Failed:
    case S::ByHandDone:
        return false;
    }
    return false;
}

QString refundKindName(RefundKind kind)
{
    return kind == RefundKind::Automatic ? QStringLiteral("automatic")
                                         : QStringLiteral("requested");
}

Result<RefundKind> refundKindFromName(const QString &name)
{
    if (name == QLatin1String("automatic")) {
        return RefundKind::Automatic;
    }
    if (name == QLatin1String("requested")) {
        return RefundKind::Requested;
    }
    return Result<RefundKind>::failure(QStringLiteral("enum.unknown"),
                                       QStringLiteral("unknown refund kind '%1'").arg(name));
}

Status Refund::transitionTo(RefundState next, const QString &why)
{
    if (!isRefundTransitionAllowed(state, next)) {
        return Error{QStringLiteral("refund.illegal_transition"),
                     QStringLiteral("refund %1 cannot go from %2 to %3")
                         .arg(outRequestNo, refundStateName(state), refundStateName(next))};
    }
    state = next;
    if (!why.isEmpty()) {
        lastReason = why;
    }
    updatedAt = QDateTime::currentDateTimeUtc();
    return success();
}

} // namespace pos
