#include "outbox/OutboxItem.h"

namespace pos::outbox {

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::None:
        return QStringLiteral("none");
    case OutboxState::Waiting:
        return QStringLiteral("waiting");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("none");
}

OutboxState OutboxItem::state() const
{
    if (sentAtMs != 0) {
        return OutboxState::Sent;
    }
    return rejectedAtMs != 0 ? OutboxState::Rejected : OutboxState::Waiting;
}

} // namespace pos::outbox
