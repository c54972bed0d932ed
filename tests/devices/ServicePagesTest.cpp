#include "EscPosTestDecoder.h"

#include "printer/ServicePages.h"

#include <gtest/gtest.h>

using namespace pos::devices;
using pos::test::EscPosTestDecoder;

namespace {

TEST(ServicePagesTest, TestPagePrintsRulerChineseBarcodeQrAndCuts)
{
    const auto page = ServicePages::testPage(QStringLiteral("示例便利店"), QStringLiteral("T07"),
                                             QDateTime::currentDateTime(), 32);
    const auto printed = EscPosTestDecoder::decode(page.escPos);
    EXPECT_TRUE(printed.problems.isEmpty()) << printed.problems.join(u';').toStdString();
    EXPECT_EQ(printed.cutCount, 1);
    EXPECT_TRUE(printed.chineseMode);
    const QStringList lines = printed.texts();
    EXPECT_TRUE(lines.contains(QStringLiteral("12345678901234567890123456789012")));
    EXPECT_TRUE(lines.contains(QStringLiteral("示例便利店")));
    EXPECT_TRUE(lines.contains(QStringLiteral("中文打印测试 ￥12.30")));
    ASSERT_EQ(printed.qrPayloads.size(), 1);
    EXPECT_EQ(printed.qrPayloads.front(), QByteArray("POS TEST T07"));
    ASSERT_EQ(printed.barcodes.size(), 1);
    EXPECT_TRUE(printed.barcodes.front().endsWith("T07"));
    EXPECT_TRUE(page.text.contains(QStringLiteral("[QR: POS TEST T07]")));
}

TEST(ServicePagesTest, PaymentQrSlipCarriesTheChannelsCodeUrlAndTheAmount)
{
    const QString url = QStringLiteral("https://qr.alipay.com/bax08431pxbyfe7bxpwd0025");
    const auto slip = ServicePages::paymentQrSlip(url, QStringLiteral("¥12.30"),
                                                  QDateTime::currentDateTime().addSecs(120), 48);
    const auto printed = EscPosTestDecoder::decode(slip.escPos);
    EXPECT_TRUE(printed.problems.isEmpty()) << printed.problems.join(u';').toStdString();
    ASSERT_EQ(printed.qrPayloads.size(), 1);
    EXPECT_EQ(printed.qrPayloads.front(), url.toUtf8());
    EXPECT_EQ(printed.cutCount, 1);
    ASSERT_FALSE(printed.lines.empty());
    EXPECT_EQ(printed.lines.front().text, QStringLiteral("￥12.30"));
    EXPECT_EQ(printed.lines.front().widthMultiplier, 2);
}

} // namespace
