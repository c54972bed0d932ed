#pragma once

#include "common/Result.h"
#include "domain/Cashier.h"
#include "settlement/CashCount.h"
#include "settlement/CashSummaries.h"
#include "settlement/DayReport.h"
#include "settlement/Shift.h"

#include <QDate>

#include <functional>
#include <optional>

namespace pos::storage {
class Database;
}

namespace pos::settlement {

struct ShiftPolicy
{
    QString currency = QStringLiteral("CNY");
    // An over/short larger than this (in minor units, either sign) needs a reason and the
    // sign-off of a supervisor. 0: every fen.
    qint64 toleranceMinor = 0;
    static constexpr int kMaxReasonChars = 500;
};

// A shift as it was closed: the stored record and its drawer figures, expected included.
struct ShiftClosing
{
    Shift shift;
    CashSummary cash;
};

struct ShiftHandOver
{
    ShiftClosing closed;
    Shift next; // opened with the counted cash as its float
};

// The cash side of the day (seed 004): shifts per cashier and terminal, pay-ins and pay-outs,
// the closing count with its over/short (长款/短款), blind counts and hand-overs. Every rule is
// here, so the terminal, posctl and the tests reach the same ones.
//
// Expected cash = float + cash sales − cash refunds + pay-ins − pay-outs, where the cash sales
// and refunds of a shift are those of its cashier on its terminal booked from its opening up
// to (and including) its closing millisecond.
//
// A pay-out larger than the cash the drawer should hold is refused ("shift.payout_exceeds_drawer"):
// the cash cannot be there, so the amount (or an earlier count) is wrong.
class ShiftService
{
public:
    using Clock = std::function<qint64()>; // epoch milliseconds; default: the system clock

    explicit ShiftService(storage::Database &database, ShiftPolicy policy = {}, Clock clock = {});

    const ShiftPolicy &policy() const { return m_policy; }

    // Errors: "shift.already_open" (also when another process opened one first),
    // "shift.no_cashier", "shift.bad_terminal" (no terminal id or business date),
    // "shift.bad_amount" (negative float or another currency).
    Result<Shift> openShift(const QString &terminalId, const Cashier &cashier,
                            const QDate &businessDate, const Money &openingFloat);
    Result<std::optional<Shift>> openShiftOn(const QString &terminalId) const;
    Result<Shift> shift(qint64 shiftId) const;

    // By the shift's cashier or a supervisor; the reason is required ("shift.reason_required").
    // Errors also: "shift.bad_amount" (not positive), "shift.not_open", "shift.not_allowed",
    // "shift.counting" (a blind count is under way), "shift.payout_exceeds_drawer".
    Result<qint64> payIn(qint64 shiftId, const Money &amount, const QString &reason,
                         const Cashier &by);
    Result<qint64> payOut(qint64 shiftId, const Money &amount, const QString &reason,
                          const Cashier &by);

    // The drawer figures of one shift on its own (see summaryOf; for a closed shift as fixed at
    // its close). Refused with "shift.blind_count" while a blind count is under way and not yet
    // submitted.
    Result<CashSummary> expectedCash(qint64 shiftId) const;

    // Whether `by` may close or hand over the shift: its own cashier or a supervisor (a screen
    // asks before counting). Errors: "shift.not_allowed", "shift.not_open".
    Status mayClose(qint64 shiftId, const Cashier &by) const;

    // From now on the expected cash of the shift is hidden until its count is submitted. The
    // first count given to closeShift/handOver is then final, even when the close is refused
    // for a missing reason or sign-off (a recount would let the cashier search for the number):
    // later calls must repeat it ("shift.count_submitted").
    Status beginBlindCount(qint64 shiftId);

    // Closes with the count. Beyond the tolerance: "shift.reason_required", then
    // "shift.signoff_required" unless `supervisor` is a supervisor or admin (audited). Also
    // "shift.not_open", "shift.bad_count" (another currency), "shift.reason_too_long".
    Result<ShiftClosing> closeShift(qint64 shiftId, const CashCount &counted,
                                    const QString &reason = {},
                                    const std::optional<Cashier> &supervisor = {});

    // Closes the shift with its count and, in the same transaction, opens `next`'s shift on the
    // same terminal with exactly the counted cash as its float ("shift.same_cashier" when
    // `next` is the cashier handing over).
    Result<ShiftHandOver> handOver(qint64 shiftId, const Cashier &next, const CashCount &counted,
                                   const QDate &nextBusinessDate, const QString &reason = {},
                                   const std::optional<Cashier> &supervisor = {});

    // The cash section of the X/Z report: the shifts of the terminal's business day (one
    // cashier's, if given). Every field of the per-cashier views adds up to the device view;
    // see CashSummary for hand-overs. `counted` is set once every shift in scope is closed;
    // overShortMinor sums the closed ones.
    Result<CashSummary> cashSummary(const QString &terminalId, const QDate &businessDate,
                                    std::optional<qint64> cashierId = {}) const;

private:
    // The caller holds the transaction.
    Result<Shift> openWithin(const QString &terminalId, const Cashier &cashier,
                             const QDate &businessDate, const Money &openingFloat,
                             qint64 fromShift);
    Result<Shift> openShiftRecord(qint64 shiftId) const;
    Result<qint64> addMovement(qint64 shiftId, const QString &kind, const Money &amount,
                               const QString &reason, const Cashier &by);
    // The shift's figures up to `untilMs` (none: everything booked so far).
    Status fillFigures(Shift &shift, std::optional<qint64> untilMs) const;
    // Checks what closing needs before the transaction; commits a blind count on first sight.
    Result<Shift> shiftToClose(qint64 shiftId, const CashCount &counted, const QString &reason);
    // Checks the over/short and writes the close; the caller holds the transaction.
    Result<ShiftClosing> closeWithin(Shift shift, const CashCount &counted, const QString &reason,
                                     const std::optional<Cashier> &supervisor);
    qint64 now() const { return m_clock(); }

    storage::Database &m_database;
    ShiftPolicy m_policy;
    Clock m_clock;
};

} // namespace pos::settlement
