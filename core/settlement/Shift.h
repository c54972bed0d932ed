#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pos::settlement {

// One cashier's turn at one terminal's drawer (班次), from the opening float to the closing count.
// The figures below the line are fixed when the shift closes and never change afterwards.
struct Shift
{
    qint64 id = 0;
    QString terminalId;
    qint64 cashierId = 0;
    QDate businessDate;
    qint64 openedAtMs = 0;
    Money openingFloat;
    qint64 openedFromShift = 0;   // the shift that handed its counted cash over; 0: from outside
    qint64 handedOverTo = 0;      // the shift this one's count went on to; 0: none
    bool blind = false;           // counted without seeing the expected amount
    std::optional<Money> counted; // set at the close (a blind count: when submitted)

    qint64 closedAtMs = 0; // 0 while open
    Money cashSales;
    Money cashRefunds;
    Money payIns;
    Money payOuts;
    Money expected;
    qint64 overShortMinor = 0; // counted − expected: 长款 > 0, 短款 < 0
    QString reason;
    qint64 signedOffBy = 0; // the supervisor who accepted the over/short; 0: none needed

    bool isOpen() const { return closedAtMs == 0; }
    const QString &currency() const { return openingFloat.currency(); }
};

} // namespace pos::settlement
