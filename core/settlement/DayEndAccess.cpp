#include "settlement/DayEndAccess.h"

namespace pos::settlement {

Status requireDayEndSupervisor(const Cashier &who)
{
    if (who.id == 0 || !who.hasAtLeast(Role::Supervisor) || who.locked) {
        return Error{QStringLiteral("z.not_supervisor"),
                     QStringLiteral("the business day is closed by a supervisor")};
    }
    return success();
}

} // namespace pos::settlement
