#pragma once

#include <QString>
#include <QStringList>

#include <array>

namespace pos::settlement {

// What DayReportCsv's writer and reader share: the sections, their headers, the text guard.
enum class DayReportCsvSection
{
    Summary,
    Tenders,
    Refunds,
    ByHour,
    Unresolved,
    Corrections,
    Cash
};

struct DayReportCsvSectionSpec
{
    QString name; // as written between brackets
    QStringList header;
};

inline constexpr int kDayReportCsvSectionCount = 7;

const std::array<DayReportCsvSectionSpec, kDayReportCsvSectionCount> &dayReportCsvSections();

// An apostrophe in front of text a spreadsheet would run as a formula, or that could pass for a
// section line, or that starts with an apostrophe itself; unguard removes exactly one.
QString guardCsvText(const QString &text);
QString unguardCsvText(const QString &text);

} // namespace pos::settlement
