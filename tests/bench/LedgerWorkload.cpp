#include "LedgerWorkload.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace pos::bench {

const QString LedgerWorkload::kTerminal = QStringLiteral("T01");
const QDate LedgerWorkload::kDay(2026, 6, 10);

namespace {
// n → one ledger row, all derived from n (r: a cheap scramble of n) so the run is repeatable.
// Kinds per 100 rows: 38 sales, 4 discounts, 43 tenders, 2 reversals, 5 refunds, 3 voids,
// 5 line voids. Parameters: rows, in the day?, terminal, terminal, in the day?, day, day,
// midnight of the day in ms.
const QString kGenerated = QStringLiteral(R"(
WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n + 1 < ?),
gen AS (
  SELECT n, (n * 2654435761) % 1000003 AS r,
         CASE WHEN n % 100 < 38 THEN 'sale' WHEN n % 100 < 42 THEN 'discount'
              WHEN n % 100 < 85 THEN 'tender'
              WHEN n % 100 < 87 THEN 'tender_reversed' WHEN n % 100 < 92 THEN 'refund'
              WHEN n % 100 < 95 THEN 'void' ELSE 'line_void' END AS kind
  FROM seq),
generated AS (
  SELECT CASE WHEN ? THEN ? ELSE (CASE WHEN n % 2 = 0 THEN 'T02' ELSE ? END) END AS terminal_id,
         CASE WHEN ? THEN ? ELSE date(?, printf('%+d days', 1 + n % 30)) END AS business_date,
         1 + (r % 8) AS cashier_id,
         kind,
         CASE WHEN kind IN ('tender', 'tender_reversed', 'refund')
              THEN (CASE r % 6 WHEN 0 THEN 'cash' WHEN 1 THEN 'alipay' WHEN 2 THEN 'alipay'
                               WHEN 3 THEN 'wechat' WHEN 4 THEN 'wechat' ELSE 'unionpay' END)
              ELSE '' END AS channel,
         CASE WHEN kind IN ('tender', 'tender_reversed', 'refund')
              THEN (CASE r % 6 WHEN 0 THEN 'cash' WHEN 2 THEN 'face_pay'
                               WHEN 4 THEN 'customer_qr' ELSE 'payment_code' END)
              ELSE '' END AS method,
         CASE kind WHEN 'tender_reversed' THEN -1 ELSE 1 END AS count,
         CASE WHEN kind IN ('tender_reversed', 'refund') THEN -(100 + r % 20000)
              ELSE 100 + r % 20000 END AS amount_minor,
         'B-' || (n / 3) AS order_id,
         CASE WHEN kind IN ('tender', 'tender_reversed', 'refund') THEN 'REF-' || n
              ELSE '' END AS reference,
         ? + (r % 86400) * 1000 AS at_ms,
         (r % 86400) / 3600 AS hour
  FROM gen))");

// The report lines the rows need, then the rows with their line.
const QString kInsertLines = QStringLiteral(
    " INSERT OR IGNORE INTO settlement_lines (kind, channel, method, hour) SELECT DISTINCT kind, "
    "channel, method, CASE kind WHEN 'sale' THEN hour ELSE -1 END FROM generated");
const QString kInsertRows = QStringLiteral(
    " INSERT INTO settlement_ledger (terminal_id, business_date, cashier_id, kind, channel, "
    "method, count, amount_minor, order_id, reference, at_ms, hour, line_id) SELECT "
    "terminal_id, business_date, cashier_id, kind, channel, method, count, amount_minor, "
    "order_id, reference, at_ms, hour, (SELECT id FROM settlement_lines l WHERE l.kind = g.kind "
    "AND l.channel = g.channel AND l.method = g.method AND l.hour = CASE g.kind WHEN 'sale' THEN "
    "g.hour ELSE -1 END) FROM generated g");
} // namespace

Status LedgerWorkload::generate(storage::Database &database, qint64 rows, qint64 background)
{
    // Room for the indexes being built (bench only; the terminal keeps SQLite's default).
    if (auto cache = database.exec(QStringLiteral("PRAGMA cache_size = -1048576")); !cache) {
        return cache.error();
    }
    storage::Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started();
    }
    const QString day = kDay.toString(Qt::ISODate);
    const qint64 dayStartMs = QDateTime(kDay, QTime(0, 0)).toMSecsSinceEpoch();
    for (const auto &[count, inDay] : {std::pair{rows, true}, std::pair{background, false}}) {
        if (count <= 0) {
            continue;
        }
        const QVariantList bindings{count, inDay, kTerminal, kTerminal,
                                    inDay, day,   day,       dayStartMs};
        for (const QString &insert : {kInsertLines, kInsertRows}) {
            if (auto inserted = database.exec(kGenerated + insert, bindings); !inserted) {
                return inserted.error();
            }
        }
    }
    return transaction.commit();
}

QString LedgerWorkload::floorSql()
{
    return QStringLiteral("SELECT kind, channel, SUM(amount_minor), COUNT(*) FROM "
                          "settlement_ledger WHERE terminal_id = ? AND business_date = ? "
                          "GROUP BY kind, channel");
}

Result<LedgerWorkload::Floor> LedgerWorkload::floor(const storage::Database &database)
{
    auto query = database.exec(floorSql(), {kTerminal, kDay.toString(Qt::ISODate)});
    if (!query) {
        return query.error();
    }
    Floor floor;
    while (query->next()) {
        const QString kind = query->value(0).toString();
        const qint64 sum = query->value(2).toLongLong();
        floor.rows += query->value(3).toLongLong();
        if (kind == QLatin1String("sale")) {
            floor.salesMinor += sum;
        } else if (kind.startsWith(QLatin1String("tender")) || kind == QLatin1String("refund")) {
            floor.netMinor += sum;
        }
    }
    return floor;
}

QString LedgerWorkload::plan(const storage::Database &database, const QString &sql)
{
    auto query = database.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql,
                               {kTerminal, kDay.toString(Qt::ISODate)});
    if (!query) {
        return query.error().message;
    }
    QStringList steps;
    while (query->next()) {
        steps << query->value(3).toString();
    }
    return steps.join(QStringLiteral("; "));
}

} // namespace pos::bench
