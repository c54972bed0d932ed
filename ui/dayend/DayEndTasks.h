#pragma once

#include "common/Result.h"
#include "domain/Cashier.h"
#include "settlement/DayReport.h"
#include "settlement/ZSummary.h"

#include <QDate>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace pos::storage {
class Database;
}

namespace pos::ui {

// What the day-end screen shows for one business day and scope.
struct LoadedDay
{
    settlement::DayReport report;
    bool closed = false;                              // the report is the day's stored Z snapshot
    std::vector<std::pair<qint64, QString>> cashiers; // who worked that day: id, name
};

struct ZHistoryEntry
{
    settlement::ZSummary summary;
    QString uploadState; // for people: "sent", "waiting", …
};

// The day-end screen's work, run on a pool thread over its own connection (see
// OwnConnectionTask.h). A closed day shows its Z snapshot; a cashier's view is always computed.
Result<LoadedDay> loadDay(storage::Database &database, const QString &terminalId,
                          const QDate &businessDate, std::optional<qint64> cashierId);
Result<std::vector<ZHistoryEntry>> loadZHistory(storage::Database &database,
                                                const QString &terminalId);

} // namespace pos::ui
