// posctl statement: settles Pending-Statement attempts from a weak channel's CSV statement.
#include "CommandContext.h"

#include "reconciliation/PendingStatementImport.h"

#include <QCommandLineParser>
#include <QFile>

namespace pos::cli {

namespace {
const char *kStatementUsage =
    "usage: posctl statement --channel CHANNEL --date YYYY-MM-DD FILE.csv\n"
    "       (header out_trade_no,amount,channel_trade_no; listed = paid, absent = not paid)";
}

int runStatement(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("channel"), QStringLiteral("The channel of the statement."),
                      QStringLiteral("channel")});
    parser.addOption({QStringLiteral("date"), QStringLiteral("The day the statement covers."),
                      QStringLiteral("date")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The statement CSV."));
    if (!parser.parse(QStringList{QStringLiteral("posctl statement")} + context.arguments) ||
        parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("channel")) ||
        !parser.isSet(QStringLiteral("date"))) {
        context.err << kStatementUsage << Qt::endl;
        return kUsage;
    }
    const QDate day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << "cannot read " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return kBadInput;
    }
    const QByteArray bytes = file.read(reconciliation::kMaxStatementBytes + 1);
    auto statement =
        reconciliation::parseStatementCsv(bytes, parser.value(QStringLiteral("channel")), day);
    if (!statement) {
        context.err << file.fileName() << ": " << statement.error().message << Qt::endl;
        return kBadInput;
    }
    auto summary = reconciliation::applyStatement(statement.value(), context.runtime.database(),
                                                  context.runtime.payments());
    if (!summary) {
        context.err << summary.error().message << Qt::endl;
        return kError;
    }
    context.out << "paid " << summary->paid << " not_paid " << summary->notPaid
                << " already_settled " << summary->alreadySettled << " unmatched "
                << summary->unmatched.size() << " problems " << summary->problems.size()
                << Qt::endl;
    for (const QString &number : summary->unmatched) {
        context.out << "unmatched " << number << Qt::endl;
    }
    for (const QString &problem : summary->problems) {
        context.out << "problem " << problem << Qt::endl;
    }
    return summary->problems.isEmpty() ? kOk : kRefused;
}

} // namespace pos::cli
