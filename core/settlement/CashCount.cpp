#include "settlement/CashCount.h"

namespace pos::settlement {

Result<CashCount> CashCount::of(const Denominations &denominations,
                                const std::map<qint64, qint64> &quantities)
{
    CashCount count(denominations);
    for (const auto &[denomination, quantity] : quantities) {
        if (auto set = count.set(denomination, quantity); !set) {
            return set.error();
        }
    }
    return count;
}

Status CashCount::set(qint64 denominationMinor, qint64 quantity)
{
    if (!m_denominations.contains(denominationMinor)) {
        return Error{QStringLiteral("cash.unknown_denomination"),
                     QStringLiteral("%1 is not a bill or coin of %2")
                         .arg(Money::fromMinor(denominationMinor, currency()).toDecimalString(),
                              currency())};
    }
    if (quantity < 0 || quantity > kMaxQuantity) {
        return Error{
            QStringLiteral("cash.bad_quantity"),
            QStringLiteral("%1 pieces of %2 %3: a count must be between 0 and %4")
                .arg(quantity)
                .arg(Money::fromMinor(denominationMinor, currency()).toDecimalString(), currency())
                .arg(kMaxQuantity)};
    }
    if (quantity == 0) {
        m_quantities.erase(denominationMinor);
    } else {
        m_quantities[denominationMinor] = quantity;
    }
    return success();
}

qint64 CashCount::quantityOf(qint64 denominationMinor) const
{
    const auto found = m_quantities.find(denominationMinor);
    return found == m_quantities.end() ? 0 : found->second;
}

Money CashCount::total() const
{
    // Bounded by kMaxQuantity × the largest face value per row: far from overflowing int64.
    qint64 minor = 0;
    for (const auto &[denomination, quantity] : m_quantities) {
        minor += denomination * quantity;
    }
    return Money::fromMinor(minor, currency());
}

} // namespace pos::settlement
