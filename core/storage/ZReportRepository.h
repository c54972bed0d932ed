#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace pos::storage {

class Database;

// A day-end close as stored: numbered per terminal, with the report snapshot (JSON) taken when
// the day was closed. The database refuses to change or delete one, and refuses a number that
// is not the terminal's next.
struct StoredZReport
{
    QString terminalId;
    QDate businessDate;
    qint64 zNumber = 0;
    QDateTime closedAt;
    QString closedBy; // supervisor code
    QByteArray snapshot;
};

// A supervisor's decision that an unresolved attempt of a day does not block its close.
struct CarryOver
{
    QString outTradeNo;
    QString terminalId;
    QDate businessDate;
    QString supervisor; // code
    QDateTime at;
};

class ZReportRepository
{
public:
    explicit ZReportRepository(Database &database) : m_database(database) {}

    // 1 for the terminal's first Z. Read it in the transaction that inserts the report.
    Result<qint64> nextNumber(const QString &terminalId) const;
    // Error code "z.already_closed" when the day already has a Z.
    Status insert(const StoredZReport &report);
    Result<bool> isClosed(const QString &terminalId, const QDate &businessDate) const;
    // Error code "z.not_found" when the day has no Z.
    Result<StoredZReport> find(const QString &terminalId, const QDate &businessDate) const;
    // Newest first.
    Result<std::vector<StoredZReport>> history(const QString &terminalId) const;

    // Error code "z.already_carried_over" for a second carry-over of the same attempt.
    Status insertCarryOver(const CarryOver &carryOver);
    Result<std::optional<CarryOver>> findCarryOver(const QString &outTradeNo) const;

private:
    Database &m_database;
};

} // namespace pos::storage
