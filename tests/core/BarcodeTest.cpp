// GTIN barcodes on goods: EAN-13, UPC-A and EAN-8 check digits and normalisation.
#include "domain/Barcode.h"

#include <gtest/gtest.h>

namespace pos {
namespace {

TEST(BarcodeTest, CheckDigitOfRealEan13Codes)
{
    EXPECT_EQ(barcode::checkDigit(QStringLiteral("400638133393")), 1); // 4006381333931
    EXPECT_EQ(barcode::checkDigit(QStringLiteral("690123456789")), 2); // 6901234567892
    EXPECT_EQ(barcode::checkDigit(QStringLiteral("978014300723")), 4); // ISBN 9780143007234
    EXPECT_EQ(barcode::checkDigit(QStringLiteral("590123412345")), 7); // GS1 example
}

TEST(BarcodeTest, CheckDigitOfUpcAAndEan8)
{
    EXPECT_EQ(barcode::checkDigit(QStringLiteral("03600029145")), 2); // UPC-A 036000291452
    EXPECT_EQ(barcode::checkDigit(QStringLiteral("9638507")), 4);     // EAN-8 96385074
}

TEST(BarcodeTest, ValidCodesAreAccepted)
{
    for (const QString &code : {QStringLiteral("4006381333931"), QStringLiteral("6901234567892"),
                                QStringLiteral("9780143007234"), QStringLiteral("5901234123457"),
                                QStringLiteral("036000291452"), QStringLiteral("96385074")}) {
        EXPECT_TRUE(barcode::isValid(code)) << code.toStdString();
    }
}

TEST(BarcodeTest, WrongCheckDigitIsRefused)
{
    for (const QString &code : {QStringLiteral("4006381333932"), QStringLiteral("4006381333930"),
                                QStringLiteral("6901234567891"), QStringLiteral("036000291453"),
                                QStringLiteral("96385075")}) {
        EXPECT_FALSE(barcode::isValid(code)) << code.toStdString();
    }
}

TEST(BarcodeTest, SwappedAdjacentDigitsAreRefused)
{
    // Transposing two neighbouring digits is the commonest keying mistake.
    EXPECT_FALSE(barcode::isValid(QStringLiteral("4006381339331")));
    EXPECT_FALSE(barcode::isValid(QStringLiteral("0400638133393")));
}

TEST(BarcodeTest, NonDigitsAreRefused)
{
    for (const QString &code : {QStringLiteral("400638133393A"), QStringLiteral("40063813339 1"),
                                QStringLiteral("-400638133393"), QStringLiteral(""),
                                QStringLiteral("４００６３８１３３３９３１"), // full-width digits
                                QStringLiteral(" 4006381333931")}) {
        EXPECT_FALSE(barcode::isValid(code)) << code.toStdString();
    }
}

TEST(BarcodeTest, UnsupportedLengthsAreRefused)
{
    // 11, 14 and 7 digits, each with a check digit that would be right for its length.
    const QString eleven = QStringLiteral("0123456789") +
                           QString::number(barcode::checkDigit(QStringLiteral("0123456789")));
    const QString fourteen = QStringLiteral("1400638133393") +
                             QString::number(barcode::checkDigit(QStringLiteral("1400638133393")));
    EXPECT_FALSE(barcode::isValid(eleven));
    EXPECT_FALSE(barcode::isValid(fourteen));
    EXPECT_FALSE(barcode::isValid(QStringLiteral("9638507")));
}

TEST(BarcodeTest, UpcAIsNormalizedToEan13)
{
    const QString normalized = barcode::normalized(QStringLiteral("036000291452"));
    EXPECT_EQ(normalized, QStringLiteral("0036000291452"));
    EXPECT_TRUE(barcode::isValid(normalized));
}

TEST(BarcodeTest, NormalizationTrimsAndKeepsOtherLengths)
{
    EXPECT_EQ(barcode::normalized(QStringLiteral(" 4006381333931\n")),
              QStringLiteral("4006381333931"));
    EXPECT_EQ(barcode::normalized(QStringLiteral("96385074")), QStringLiteral("96385074"));
    EXPECT_EQ(barcode::normalized(QStringLiteral(" 036000291452 ")),
              QStringLiteral("0036000291452"));
}

} // namespace
} // namespace pos
