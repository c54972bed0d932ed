#include "printer/ReceiptLayout.h"
#include "devices/EscPosTestDecoder.h"
#include "devices/ReceiptSamples.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

#include <gtest/gtest.h>

using pos::devices::ReceiptLayout;
using pos::test::DecodedLine;
using pos::test::DecodedPrint;
using pos::test::EscPosTestDecoder;
using pos::test::printedWidth;
using pos::test::sampleReceipt;

namespace {

void saveForHumans(const QString &name, const QByteArray &content)
{
    QFile file(pos::test::outputDir() + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(content);
    }
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

class ReceiptLayoutWidth : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(ReceiptLayoutWidth, EveryPrintedLineFitsThePaper)
{
    const int columns = GetParam();
    const QByteArray bytes = ReceiptLayout::toEscPos(sampleReceipt(), columns);
    saveForHumans(QStringLiteral("receipt-%1col.bin").arg(columns), bytes);
    const DecodedPrint print = EscPosTestDecoder::decode(bytes);
    EXPECT_TRUE(print.problems.isEmpty()) << print.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_GT(print.lines.size(), 20u);
    for (const DecodedLine &line : print.lines) {
        EXPECT_LE(printedWidth(line.text) * line.widthMultiplier, columns)
            << line.text.toStdString();
        EXPECT_FALSE(line.text.endsWith(QLatin1Char(' '))) << line.text.toStdString();
    }
}

TEST_P(ReceiptLayoutWidth, AmountsAreRightAlignedToTheLastColumn)
{
    const int columns = GetParam();
    const DecodedPrint print =
        EscPosTestDecoder::decode(ReceiptLayout::toEscPos(sampleReceipt(), columns));
    const QStringList amounts = {QStringLiteral(" 96.00"),    QStringLiteral(" -5.00"),
                                 QStringLiteral(" 6.50"),     QStringLiteral(" 4.57"),
                                 QStringLiteral(" 102.07"),   QStringLiteral(" -2.07"),
                                 QStringLiteral(" ￥100.00"), QStringLiteral(" 50.00"),
                                 QStringLiteral(" 51.00"),    QStringLiteral(" 1.00")};
    for (const QString &amount : amounts) {
        // The amount ends exactly at the last column of a left-aligned line (padded, not
        // aligned by the printer, so the column holds on every model).
        bool found = false;
        for (const DecodedLine &line : print.lines) {
            if (line.text.endsWith(amount) && printedWidth(line.text) == columns &&
                line.alignment == 0) {
                found = true;
            }
        }
        EXPECT_TRUE(found) << "no line ends with" << amount.toStdString() << " at column "
                           << columns;
    }
}

TEST_P(ReceiptLayoutWidth, LongNamesWrapWithoutLosingText)
{
    const int columns = GetParam();
    const DecodedPrint print =
        EscPosTestDecoder::decode(ReceiptLayout::toEscPos(sampleReceipt(), columns));
    // Item names with the amount column taken off their first line, joined.
    static const QRegularExpression amountColumn(QStringLiteral("\\s+-?\\d+\\.\\d\\d$"));
    QString all;
    for (const DecodedLine &line : print.lines) {
        QString text = line.text;
        if (printedWidth(text) == columns) {
            text.remove(amountColumn);
        }
        all += text;
    }
    all.remove(QLatin1Char(' '));
    EXPECT_TRUE(all.contains(QStringLiteral("农夫山泉饮用天然水550ml（整箱24瓶装）")));
    EXPECT_TRUE(all.contains(QStringLiteral("OrganicJasmineGreenTeaExtraLongProductName500ml")));
    EXPECT_TRUE(all.contains(QStringLiteral("4200001234202405011234567890")));
    EXPECT_TRUE(all.contains(QStringLiteral("1348********5678")));
}

INSTANTIATE_TEST_SUITE_P(PaperWidths, ReceiptLayoutWidth,
                         ::testing::Values(ReceiptLayout::kColumns58mm,
                                           ReceiptLayout::kColumns80mm));

TEST(ReceiptLayout, DecodedReceiptHasHeaderTotalQrAndCut)
{
    const auto receipt = sampleReceipt();
    const DecodedPrint print = EscPosTestDecoder::decode(ReceiptLayout::toEscPos(receipt, 32));
    EXPECT_EQ(print.initializeCount, 1);
    EXPECT_TRUE(print.chineseMode);
    EXPECT_EQ(print.cutCount, 1);
    EXPECT_EQ(print.drawerPulseCount, 0);
    EXPECT_EQ(print.qrPayloads, QList<QByteArray>({receipt.orderNumber.toUtf8()}));

    const DecodedLine &header = print.lines.front();
    EXPECT_TRUE(header.text.startsWith(QStringLiteral("好又多便利店")));
    EXPECT_EQ(header.alignment, 1);
    EXPECT_EQ(header.widthMultiplier, 2);
    EXPECT_EQ(header.heightMultiplier, 2);
    EXPECT_TRUE(header.bold);

    const DecodedLine *copy = findLine(print, QStringLiteral("COPY 重印"));
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->alignment, 1);
    EXPECT_EQ(copy->widthMultiplier, 1);

    const DecodedLine *total = findLine(print, QStringLiteral("合计 TOTAL"));
    ASSERT_NE(total, nullptr);
    EXPECT_TRUE(total->bold);
    EXPECT_EQ(total->heightMultiplier, 2);
    EXPECT_EQ(total->widthMultiplier, 1);
    EXPECT_TRUE(total->text.endsWith(QStringLiteral("￥100.00")));

    const DecodedLine *subtotal = findLine(print, QStringLiteral("小计 Subtotal"));
    ASSERT_NE(subtotal, nullptr);
    EXPECT_FALSE(subtotal->bold);
    EXPECT_EQ(subtotal->heightMultiplier, 1);

    EXPECT_NE(findLine(print, QStringLiteral("收银员 Cashier")), nullptr);
    EXPECT_NE(findLine(print, QStringLiteral("时间 Time")), nullptr);
    EXPECT_NE(findLine(print, QStringLiteral("找零 Change")), nullptr);
    EXPECT_NE(findLine(print, QStringLiteral("谢谢惠顾")), nullptr);
}

TEST(ReceiptLayout, OriginalHasNoCopyMarkAndNoZeroDiscounts)
{
    auto receipt = sampleReceipt();
    receipt.isCopy = false;
    receipt.discount = pos::Money::zero();
    receipt.lines[0].discount = pos::Money::zero();
    const QString text = ReceiptLayout::renderText(receipt, 48);
    EXPECT_FALSE(text.contains(QStringLiteral("COPY")));
    EXPECT_FALSE(text.contains(QStringLiteral("优惠")));
}

TEST(ReceiptLayout, TextRenderingShowsTheSameLinesAsThePrint)
{
    for (const int columns : {32, 48}) {
        const auto receipt = sampleReceipt();
        const QString text = ReceiptLayout::renderText(receipt, columns);
        saveForHumans(QStringLiteral("receipt-%1col.txt").arg(columns), text.toUtf8());
        QStringList rendered = text.split(QLatin1Char('\n'));
        ASSERT_EQ(rendered.takeLast(), QString()); // ends with a newline
        for (const QString &line : rendered) {
            EXPECT_LE(printedWidth(line), columns) << line.toStdString();
        }
        const QString qr = QStringLiteral("[QR: %1]").arg(receipt.orderNumber);
        EXPECT_TRUE(std::any_of(rendered.begin(), rendered.end(),
                                [&](const QString &line) { return line.trimmed() == qr; }));

        const DecodedPrint print =
            EscPosTestDecoder::decode(ReceiptLayout::toEscPos(receipt, columns));
        // Every printed line appears, in order, in the text (centred lines are padded there).
        qsizetype next = 0;
        for (const DecodedLine &line : print.lines) {
            if (line.text.isEmpty()) {
                continue;
            }
            while (next < rendered.size() && rendered[next].trimmed() != line.text.trimmed()) {
                ++next;
            }
            ASSERT_LT(next, rendered.size()) << "missing in text: " << line.text.toStdString();
            ++next;
        }
    }
}
