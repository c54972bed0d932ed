#pragma once

// Hand-made day reports for the output tests (CSV, printed report, PDF): figures that add up the
// way the report service computes them, so a layout showing them can be checked by eye too.
#include "settlement/DayReport.h"

namespace pos::test {

inline Money yuanFen(qint64 minor)
{
    return Money::fromMinor(minor, QStringLiteral("CNY"));
}

// Z report No. 12 of terminal T01 for all cashiers, with every block filled and a cash short.
inline settlement::DayReport sampleZReport()
{
    using namespace settlement;
    DayReport r;
    r.type = DayReport::Type::Z;
    r.zNumber = 12;
    r.terminalId = QStringLiteral("T01");
    r.businessDate = QDate(2026, 11, 25);
    r.generatedAt = QDateTime(QDate(2026, 11, 26), QTime(2, 5, 7, 123), Qt::UTC);
    r.salesCount = 42;
    r.salesAmount = yuanFen(123450);
    r.discountAmount = yuanFen(1200);
    r.tenders = {
        {QStringLiteral("alipay"), QStringLiteral("payment_code"), 10, yuanFen(50000)},
        {QStringLiteral("cash"), QStringLiteral("cash"), 20, yuanFen(43450)},
        {QStringLiteral("unionpay"), QStringLiteral("customer_qr"), 2, yuanFen(10000)},
        {QStringLiteral("wechat"), QStringLiteral("payment_code"), 10, yuanFen(20000)},
    };
    r.refundCount = 2;
    r.refundAmount = yuanFen(805);
    r.refunds = {{QStringLiteral("alipay"), 1, yuanFen(500)},
                 {QStringLiteral("cash"), 1, yuanFen(305)}};
    r.voidCount = 3;
    r.voidAmount = yuanFen(1500);
    r.netMinor = 123450 - 805;
    r.byHour = {{9, 5, yuanFen(10000)},
                {10, 8, yuanFen(20000)},
                {12, 15, yuanFen(50000)},
                {18, 14, yuanFen(43450)}};
    r.unresolved = {
        {QStringLiteral("T01202611250031A1"), QStringLiteral("T01-20261125-0031"),
         QStringLiteral("wechat"), QStringLiteral("unknown"), yuanFen(2500), true,
         QStringLiteral("S01")},
        {QStringLiteral("T01202611250040A2"), QStringLiteral("T01-20261125-0040"),
         QStringLiteral("manual"), QStringLiteral("pending_statement"), yuanFen(1230), true,
         QStringLiteral("S01")},
    };
    r.corrections = {
        {QStringLiteral("tender"), QStringLiteral("T01-20261124-0077"),
         QStringLiteral("T01202611240077A1"), QDate(2026, 11, 24), 1230},
        {QStringLiteral("refund"), QStringLiteral("T01-20261123-0003"),
         QStringLiteral("T01202611230003R1"), QDate(2026, 11, 23), -500},
    };
    r.cash.openingFloat = yuanFen(20000);
    r.cash.cashSales = yuanFen(43450);
    r.cash.cashRefunds = yuanFen(305);
    r.cash.payIns = yuanFen(10000);
    r.cash.payOuts = yuanFen(30000);
    // A hand-over within the day: on the device's view the count passed on and received match.
    r.cash.handOverIn = yuanFen(15000);
    r.cash.handOverOut = yuanFen(15000);
    r.cash.expected = yuanFen(43145);
    r.cash.counted = yuanFen(43045);
    r.cash.overShortMinor = -100;
    return r;
}

// X report of one cashier in the middle of the day: no count yet, one payment still Unknown.
inline settlement::DayReport sampleCashierXReport()
{
    using namespace settlement;
    DayReport r;
    r.type = DayReport::Type::X;
    r.terminalId = QStringLiteral("T02");
    r.businessDate = QDate(2026, 11, 25);
    r.generatedAt = QDateTime(QDate(2026, 11, 25), QTime(15, 30), Qt::UTC);
    r.cashierId = 7;
    r.cashierName = QStringLiteral("王小明");
    r.salesCount = 3;
    r.salesAmount = yuanFen(6660);
    r.tenders = {{QStringLiteral("cash"), QStringLiteral("cash"), 3, yuanFen(6660)}};
    r.netMinor = 6660;
    r.byHour = {{14, 3, yuanFen(6660)}};
    r.unresolved = {{QStringLiteral("T02202611250009A1"), QStringLiteral("T02-20261125-0009"),
                     QStringLiteral("alipay"), QStringLiteral("unknown"), yuanFen(1880), false,
                     QString()}};
    r.cash.openingFloat = yuanFen(50000);
    r.cash.cashSales = yuanFen(6660);
    r.cash.expected = yuanFen(56660);
    return r;
}

} // namespace pos::test
