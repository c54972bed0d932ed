#pragma once

#include "common/Result.h"
#include "domain/Cashier.h"

namespace pos::settlement {

// Who may see and close a business day: a supervisor or an admin whose account is not locked.
// "z.not_supervisor" otherwise.
Status requireDayEndSupervisor(const Cashier &who);

} // namespace pos::settlement
