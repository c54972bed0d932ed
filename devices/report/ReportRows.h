#pragma once

#include "printer/EscPosEncoder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace pos::devices {

// The lines of a printed report for one paper width (font-A columns), each with its style, and
// the two forms made from them: ESC/POS bytes and the same page as plain text, so the simulated
// printer shows what the real one prints.
class ReportRows
{
public:
    struct Row
    {
        QString text;
        EscPosEncoder::Alignment alignment = EscPosEncoder::Alignment::Left;
        bool bold = false;
        bool doubleWidth = false;
        bool doubleHeight = false;
    };

    static constexpr int kMinColumns = 24;

    explicit ReportRows(int columns);

    void centred(const QString &text, bool bold = false, bool doubleSize = false);
    void heading(const QString &text); // bold, left
    void left(const QString &text, int indent = 0);
    // Phrases ("微信支付 WeChat Pay", "未知 Unknown") side by side while they fit, else one per
    // line, so a phrase is split only when it is wider than the paper itself.
    void phrases(const QStringList &phrases, int indent = 0);
    // `label` at the left, `value` ending at the last column.
    void pair(const QString &label, const QString &value, bool bold = false,
              bool doubleHeight = false);
    // The label's phrases at the left of a count column and an amount column (first line);
    // phrases that do not fit there go on the next lines, indented.
    void counted(const QStringList &label, const QString &count, const QString &amount);
    void counted(const QString &label, const QString &count, const QString &amount)
    {
        counted(QStringList{label}, count, amount);
    }
    void separator();
    void blank();

    int columns() const { return m_columns; }
    const std::vector<Row> &rows() const { return m_rows; }

    // Initialize, Chinese mode, the rows with only the style changes they need, back to plain
    // style, then a cut.
    QByteArray toEscPos() const;
    // Every line at most columns() wide; double-size text at normal size; the cut as '~'s.
    QString toText() const;

private:
    void push(const QString &text, bool bold = false, bool doubleHeight = false);

    int m_columns;
    std::vector<Row> m_rows;
};

} // namespace pos::devices
