#pragma once

#include "common/Result.h"

#include <QString>

#include <vector>

namespace pos::settlement {

// How a value circulates: 1 元, 5 角 and 1 角 exist as notes and as coins and are counted together.
enum class DenominationForm
{
    Bill,
    Coin,
    BillOrCoin
};

struct Denomination
{
    qint64 minor = 0; // face value in minor units (分)
    DenominationForm form = DenominationForm::Bill;

    friend bool operator==(const Denomination &, const Denomination &) = default;
};

// The bills and coins of one currency a drawer can hold, largest first: the rows of a cash count.
class Denominations
{
public:
    // CNY: ¥100, 50, 20, 10, 5 notes; ¥1, 5 角, 1 角 notes or coins; 5, 2, 1 分 coins (still legal
    // tender and needed to count a drawer to the fen). Also HKD, USD and EUR.
    // Error "cash.unknown_currency" for any other code.
    static Result<Denominations> forCurrency(const QString &currency);
    static Denominations cny();

    const QString &currency() const { return m_currency; }
    const std::vector<Denomination> &all() const { return m_all; }
    bool contains(qint64 minor) const;

private:
    Denominations(QString currency, std::vector<Denomination> all)
        : m_currency(std::move(currency)), m_all(std::move(all))
    {
    }

    QString m_currency;
    std::vector<Denomination> m_all;
};

} // namespace pos::settlement
