#pragma once

#include "common/Result.h"
#include "money/Money.h"
#include "settlement/Denominations.h"

#include <map>

namespace pos::settlement {

// The contents of a drawer as counted: how many of each bill and coin. Only known denominations
// of the count's currency and sane quantities get in, so total() cannot overflow.
class CashCount
{
public:
    // More pieces of one denomination than any drawer holds: a typo (or an attack), not a count.
    static constexpr qint64 kMaxQuantity = 10000;

    explicit CashCount(Denominations denominations = Denominations::cny())
        : m_denominations(std::move(denominations))
    {
    }

    // Builds a count from (denomination in minor units → quantity); the first bad entry fails it.
    static Result<CashCount> of(const Denominations &denominations,
                                const std::map<qint64, qint64> &quantities);

    // Sets how many pieces of `denominationMinor` were counted (0 removes the row).
    // Errors: "cash.unknown_denomination", "cash.bad_quantity".
    Status set(qint64 denominationMinor, qint64 quantity);

    const QString &currency() const { return m_denominations.currency(); }
    const Denominations &denominations() const { return m_denominations; }
    qint64 quantityOf(qint64 denominationMinor) const;
    // Only the denominations with a quantity above zero, smallest value first.
    const std::map<qint64, qint64> &quantities() const { return m_quantities; }
    Money total() const;

    friend bool operator==(const CashCount &a, const CashCount &b)
    {
        return a.currency() == b.currency() && a.m_quantities == b.m_quantities;
    }

private:
    Denominations m_denominations;
    std::map<qint64, qint64> m_quantities;
};

} // namespace pos::settlement
