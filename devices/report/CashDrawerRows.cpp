#include "report/CashDrawerRows.h"

#include "report/DayReportLayout.h"
#include "report/ReportLabels.h"

namespace pos::devices {

void cashDrawerRows(ReportRows &b, const settlement::CashSummary &c)
{
    using L = ReportLabels;
    b.heading(DayReportLayout::tr("现金 CASH DRAWER"));
    b.pair(DayReportLayout::tr("备用金 Opening float"), L::amount(c.openingFloat));
    if (!c.handOverIn.isZero()) {
        b.pair(DayReportLayout::tr("交班转入 Handed over in"), L::amount(c.handOverIn));
    }
    b.pair(DayReportLayout::tr("现金销售 Cash sales"), L::amount(c.cashSales));
    b.pair(DayReportLayout::tr("现金退款 Cash refunds"), L::moneyOut(c.cashRefunds));
    b.pair(DayReportLayout::tr("存入 Pay-ins"), L::amount(c.payIns));
    b.pair(DayReportLayout::tr("取出 Pay-outs"), L::moneyOut(c.payOuts));
    if (!c.handOverOut.isZero()) {
        b.pair(DayReportLayout::tr("交班转出 Handed over out"), L::moneyOut(c.handOverOut));
    }
    b.pair(DayReportLayout::tr("应有 Expected"), L::amount(c.expected), true);
    if (!c.counted) {
        b.pair(DayReportLayout::tr("实点 Counted"), DayReportLayout::tr("未点 not counted"));
    } else {
        b.pair(DayReportLayout::tr("实点 Counted"), L::amount(*c.counted));
        b.pair(L::overShort(c.overShortMinor), L::signedAmount(c.overShortMinor), true);
    }
    b.separator();
}

} // namespace pos::devices
