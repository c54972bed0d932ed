#include "report/PdfCanvas.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace pos::devices {

namespace {
constexpr double kMarginMm = 15;
constexpr double kFooterMm = 8;
constexpr double kCellPaddingMm = 1.0;
constexpr double kSectionFontPt = 12;
constexpr double kFooterFontPt = 8;
constexpr double kMmPerInch = 25.4;
const QColor kRule(0x99, 0x99, 0x99);
const QColor kShade(0xEE, 0xF2, 0xF7);
const QString kFontFamily = QStringLiteral("WenQuanYi Micro Hei");
} // namespace

PdfCanvas::PdfCanvas(QPdfWriter &writer, QPainter &painter, QString footer)
    : m_writer(writer), m_painter(painter), m_footer(std::move(footer))
{
    const double margin = mm(kMarginMm);
    m_area = QRectF(margin, margin, m_writer.width() - 2 * margin,
                    m_writer.height() - 2 * margin - mm(kFooterMm));
    m_y = m_area.top();
}

double PdfCanvas::mm(double millimetres) const
{
    return millimetres * m_writer.resolution() / kMmPerInch;
}

QFont PdfCanvas::font(double pointSize, bool bold) const
{
    // The family has the Chinese glyphs; where it is missing the style hint picks the default
    // sans serif of the system, and fontconfig still substitutes a CJK face for CJK text.
    QFont f(kFontFamily);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

double PdfCanvas::lineHeight(const QFont &f) const
{
    return QFontMetricsF(f, &m_writer).height();
}

void PdfCanvas::ensureRoom(double height)
{
    if (m_y + height > m_area.bottom()) {
        newPage();
    }
}

void PdfCanvas::newPage()
{
    footer();
    m_writer.newPage();
    ++m_page;
    m_y = m_area.top();
}

void PdfCanvas::finish()
{
    footer();
}

void PdfCanvas::footer()
{
    const QFont f = font(kFooterFontPt);
    m_painter.setFont(f);
    m_painter.setPen(Qt::darkGray);
    const QRectF line(m_area.left(), m_area.bottom() + mm(kFooterMm) - lineHeight(f),
                      m_area.width(), lineHeight(f));
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_page));
    m_painter.setPen(Qt::black);
}

void PdfCanvas::text(const QString &value, double pointSize, bool bold)
{
    const QFont f = font(pointSize, bold);
    const QRectF bounds =
        QFontMetricsF(f, &m_writer)
            .boundingRect(QRectF(0, 0, m_area.width(), m_area.height()), Qt::TextWordWrap, value);
    ensureRoom(bounds.height());
    m_painter.setFont(f);
    m_painter.drawText(QRectF(m_area.left(), m_y, m_area.width(), bounds.height()),
                       Qt::TextWordWrap, value);
    m_y += bounds.height();
}

void PdfCanvas::sectionTitle(const QString &value)
{
    const QFont f = font(kSectionFontPt, true);
    // Keep the title with the header and first row of what follows.
    ensureRoom(lineHeight(f) + 3 * lineHeight(font(kTablePointSize)) + mm(6));
    m_y += mm(3);
    text(value, kSectionFontPt, true);
    m_y += mm(1);
}

void PdfCanvas::table(const std::vector<Column> &columns, const std::vector<QStringList> &rows,
                      bool lastRowBold, double pointSize)
{
    const QFont plain = font(pointSize);
    const QFont bold = font(pointSize, true);
    QStringList header;
    for (const Column &column : columns) {
        header.append(column.title);
    }
    const double height = lineHeight(plain) + 2 * mm(kCellPaddingMm);
    ensureRoom(2 * height);
    row(columns, header, bold, true);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (m_y + height > m_area.bottom()) {
            newPage();
            row(columns, header, bold, true);
        }
        row(columns, rows[i], lastRowBold && i + 1 == rows.size() ? bold : plain, false);
    }
}

void PdfCanvas::row(const std::vector<Column> &columns, const QStringList &cells, const QFont &f,
                    bool shaded)
{
    int shares = 0;
    for (const Column &column : columns) {
        shares += column.share;
    }
    const double padding = mm(kCellPaddingMm);
    const double height = lineHeight(f) + 2 * padding;
    if (shaded) {
        m_painter.fillRect(QRectF(m_area.left(), m_y, m_area.width(), height), kShade);
    }
    m_painter.setFont(f);
    double x = m_area.left();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const double width = m_area.width() * columns[i].share / shares;
        const QRectF cell(x + padding, m_y, width - 2 * padding, height);
        const QString value =
            static_cast<qsizetype>(i) < cells.size() ? cells[static_cast<qsizetype>(i)] : QString();
        const QString shown =
            QFontMetricsF(f, &m_writer).elidedText(value, Qt::ElideRight, cell.width());
        m_painter.drawText(
            cell, Qt::AlignVCenter | (columns[i].alignRight ? Qt::AlignRight : Qt::AlignLeft),
            shown);
        x += width;
    }
    m_y += height;
    m_painter.setPen(kRule);
    m_painter.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
    m_painter.setPen(Qt::black);
}

} // namespace pos::devices
