#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>

namespace pos::bench {

// A settlement ledger of a given size, made fast: rows are inserted straight into
// settlement_ledger by one INSERT … SELECT over a recursive sequence inside one transaction,
// bypassing the booking triggers on orders, attempts and refunds (the rows look like theirs:
// sales, discounts, tenders on six channel/method pairs, reversals, refunds, voids, eight cashiers,
// 24 hours). The guard trigger against writing into a closed day still runs.
class LedgerWorkload
{
public:
    static const QString kTerminal;
    static const QDate kDay;

    // `rows` rows into kTerminal/kDay, and `background` rows spread over other days and a
    // second terminal (what the reports' WHERE must skip).
    static Status generate(storage::Database &database, qint64 rows, qint64 background);

    struct Floor
    {
        qint64 rows = 0;
        qint64 netMinor = 0; // tenders, reversals and refunds
        qint64 salesMinor = 0;
    };
    // The bare aggregate over the day's rows: SELECT kind, channel, SUM(amount_minor), COUNT(*)
    // … GROUP BY kind, channel, read to the end.
    static Result<Floor> floor(const storage::Database &database);
    // EXPLAIN QUERY PLAN of `sql` for the day, one line per step.
    static QString plan(const storage::Database &database, const QString &sql);
    static QString floorSql();
};

} // namespace pos::bench
