#pragma once

#include "common/Result.h"
#include "money/Money.h"

#include <optional>

namespace pos::storage {

class Database;

// Cash taken for sales and handed back as refunds by one cashier at one terminal.
struct CashTakings
{
    Money sales;   // net of cash tenders reversed
    Money refunds; // positive
};

// Where the cash of a shift is read from. The settlement ledger (migration 5, filled by triggers
// on every write path) when the database has it; otherwise the payment tables themselves.
enum class CashTakingsSource
{
    Ledger,
    PaymentTables
};

class CashTakingsQuery
{
public:
    explicit CashTakingsQuery(Database &database) : m_database(database) {}

    // The one place that picks the source.
    Result<CashTakingsSource> defaultSource() const;

    // Takings booked at or after `fromMs` and, if given, at or before `untilMs`.
    Result<CashTakings> between(const QString &terminalId, qint64 cashierId, qint64 fromMs,
                                std::optional<qint64> untilMs, const QString &currency) const;
    Result<CashTakings> between(CashTakingsSource source, const QString &terminalId,
                                qint64 cashierId, qint64 fromMs, std::optional<qint64> untilMs,
                                const QString &currency) const;

private:
    Database &m_database;
};

} // namespace pos::storage
