#pragma once

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QPdfWriter;

namespace pos::devices {

// A cursor down the pages of a PDF being painted: text, titled tables that continue on the next
// page with their header repeated, and room checks so nothing is cut at the bottom edge.
// Lengths are in device units; mm() converts.
class PdfCanvas
{
public:
    struct Column
    {
        QString title;
        int share = 1; // of the table's width
        bool alignRight = false;
    };

    PdfCanvas(QPdfWriter &writer, QPainter &painter, QString footer);

    double mm(double millimetres) const;
    QRectF area() const { return m_area; } // inside the margins, footer excluded
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }

    // Starts a new page unless `height` still fits below the cursor.
    void ensureRoom(double height);
    void newPage();
    // Writes the footer of the last page; call once when done.
    void finish();

    QFont font(double pointSize, bool bold = false) const;
    void text(const QString &text, double pointSize, bool bold = false);
    void sectionTitle(const QString &text);
    static constexpr double kTablePointSize = 9;
    static constexpr double kWideTablePointSize = 8; // for tables of many columns

    // Rows of cells; a row shorter than the columns is padded with empty cells. A cell too long
    // for its column is elided.
    void table(const std::vector<Column> &columns, const std::vector<QStringList> &rows,
               bool lastRowBold = false, double pointSize = kTablePointSize);

    QPainter &painter() { return m_painter; }

private:
    double lineHeight(const QFont &font) const;
    void row(const std::vector<Column> &columns, const QStringList &cells, const QFont &font,
             bool shaded);
    void footer();

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_footer;
    QRectF m_area;
    double m_y = 0;
    int m_page = 1;
};

} // namespace pos::devices
