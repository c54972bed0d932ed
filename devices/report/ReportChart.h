#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace pos::devices {

// A bar of a chart on paper: its label and its value in minor units, shown as yuan.
struct ChartBar
{
    QString label;
    qint64 valueMinor = 0;
};

// Plain bar charts painted with QPainter, for documents (the screens use Qt Charts). Bars are
// scaled to the largest value; negative values are drawn as empty bars; no bars: a note.
class ReportChart
{
public:
    // Columns standing on a base line, labels under them, values above them.
    static void columns(QPainter &painter, const QRectF &area, const QString &title,
                        const std::vector<ChartBar> &bars, const QFont &font,
                        const QString &emptyNote);
    // Bars growing to the right from a label column, values after them.
    static void rows(QPainter &painter, const QRectF &area, const QString &title,
                     const std::vector<ChartBar> &bars, const QFont &font,
                     const QString &emptyNote);
};

} // namespace pos::devices
