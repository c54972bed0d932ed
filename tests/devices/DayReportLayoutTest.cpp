// The X/Z report on the receipt printer, checked by decoding the ESC/POS bytes as a printer would.
#include "report/DayReportLayout.h"
#include "core/DayReportSamples.h"
#include "devices/EscPosTestDecoder.h"
#include "devices/ReceiptSamples.h"
#include "support/TestSupport.h"

#include <QFile>

#include <gtest/gtest.h>

using pos::devices::DayReportLayout;
using pos::settlement::DayReport;
using pos::test::DecodedLine;
using pos::test::DecodedPrint;
using pos::test::EscPosTestDecoder;
using pos::test::printedWidth;
using pos::test::sampleCashierXReport;
using pos::test::sampleZReport;
using pos::test::yuanFen;

namespace {

const QDateTime kPrintedAt(QDate(2026, 11, 26), QTime(9, 41, 30));

DecodedPrint printed(const DayReport &report, int columns)
{
    return EscPosTestDecoder::decode(DayReportLayout::toEscPos(report, kPrintedAt, columns));
}

const DecodedLine *findLine(const DecodedPrint &print, const QString &startsWith)
{
    for (const DecodedLine &line : print.lines) {
        if (line.text.startsWith(startsWith)) {
            return &line;
        }
    }
    return nullptr;
}

// The line starting with `label` must end with `value` at the last column.
void expectPair(const DecodedPrint &print, const QString &label, const QString &value, int columns)
{
    const DecodedLine *line = findLine(print, label);
    ASSERT_NE(line, nullptr) << "no line " << label.toStdString();
    EXPECT_TRUE(line->text.endsWith(value)) << line->text.toStdString();
    EXPECT_EQ(printedWidth(line->text), columns) << line->text.toStdString();
}

class DayReportLayoutWidth : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(DayReportLayoutWidth, EveryLineFitsThePaperAndTheJobEndsWithOneCut)
{
    const int columns = GetParam();
    for (const DayReport &report : {sampleZReport(), sampleCashierXReport()}) {
        const QByteArray bytes = DayReportLayout::toEscPos(report, kPrintedAt, columns);
        const DecodedPrint print = EscPosTestDecoder::decode(bytes);
        EXPECT_TRUE(print.problems.isEmpty()) << print.problems.join(u'\n').toStdString();
        EXPECT_EQ(print.initializeCount, 1);
        EXPECT_TRUE(print.chineseMode);
        EXPECT_EQ(print.cutCount, 1);
        EXPECT_EQ(print.drawerPulseCount, 0);
        ASSERT_GT(print.lines.size(), 25u);
        for (const DecodedLine &line : print.lines) {
            EXPECT_LE(printedWidth(line.text) * line.widthMultiplier, columns)
                << line.text.toStdString();
            EXPECT_FALSE(line.text.endsWith(QLatin1Char(' '))) << line.text.toStdString();
        }
    }
    QFile file(pos::test::outputDir() + QStringLiteral("/z-report-%1col.txt").arg(columns));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(DayReportLayout::renderText(sampleZReport(), kPrintedAt, columns).toUtf8());
    }
}

TEST_P(DayReportLayoutWidth, ZReportShowsTitleScopeFiguresAndCashShort)
{
    const int columns = GetParam();
    const DecodedPrint print = printed(sampleZReport(), columns);

    QString title;
    for (const DecodedLine &line : print.lines) {
        if (line.widthMultiplier == 2) {
            EXPECT_EQ(line.alignment, 1);
            EXPECT_TRUE(line.bold);
            title += title.isEmpty() ? line.text : QLatin1Char(' ') + line.text;
        }
    }
    EXPECT_EQ(title, QStringLiteral("Z 日结 Z REPORT No. 12"));

    expectPair(print, QStringLiteral("终端 Terminal"), QStringLiteral(" T01"), columns);
    expectPair(print, QStringLiteral("营业日 Business date"), QStringLiteral(" 2026-11-25"),
               columns);
    expectPair(print, QStringLiteral("收银员 Cashier"), QStringLiteral(" 全部 All cashiers"),
               columns);
    expectPair(print, QStringLiteral("截至 As of"),
               QLatin1Char(' ') + sampleZReport().generatedAt.toLocalTime().toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss")),
               columns);
    expectPair(print, QStringLiteral("销售 Sales"), QStringLiteral(" 42  1234.50"), columns);
    expectPair(print, QStringLiteral("优惠 Discounts"), QStringLiteral(" -12.00"), columns);
    expectPair(print, QStringLiteral("现金 Cash "), QStringLiteral(" 20   434.50"), columns);
    expectPair(print, QStringLiteral("支付宝 Alipay"), QStringLiteral(" 10   500.00"), columns);
    if (columns < 48) {
        const QStringList lines = print.texts();
        const qsizetype wechat = lines.indexOf(QStringLiteral("微信支付 WeChat Pay  10   200.00"));
        ASSERT_GE(wechat, 0) << lines.join(u'\n').toStdString();
        EXPECT_EQ(lines.value(wechat + 1), QStringLiteral("  付款码 Code"));
    } else {
        expectPair(print, QStringLiteral("微信支付 WeChat Pay 付款码 Code"),
                   QStringLiteral(" 10   200.00"), columns);
    }
    expectPair(print, QStringLiteral("退款 Refunds"), QStringLiteral(" 2    -8.05"), columns);
    expectPair(print, QStringLiteral("  现金 Cash"), QStringLiteral(" 1    -3.05"), columns);
    expectPair(print, QStringLiteral("作废 Voids"), QStringLiteral(" 3    15.00"), columns);
    expectPair(print, QStringLiteral("应有 Expected"), QStringLiteral(" 431.45"), columns);
    expectPair(print, QStringLiteral("实点 Counted"), QStringLiteral(" 430.45"), columns);
    expectPair(print, QStringLiteral("取出 Pay-outs"), QStringLiteral(" -300.00"), columns);
    // The hand-over lines make the drawer section add up to the expected cash.
    expectPair(print, QStringLiteral("交班转入 Handed over in"), QStringLiteral(" 150.00"),
               columns);
    expectPair(print, QStringLiteral("交班转出 Handed over out"), QStringLiteral(" -150.00"),
               columns);
    expectPair(print, QStringLiteral("打印 Printed"), QStringLiteral(" 2026-11-26 09:41:30"),
               columns);

    const DecodedLine *net = findLine(print, QStringLiteral("净额 NET"));
    ASSERT_NE(net, nullptr);
    EXPECT_TRUE(net->text.endsWith(QStringLiteral(" ￥1226.45")));
    EXPECT_TRUE(net->bold);
    EXPECT_EQ(net->heightMultiplier, 2);
    EXPECT_EQ(net->widthMultiplier, 1);

    const DecodedLine *shortLine = findLine(print, QStringLiteral("短款 SHORT"));
    ASSERT_NE(shortLine, nullptr);
    EXPECT_TRUE(shortLine->text.endsWith(QStringLiteral(" -1.00")));
    EXPECT_TRUE(shortLine->bold);
    EXPECT_EQ(findLine(print, QStringLiteral("长款 OVER")), nullptr);
}

TEST_P(DayReportLayoutWidth, UnresolvedCarriedOverAndCorrectionsAreListed)
{
    const int columns = GetParam();
    const DecodedPrint print = printed(sampleZReport(), columns);
    const QStringList lines = print.texts();
    const qsizetype heading = lines.indexOf(QStringLiteral("未决 UNRESOLVED"));
    ASSERT_GE(heading, 0);
    EXPECT_TRUE(print.lines[static_cast<size_t>(heading)].bold);
    expectPair(print, QStringLiteral("T01202611250031A1"), QStringLiteral(" 25.00"), columns);
    // Channel and state side by side where they fit, else one under the other.
    if (columns >= 48) {
        EXPECT_TRUE(lines.contains(QStringLiteral("  微信支付 WeChat Pay 未知 Unknown")));
    } else {
        const qsizetype channel = lines.indexOf(QStringLiteral("  微信支付 WeChat Pay"));
        ASSERT_GE(channel, 0);
        EXPECT_EQ(lines.value(channel + 1), QStringLiteral("  未知 Unknown"));
    }
    EXPECT_EQ(lines.count(QStringLiteral("  结转 Carried over by S01")), 2);
    expectPair(print, QStringLiteral("合计 Total"), QStringLiteral(" 2    37.30"), columns);
    expectPair(print, QStringLiteral("其中结转 Carried over"), QStringLiteral(" 2"), columns);

    ASSERT_TRUE(lines.contains(QStringLiteral("更正 CORRECTIONS")));
    expectPair(print, QStringLiteral("收款 Tender 2026-11-24"), QStringLiteral(" +12.30"), columns);
    expectPair(print, QStringLiteral("退款 Refund 2026-11-23"), QStringLiteral(" -5.00"), columns);
    EXPECT_TRUE(lines.contains(QStringLiteral("  T01202611240077A1")));
}

INSTANTIATE_TEST_SUITE_P(PaperWidths, DayReportLayoutWidth, ::testing::Values(32, 48));

TEST(DayReportLayout, CashierXReportNamesTheCashierAndShowsNoCountYet)
{
    const DecodedPrint print = printed(sampleCashierXReport(), 32);
    const QStringList lines = print.texts();
    EXPECT_TRUE(lines.contains(QStringLiteral("X 报表 X REPORT")));
    expectPair(print, QStringLiteral("收银员 Cashier"), QStringLiteral(" 王小明 (7)"), 32);
    expectPair(print, QStringLiteral("实点 Counted"), QStringLiteral(" 未点 not counted"), 32);
    EXPECT_EQ(findLine(print, QStringLiteral("短款")), nullptr);
    EXPECT_EQ(findLine(print, QStringLiteral("长款")), nullptr);
    EXPECT_EQ(findLine(print, QStringLiteral("平 EVEN")), nullptr);
    EXPECT_TRUE(lines.contains(QStringLiteral("  未结转 NOT carried over")));
    expectPair(print, QStringLiteral("其中结转 Carried over"), QStringLiteral(" 0"), 32);
    EXPECT_FALSE(lines.contains(QStringLiteral("更正 CORRECTIONS")));
}

TEST(DayReportLayout, CashOverAndEvenAreNamed)
{
    DayReport report = sampleZReport();
    report.cash.counted = yuanFen(43345);
    report.cash.overShortMinor = 200;
    const DecodedPrint over = printed(report, 48);
    expectPair(over, QStringLiteral("长款 OVER"), QStringLiteral(" +2.00"), 48);
    EXPECT_EQ(findLine(over, QStringLiteral("短款")), nullptr);

    report.cash.counted = report.cash.expected;
    report.cash.overShortMinor = 0;
    expectPair(printed(report, 48), QStringLiteral("平 EVEN"), QStringLiteral(" 0.00"), 48);
}

TEST(DayReportLayout, ControlCharactersInDataCannotSendPrinterCommands)
{
    DayReport report = sampleZReport();
    report.terminalId = QStringLiteral("T01\x1b@\x1d"
                                       "V\x01");
    report.unresolved[0].carriedOverBy = QStringLiteral("S01\x1bp\x00\x19\xfa");
    const DecodedPrint print = printed(report, 32);
    EXPECT_TRUE(print.problems.isEmpty()) << print.problems.join(u'\n').toStdString();
    EXPECT_EQ(print.initializeCount, 1);
    EXPECT_EQ(print.cutCount, 1);
    EXPECT_EQ(print.drawerPulseCount, 0);
}

TEST(DayReportLayout, TextRenderingShowsTheSameLinesAsThePrint)
{
    for (const int columns : {32, 48}) {
        for (const DayReport &report : {sampleZReport(), sampleCashierXReport()}) {
            QStringList rendered =
                DayReportLayout::renderText(report, kPrintedAt, columns).split(QLatin1Char('\n'));
            ASSERT_EQ(rendered.takeLast(), QString());
            EXPECT_EQ(rendered.takeLast(), QString(columns, QLatin1Char('~'))); // the cut
            const DecodedPrint print = printed(report, columns);
            ASSERT_EQ(static_cast<size_t>(rendered.size()), print.lines.size());
            for (qsizetype i = 0; i < rendered.size(); ++i) {
                EXPECT_LE(printedWidth(rendered[i]), columns) << rendered[i].toStdString();
                EXPECT_EQ(rendered[i].trimmed(),
                          print.lines[static_cast<size_t>(i)].text.trimmed());
            }
        }
    }
}
