#include "settlement/CashSummaries.h"

namespace pos::settlement {

CashSummary summaryOf(const Shift &shift)
{
    const Money zero = Money::zero(shift.currency());
    CashSummary cash;
    cash.openingFloat = shift.openedFromShift == 0 ? shift.openingFloat : zero;
    cash.handOverIn = shift.openedFromShift == 0 ? zero : shift.openingFloat;
    cash.handOverOut = zero;
    cash.cashSales = shift.cashSales;
    cash.cashRefunds = shift.cashRefunds;
    cash.payIns = shift.payIns;
    cash.payOuts = shift.payOuts;
    cash.expected = shift.expected;
    cash.counted = shift.counted;
    cash.overShortMinor = shift.counted ? shift.counted->minor() - shift.expected.minor() : 0;
    return cash;
}

CashSummary summaryOfShifts(const std::vector<Shift> &shifts, const QString &currency)
{
    // Sums of one day's amounts from CHECKed columns: int64 minor units hold 9×10^16 yuan.
    qint64 outside = 0, handedIn = 0, handedOut = 0, sales = 0, refunds = 0, payIns = 0,
           payOuts = 0, expected = 0, counted = 0, overShort = 0;
    bool allCounted = !shifts.empty();
    for (const Shift &shift : shifts) {
        (shift.openedFromShift == 0 ? outside : handedIn) += shift.openingFloat.minor();
        sales += shift.cashSales.minor();
        refunds += shift.cashRefunds.minor();
        payIns += shift.payIns.minor();
        payOuts += shift.payOuts.minor();
        // The count handed over is the next shift's float: it leaves this shift's drawer figures.
        const qint64 passedOn = !shift.isOpen() && shift.handedOverTo != 0 && shift.counted
                                    ? shift.counted->minor()
                                    : 0;
        handedOut += passedOn;
        expected += shift.expected.minor() - passedOn;
        if (shift.isOpen() || !shift.counted) {
            allCounted = false;
        } else {
            counted += shift.counted->minor() - passedOn;
            overShort += shift.overShortMinor;
        }
    }
    const auto money = [&currency](qint64 minor) { return Money::fromMinor(minor, currency); };
    CashSummary cash;
    cash.openingFloat = money(outside);
    cash.handOverIn = money(handedIn);
    cash.handOverOut = money(handedOut);
    cash.cashSales = money(sales);
    cash.cashRefunds = money(refunds);
    cash.payIns = money(payIns);
    cash.payOuts = money(payOuts);
    cash.expected = money(expected);
    if (allCounted) {
        cash.counted = money(counted);
    }
    cash.overShortMinor = overShort;
    return cash;
}

} // namespace pos::settlement
