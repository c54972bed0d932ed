// The day report's CSV export: what Excel sees, exact re-import, and hostile files refused with
// the line of the problem.
#include "settlement/DayReportCsv.h"

#include "CorePrinters.h"
#include "DayReportSamples.h"

#include <gtest/gtest.h>

using namespace pos;
using namespace pos::settlement;
using pos::test::sampleCashierXReport;
using pos::test::sampleZReport;
using pos::test::yuanFen;

namespace {

QString csvText(const DayReport &report)
{
    return QString::fromUtf8(toCsv(report).mid(3)); // without the byte-order mark
}

// 1-based line of the first line of `text` that starts with `prefix`.
int lineOf(const QString &text, const QString &prefix)
{
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(prefix)) {
            return i + 1;
        }
    }
    ADD_FAILURE() << "no line starts with " << prefix.toStdString();
    return -1;
}

// fromCsv of `text` must fail, naming line `line` (0: no line) and saying `why`.
void expectRefused(const QString &text, int line, const QString &why)
{
    const auto result = fromCsv(text.toUtf8());
    ASSERT_FALSE(result.ok()) << "accepted: " << text.left(200).toStdString();
    EXPECT_EQ(result.error().code, QStringLiteral("report_csv.malformed"));
    const QString message = result.error().message;
    if (line > 0) {
        EXPECT_TRUE(message.contains(QStringLiteral("line %1:").arg(line)))
            << message.toStdString();
    }
    EXPECT_TRUE(message.contains(why)) << message.toStdString();
}

QString replaced(QString text, const QString &from, const QString &to)
{
    EXPECT_TRUE(text.contains(from)) << from.toStdString();
    return text.replace(from, to);
}

} // namespace

TEST(DayReportCsvTest, ZReportWithEveryBlockReimportsExactly)
{
    const DayReport report = sampleZReport();
    const auto back = fromCsv(toCsv(report));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), report);
}

TEST(DayReportCsvTest, CashierXReportWithoutCountReimportsExactly)
{
    const DayReport report = sampleCashierXReport();
    const auto back = fromCsv(toCsv(report));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), report);
    EXPECT_EQ(back->cashierId, std::optional<qint64>(7));
    EXPECT_FALSE(back->cash.counted.has_value());
}

TEST(DayReportCsvTest, EmptyDayOfAllCashiersReimportsExactly)
{
    DayReport report;
    report.terminalId = QStringLiteral("T09");
    report.businessDate = QDate(2026, 1, 1);
    report.generatedAt = QDateTime(QDate(2026, 1, 1), QTime(23, 59, 59, 999), Qt::UTC);
    const auto back = fromCsv(toCsv(report));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), report);
    EXPECT_FALSE(back->cashierId.has_value());
}

TEST(DayReportCsvTest, TextThatLooksLikeCsvFormulasOrSectionsSurvivesTheRoundTrip)
{
    DayReport report = sampleZReport();
    report.cashierName = QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")");
    report.terminalId = QStringLiteral("'quoted, \"with\" comma");
    report.tenders[0].method = QStringLiteral("[cash]");
    report.unresolved[0].carriedOverBy = QStringLiteral("-S01\nsecond line");
    report.corrections[0].reference = QStringLiteral("@ref\tx");
    report.refunds[0].channel = QStringLiteral("+alipay");
    const QByteArray bytes = toCsv(report);
    const auto back = fromCsv(bytes);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), report);
    // The spreadsheet sees text, never a formula.
    EXPECT_TRUE(bytes.contains("cashier_name,\"'=HYPERLINK(\"\"http://x\"\"")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("alipay,'[cash],10,500.00")) << bytes.constData();
}

TEST(DayReportCsvTest, ExcelGetsUtf8WithBomOneSectionPerBlockAndYuanWithTwoDecimals)
{
    const QByteArray bytes = toCsv(sampleZReport());
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = csvText(sampleZReport());
    const QStringList sections = {QStringLiteral("[summary]"),    QStringLiteral("[tenders]"),
                                  QStringLiteral("[refunds]"),    QStringLiteral("[by_hour]"),
                                  QStringLiteral("[unresolved]"), QStringLiteral("[corrections]"),
                                  QStringLiteral("[cash]")};
    int previous = 0;
    for (const QString &section : sections) {
        const int line = lineOf(text, section);
        EXPECT_GT(line, previous) << section.toStdString();
        previous = line;
    }
    EXPECT_TRUE(text.contains(QStringLiteral("\r\nsales_amount,1234.50\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\nnet,1226.45\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\nover_short,-1.00\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\ngenerated_at,2026-11-26T02:05:07.123Z\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\n18,14,434.50\r\n")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("\r\nrefund,T01-20261123-0003,T01202611230003R1,2026-11-23,-5.00\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\ncashier_id,\r\n"))); // all cashiers
}

TEST(DayReportCsvTest, SpreadsheetResaveWithoutBomWithLfAndPaddedRowsIsAccepted)
{
    QString text = csvText(sampleZReport());
    text.replace(QStringLiteral("\r\n"), QStringLiteral(",,,,\n"));
    text.replace(QStringLiteral("sales_amount,1234.50"), QStringLiteral("sales_amount,1234.5"));
    const auto back = fromCsv(text.toUtf8());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), sampleZReport());
}

TEST(DayReportCsvTest, BadNumbersAreRefusedWithTheirLine)
{
    const QString text = csvText(sampleZReport());
    expectRefused(replaced(text, QStringLiteral("sales_amount,1234.50"),
                           QStringLiteral("sales_amount,1234.505")),
                  lineOf(text, QStringLiteral("sales_amount,")), QStringLiteral("1234.505"));
    expectRefused(
        replaced(text, QStringLiteral("sales_count,42"), QStringLiteral("sales_count,4e2")),
        lineOf(text, QStringLiteral("sales_count,")), QStringLiteral("not a whole number"));
    expectRefused(
        replaced(text, QStringLiteral("sales_count,42"), QStringLiteral("sales_count,99999999999")),
        lineOf(text, QStringLiteral("sales_count,")), QStringLiteral("not a whole number"));
    expectRefused(replaced(text, QStringLiteral("\r\n18,14,"), QStringLiteral("\r\n24,14,")),
                  lineOf(text, QStringLiteral("18,14,")), QStringLiteral("from 0 to 23"));
    expectRefused(replaced(text, QStringLiteral("\r\n12,15,"), QStringLiteral("\r\n10,15,")),
                  lineOf(text, QStringLiteral("12,15,")), QStringLiteral("hour 10 appears twice"));
    expectRefused(
        replaced(text, QStringLiteral("2026-11-23,-5.00"), QStringLiteral("2026-02-30,-5.00")),
        lineOf(text, QStringLiteral("refund,")), QStringLiteral("not a date"));
    expectRefused(replaced(text, QStringLiteral(",yes,S01"), QStringLiteral(",maybe,S01")),
                  lineOf(text, QStringLiteral("T01202611250031A1")),
                  QStringLiteral("carried_over must be yes or no"));
    expectRefused(replaced(text, QStringLiteral("counted,430.45"), QStringLiteral("counted,¥1e3")),
                  lineOf(text, QStringLiteral("counted,")), QStringLiteral("not an amount"));
    expectRefused(replaced(text, QStringLiteral("generated_at,2026"),
                           QStringLiteral("generated_at,yesterday 2026")),
                  lineOf(text, QStringLiteral("generated_at,")), QStringLiteral("not a time"));
}

TEST(DayReportCsvTest, SummaryRulesAreChecked)
{
    const QString text = csvText(sampleZReport());
    const int typeLine = lineOf(text, QStringLiteral("type,"));
    expectRefused(replaced(text, QStringLiteral("type,Z"), QStringLiteral("type,Y")), typeLine,
                  QStringLiteral("X or Z"));
    // An X report has no Z number; a Z report has one.
    expectRefused(replaced(text, QStringLiteral("type,Z"), QStringLiteral("type,X")),
                  lineOf(text, QStringLiteral("z_number,")), QStringLiteral("from 0 to 0"));
    expectRefused(replaced(text, QStringLiteral("z_number,12"), QStringLiteral("z_number,0")),
                  lineOf(text, QStringLiteral("z_number,")), QStringLiteral("from 1 to"));
    expectRefused(replaced(text, QStringLiteral("currency,CNY"), QStringLiteral("currency,yuan")),
                  lineOf(text, QStringLiteral("currency,")), QStringLiteral("currency code"));
    expectRefused(
        replaced(text, QStringLiteral("type,Z\r\n"), QStringLiteral("type,Z\r\ncolour,red\r\n")),
        typeLine + 1, QStringLiteral("unknown field 'colour'"));
    expectRefused(
        replaced(text, QStringLiteral("type,Z\r\n"), QStringLiteral("type,Z\r\ntype,Z\r\n")),
        typeLine + 1, QStringLiteral("the field type appears twice"));
    expectRefused(replaced(text, QStringLiteral("void_amount,15.00\r\n"), QString()),
                  lineOf(text, QStringLiteral("[summary]")),
                  QStringLiteral("the field void_amount is missing"));
}

TEST(DayReportCsvTest, SectionsMustBeKnownCompleteAndOnce)
{
    const QString text = csvText(sampleZReport());
    const int refundsLine = lineOf(text, QStringLiteral("[refunds]"));
    expectRefused(replaced(text, QStringLiteral("[refunds]"), QStringLiteral("[bonus]")),
                  refundsLine, QStringLiteral("unknown section [bonus]"));
    expectRefused(replaced(text, QStringLiteral("[refunds]"), QStringLiteral("[tenders]")),
                  refundsLine, QStringLiteral("the section [tenders] appears twice"));
    const int cashLine = lineOf(text, QStringLiteral("[cash]"));
    expectRefused(text.left(text.indexOf(QStringLiteral("[cash]"))), 0,
                  QStringLiteral("the section [cash] is missing"));
    expectRefused(replaced(text, QStringLiteral("[cash]\r\nfield,value"),
                           QStringLiteral("[cash]\r\nkey,value")),
                  cashLine + 1, QStringLiteral("expected the header field,value"));
    expectRefused(QStringLiteral("type,Z\r\n") + text, 1,
                  QStringLiteral("expected a section line such as [summary]"));
    expectRefused(replaced(text, QStringLiteral("\r\n18,14,434.50"),
                           QStringLiteral("\r\n18,14,434.50,extra")),
                  lineOf(text, QStringLiteral("18,14,")),
                  QStringLiteral("expected 3 fields, found 4"));
    expectRefused(QString(), 0, QStringLiteral("the section [summary] is missing"));
}

TEST(DayReportCsvTest, MalformedCsvIsRefusedWithItsLine)
{
    const QString text = csvText(sampleZReport());
    const int nameLine = lineOf(text, QStringLiteral("cashier_name,"));
    expectRefused(
        replaced(text, QStringLiteral("cashier_name,"), QStringLiteral("cashier_name,\"open")),
        nameLine, QStringLiteral("never closed"));
    expectRefused(
        replaced(text, QStringLiteral("cashier_name,"), QStringLiteral("cashier_name,a\"b")),
        nameLine, QStringLiteral("a quote in the middle of a field"));
    expectRefused(
        replaced(text, QStringLiteral("cashier_name,"), QStringLiteral("cashier_name,\"a\"b")),
        nameLine, QStringLiteral("text after the closing quote"));
    expectRefused(replaced(text, QStringLiteral("cashier_name,"),
                           QStringLiteral("cashier_name,") + QString(5000, QLatin1Char('x'))),
                  nameLine, QStringLiteral("longer than 4096 characters"));
    expectRefused(replaced(text, QStringLiteral("cashier_name,"),
                           QStringLiteral("cashier_name,") + QString(20, QLatin1Char(','))),
                  nameLine, QStringLiteral("more than 16 fields"));
    expectRefused(replaced(text, QStringLiteral("cashier_name,"),
                           QStringLiteral("cashier_name,a") + QChar(0) + QLatin1Char('b')),
                  nameLine, QStringLiteral("binary data"));
}

TEST(DayReportCsvTest, NonUtf8AndOversizedFilesAreRefusedWholesale)
{
    // What Excel in a Chinese locale saves by default: the cashier's name "王小明" in GBK.
    QByteArray gbkBytes = toCsv(sampleCashierXReport());
    gbkBytes.replace(QStringLiteral("王小明").toUtf8(), QByteArray("\xCD\xF5\xD0\xA1\xC3\xF7"));
    const auto notUtf8 = fromCsv(gbkBytes);
    ASSERT_FALSE(notUtf8.ok());
    EXPECT_TRUE(notUtf8.error().message.contains(QStringLiteral("not UTF-8")));

    const auto huge = fromCsv(QByteArray(kMaxDayReportCsvBytes + 1, '\n'));
    ASSERT_FALSE(huge.ok());
    EXPECT_TRUE(huge.error().message.contains(QStringLiteral("larger than")));

    const auto manyLines = fromCsv(QByteArray(300000, '\n'));
    ASSERT_FALSE(manyLines.ok());
    EXPECT_TRUE(manyLines.error().message.contains(QStringLiteral("more than 200000 lines")));
}
