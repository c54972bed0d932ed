#pragma once

#include "settlement/DayReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pos::devices {

// An X or Z report on the receipt printer, for a paper width in font-A columns (32 for 58 mm,
// 48 for 80 mm): title, terminal, business day, cashier or all cashiers; sales, discounts,
// tenders by channel, refunds, voids and the net; the cash drawer with its over/short; the
// attempts still unresolved and those carried over; corrections of closed days; when it was
// printed; cut. The ESC/POS bytes and the text come from the same rows.
class DayReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(DayReportLayout)

public:
    static QByteArray toEscPos(const settlement::DayReport &report, const QDateTime &printedAt,
                               int columns);
    static QString renderText(const settlement::DayReport &report, const QDateTime &printedAt,
                              int columns);
};

} // namespace pos::devices
