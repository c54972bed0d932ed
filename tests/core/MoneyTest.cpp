// Money: parsing, formatting, overflow-checked arithmetic and rounding of scaled amounts.
#include "money/Money.h"

#include "CorePrinters.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <limits>

namespace pos {
namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Money cny(qint64 minor)
{
    return Money::fromMinor(minor, QStringLiteral("CNY"));
}

qint64 parsedMinor(const QString &text)
{
    const auto parsed = Money::parse(text);
    EXPECT_TRUE(parsed.ok()) << text.toStdString() << ": "
                             << (parsed ? std::string() : parsed.error().message.toStdString());
    return parsed ? parsed->minor() : -999999;
}

TEST(MoneyTest, ParsesWholeAndDecimalAmounts)
{
    EXPECT_EQ(parsedMinor(QStringLiteral("12")), 1200);
    EXPECT_EQ(parsedMinor(QStringLiteral("12.3")), 1230);
    EXPECT_EQ(parsedMinor(QStringLiteral("12.30")), 1230);
    EXPECT_EQ(parsedMinor(QStringLiteral("0.01")), 1);
    EXPECT_EQ(parsedMinor(QStringLiteral("0.00")), 0);
}

TEST(MoneyTest, ParsesNegativeAmountBelowOneYuan)
{
    EXPECT_EQ(parsedMinor(QStringLiteral("-0.05")), -5);
    EXPECT_EQ(parsedMinor(QStringLiteral("-12.30")), -1230);
}

TEST(MoneyTest, ParsesYuanSignsAndSurroundingSpaces)
{
    EXPECT_EQ(parsedMinor(QStringLiteral("¥12.30")), 1230);
    EXPECT_EQ(parsedMinor(QStringLiteral("￥12.30")), 1230); // full-width yen sign
    EXPECT_EQ(parsedMinor(QStringLiteral(" 7.5 ")), 750);
    EXPECT_EQ(parsedMinor(QStringLiteral("¥ 7.5")), 750);
}

TEST(MoneyTest, ParsedAmountKeepsRequestedCurrency)
{
    const auto parsed = Money::parse(QStringLiteral("3.10"), QStringLiteral("USD"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->currency(), QStringLiteral("USD"));
    EXPECT_EQ(Money::parse(QStringLiteral("3.10"))->currency(), QStringLiteral("CNY"));
}

TEST(MoneyTest, ParsesSixteenDigitAmount)
{
    EXPECT_EQ(parsedMinor(QStringLiteral("9999999999999999.99")), 999999999999999999);
}

TEST(MoneyTest, MalformedAmountsAreRefused)
{
    const QStringList bad{
        QStringLiteral("12.345"), QStringLiteral("1e3"),  QStringLiteral("12,30"),
        QStringLiteral(""),       QStringLiteral("abc"),  QStringLiteral("--1"),
        QStringLiteral("12."),    QStringLiteral(".5"),   QStringLiteral("1 2"),
        QStringLiteral("+-1"),    QStringLiteral("0x10"), QStringLiteral("   "),
        QStringLiteral("12.3.4"), QStringLiteral("１２"), // full-width digits
    };
    for (const QString &text : bad) {
        const auto parsed = Money::parse(text);
        EXPECT_FALSE(parsed.ok()) << "accepted '" << text.toStdString() << "' as "
                                  << (parsed ? parsed->minor() : 0);
        if (!parsed) {
            EXPECT_EQ(parsed.error().code, QStringLiteral("money.malformed")) << text.toStdString();
            EXPECT_FALSE(parsed.error().message.isEmpty());
        }
    }
}

TEST(MoneyTest, SeventeenDigitAmountIsRefused)
{
    EXPECT_FALSE(Money::parse(QStringLiteral("99999999999999999")).ok());
    EXPECT_FALSE(Money::parse(QStringLiteral("92233720368547758.07")).ok());
}

TEST(MoneyTest, CurrencySignInsideTheDigitsIsRefused)
{
    // "¥" is allowed in front of an amount, not between its digits: "1¥2" is a typo, not 12.00.
    EXPECT_FALSE(Money::parse(QStringLiteral("1¥2.30")).ok());
    EXPECT_FALSE(Money::parse(QStringLiteral("12.¥30")).ok());
}

TEST(MoneyTest, FormatsTwoDecimals)
{
    EXPECT_EQ(cny(1230).toDecimalString(), QStringLiteral("12.30"));
    EXPECT_EQ(cny(5).toDecimalString(), QStringLiteral("0.05"));
    EXPECT_EQ(cny(0).toDecimalString(), QStringLiteral("0.00"));
    EXPECT_EQ(cny(100).toDecimalString(), QStringLiteral("1.00"));
}

TEST(MoneyTest, FormatsNegativeAmounts)
{
    EXPECT_EQ(cny(-5).toDecimalString(), QStringLiteral("-0.05"));
    EXPECT_EQ(cny(-1230).toDecimalString(), QStringLiteral("-12.30"));
}

TEST(MoneyTest, FormatsInt64Extremes)
{
    EXPECT_EQ(cny(kMax).toDecimalString(), QStringLiteral("92233720368547758.07"));
    EXPECT_EQ(cny(kMin).toDecimalString(), QStringLiteral("-92233720368547758.08"));
}

TEST(MoneyTest, FormattedAmountParsesBackToTheSameValue)
{
    for (qint64 minor : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(-100), qint64(123456),
                         qint64(999999999999999999)}) {
        const auto parsed = Money::parse(cny(minor).toDecimalString());
        ASSERT_TRUE(parsed.ok()) << minor;
        EXPECT_EQ(parsed.value(), cny(minor));
    }
}

TEST(MoneyTest, AddsAndSubtracts)
{
    EXPECT_EQ(cny(1230).plus(cny(70)).value(), cny(1300));
    EXPECT_EQ(cny(1230).minus(cny(1300)).value(), cny(-70));
}

TEST(MoneyTest, AdditionOverflowIsRefused)
{
    const auto sum = cny(kMax).plus(cny(1));
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().code, QStringLiteral("money.overflow"));
    EXPECT_FALSE(cny(kMin).plus(cny(-1)).ok());
}

TEST(MoneyTest, SubtractionOverflowIsRefused)
{
    const auto difference = cny(kMin).minus(cny(1));
    ASSERT_FALSE(difference.ok());
    EXPECT_EQ(difference.error().code, QStringLiteral("money.overflow"));
    EXPECT_FALSE(cny(kMax).minus(cny(-1)).ok());
    EXPECT_FALSE(cny(0).minus(cny(kMin)).ok());
}

TEST(MoneyTest, MultiplicationOverflowIsRefused)
{
    EXPECT_EQ(cny(350).times(3).value(), cny(1050));
    EXPECT_EQ(cny(kMax / 2).times(2).value(), cny(kMax - 1));
    const auto product = cny(kMax / 2 + 1).times(2);
    ASSERT_FALSE(product.ok());
    EXPECT_EQ(product.error().code, QStringLiteral("money.overflow"));
    EXPECT_FALSE(cny(kMin).times(-1).ok());
    EXPECT_FALSE(cny(-2).times(kMax).ok());
}

TEST(MoneyTest, MixingCurrenciesIsRefused)
{
    const Money usd = Money::fromMinor(100, QStringLiteral("USD"));
    const auto sum = cny(100).plus(usd);
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().code, QStringLiteral("money.currency_mismatch"));
    const auto difference = cny(100).minus(usd);
    ASSERT_FALSE(difference.ok());
    EXPECT_EQ(difference.error().code, QStringLiteral("money.currency_mismatch"));
    EXPECT_NE(cny(100), usd);
}

TEST(MoneyTest, WeighedPriceRoundsToNearestFen)
{
    // ¥12.80/kg × 333 g = 426.24 fen -> 426 fen.
    EXPECT_EQ(cny(1280).scaled(333, 1000).value(), cny(426));
    // ¥12.80/kg × 337 g = 431.36 fen -> 431 fen; × 338 g = 432.64 -> 433.
    EXPECT_EQ(cny(1280).scaled(337, 1000).value(), cny(431));
    EXPECT_EQ(cny(1280).scaled(338, 1000).value(), cny(433));
}

TEST(MoneyTest, ScaledHalfRoundsAwayFromZero)
{
    EXPECT_EQ(cny(100).scaled(5, 1000).value(), cny(1));   // 0.5 -> 1
    EXPECT_EQ(cny(5).scaled(1, 2).value(), cny(3));        // 2.5 -> 3 (not banker's 2)
    EXPECT_EQ(cny(3).scaled(1, 2).value(), cny(2));        // 1.5 -> 2
    EXPECT_EQ(cny(149).scaled(1, 100).value(), cny(1));    // 1.49 -> 1
    EXPECT_EQ(cny(-100).scaled(5, 1000).value(), cny(-1)); // -0.5 -> -1
    EXPECT_EQ(cny(-5).scaled(1, 2).value(), cny(-3));      // -2.5 -> -3
    EXPECT_EQ(cny(5).scaled(-1, 2).value(), cny(-3));      // negative factor too
    EXPECT_EQ(cny(-149).scaled(1, 100).value(), cny(-1));  // -1.49 -> -1
    EXPECT_EQ(cny(0).scaled(7, 3).value(), cny(0));
}

TEST(MoneyTest, ScaledHasNoIntermediateOverflow)
{
    EXPECT_EQ(cny(kMax).scaled(1000, 1000).value(), cny(kMax));
    EXPECT_EQ(cny(kMin).scaled(1000, 1000).value(), cny(kMin));
}

TEST(MoneyTest, ScaledResultBeyondInt64IsRefused)
{
    const auto scaled = cny(kMax).scaled(2, 1);
    ASSERT_FALSE(scaled.ok());
    EXPECT_EQ(scaled.error().code, QStringLiteral("money.overflow"));
    EXPECT_FALSE(cny(kMin).scaled(-1, 1).ok());
}

TEST(MoneyTest, ScaleByNonPositiveDenominatorIsRefused)
{
    EXPECT_EQ(cny(100).scaled(1, 0).error().code, QStringLiteral("money.bad_scale"));
    EXPECT_EQ(cny(100).scaled(1, -5).error().code, QStringLiteral("money.bad_scale"));
}

TEST(MoneyTest, ScaledKeepsCurrency)
{
    const Money usd = Money::fromMinor(1000, QStringLiteral("USD"));
    EXPECT_EQ(usd.scaled(1, 3)->currency(), QStringLiteral("USD"));
    EXPECT_EQ(usd.times(3)->currency(), QStringLiteral("USD"));
}

TEST(MoneyTest, ComparesWithinOneCurrency)
{
    EXPECT_LT(cny(-1), cny(0));
    EXPECT_LE(cny(5), cny(5));
    EXPECT_GT(cny(500), cny(499));
    EXPECT_TRUE(cny(0).isZero());
    EXPECT_TRUE(cny(-1).isNegative());
    EXPECT_TRUE(cny(1).isPositive());
    EXPECT_EQ(Money::zero(), cny(0));
}

} // namespace
} // namespace pos

TEST(MoneyParseMinorTest, WholeFenAreReadExactly)
{
    auto parsed = pos::Money::parseMinor(QStringLiteral("1234"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->minor(), 1234);
    EXPECT_EQ(pos::Money::parseMinor(QStringLiteral("0"))->minor(), 0);
}

TEST(MoneyParseMinorTest, AnythingButPlainDigitsIsRefused)
{
    for (const char *bad :
         {"", "-1", "+1", "12.00", " 1", "1e3", "0x10", "1234567890123456", "１２"}) {
        EXPECT_FALSE(pos::Money::parseMinor(QString::fromUtf8(bad)).ok()) << bad;
    }
}
