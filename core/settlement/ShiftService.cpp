#include "settlement/ShiftService.h"

#include "outbox/SettlementOutbox.h"
#include "storage/AuditLog.h"
#include "storage/CashTakings.h"
#include "storage/Database.h"
#include "storage/ShiftRepository.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcShifts, "pos.settlement.shifts")

namespace pos::settlement {

namespace {
const QString kPayIn = QStringLiteral("pay_in");
const QString kPayOut = QStringLiteral("pay_out");

Error refusal(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

bool canSignOff(const std::optional<Cashier> &supervisor)
{
    return supervisor && supervisor->id != 0 && !supervisor->locked &&
           supervisor->hasAtLeast(Role::Supervisor);
}

Status checkReason(const QString &reason)
{
    if (reason.size() > ShiftPolicy::kMaxReasonChars) {
        return refusal("shift.reason_too_long",
                       QStringLiteral("the reason is longer than %1 characters")
                           .arg(ShiftPolicy::kMaxReasonChars));
    }
    return success();
}

Result<Money> expectedOf(const Shift &shift)
{
    auto total = shift.openingFloat.plus(shift.cashSales);
    if (total) {
        total = total->minus(shift.cashRefunds);
    }
    if (total) {
        total = total->plus(shift.payIns);
    }
    if (total) {
        total = total->minus(shift.payOuts);
    }
    return total;
}
} // namespace

ShiftService::ShiftService(storage::Database &database, ShiftPolicy policy, Clock clock)
    : m_database(database), m_policy(std::move(policy)), m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    }
}

Result<Shift> ShiftService::openShift(const QString &terminalId, const Cashier &cashier,
                                      const QDate &businessDate, const Money &openingFloat)
{
    if (openingFloat.currency() != m_policy.currency || openingFloat.isNegative()) {
        return refusal(
            "shift.bad_amount",
            QStringLiteral("the opening float must be zero or more %1").arg(m_policy.currency));
    }
    storage::Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto opened = openWithin(terminalId, cashier, businessDate, openingFloat, 0);
    if (!opened) {
        return opened;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return opened;
}

Result<Shift> ShiftService::openWithin(const QString &terminalId, const Cashier &cashier,
                                       const QDate &businessDate, const Money &openingFloat,
                                       qint64 fromShift)
{
    if (cashier.id == 0 || cashier.locked) {
        return refusal("shift.no_cashier", QStringLiteral("a signed-in cashier opens a shift"));
    }
    if (terminalId.trimmed().isEmpty() || !businessDate.isValid()) {
        return refusal("shift.bad_terminal",
                       QStringLiteral("a shift needs a terminal and a business date"));
    }
    storage::ShiftRepository shifts(m_database);
    auto open = shifts.openOn(terminalId);
    if (!open) {
        return open.error();
    }
    if (open->has_value()) {
        return refusal("shift.already_open",
                       QStringLiteral("terminal %1 already has an open shift (%2)")
                           .arg(terminalId)
                           .arg((*open)->id));
    }
    // A cashier's shifts on one terminal never share a millisecond, so no sale counts twice.
    auto lastClosed = shifts.lastClosedAtMs(terminalId, cashier.id);
    if (!lastClosed) {
        return lastClosed.error();
    }
    Shift shift;
    shift.terminalId = terminalId;
    shift.cashierId = cashier.id;
    shift.businessDate = businessDate;
    shift.openedAtMs = std::max(now(), lastClosed.value() + 1);
    shift.openingFloat = openingFloat;
    shift.openedFromShift = fromShift;
    const Money zero = Money::zero(openingFloat.currency());
    shift.cashSales = shift.cashRefunds = shift.payIns = shift.payOuts = zero;
    shift.expected = openingFloat;
    if (auto inserted = shifts.insertOpen(shift); !inserted) {
        return inserted.error();
    }
    if (auto audited = storage::AuditLog(m_database)
                           .record(cashier.id, QStringLiteral("shift.opened"),
                                   QStringLiteral("shift %1 on %2 for %3, float %4")
                                       .arg(shift.id)
                                       .arg(terminalId, businessDate.toString(Qt::ISODate),
                                            openingFloat.toDecimalString()));
        !audited) {
        return audited.error();
    }
    qCInfo(lcShifts) << "shift" << shift.id << "opened on" << terminalId << "by cashier"
                     << cashier.id << "float" << openingFloat.toDecimalString();
    return shift;
}

Result<std::optional<Shift>> ShiftService::openShiftOn(const QString &terminalId) const
{
    return storage::ShiftRepository(m_database).openOn(terminalId);
}

Result<Shift> ShiftService::shift(qint64 shiftId) const
{
    return storage::ShiftRepository(m_database).find(shiftId);
}

Result<Shift> ShiftService::openShiftRecord(qint64 shiftId) const
{
    auto found = storage::ShiftRepository(m_database).find(shiftId);
    if (found && !found->isOpen()) {
        return refusal("shift.not_open", QStringLiteral("shift %1 is closed").arg(shiftId));
    }
    return found;
}

Result<qint64> ShiftService::payIn(qint64 shiftId, const Money &amount, const QString &reason,
                                   const Cashier &by)
{
    return addMovement(shiftId, kPayIn, amount, reason, by);
}

Result<qint64> ShiftService::payOut(qint64 shiftId, const Money &amount, const QString &reason,
                                    const Cashier &by)
{
    return addMovement(shiftId, kPayOut, amount, reason, by);
}

Result<qint64> ShiftService::addMovement(qint64 shiftId, const QString &kind, const Money &amount,
                                         const QString &reason, const Cashier &by)
{
    if (amount.currency() != m_policy.currency || !amount.isPositive()) {
        return refusal("shift.bad_amount", QStringLiteral("a pay-in or pay-out must be more than "
                                                          "zero %1")
                                               .arg(m_policy.currency));
    }
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return refusal("shift.reason_required",
                       QStringLiteral("say why cash goes into or out of the drawer"));
    }
    if (auto checked = checkReason(why); !checked) {
        return checked.error();
    }
    storage::Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto shift = openShiftRecord(shiftId);
    if (!shift) {
        return shift.error();
    }
    if (by.id == 0 || by.locked ||
        (by.id != shift->cashierId && !by.hasAtLeast(Role::Supervisor))) {
        return refusal("shift.not_allowed", QStringLiteral("only the shift's cashier or a "
                                                           "supervisor moves cash in or out"));
    }
    if (shift->blind) {
        return refusal("shift.counting", QStringLiteral("the drawer is being counted"));
    }
    if (kind == kPayOut) {
        if (auto filled = fillFigures(shift.value(), std::nullopt); !filled) {
            return filled.error();
        }
        if (amount > shift->expected) {
            return refusal("shift.payout_exceeds_drawer",
                           QStringLiteral("%1 is more than the %2 the drawer should hold")
                               .arg(amount.toDecimalString(), shift->expected.toDecimalString()));
        }
    }
    auto added =
        storage::ShiftRepository(m_database).addMovement(shiftId, kind, amount, why, by.id, now());
    if (!added) {
        return added;
    }
    if (auto audited = storage::AuditLog(m_database)
                           .record(by.id, QStringLiteral("shift.") + kind,
                                   QStringLiteral("shift %1: %2 (%3)")
                                       .arg(shiftId)
                                       .arg(amount.toDecimalString(), why));
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return added;
}

Status ShiftService::fillFigures(Shift &shift, std::optional<qint64> untilMs) const
{
    auto takings = storage::CashTakingsQuery(m_database)
                       .between(shift.terminalId, shift.cashierId, shift.openedAtMs, untilMs,
                                shift.currency());
    if (!takings) {
        return takings.error();
    }
    auto movements =
        storage::ShiftRepository(m_database).movementTotals(shift.id, shift.currency());
    if (!movements) {
        return movements.error();
    }
    shift.cashSales = takings->sales;
    shift.cashRefunds = takings->refunds;
    shift.payIns = movements->payIns;
    shift.payOuts = movements->payOuts;
    auto expected = expectedOf(shift);
    if (!expected) {
        return expected.error();
    }
    shift.expected = expected.value();
    return success();
}

Result<CashSummary> ShiftService::expectedCash(qint64 shiftId) const
{
    auto shift = storage::ShiftRepository(m_database).find(shiftId);
    if (!shift) {
        return shift.error();
    }
    if (shift->isOpen()) {
        if (shift->blind && !shift->counted) {
            return refusal("shift.blind_count",
                           QStringLiteral("the expected cash is shown once the count is in"));
        }
        if (auto filled = fillFigures(shift.value(), std::nullopt); !filled) {
            return filled.error();
        }
    }
    return summaryOf(shift.value());
}

Status ShiftService::mayClose(qint64 shiftId, const Cashier &by) const
{
    auto shift = openShiftRecord(shiftId);
    if (!shift) {
        return shift.error();
    }
    if (by.id == 0 || by.locked ||
        (by.id != shift->cashierId && !by.hasAtLeast(Role::Supervisor))) {
        return refusal("shift.not_allowed",
                       QStringLiteral("only the shift's cashier or a supervisor closes it"));
    }
    return success();
}

Status ShiftService::beginBlindCount(qint64 shiftId)
{
    auto shift = openShiftRecord(shiftId);
    if (!shift) {
        return shift.error();
    }
    if (shift->blind) {
        return success();
    }
    storage::Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    if (auto marked = storage::ShiftRepository(m_database).markBlind(shiftId); !marked) {
        return marked;
    }
    if (auto audited = storage::AuditLog(m_database)
                           .record(shift->cashierId, QStringLiteral("shift.blind_count"),
                                   QStringLiteral("shift %1: blind count started").arg(shiftId));
        !audited) {
        return audited;
    }
    return transaction.commit();
}

Result<ShiftClosing> ShiftService::closeShift(qint64 shiftId, const CashCount &counted,
                                              const QString &reason,
                                              const std::optional<Cashier> &supervisor)
{
    auto shift = shiftToClose(shiftId, counted, reason);
    if (!shift) {
        return shift.error();
    }
    storage::Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto closing = closeWithin(shift.value(), counted, reason.trimmed(), supervisor);
    if (!closing) {
        return closing;
    }
    if (auto queued = outbox::enqueueShiftClose(m_database, closing->shift); !queued) {
        return queued.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return closing;
}

Result<ShiftHandOver> ShiftService::handOver(qint64 shiftId, const Cashier &next,
                                             const CashCount &counted,
                                             const QDate &nextBusinessDate, const QString &reason,
                                             const std::optional<Cashier> &supervisor)
{
    if (next.id == 0 || next.locked) {
        return refusal("shift.no_cashier", QStringLiteral("a signed-in cashier takes over"));
    }
    if (auto current = openShiftRecord(shiftId); !current || current->cashierId == next.id) {
        return current ? refusal("shift.same_cashier",
                                 QStringLiteral("a hand-over goes to another cashier"))
                       : current.error();
    }
    auto shift = shiftToClose(shiftId, counted, reason);
    if (!shift) {
        return shift.error();
    }
    storage::Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto closing = closeWithin(shift.value(), counted, reason.trimmed(), supervisor);
    if (!closing) {
        return closing.error();
    }
    auto opened = openWithin(shift->terminalId, next, nextBusinessDate, counted.total(), shift->id);
    if (!opened) {
        return opened.error();
    }
    closing->shift.handedOverTo = opened->id;
    if (auto queued = outbox::enqueueShiftClose(m_database, closing->shift); !queued) {
        return queued.error();
    }
    if (auto audited = storage::AuditLog(m_database)
                           .record(next.id, QStringLiteral("shift.handed_over"),
                                   QStringLiteral("shift %1 handed over to shift %2 with %3")
                                       .arg(shiftId)
                                       .arg(opened->id)
                                       .arg(counted.total().toDecimalString()));
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return ShiftHandOver{closing.value(), opened.value()};
}

Result<Shift> ShiftService::shiftToClose(qint64 shiftId, const CashCount &counted,
                                         const QString &reason)
{
    if (counted.currency() != m_policy.currency) {
        return refusal("shift.bad_count",
                       QStringLiteral("the count must be in %1").arg(m_policy.currency));
    }
    if (auto checked = checkReason(reason.trimmed()); !checked) {
        return checked.error();
    }
    auto shift = openShiftRecord(shiftId);
    if (!shift || !shift->blind) {
        return shift;
    }
    storage::ShiftRepository shifts(m_database);
    if (shift->counted) {
        auto submitted = shifts.countOf(shiftId, counted.denominations());
        if (!submitted) {
            return submitted.error();
        }
        if (!(submitted.value() == counted)) {
            return refusal("shift.count_submitted",
                           QStringLiteral("the blind count of shift %1 was submitted as %2 and "
                                          "cannot be redone")
                               .arg(shiftId)
                               .arg(shift->counted->toDecimalString()));
        }
        return shift;
    }
    // The blind count becomes final before anything about it is revealed.
    storage::Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    if (auto saved = shifts.saveCount(shiftId, counted); !saved) {
        return saved.error();
    }
    if (auto audited = storage::AuditLog(m_database)
                           .record(shift->cashierId, QStringLiteral("shift.blind_count_submitted"),
                                   QStringLiteral("shift %1: counted %2")
                                       .arg(shiftId)
                                       .arg(counted.total().toDecimalString()));
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    shift->counted = counted.total();
    return shift;
}

Result<ShiftClosing> ShiftService::closeWithin(Shift shift, const CashCount &counted,
                                               const QString &reason,
                                               const std::optional<Cashier> &supervisor)
{
    shift.closedAtMs = std::max(now(), shift.openedAtMs);
    if (auto filled = fillFigures(shift, shift.closedAtMs); !filled) {
        return filled.error();
    }
    shift.counted = counted.total();
    const qint64 overShort = shift.counted->minor() - shift.expected.minor();
    const bool beyondTolerance = std::llabs(overShort) > m_policy.toleranceMinor;
    if (beyondTolerance && reason.isEmpty()) {
        return refusal("shift.reason_required",
                       QStringLiteral("the count is off by %1: say why")
                           .arg(Money::fromMinor(overShort, shift.currency()).toDecimalString()));
    }
    if (beyondTolerance && !canSignOff(supervisor)) {
        return refusal("shift.signoff_required",
                       QStringLiteral("a supervisor signs off an over/short of %1")
                           .arg(Money::fromMinor(overShort, shift.currency()).toDecimalString()));
    }
    shift.overShortMinor = overShort;
    shift.reason = reason;
    shift.signedOffBy = beyondTolerance ? supervisor->id : 0;
    storage::ShiftRepository shifts(m_database);
    if (auto saved = shifts.saveCount(shift.id, counted); !saved) {
        return saved.error();
    }
    if (auto closed = shifts.close(shift); !closed) {
        return closed.error();
    }
    storage::AuditLog audit(m_database);
    const QString figures =
        QStringLiteral("shift %1: expected %2, counted %3, over/short %4")
            .arg(shift.id)
            .arg(shift.expected.toDecimalString(), shift.counted->toDecimalString(),
                 Money::fromMinor(overShort, shift.currency()).toDecimalString());
    if (auto audited = audit.record(shift.cashierId, QStringLiteral("shift.closed"), figures);
        !audited) {
        return audited.error();
    }
    if (beyondTolerance) {
        if (auto audited =
                audit.record(supervisor->id, QStringLiteral("shift.over_short_signed_off"),
                             figures + QStringLiteral(" (%1)").arg(reason));
            !audited) {
            return audited.error();
        }
    }
    qCInfo(lcShifts) << "shift" << shift.id << "closed: expected"
                     << shift.expected.toDecimalString() << "counted"
                     << shift.counted->toDecimalString() << "over/short" << overShort;
    return ShiftClosing{shift, summaryOf(shift)};
}

Result<CashSummary> ShiftService::cashSummary(const QString &terminalId, const QDate &businessDate,
                                              std::optional<qint64> cashierId) const
{
    auto shifts =
        storage::ShiftRepository(m_database).listForDay(terminalId, businessDate, cashierId);
    if (!shifts) {
        return shifts.error();
    }
    for (Shift &shift : shifts.value()) {
        if (shift.isOpen()) {
            if (auto filled = fillFigures(shift, std::nullopt); !filled) {
                return filled.error();
            }
        }
    }
    return summaryOfShifts(shifts.value(), m_policy.currency);
}

} // namespace pos::settlement
