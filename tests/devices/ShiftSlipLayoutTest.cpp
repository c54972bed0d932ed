// The shift slip (交班单) on the receipt printer, decoded from its ESC/POS bytes.
#include "report/ShiftSlipLayout.h"

#include "devices/EscPosTestDecoder.h"
#include "devices/ReceiptSamples.h"

#include <gtest/gtest.h>

using pos::Money;
using pos::devices::ShiftSlipLayout;
using pos::test::DecodedPrint;
using pos::test::EscPosTestDecoder;
using pos::test::printedWidth;

namespace {

const QDateTime kPrintedAt(QDate(2026, 11, 26), QTime(22, 5, 0));

// A shift one fen short, signed off, handed over: ¥200 float + ¥50 in − ¥30 out + ¥120.40
// cash sales − ¥10 refunds = ¥330.40 expected, ¥330.39 counted.
pos::settlement::ShiftClosing shortShift()
{
    pos::settlement::ShiftClosing closing;
    pos::settlement::Shift &shift = closing.shift;
    shift.id = 17;
    shift.terminalId = QStringLiteral("T01");
    shift.cashierId = 1;
    shift.businessDate = QDate(2026, 11, 26);
    shift.openedAtMs = QDateTime(QDate(2026, 11, 26), QTime(8, 0)).toMSecsSinceEpoch();
    shift.closedAtMs = QDateTime(QDate(2026, 11, 26), QTime(22, 0)).toMSecsSinceEpoch();
    shift.blind = true;
    shift.reason = QStringLiteral("coin fell behind the drawer 硬币掉落");
    shift.signedOffBy = 3;
    closing.cash.openingFloat = Money::fromMinor(20000);
    closing.cash.payIns = Money::fromMinor(5000);
    closing.cash.payOuts = Money::fromMinor(3000);
    closing.cash.cashSales = Money::fromMinor(12040);
    closing.cash.cashRefunds = Money::fromMinor(1000);
    closing.cash.expected = Money::fromMinor(33040);
    closing.cash.counted = Money::fromMinor(33039);
    closing.cash.overShortMinor = -1;
    return closing;
}

const ShiftSlipLayout::Names kNames{QStringLiteral("张伟 Zhang Wei (1001)"),
                                    QStringLiteral("李娜 Li Na (2001)"),
                                    QStringLiteral("王芳 Wang Fang (1002)")};

class ShiftSlipWidth : public ::testing::TestWithParam<int>
{
};

TEST_P(ShiftSlipWidth, AHandOverSlipShowsTheDrawerTheShortageAndWhoSignedIt)
{
    const int columns = GetParam();
    const DecodedPrint print = EscPosTestDecoder::decode(
        ShiftSlipLayout::toEscPos(shortShift(), kNames, kPrintedAt, columns));
    EXPECT_TRUE(print.problems.isEmpty()) << print.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(print.cutCount, 1);
    EXPECT_EQ(print.drawerPulseCount, 0);
    const QString text = print.texts().join(QLatin1Char('\n'));
    for (const QString &line : print.texts()) {
        EXPECT_LE(printedWidth(line), columns) << line.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("交班 HAND-OVER"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("330.40")));
    EXPECT_TRUE(text.contains(QStringLiteral("330.39")));
    EXPECT_TRUE(text.contains(QStringLiteral("短款 SHORT"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("-0.01")));
    EXPECT_TRUE(text.contains(QStringLiteral("盲点 Blind count")));
    EXPECT_TRUE(text.contains(QStringLiteral("李娜 Li Na (2001)")));
    EXPECT_TRUE(text.contains(QStringLiteral("王芳 Wang Fang (1002)")));
    EXPECT_TRUE(text.contains(QStringLiteral("硬币掉落")));
    // The text rendering is the same slip.
    const QString rendered = ShiftSlipLayout::renderText(shortShift(), kNames, kPrintedAt, columns);
    EXPECT_TRUE(rendered.contains(QStringLiteral("短款 SHORT")));
}

INSTANTIATE_TEST_SUITE_P(PaperWidths, ShiftSlipWidth, ::testing::Values(32, 48));

TEST(ShiftSlipLayout, AShiftThatJustClosedHasNoHandOverOrSignOffLines)
{
    pos::settlement::ShiftClosing closing = shortShift();
    closing.shift.signedOffBy = 0;
    closing.shift.reason.clear();
    closing.cash.counted = closing.cash.expected;
    closing.cash.overShortMinor = 0;
    const QString text = ShiftSlipLayout::renderText(
        closing, {QStringLiteral("张伟 Zhang Wei (1001)"), QString(), QString()}, kPrintedAt, 48);
    EXPECT_TRUE(text.contains(QStringLiteral("结班 SHIFT CLOSE"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("平 EVEN")));
    EXPECT_FALSE(text.contains(QStringLiteral("Handed over to")));
    EXPECT_FALSE(text.contains(QStringLiteral("Signed off")));
}

} // namespace
