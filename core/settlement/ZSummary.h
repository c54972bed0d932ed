#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pos::settlement {

// One line of a terminal's Z history, read from the stored snapshot.
struct ZSummary
{
    qint64 zNumber = 0;
    QString terminalId;
    QDate businessDate;
    QDateTime closedAt;
    QString closedBy; // supervisor code
    int salesCount = 0;
    Money salesAmount;
    Money refundAmount;
    qint64 netMinor = 0;

    friend bool operator==(const ZSummary &, const ZSummary &) = default;
};

} // namespace pos::settlement
