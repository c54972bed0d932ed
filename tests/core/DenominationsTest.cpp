// The bills and coins of a currency and the cash count built from them: totals to the fen,
// unknown denominations and negative or absurd quantities refused.
#include "CorePrinters.h"

#include "settlement/CashCount.h"
#include "settlement/Denominations.h"

#include <gtest/gtest.h>

#include <limits>

namespace pos {
namespace {

using settlement::CashCount;
using settlement::DenominationForm;
using settlement::Denominations;

TEST(Denominations, CnyListsNotesAndCoinsLargestFirst)
{
    const Denominations cny = Denominations::cny();
    EXPECT_EQ(cny.currency(), QStringLiteral("CNY"));
    std::vector<qint64> values;
    for (const auto &denomination : cny.all()) {
        values.push_back(denomination.minor);
    }
    EXPECT_EQ(values, (std::vector<qint64>{10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 2, 1}));
    EXPECT_EQ(cny.all().front().form, DenominationForm::Bill);
    EXPECT_EQ(cny.all()[5].form, DenominationForm::BillOrCoin); // ¥1 note or coin
    EXPECT_EQ(cny.all().back().form, DenominationForm::Coin);
    EXPECT_FALSE(cny.contains(20)); // no 2 角 in circulation
    EXPECT_FALSE(cny.contains(200));
}

TEST(Denominations, OtherCurrenciesHaveTheirOwnAndUnknownOnesAreRefused)
{
    auto usd = Denominations::forCurrency(QStringLiteral("USD"));
    ASSERT_TRUE(usd.ok());
    EXPECT_TRUE(usd->contains(25));
    EXPECT_FALSE(Denominations::cny().contains(25));
    for (const QString &code : {QString(), QStringLiteral("cny"), QStringLiteral("XXX"),
                                QString(10000, QLatin1Char('C'))}) {
        auto unknown = Denominations::forCurrency(code);
        ASSERT_FALSE(unknown.ok());
        EXPECT_EQ(unknown.error().code, QStringLiteral("cash.unknown_currency"));
        EXPECT_LT(unknown.error().message.size(), 100);
    }
}

TEST(CashCount, TotalsToTheFen)
{
    auto count =
        CashCount::of(Denominations::cny(),
                      {{10000, 4}, {5000, 1}, {1000, 1}, {100, 3}, {10, 3}, {5, 1}, {2, 2}});
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count->total(), Money::fromMinor(46339));
    EXPECT_EQ(count->quantityOf(10000), 4);
    EXPECT_EQ(count->quantityOf(1), 0);
    EXPECT_EQ(CashCount().total(), Money::fromMinor(0));
}

TEST(CashCount, ZeroRemovesTheRow)
{
    CashCount count;
    ASSERT_TRUE(count.set(500, 3).ok());
    ASSERT_TRUE(count.set(500, 0).ok());
    EXPECT_TRUE(count.quantities().empty());
    EXPECT_EQ(count, CashCount());
}

TEST(CashCount, UnknownDenominationIsRefused)
{
    CashCount count;
    for (qint64 value : {qint64(0), qint64(-100), qint64(20), qint64(300), qint64(25),
                         std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
        auto set = count.set(value, 1);
        ASSERT_FALSE(set.ok()) << value;
        EXPECT_EQ(set.error().code, QStringLiteral("cash.unknown_denomination"));
    }
    EXPECT_TRUE(count.quantities().empty());
}

TEST(CashCount, NegativeOrAbsurdQuantityIsRefusedAndChangesNothing)
{
    CashCount count;
    ASSERT_TRUE(count.set(10000, 2).ok());
    for (qint64 quantity :
         {qint64(-1), CashCount::kMaxQuantity + 1, std::numeric_limits<qint64>::max(),
          std::numeric_limits<qint64>::min()}) {
        auto set = count.set(10000, quantity);
        ASSERT_FALSE(set.ok()) << quantity;
        EXPECT_EQ(set.error().code, QStringLiteral("cash.bad_quantity"));
        EXPECT_TRUE(set.error().message.contains(QStringLiteral("100.00")))
            << set.error().message.toStdString();
    }
    EXPECT_EQ(count.quantityOf(10000), 2);
    EXPECT_TRUE(count.set(10000, CashCount::kMaxQuantity).ok());
    EXPECT_EQ(count.total(), Money::fromMinor(10000 * CashCount::kMaxQuantity));
}

TEST(CashCount, ABuiltCountStopsAtTheFirstBadEntry)
{
    auto bad = CashCount::of(Denominations::cny(), {{100, 3}, {300, 1}});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("cash.unknown_denomination"));
    auto negative = CashCount::of(Denominations::cny(), {{100, -3}});
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().code, QStringLiteral("cash.bad_quantity"));
}

TEST(CashCount, CountsInDifferentCurrenciesDiffer)
{
    auto usd = CashCount::of(Denominations::forCurrency(QStringLiteral("USD")).value(), {{100, 1}});
    auto cny = CashCount::of(Denominations::cny(), {{100, 1}});
    ASSERT_TRUE(usd.ok() && cny.ok());
    EXPECT_EQ(usd->total().currency(), QStringLiteral("USD"));
    EXPECT_FALSE(usd.value() == cny.value());
}

} // namespace
} // namespace pos
