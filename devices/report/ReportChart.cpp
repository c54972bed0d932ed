#include "report/ReportChart.h"

#include "money/Money.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace pos::devices {

namespace {
const QColor kBar(0x3A, 0x6E, 0xA5);
const QColor kAxis(0x55, 0x55, 0x55);
constexpr double kBarFill = 0.7; // of the slot a bar stands in
constexpr double kLabelShare = 0.45;

qint64 largest(const std::vector<ChartBar> &bars)
{
    qint64 top = 0;
    for (const ChartBar &bar : bars) {
        top = std::max(top, bar.valueMinor);
    }
    return top;
}

// Share of the largest value, for geometry only: amounts themselves are never doubles.
double share(qint64 value, qint64 top)
{
    return top > 0 && value > 0 ? static_cast<double>(value) / static_cast<double>(top) : 0.0;
}

QString yuan(qint64 minor)
{
    return Money::fromMinor(minor).toDecimalString();
}

// Draws the title and returns the area left for the chart, or an empty rect after the note.
QRectF frame(QPainter &painter, const QRectF &area, const QString &title, const QFont &font,
             bool empty, const QString &emptyNote)
{
    QFont bold = font;
    bold.setBold(true);
    const double line = QFontMetricsF(bold, painter.device()).height();
    painter.setFont(bold);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft, title);
    const QRectF rest = area.adjusted(0, line * 1.3, 0, 0);
    if (empty) {
        painter.setFont(font);
        painter.setPen(kAxis);
        painter.drawText(rest, Qt::AlignCenter, emptyNote);
        painter.setPen(Qt::black);
        return {};
    }
    return rest;
}
} // namespace

void ReportChart::columns(QPainter &painter, const QRectF &area, const QString &title,
                          const std::vector<ChartBar> &bars, const QFont &font,
                          const QString &emptyNote)
{
    const QRectF chart = frame(painter, area, title, font, bars.empty(), emptyNote);
    if (chart.isEmpty()) {
        return;
    }
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.75);
    const double line = QFontMetricsF(small, painter.device()).height();
    const double base = chart.bottom() - line;
    const double top = chart.top() + line;
    const double slot = chart.width() / static_cast<double>(bars.size());
    const qint64 highest = largest(bars);
    painter.setFont(small);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double x = chart.left() + slot * static_cast<double>(i);
        const double height = (base - top) * share(bars[i].valueMinor, highest);
        const QRectF bar(x + slot * (1 - kBarFill) / 2, base - height, slot * kBarFill, height);
        painter.fillRect(bar, kBar);
        painter.drawText(QRectF(x, base, slot, line), Qt::AlignHCenter | Qt::AlignTop,
                         bars[i].label);
        if (bars[i].valueMinor != 0) {
            const QString value = yuan(bars[i].valueMinor);
            painter.drawText(QRectF(x - slot, bar.top() - line, 3 * slot, line),
                             Qt::AlignHCenter | Qt::AlignBottom, value);
        }
    }
    painter.setPen(QPen(kAxis, 0));
    painter.drawLine(QPointF(chart.left(), base), QPointF(chart.right(), base));
    painter.setPen(Qt::black);
}

void ReportChart::rows(QPainter &painter, const QRectF &area, const QString &title,
                       const std::vector<ChartBar> &bars, const QFont &font,
                       const QString &emptyNote)
{
    const QRectF chart = frame(painter, area, title, font, bars.empty(), emptyNote);
    if (chart.isEmpty()) {
        return;
    }
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);
    const QFontMetricsF metrics(small, painter.device());
    const double slot =
        std::min(chart.height() / static_cast<double>(bars.size()), metrics.height() * 2);
    const double labelWidth = chart.width() * kLabelShare;
    const double valueWidth = metrics.horizontalAdvance(QStringLiteral("00000000.00"));
    const double barSpace = chart.width() - labelWidth - valueWidth;
    const qint64 highest = largest(bars);
    painter.setFont(small);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double y = chart.top() + slot * static_cast<double>(i);
        const QRectF label(chart.left(), y, labelWidth - metrics.height() / 2, slot);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bars[i].label, Qt::ElideRight, label.width()));
        const double length = barSpace * share(bars[i].valueMinor, highest);
        const QRectF bar(chart.left() + labelWidth, y + slot * (1 - kBarFill) / 2, length,
                         slot * kBarFill);
        painter.fillRect(bar, kBar);
        painter.drawText(QRectF(bar.right() + metrics.height() / 2, y, valueWidth, slot),
                         Qt::AlignLeft | Qt::AlignVCenter, yuan(bars[i].valueMinor));
    }
    painter.setPen(QPen(kAxis, 0));
    painter.drawLine(QPointF(chart.left() + labelWidth, chart.top()),
                     QPointF(chart.left() + labelWidth, chart.top() + slot * bars.size()));
    painter.setPen(Qt::black);
}

} // namespace pos::devices
