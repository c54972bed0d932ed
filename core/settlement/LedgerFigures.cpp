#include "settlement/LedgerFigures.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <utility>

namespace pos::settlement {

namespace {
struct Sum
{
    qint64 count = 0;
    qint64 minor = 0;

    void add(qint64 c, qint64 m)
    {
        count += c;
        minor += m;
    }
};

// " AND cashier_id = ?" for a cashier's view (IS NULL for 0), nothing for the device's: both
// forms let SQLite seek in the index.
QString cashierFilter(const DayReport &report, QVariantList *bindings)
{
    if (!report.cashierId) {
        return {};
    }
    if (*report.cashierId == 0) {
        return QStringLiteral(" AND cashier_id IS NULL");
    }
    bindings->append(*report.cashierId);
    return QStringLiteral(" AND cashier_id = ?");
}

struct Totals
{
    Sum sales;
    Sum discounts;
    Sum voids;
    Sum refunds;
    qint64 netMinor = 0;
    std::map<std::pair<QString, QString>, Sum> byTender;
    std::map<QString, Sum> byRefundChannel;
    std::map<int, Sum> byHour;

    // One report line (hour only for sales), its rows and their amount.
    void add(const QString &kind, const QString &channel, const QString &method, int hour,
             qint64 rows, qint64 minor)
    {
        if (kind == QLatin1String("sale")) {
            sales.add(rows, minor);
            byHour[hour].add(rows, minor);
        } else if (kind == QLatin1String("discount")) {
            discounts.add(rows, minor);
        } else if (kind == QLatin1String("void") || kind == QLatin1String("line_void")) {
            voids.add(rows, minor);
        } else if (kind == QLatin1String("tender") || kind == QLatin1String("tender_reversed")) {
            // A reversal row counts −1 (the ledger's CHECK ties count to kind).
            const qint64 count = kind == QLatin1String("tender") ? rows : -rows;
            byTender[{channel, method}].add(count, minor);
            netMinor += minor;
        } else if (kind == QLatin1String("refund")) {
            // Booked negative, shown as the positive amount that went back.
            byRefundChannel[channel].add(rows, -minor);
            refunds.add(rows, -minor);
            netMinor += minor;
        }
    }

    void fill(DayReport &report) const
    {
        const QString &currency = report.currency;
        const auto money = [&](qint64 minor) { return Money::fromMinor(minor, currency); };
        report.salesCount = int(sales.count);
        report.salesAmount = money(sales.minor);
        report.discountAmount = money(discounts.minor);
        report.voidCount = int(voids.count);
        report.voidAmount = money(voids.minor);
        report.refundCount = int(refunds.count);
        report.refundAmount = money(refunds.minor);
        report.netMinor = netMinor;
        report.tenders.clear();
        for (const auto &[key, sum] : byTender) {
            // A tender whose money all went back leaves nothing to show.
            if (sum.count != 0 || sum.minor != 0) {
                report.tenders.push_back({key.first, key.second, int(sum.count), money(sum.minor)});
            }
        }
        report.refunds.clear();
        for (const auto &[channel, sum] : byRefundChannel) {
            report.refunds.push_back({channel, int(sum.count), money(sum.minor)});
        }
        report.byHour.clear();
        for (const auto &[hour, sum] : byHour) {
            report.byHour.push_back({hour, int(sum.count), money(sum.minor)});
        }
    }
};

// One aggregate over the day's rows, grouped by line_id in the order of an index that holds it
// (SQLite adds up while it walks the index: no sort, no table reads), then the few lines named.
Status addTotals(const storage::Database &database, DayReport &report)
{
    QVariantList bindings{report.terminalId, report.businessDate.toString(Qt::ISODate)};
    const QString filter = cashierFilter(report, &bindings);
    auto query = database.exec(
        QStringLiteral("SELECT l.kind, l.channel, l.method, l.hour, t.n, t.total FROM (SELECT "
                       "line_id, COUNT(*) AS n, SUM(amount_minor) AS total FROM "
                       "settlement_ledger WHERE terminal_id = ? AND business_date = ?%1 GROUP BY "
                       "line_id) t JOIN settlement_lines l ON l.id = t.line_id")
            .arg(filter),
        bindings);
    if (!query) {
        return query.error();
    }
    Totals totals;
    while (query->next()) {
        totals.add(query->value(0).toString(), query->value(1).toString(),
                   query->value(2).toString(), query->value(3).toInt(),
                   query->value(4).toLongLong(), query->value(5).toLongLong());
    }
    totals.fill(report);
    return success();
}

// Money results booked into this day that belong to an earlier, closed one.
Status addCorrections(const storage::Database &database, DayReport &report)
{
    QVariantList bindings{report.terminalId, report.businessDate.toString(Qt::ISODate)};
    const QString filter = cashierFilter(report, &bindings);
    auto query = database.exec(
        QStringLiteral("SELECT kind, order_id, reference, correction_of, amount_minor FROM "
                       "settlement_ledger WHERE terminal_id = ? AND business_date = ? AND "
                       "correction_of IS NOT NULL AND kind IN ('tender', 'tender_reversed', "
                       "'refund')%1 ORDER BY id")
            .arg(filter),
        bindings);
    if (!query) {
        return query.error();
    }
    report.corrections.clear();
    while (query->next()) {
        report.corrections.push_back({query->value(0).toString(), query->value(1).toString(),
                                      query->value(2).toString(),
                                      QDate::fromString(query->value(3).toString(), Qt::ISODate),
                                      query->value(4).toLongLong()});
    }
    return success();
}
} // namespace

Status addLedgerFigures(const storage::Database &database, DayReport &report)
{
    if (auto totals = addTotals(database, report); !totals) {
        return totals;
    }
    return addCorrections(database, report);
}

} // namespace pos::settlement
