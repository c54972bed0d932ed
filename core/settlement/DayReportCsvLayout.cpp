#include "settlement/DayReportCsvLayout.h"

namespace pos::settlement {

const std::array<DayReportCsvSectionSpec, kDayReportCsvSectionCount> &dayReportCsvSections()
{
    const auto fieldValue = QStringList{QStringLiteral("field"), QStringLiteral("value")};
    static const std::array<DayReportCsvSectionSpec, kDayReportCsvSectionCount> sections = {{
        {QStringLiteral("summary"), fieldValue},
        {QStringLiteral("tenders"),
         {QStringLiteral("channel"), QStringLiteral("method"), QStringLiteral("count"),
          QStringLiteral("amount")}},
        {QStringLiteral("refunds"),
         {QStringLiteral("channel"), QStringLiteral("count"), QStringLiteral("amount")}},
        {QStringLiteral("by_hour"),
         {QStringLiteral("hour"), QStringLiteral("count"), QStringLiteral("amount")}},
        {QStringLiteral("unresolved"),
         {QStringLiteral("out_trade_no"), QStringLiteral("order_id"), QStringLiteral("channel"),
          QStringLiteral("state"), QStringLiteral("amount"), QStringLiteral("carried_over"),
          QStringLiteral("carried_over_by")}},
        {QStringLiteral("corrections"),
         {QStringLiteral("kind"), QStringLiteral("order_id"), QStringLiteral("reference"),
          QStringLiteral("original_date"), QStringLiteral("amount")}},
        {QStringLiteral("cash"), fieldValue},
    }};
    return sections;
}

QString guardCsvText(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@[\t\r'");
    return !text.isEmpty() && risky.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString unguardCsvText(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) ? text.mid(1) : text;
}

} // namespace pos::settlement
