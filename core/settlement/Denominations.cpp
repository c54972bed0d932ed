#include "settlement/Denominations.h"

#include <algorithm>

namespace pos::settlement {

namespace {
constexpr auto kBill = DenominationForm::Bill;
constexpr auto kCoin = DenominationForm::Coin;
constexpr auto kEither = DenominationForm::BillOrCoin;

// Empty for a currency we know nothing about.
std::vector<Denomination> denominationsOf(const QString &currency)
{
    if (currency == QLatin1String("CNY")) {
        return {{10000, kBill}, {5000, kBill},  {2000, kBill}, {1000, kBill},
                {500, kBill},   {100, kEither}, {50, kEither}, {10, kEither},
                {5, kCoin},     {2, kCoin},     {1, kCoin}};
    }
    if (currency == QLatin1String("HKD")) {
        return {{100000, kBill}, {50000, kBill},  {10000, kBill}, {5000, kBill},
                {2000, kBill},   {1000, kEither}, {500, kCoin},   {200, kCoin},
                {100, kCoin},    {50, kCoin},     {20, kCoin},    {10, kCoin}};
    }
    if (currency == QLatin1String("USD")) {
        return {{10000, kBill}, {5000, kBill}, {2000, kBill},  {1000, kBill},
                {500, kBill},   {200, kBill},  {100, kEither}, {50, kCoin},
                {25, kCoin},    {10, kCoin},   {5, kCoin},     {1, kCoin}};
    }
    if (currency == QLatin1String("EUR")) {
        return {{50000, kBill}, {20000, kBill}, {10000, kBill}, {5000, kBill}, {2000, kBill},
                {1000, kBill},  {500, kBill},   {200, kCoin},   {100, kCoin},  {50, kCoin},
                {20, kCoin},    {10, kCoin},    {5, kCoin},     {2, kCoin},    {1, kCoin}};
    }
    return {};
}
} // namespace

Result<Denominations> Denominations::forCurrency(const QString &currency)
{
    if (auto known = denominationsOf(currency); !known.empty()) {
        return Denominations(currency, std::move(known));
    }
    return Result<Denominations>::failure(
        QStringLiteral("cash.unknown_currency"),
        QStringLiteral("no bills and coins are known for currency '%1'").arg(currency.left(16)));
}

Denominations Denominations::cny()
{
    return forCurrency(QStringLiteral("CNY")).value();
}

bool Denominations::contains(qint64 minor) const
{
    return std::any_of(m_all.begin(), m_all.end(),
                       [minor](const Denomination &d) { return d.minor == minor; });
}

} // namespace pos::settlement
