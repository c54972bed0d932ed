#pragma once

#include "common/Result.h"
#include "money/Money.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace pos::reconciliation {

// One paid trade on a channel's statement.
struct StatementLine
{
    int lineNumber = 0;
    QString outTradeNo;
    Money amount;
    QString channelTradeNo;
};

// A statement for one channel and one day, in the plain CSV every weak channel can be exported
// to (or typed from a paper slip):
//
//   out_trade_no,amount,channel_trade_no
//   T01202611250007A1,12.30,BANK0001
//
// Only paid trades are listed; a trade absent from the day's statement was not paid. The file
// is hostile input: size, header, every field and every amount are checked, and the whole file
// is refused with the line number of the first problem (nothing half-applied).
struct Statement
{
    QString channel;
    QDate day;
    std::vector<StatementLine> lines;
};

Result<Statement> parseStatementCsv(const QByteArray &bytes, const QString &channel,
                                    const QDate &day);

inline constexpr qsizetype kMaxStatementBytes = 16 * 1024 * 1024;

} // namespace pos::reconciliation
