// Codes drawn with ZXing's own writer, then moved, scaled, rotated and buried in noise, must
// read back to exactly the text that was drawn: payment codes (as Code 128 and as QR), goods
// (EAN-13) and the customer QR.
#include "scanner/ImageCodeReader.h"
#include "scanner/ImageScanner.h"
#include "support/TestSupport.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTransform>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <gtest/gtest.h>

using pos::devices::DecodedCode;
using pos::devices::ImageCodeReader;
using pos::devices::ImageScanner;
using pos::test::waitUntil;

namespace {

// One pixel per module (1-D codes `barHeight` rows high) with a white margin of `margin`
// modules, scaled up `scale` times with whole pixels.
QImage drawCode(ZXing::BarcodeFormat format, const QString &text, int scale, int margin = 10,
                int barHeight = 40)
{
    ZXing::MultiFormatWriter writer(format);
    writer.setMargin(format == ZXing::BarcodeFormat::QRCode ? 0 : margin);
    const bool linear = format != ZXing::BarcodeFormat::QRCode;
    const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 0, linear ? barHeight : 0);
    const int quiet = linear ? 0 : margin;
    QImage image(matrix.width() + 2 * quiet, matrix.height() + 2 * quiet,
                 QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (matrix.get(x, y)) {
                image.setPixel(x + quiet, y + quiet, 0);
            }
        }
    }
    return image.scaled(image.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

QString withEan13CheckDigit(const QString &twelveDigits)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        sum += twelveDigits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    }
    return twelveDigits + QString::number((10 - sum % 10) % 10);
}

QImage rotated90(const QImage &image)
{
    return image.transformed(QTransform().rotate(90));
}

// `code` placed at `at` on a large white page sprinkled with grey specks (a seeded generator,
// so every run sees the same page).
QImage onNoisyPage(const QImage &code, QSize page, QPoint at)
{
    QImage out(page, QImage::Format_RGB32);
    out.fill(Qt::white);
    QRandomGenerator random(20261125);
    for (int i = 0; i < page.width() * page.height() / 50; ++i) {
        const int shade = random.bounded(120, 230);
        out.setPixel(random.bounded(page.width()), random.bounded(page.height()),
                     qRgb(shade, shade, shade));
    }
    QPainter painter(&out);
    painter.drawImage(at, code);
    return out;
}

QList<DecodedCode> readOk(const QImage &image)
{
    auto result = ImageCodeReader::read(image);
    EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
    return result ? result.value() : QList<DecodedCode>();
}

const QString kWechatCode = QStringLiteral("134567890123456789");       // 18 digits, 10–15
const QString kAlipayShort = QStringLiteral("2876543210987654");        // 16 digits, 25–30
const QString kAlipayLong = QStringLiteral("287654321098765432101234"); // 24 digits
const QString kUnionPayCode = QStringLiteral("6212345678901234567");    // 19 digits, 62
const QString kCodeUrl = QStringLiteral("https://qr.alipay.com/bax03431ljhokirwl38f00a7");

TEST(ImageCodeReaderTest, PaymentCodesAsCode128ReadBackExactly)
{
    for (const QString &code : {kWechatCode, kAlipayShort, kAlipayLong, kUnionPayCode}) {
        const auto codes = readOk(drawCode(ZXing::BarcodeFormat::Code128, code, 3));
        ASSERT_EQ(codes.size(), 1) << code.toStdString();
        EXPECT_EQ(codes.first().text, code);
        EXPECT_EQ(codes.first().format, QStringLiteral("Code128"));
    }
}

TEST(ImageCodeReaderTest, PaymentCodesAsQrReadBackExactly)
{
    for (const QString &code : {kWechatCode, kAlipayShort, kAlipayLong, kUnionPayCode, kCodeUrl}) {
        const auto codes = readOk(drawCode(ZXing::BarcodeFormat::QRCode, code, 3, 4));
        ASSERT_EQ(codes.size(), 1) << code.toStdString();
        EXPECT_EQ(codes.first().text, code);
        EXPECT_EQ(codes.first().format, QStringLiteral("QRCode"));
    }
}

TEST(ImageCodeReaderTest, Ean13WithItsCheckDigitReadsAsEan13NotUpcA)
{
    const QString goods = withEan13CheckDigit(QStringLiteral("690123456789"));
    const QString leadingZero = withEan13CheckDigit(QStringLiteral("012345678901"));
    for (const QString &code : {goods, leadingZero}) {
        const auto codes = readOk(drawCode(ZXing::BarcodeFormat::EAN13, code, 3));
        ASSERT_EQ(codes.size(), 1) << code.toStdString();
        EXPECT_EQ(codes.first().text, code) << "all 13 digits, as the catalogue knows them";
        EXPECT_EQ(codes.first().format, QStringLiteral("EAN13"));
    }
}

TEST(ImageCodeReaderTest, CodesTurnedNinetyDegreesAreRead)
{
    const auto bars = readOk(rotated90(drawCode(ZXing::BarcodeFormat::Code128, kWechatCode, 3)));
    ASSERT_EQ(bars.size(), 1);
    EXPECT_EQ(bars.first().text, kWechatCode);
    const auto qr = readOk(rotated90(drawCode(ZXing::BarcodeFormat::QRCode, kCodeUrl, 3, 4)));
    ASSERT_EQ(qr.size(), 1);
    EXPECT_EQ(qr.first().text, kCodeUrl);
}

TEST(ImageCodeReaderTest, CodeOnALargeNoisyPageIsFoundWhereItIs)
{
    const QImage qr = drawCode(ZXing::BarcodeFormat::QRCode, kUnionPayCode, 3, 4);
    const QPoint at(900, 500);
    const auto codes = readOk(onNoisyPage(qr, QSize(1600, 1200), at));
    ASSERT_EQ(codes.size(), 1);
    EXPECT_EQ(codes.first().text, kUnionPayCode);
    ASSERT_EQ(codes.first().position.size(), 4);
    const QRect where(at, qr.size());
    EXPECT_TRUE(where.contains(codes.first().position.boundingRect()))
        << "the corners lie on the code, not elsewhere on the page";
}

TEST(ImageCodeReaderTest, TwoCodesInOnePictureAreBothRead)
{
    QImage page(1400, 700, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter painter(&page);
    painter.drawImage(40, 60, drawCode(ZXing::BarcodeFormat::Code128, kAlipayShort, 3));
    painter.drawImage(900, 150, drawCode(ZXing::BarcodeFormat::QRCode, kCodeUrl, 4, 4));
    painter.end();
    QStringList texts;
    for (const DecodedCode &code : readOk(page)) {
        texts << code.text;
    }
    texts.sort();
    EXPECT_EQ(texts, QStringList({kAlipayShort, kCodeUrl}));
}

// ZXing 1.4 (Debian keeps its asserts) aborted the process on these: a bar code found again
// in a downscaled copy of a large picture, and the same bar code twice.
TEST(ImageCodeReaderTest, BarCodeOnALargePictureDoesNotAbortTheReader)
{
    const QImage bars = drawCode(ZXing::BarcodeFormat::Code128, kUnionPayCode, 3);
    const auto codes = readOk(onNoisyPage(bars, QSize(1920, 1080), QPoint(300, 400)));
    ASSERT_EQ(codes.size(), 1);
    EXPECT_EQ(codes.first().text, kUnionPayCode);
    EXPECT_EQ(codes.first().format, QStringLiteral("Code128"));
}

TEST(ImageCodeReaderTest, SameBarCodeTwiceIsReadOnceWithoutAborting)
{
    const QImage bars = drawCode(ZXing::BarcodeFormat::EAN13,
                                 withEan13CheckDigit(QStringLiteral("690123456789")), 3);
    QImage page(1400, 900, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter painter(&page);
    painter.drawImage(40, 60, bars);
    painter.drawImage(600, 500, bars);
    painter.end();
    const auto codes = readOk(page);
    ASSERT_EQ(codes.size(), 1);
    EXPECT_EQ(codes.first().format, QStringLiteral("EAN13"));
}

TEST(ImageCodeReaderTest, CodeOnATransparentBackgroundIsRead)
{
    const QImage code = drawCode(ZXing::BarcodeFormat::QRCode, kWechatCode, 4, 4);
    QImage transparent(code.size(), QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    for (int y = 0; y < code.height(); ++y) {
        for (int x = 0; x < code.width(); ++x) {
            if (qGray(code.pixel(x, y)) == 0) {
                transparent.setPixel(x, y, qRgba(0, 0, 0, 255));
            }
        }
    }
    const auto codes = readOk(transparent);
    ASSERT_EQ(codes.size(), 1);
    EXPECT_EQ(codes.first().text, kWechatCode);
}

TEST(ImageCodeReaderTest, PictureWithoutACodeGivesAnEmptyListNotAnError)
{
    QImage blank(640, 480, QImage::Format_RGB32);
    blank.fill(Qt::white);
    EXPECT_TRUE(readOk(blank).isEmpty());
    EXPECT_TRUE(readOk(onNoisyPage(QImage(), QSize(640, 480), QPoint())).isEmpty());
}

TEST(ImageCodeReaderTest, EmptyOrHugeImagesAreRefusedWithAReason)
{
    auto null = ImageCodeReader::read(QImage());
    ASSERT_FALSE(null.ok());
    EXPECT_EQ(null.error().code, QStringLiteral("scan.image_empty"));

    QImage huge(5000, 4001, QImage::Format_Mono); // 20.005 MP, 2.5 MB in memory
    ASSERT_FALSE(huge.isNull());
    auto tooLarge = ImageCodeReader::read(huge);
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_EQ(tooLarge.error().code, QStringLiteral("scan.image_too_large"));
    EXPECT_TRUE(tooLarge.error().message.contains(QStringLiteral("5000")));
}

class ImageScannerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        scanner.setClock([this] { return nowMs; });
    }

    // Submits a frame and waits until it has been decoded.
    void feed(const QImage &frame)
    {
        const int before = int(decoded.count());
        scanner.submitFrame(frame);
        ASSERT_TRUE(waitUntil([&] { return decoded.count() > before; }, 5000));
    }

    QStringList scannedCodes() const
    {
        QStringList out;
        for (const QList<QVariant> &args : scans) {
            out << args.at(0).toString();
        }
        return out;
    }

    qint64 nowMs = 10'000;
    ImageScanner scanner;
    QSignalSpy scans{&scanner, &ImageScanner::scanned};
    QSignalSpy decoded{&scanner, &ImageScanner::frameDecoded};
    const QImage wechat = drawCode(ZXing::BarcodeFormat::Code128, kWechatCode, 2);
    const QImage alipay = drawCode(ZXing::BarcodeFormat::QRCode, kAlipayShort, 3, 4);
};

TEST_F(ImageScannerTest, CodeIsReportedOnceWithTheImageSource)
{
    feed(wechat);
    ASSERT_EQ(scans.count(), 1);
    EXPECT_EQ(scans.first().at(0).toString(), kWechatCode);
    EXPECT_EQ(scans.first().at(1).toString(), QStringLiteral("image"));
    EXPECT_EQ(scanner.sourceName(), QStringLiteral("image"));
}

TEST_F(ImageScannerTest, CodeHeldInFrontOfTheCameraIsNotReportedAgain)
{
    feed(wechat);
    for (int frame = 0; frame < 4; ++frame) {
        nowMs += 1000; // each sighting inside the window keeps it quiet, for 4 s in all
        feed(wechat);
    }
    EXPECT_EQ(scannedCodes(), QStringList({kWechatCode}));
}

TEST_F(ImageScannerTest, CodeShownAgainAfterTheWindowIsReportedAgain)
{
    feed(wechat);
    nowMs += ImageScanner::kDefaultDedupeWindowMs - 1;
    feed(alipay); // the WeChat code is out of sight now
    nowMs += ImageScanner::kDefaultDedupeWindowMs;
    feed(wechat);
    EXPECT_EQ(scannedCodes(), QStringList({kWechatCode, kAlipayShort, kWechatCode}));
}

TEST_F(ImageScannerTest, DedupeWindowCanBeChanged)
{
    scanner.setDedupeWindowMs(100);
    feed(wechat);
    nowMs += 100;
    feed(wechat);
    EXPECT_EQ(scans.count(), 2);
}

TEST_F(ImageScannerTest, FramesWithoutCodesAndBadFramesReportNothing)
{
    QSignalSpy rejected(&scanner, &ImageScanner::frameRejected);
    QImage blank(320, 240, QImage::Format_Grayscale8);
    blank.fill(255);
    feed(blank);
    EXPECT_EQ(decoded.last().at(0).toInt(), 0);
    scanner.submitFrame(QImage());
    ASSERT_TRUE(waitUntil([&] { return rejected.count() == 1; }, 5000));
    EXPECT_EQ(scans.count(), 0);
    feed(wechat);
    EXPECT_EQ(scans.count(), 1) << "a rejected frame does not stop the scanner";
}

TEST_F(ImageScannerTest, FramesArrivingWhileBusyKeepOnlyTheNewest)
{
    QImage blank(320, 240, QImage::Format_Grayscale8);
    blank.fill(255);
    scanner.submitFrame(blank);  // decoding
    scanner.submitFrame(wechat); // waiting…
    scanner.submitFrame(alipay); // …replaced by the newest
    ASSERT_TRUE(waitUntil([&] { return !scanner.isBusy(); }, 5000));
    EXPECT_EQ(decoded.count(), 2);
    EXPECT_EQ(scannedCodes(), QStringList({kAlipayShort}));
}

} // namespace
