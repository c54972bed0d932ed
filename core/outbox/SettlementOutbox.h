#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace pos::storage {
class Database;
struct StoredZReport;
} // namespace pos::storage

namespace pos::settlement {
struct Shift;
}

namespace pos::outbox {

// The settlement records head office receives. Both are enqueued inside the transaction that
// writes the record, so a failed enqueue undoes the close.
inline const QString kZReportKind = QStringLiteral("z_report");
inline const QString kShiftCloseKind = QStringLiteral("shift_close");

// "T01/2026-06-10/Z3": the day-end screen looks a Z's upload up by this.
QString zReportKey(const QString &terminalId, const QDate &businessDate, qint64 zNumber);
// "T01/shift/17".
QString shiftCloseKey(const QString &terminalId, qint64 shiftId);

// The Z report's stored snapshot, unchanged.
Status enqueueZReport(storage::Database &database, const storage::StoredZReport &report);
// A closed shift's figures (amounts in minor units), cashier codes looked up.
Status enqueueShiftClose(storage::Database &database, const settlement::Shift &shift);
Result<QByteArray> shiftCloseJson(const storage::Database &database,
                                  const settlement::Shift &shift);

} // namespace pos::outbox
