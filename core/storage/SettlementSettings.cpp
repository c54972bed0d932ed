#include "storage/SettlementSettings.h"

#include "storage/Database.h"

#include <QVariant>

namespace pos::storage {

Status saveCutoffHour(Database &database, int hour)
{
    if (hour < 0 || hour > 23) {
        return Error{QStringLiteral("settlement.cutoff"),
                     QStringLiteral("cut-off hour %1 is not between 0 and 23").arg(hour)};
    }
    auto saved = database.exec(
        QStringLiteral("INSERT INTO settlement_settings (id, cutoff_hour) VALUES (1, ?) "
                       "ON CONFLICT(id) DO UPDATE SET cutoff_hour = excluded.cutoff_hour"),
        {hour});
    if (!saved) {
        return saved.error();
    }
    return success();
}

Result<int> loadCutoffHour(const Database &database)
{
    auto query =
        database.exec(QStringLiteral("SELECT cutoff_hour FROM settlement_settings WHERE id = 1"));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace pos::storage
