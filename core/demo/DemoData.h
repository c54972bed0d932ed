#pragma once

#include "common/Result.h"

#include <QString>

#include <vector>

namespace pos::storage {
class Database;
}

namespace pos::demo {

struct DemoAccount
{
    QString code;
    QString name;
    QString role;
    QString pin;
};

// The accounts the demo seeds; the demo command prints them so a newcomer can log in.
const std::vector<DemoAccount> &demoAccounts();

// Seeds the demo catalog (30+ everyday items, some weighed) and the demo accounts when the
// database has none. Returns how many products were added (0 when already seeded).
Result<int> seedIfEmpty(storage::Database &database);

// EAN-13 of the demo product at `index` (for tests and the simulated scanner).
QString demoBarcode(int index);
int demoProductCount();

} // namespace pos::demo
