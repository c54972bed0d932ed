#pragma once

#include "common/Result.h"
#include "settlement/DayReport.h"

#include <QCoreApplication>
#include <QString>

namespace pos::devices {

// An X or Z report as an A4 PDF for the office: a header (title, terminal, business day,
// cashier or all cashiers, as of), tables of the same blocks as the printed report, and bar
// charts of sales by hour and by tender. Chinese text is set in WenQuanYi Micro Hei (the
// system's sans serif where that font is missing). Long lists continue on further pages.
class DayReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(DayReportPdf)

public:
    // Writes the file at `path` (replaced if it exists); "report_pdf.write_failed" when the file
    // cannot be written.
    static Status writePdf(const settlement::DayReport &report, const QString &path);
};

} // namespace pos::devices
