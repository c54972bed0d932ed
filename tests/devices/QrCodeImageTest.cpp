#include "display/QrCodeImage.h"

#include <gtest/gtest.h>

using pos::devices::QrCodeImage;

TEST(QrCodeImageTest, RenderedQrDecodesBackToTheSameText)
{
    const QString url = QStringLiteral("https://qr.alipay.com/bax03431ljhokirwl38f00a7");
    auto image = QrCodeImage::render(url, 6);
    ASSERT_TRUE(image.ok()) << image.error().message.toStdString();
    auto decoded = QrCodeImage::decode(image.value());
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded.value(), url);
}

TEST(QrCodeImageTest, WechatCodeUrlWithQueryDecodesExactly)
{
    const QString codeUrl = QStringLiteral("weixin://wxpay/bizpayurl?pr=aIQrOYOzz");
    auto image = QrCodeImage::render(codeUrl, 4);
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(QrCodeImage::decode(image.value()).value(), codeUrl);
}

TEST(QrCodeImageTest, ImageHasAWhiteQuietZoneOfFourModules)
{
    const int module = 5;
    auto image = QrCodeImage::render(QStringLiteral("T01_20261125_0001_A1"), module);
    ASSERT_TRUE(image.ok());
    const QImage &qr = image.value();
    EXPECT_EQ(qr.width(), qr.height());
    EXPECT_EQ(qr.width() % module, 0) << "whole pixels per module";
    const int quiet = QrCodeImage::kQuietZoneModules * module;
    for (int i = 0; i < qr.width(); ++i) {
        for (int edge = 0; edge < quiet; ++edge) {
            ASSERT_EQ(qGray(qr.pixel(i, edge)), 255);
            ASSERT_EQ(qGray(qr.pixel(edge, i)), 255);
        }
    }
    EXPECT_EQ(qGray(qr.pixel(quiet, quiet)), 0)
        << "the finder pattern starts right after the quiet zone";
}

TEST(QrCodeImageTest, EmptyOrOversizedInputIsRefused)
{
    EXPECT_FALSE(QrCodeImage::render(QString()).ok());
    EXPECT_FALSE(QrCodeImage::render(QString(2001, QLatin1Char('a'))).ok());
    EXPECT_FALSE(QrCodeImage::render(QStringLiteral("x"), 0).ok());
}

TEST(QrCodeImageTest, BlankImageHasNoCode)
{
    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(255);
    auto decoded = QrCodeImage::decode(blank);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, QStringLiteral("qr.unreadable"));
}
