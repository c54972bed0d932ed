#include "reconciliation/StatementCsv.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace pos::reconciliation {

namespace {
Result<Statement> refuse(int lineNumber, const QString &why)
{
    return Result<Statement>::failure(
        QStringLiteral("statement.bad_line"),
        lineNumber > 0 ? QStringLiteral("statement line %1: %2").arg(lineNumber).arg(why) : why);
}

const QRegularExpression &merchantNumber()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z_-]{1,64}$"));
    return pattern;
}
} // namespace

Result<Statement> parseStatementCsv(const QByteArray &bytes, const QString &channel,
                                    const QDate &day)
{
    if (bytes.size() > kMaxStatementBytes) {
        return refuse(0, QStringLiteral("the statement is larger than 16 MiB"));
    }
    if (!day.isValid()) {
        return refuse(0, QStringLiteral("the statement needs the day it covers"));
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1); // a byte-order mark from spreadsheet exports
    }
    const QStringList rows = text.split(QLatin1Char('\n'));
    Statement statement{channel, day, {}};
    QSet<QString> seen;
    bool headerSeen = false;
    for (int index = 0; index < rows.size(); ++index) {
        const int lineNumber = index + 1;
        const QString row = rows[index].trimmed();
        if (row.isEmpty() || row.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList fields = row.split(QLatin1Char(','));
        if (!headerSeen) {
            if (fields.size() != 3 || fields[0].trimmed() != QLatin1String("out_trade_no") ||
                fields[1].trimmed() != QLatin1String("amount") ||
                fields[2].trimmed() != QLatin1String("channel_trade_no")) {
                return refuse(lineNumber, QStringLiteral("expected the header out_trade_no,amount,"
                                                         "channel_trade_no"));
            }
            headerSeen = true;
            continue;
        }
        if (fields.size() != 3) {
            return refuse(lineNumber,
                          QStringLiteral("expected 3 fields, found %1").arg(fields.size()));
        }
        StatementLine line;
        line.lineNumber = lineNumber;
        line.outTradeNo = fields[0].trimmed();
        line.channelTradeNo = fields[2].trimmed();
        if (!merchantNumber().match(line.outTradeNo).hasMatch()) {
            return refuse(lineNumber, QStringLiteral("'%1' is not a merchant order number")
                                          .arg(line.outTradeNo.left(80)));
        }
        if (!line.channelTradeNo.isEmpty() &&
            !merchantNumber().match(line.channelTradeNo).hasMatch()) {
            return refuse(lineNumber, QStringLiteral("'%1' is not a channel trade number")
                                          .arg(line.channelTradeNo.left(80)));
        }
        auto amount = Money::parse(fields[1].trimmed());
        if (!amount) {
            return refuse(lineNumber, amount.error().message);
        }
        if (!amount->isPositive()) {
            return refuse(lineNumber, QStringLiteral("a paid amount must be more than zero"));
        }
        line.amount = amount.value();
        if (seen.contains(line.outTradeNo)) {
            return refuse(lineNumber,
                          QStringLiteral("%1 appears twice on the statement").arg(line.outTradeNo));
        }
        seen.insert(line.outTradeNo);
        statement.lines.push_back(line);
    }
    if (!headerSeen) {
        return refuse(0, QStringLiteral("the statement is empty"));
    }
    return statement;
}

} // namespace pos::reconciliation
