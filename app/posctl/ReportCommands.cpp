// posctl x / z / z-history: the day's figures, the day-end close and past closes.
#include "CommandContext.h"
#include "Outcomes.h"

#include "report/DayReportLayout.h"
#include "report/DayReportPdf.h"
#include "settlement/DayReportCsv.h"
#include "settlement/ReportService.h"
#include "storage/CashierRepository.h"

#include <QCommandLineParser>
#include <QFile>

namespace pos::cli {

namespace {

constexpr const char *kXUsage = "usage: posctl x [--date YYYY-MM-DD] [--cashier CODE] [--csv FILE] "
                                "[--pdf FILE] [--columns 32|48]";
constexpr const char *kZUsage =
    "usage: posctl z --supervisor CODE --supervisor-pin PIN [--date YYYY-MM-DD] "
    "[--carry-over OUT_TRADE_NO]... [--csv FILE] [--pdf FILE] [--columns 32|48]\n"
    "       posctl z --show --date YYYY-MM-DD [--csv FILE] [--pdf FILE]";

Result<QCommandLineParser *>
parse(CommandContext &context, QCommandLineParser &parser, const char *command, const char *usage,
      std::initializer_list<std::pair<const char *, const char *>> valued,
      std::initializer_list<std::pair<const char *, const char *>> flags = {})
{
    for (const auto &[name, help] : valued) {
        parser.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("value")});
    }
    for (const auto &[name, help] : flags) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help)});
    }
    if (!parser.parse(QStringList{QString::fromLatin1(command)} + context.arguments) ||
        !parser.positionalArguments().isEmpty()) {
        context.err << (parser.errorText().isEmpty() ? QString::fromLatin1(usage)
                                                     : parser.errorText())
                    << Qt::endl;
        return Error{QStringLiteral("usage"), QString()};
    }
    return &parser;
}

Result<QDate> businessDate(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("date"))) {
        return context.runtime.sale().calendar().businessDate(QDateTime::currentDateTime());
    }
    const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid()) {
        context.err << "--date must be YYYY-MM-DD" << Qt::endl;
        return Error{QStringLiteral("usage"), QString()};
    }
    return date;
}

int columnsOf(const QCommandLineParser &parser, const runtime::TerminalRuntime &runtime)
{
    return parser.isSet(QStringLiteral("columns")) ? parser.value(QStringLiteral("columns")).toInt()
                                                   : runtime.config().devices.printer.columns;
}

// Prints the report as the receipt printer would, and writes the CSV when asked.
int show(CommandContext &context, const QCommandLineParser &parser,
         const settlement::DayReport &report)
{
    const int columns = columnsOf(parser, context.runtime);
    if (columns != 32 && columns != 48) {
        context.err << "--columns must be 32 or 48" << Qt::endl;
        return kUsage;
    }
    context.out << devices::DayReportLayout::renderText(report, QDateTime::currentDateTime(),
                                                        columns)
                << Qt::endl;
    if (parser.isSet(QStringLiteral("csv"))) {
        QFile file(parser.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(settlement::toCsv(report)) < 0 || !file.flush()) {
            context.err << "cannot write " << file.fileName() << ": " << file.errorString()
                        << Qt::endl;
            return kError;
        }
        context.out << "CSV written to " << file.fileName() << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("pdf"))) {
        const QString path = parser.value(QStringLiteral("pdf"));
        if (auto written = devices::DayReportPdf::writePdf(report, path); !written) {
            context.err << written.error().message << Qt::endl;
            return kError;
        }
        context.out << "PDF written to " << path << Qt::endl;
    }
    return kOk;
}

int exitCodeOf(const Error &error)
{
    if (error.code == QLatin1String("z.not_supervisor")) {
        return kAuthFailed;
    }
    if (error.code.startsWith(QLatin1String("z."))) {
        return kRefused;
    }
    return kError;
}

} // namespace

int runXReport(CommandContext &context)
{
    QCommandLineParser parser;
    if (!parse(context, parser, "posctl x", kXUsage,
               {{"date", "Business date (default: today's)."},
                {"cashier", "Only this cashier's figures (code)."},
                {"csv", "Also write the report as CSV."},
                {"pdf", "Also write the report as PDF."},
                {"columns", "Paper width in columns (32 or 48)."}})) {
        return kUsage;
    }
    auto date = businessDate(context, parser);
    if (!date) {
        return kUsage;
    }
    std::optional<qint64> cashierId;
    if (parser.isSet(QStringLiteral("cashier"))) {
        auto cashier = storage::CashierRepository(context.runtime.database())
                           .findByCode(parser.value(QStringLiteral("cashier")));
        if (!cashier) {
            context.err << "unknown cashier " << parser.value(QStringLiteral("cashier"))
                        << Qt::endl;
            return kBadInput;
        }
        cashierId = cashier->id;
    }
    auto report =
        settlement::ReportService(context.runtime.database())
            .xReport(context.runtime.config().identity.terminalId, date.value(), cashierId);
    if (!report) {
        context.err << report.error().message << Qt::endl;
        return kError;
    }
    return show(context, parser, report.value());
}

int runZReport(CommandContext &context)
{
    QCommandLineParser parser;
    if (!parse(context, parser, "posctl z", kZUsage,
               {{"date", "Business date to close (default: today's)."},
                {"supervisor", "Supervisor code."},
                {"supervisor-pin", "Supervisor PIN."},
                {"carry-over", "Carry this unresolved payment over to the next day (repeatable)."},
                {"csv", "Also write the report as CSV."},
                {"pdf", "Also write the report as PDF."},
                {"columns", "Paper width in columns (32 or 48)."}},
               {{"show", "Show the stored Z report of --date instead of closing."}})) {
        return kUsage;
    }
    auto date = businessDate(context, parser);
    if (!date) {
        return kUsage;
    }
    const QString terminalId = context.runtime.config().identity.terminalId;
    settlement::ReportService reports(context.runtime.database());
    if (parser.isSet(QStringLiteral("show"))) {
        auto stored = reports.zReport(terminalId, date.value());
        if (!stored) {
            context.err << stored.error().message << Qt::endl;
            return exitCodeOf(stored.error());
        }
        return show(context, parser, stored.value());
    }
    auto supervisor =
        login(context, QStringLiteral("supervisor"), parser.value(QStringLiteral("supervisor")),
              parser.value(QStringLiteral("supervisor-pin")));
    if (!supervisor) {
        return kAuthFailed;
    }
    for (const QString &outTradeNo : parser.values(QStringLiteral("carry-over"))) {
        if (auto carried = reports.carryOver(outTradeNo, supervisor.value()); !carried) {
            context.err << carried.error().message << Qt::endl;
            return exitCodeOf(carried.error());
        }
        context.out << "carried over " << outTradeNo << Qt::endl;
    }
    auto closed = reports.closeDay(terminalId, date.value(), supervisor.value());
    if (!closed) {
        context.err << closed.error().message << Qt::endl;
        return exitCodeOf(closed.error());
    }
    context.out << "Z " << closed->zNumber << " closed " << terminalId << ' '
                << date->toString(Qt::ISODate) << Qt::endl;
    return show(context, parser, closed.value());
}

int runZHistory(CommandContext &context)
{
    auto history = settlement::ReportService(context.runtime.database())
                       .zHistory(context.runtime.config().identity.terminalId);
    if (!history) {
        context.err << history.error().message << Qt::endl;
        return kError;
    }
    for (const settlement::ZSummary &z : history.value()) {
        context.out << "Z " << z.zNumber << ' ' << z.businessDate.toString(Qt::ISODate)
                    << " closed " << z.closedAt.toLocalTime().toString(Qt::ISODate) << " by "
                    << z.closedBy << " sales " << z.salesCount << ' '
                    << z.salesAmount.toDecimalString() << " refunds "
                    << z.refundAmount.toDecimalString() << Qt::endl;
    }
    return kOk;
}

} // namespace pos::cli
