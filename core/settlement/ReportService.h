#pragma once

#include "common/Result.h"
#include "domain/Cashier.h"
#include "settlement/DayReport.h"
#include "settlement/ZSummary.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace pos::storage {
class Database;
}

namespace pos::settlement {

// X and Z reports of one terminal's business day, from the settlement ledger the database
// fills by itself. An X report changes nothing; closing the day (Z) is a supervisor's act that
// stores a numbered snapshot which is read back as it was, never recomputed.
class ReportService
{
public:
    explicit ReportService(storage::Database &database) : m_database(database) {}

    // The day's figures for the whole terminal, or for one cashier (0: entries with no
    // cashier, such as automatic refunds). The cashiers' reports add up to the terminal's.
    Result<DayReport> xReport(const QString &terminalId, const QDate &businessDate,
                              std::optional<qint64> cashierId = std::nullopt) const;
    // Cashier ids with entries or unresolved attempts on the day (0 for none), ascending.
    Result<std::vector<qint64>> cashiersOfDay(const QString &terminalId,
                                              const QDate &businessDate) const;

    // Closes the day with the next Z number of the terminal. Refused: "z.not_supervisor",
    // "z.future_day" (after the current business day), "z.already_closed", "z.unresolved" (an
    // attempt that may have taken money and was not carried over; the message lists them).
    Result<DayReport> closeDay(const QString &terminalId, const QDate &businessDate,
                               const Cashier &supervisor);
    // Lets the day of this unresolved attempt close without waiting for its result; the
    // result is booked when it comes (into the open day if its own day is closed by then).
    // Refused: "z.not_supervisor", "z.not_found", "z.not_unresolved", "z.already_closed",
    // "z.already_carried_over".
    Status carryOver(const QString &outTradeNo, const Cashier &supervisor);

    // The stored snapshot of a closed day ("z.not_found" if the day is open).
    Result<DayReport> zReport(const QString &terminalId, const QDate &businessDate) const;
    // The terminal's Z reports, newest first.
    Result<std::vector<ZSummary>> zHistory(const QString &terminalId) const;

private:
    Result<DayReport> compute(DayReport::Type type, const QString &terminalId,
                              const QDate &businessDate, std::optional<qint64> cashierId) const;

    storage::Database &m_database;
};

} // namespace pos::settlement
