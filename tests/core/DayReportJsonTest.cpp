// The stored and uploaded JSON form of a day report reads back into an equal report, and
// anything else is refused.
#include "SettlementPrinters.h"

#include "settlement/DayReportJson.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace pos::settlement {
namespace {

Money fen(qint64 minor)
{
    return Money::fromMinor(minor);
}

DayReport fullReport()
{
    DayReport r;
    r.type = DayReport::Type::Z;
    r.zNumber = 42;
    r.terminalId = QStringLiteral("T01");
    r.businessDate = QDate(2026, 6, 10);
    r.generatedAt = QDateTime(QDate(2026, 6, 11), QTime(3, 59, 58, 123), Qt::UTC);
    r.cashierId = 7;
    r.cashierName = QStringLiteral("李娜");
    r.salesCount = 3;
    r.salesAmount = fen(12345);
    r.discountAmount = fen(99);
    r.tenders = {{QStringLiteral("alipay"), QStringLiteral("payment_code"), 2, fen(10000)},
                 {QStringLiteral("cash"), QStringLiteral("cash"), 1, fen(2345)}};
    r.refundCount = 1;
    r.refundAmount = fen(500);
    r.refunds = {{QStringLiteral("alipay"), 1, fen(500)}};
    r.voidCount = 2;
    r.voidAmount = fen(700);
    r.netMinor = 11845;
    r.byHour = {{9, 1, fen(345)}, {23, 2, fen(12000)}};
    r.unresolved = {{QStringLiteral("T01-1-A1"), QStringLiteral("T01-1"), QStringLiteral("wechat"),
                     QStringLiteral("unknown"), fen(300), true, QStringLiteral("9001")}};
    r.corrections = {{QStringLiteral("tender"), QStringLiteral("T01-0"), QStringLiteral("T01-0-A2"),
                      QDate(2026, 6, 9), -250}};
    r.cash.openingFloat = fen(20000);
    r.cash.cashSales = fen(2345);
    r.cash.payIns = fen(1000);
    r.cash.payOuts = fen(5000);
    r.cash.handOverIn = fen(300);
    r.cash.handOverOut = fen(200);
    r.cash.expected = fen(18445);
    r.cash.counted = fen(18440);
    r.cash.overShortMinor = -5;
    return r;
}

TEST(DayReportJson, FullReportReadsBackEqual)
{
    const DayReport report = fullReport();
    auto back = dayReportFromJsonBytes(toJsonBytes(report));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), report);
}

TEST(DayReportJson, EmptyXReportReadsBackEqual)
{
    const DayReport report;
    auto back = dayReportFromJson(toJson(report));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), report);
    EXPECT_FALSE(back->cashierId.has_value());
    EXPECT_FALSE(back->cash.counted.has_value());
}

TEST(DayReportJson, AmountsAreIntegerMinorUnits)
{
    const QJsonObject json = toJson(fullReport());
    EXPECT_EQ(json.value(QStringLiteral("salesAmountMinor")).toInteger(), 12345);
    EXPECT_EQ(json.value(QStringLiteral("businessDate")).toString(), QStringLiteral("2026-06-10"));
    EXPECT_EQ(json.value(QStringLiteral("generatedAt")).toString(),
              QStringLiteral("2026-06-11T03:59:58.123Z"));
}

TEST(DayReportJson, MalformedSnapshotsAreRefused)
{
    const auto refused = [](const QJsonObject &json, const char *mentions) {
        auto read = dayReportFromJson(json);
        ASSERT_FALSE(read.ok()) << mentions;
        EXPECT_EQ(read.error().code, QStringLiteral("report.bad_snapshot"));
        EXPECT_TRUE(read.error().message.contains(QLatin1String(mentions)))
            << read.error().message.toStdString();
    };
    QJsonObject json = toJson(fullReport());
    json.insert(QStringLiteral("salesAmountMinor"), 12.5);
    refused(json, "salesAmountMinor");
    json = toJson(fullReport());
    json.remove(QStringLiteral("tenders"));
    refused(json, "tenders");
    json = toJson(fullReport());
    json.insert(QStringLiteral("type"), QStringLiteral("Y"));
    refused(json, "type");
    json = toJson(fullReport());
    json.insert(QStringLiteral("version"), 2);
    refused(json, "version");
    json = toJson(fullReport());
    json.insert(QStringLiteral("businessDate"), QStringLiteral("10/06/2026"));
    refused(json, "businessDate");

    auto notJson = dayReportFromJsonBytes(QByteArrayLiteral("{\"format\": "));
    ASSERT_FALSE(notJson.ok());
    EXPECT_EQ(notJson.error().code, QStringLiteral("report.bad_snapshot"));
}

} // namespace
} // namespace pos::settlement
