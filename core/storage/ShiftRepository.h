#pragma once

#include "common/Result.h"
#include "settlement/CashCount.h"
#include "settlement/Shift.h"

#include <optional>
#include <vector>

namespace pos::storage {

class Database;

// Pay-ins and pay-outs of one shift, summed.
struct CashMovementTotals
{
    Money payIns;
    Money payOuts;
};

// Durable shifts, their pay-ins/pay-outs and counts. The schema (migration 6) refuses a second
// open shift on a terminal and any change to a closed shift, whichever process tries.
class ShiftRepository
{
public:
    explicit ShiftRepository(Database &database) : m_database(database) {}

    // Stores an open shift and fills in `shift.id`. Error "shift.already_open" when the
    // terminal has one.
    Status insertOpen(settlement::Shift &shift);
    // Error "shift.not_found" for an unknown id.
    Result<settlement::Shift> find(qint64 id) const;
    Result<std::optional<settlement::Shift>> openOn(const QString &terminalId) const;
    // When the cashier's last shift on the terminal closed (0 if none did).
    Result<qint64> lastClosedAtMs(const QString &terminalId, qint64 cashierId) const;
    // Shifts of the terminal's business day (one cashier's only, if given), oldest first.
    Result<std::vector<settlement::Shift>> listForDay(const QString &terminalId, const QDate &date,
                                                      std::optional<qint64> cashierId) const;

    Status markBlind(qint64 shiftId);
    // Replaces the count of an open shift (rows per denomination and the total).
    Status saveCount(qint64 shiftId, const settlement::CashCount &count);
    Result<settlement::CashCount> countOf(qint64 shiftId,
                                          const settlement::Denominations &denominations) const;
    // Writes the closing figures of `shift` (closedAtMs set). Error "shift.not_open" when it
    // was closed meanwhile.
    Status close(const settlement::Shift &shift);

    // kind: "pay_in" or "pay_out".
    Result<qint64> addMovement(qint64 shiftId, const QString &kind, const Money &amount,
                               const QString &reason, qint64 cashierId, qint64 atMs);
    Result<CashMovementTotals> movementTotals(qint64 shiftId, const QString &currency) const;

private:
    Result<std::vector<settlement::Shift>> select(const QString &where,
                                                  const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace pos::storage
