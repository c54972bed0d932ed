#pragma once

#include "common/Result.h"

namespace pos::storage {

class Database;

// The business-day cut-off hour (日切) as the settlement triggers see it: they run inside
// SQLite and cannot read the configuration, so the runtime copies it here on every start.
Status saveCutoffHour(Database &database, int hour);
Result<int> loadCutoffHour(const Database &database);

} // namespace pos::storage
