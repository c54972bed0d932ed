#include "report/ReportRows.h"

#include "printer/TextColumns.h"

#include <QStringList>

#include <algorithm>

namespace pos::devices {

namespace {
using Alignment = EscPosEncoder::Alignment;

constexpr int kCutFeedLines = 4;
constexpr int kMinCountWidth = 4;
constexpr int kMinAmountWidth = 9;
constexpr int kContinuationIndent = 2;

QStringList flow(const QStringList &phrases, int width)
{
    QStringList lines;
    QString current;
    for (const QString &phrase : phrases) {
        const QString joined = current.isEmpty() ? phrase : current + QLatin1Char(' ') + phrase;
        if (current.isEmpty() || TextColumns::displayWidth(joined) <= width) {
            current = joined;
            continue;
        }
        lines.append(TextColumns::wrap(current, width));
        current = phrase;
    }
    lines.append(TextColumns::wrap(current, width));
    return lines;
}
} // namespace

ReportRows::ReportRows(int columns) : m_columns(std::max(columns, kMinColumns)) {}

void ReportRows::centred(const QString &text, bool bold, bool doubleSize)
{
    const int width = doubleSize ? m_columns / 2 : m_columns;
    for (const QString &line : TextColumns::wrap(text, width)) {
        m_rows.push_back(Row{line, Alignment::Center, bold, doubleSize, doubleSize});
    }
}

void ReportRows::heading(const QString &text)
{
    for (const QString &line : TextColumns::wrap(text, m_columns)) {
        push(line, true);
    }
}

void ReportRows::left(const QString &text, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    for (const QString &line : TextColumns::wrap(text, m_columns - indent)) {
        push(pad + line);
    }
}

void ReportRows::phrases(const QStringList &phrases, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    for (const QString &line : flow(phrases, m_columns - indent)) {
        push(pad + line);
    }
}

void ReportRows::pair(const QString &label, const QString &value, bool bold, bool doubleHeight)
{
    for (const QString &line : TextColumns::leftRight(label, value, m_columns)) {
        push(line, bold, doubleHeight);
    }
}

void ReportRows::counted(const QStringList &label, const QString &count, const QString &amount)
{
    const int countWidth = std::max(TextColumns::displayWidth(count) + 1, kMinCountWidth);
    const int amountWidth = std::max(TextColumns::displayWidth(amount) + 1, kMinAmountWidth);
    const int labelWidth = m_columns - countWidth - amountWidth;
    const QStringList labels = flow(label, labelWidth);
    push(TextColumns::padRight(labels.front(), labelWidth) +
         TextColumns::padLeft(count, countWidth) + TextColumns::padLeft(amount, amountWidth));
    if (labels.size() > 1) {
        phrases(labels.mid(1), kContinuationIndent);
    }
}

void ReportRows::separator()
{
    push(QString(m_columns, QLatin1Char('-')));
}

void ReportRows::blank()
{
    push(QString());
}

void ReportRows::push(const QString &text, bool bold, bool doubleHeight)
{
    m_rows.push_back(Row{text, Alignment::Left, bold, false, doubleHeight});
}

QByteArray ReportRows::toEscPos() const
{
    EscPosEncoder e;
    e.initialize().chineseMode(true);
    Row state; // what the printer is set to now (initialize resets to this)
    for (const Row &row : m_rows) {
        if (row.alignment != state.alignment) {
            e.align(row.alignment);
        }
        if (row.bold != state.bold) {
            e.bold(row.bold);
        }
        if (row.doubleWidth != state.doubleWidth || row.doubleHeight != state.doubleHeight) {
            e.doubleSize(row.doubleWidth, row.doubleHeight);
        }
        state = row;
        e.line(row.text);
    }
    e.plainStyleFrom(state.alignment, state.bold, state.doubleWidth, state.doubleHeight)
        .cut(kCutFeedLines);
    return e.bytes();
}

QString ReportRows::toText() const
{
    QStringList out;
    for (const Row &row : m_rows) {
        out.append(row.alignment == Alignment::Center ? TextColumns::centred(row.text, m_columns)
                                                      : row.text);
    }
    out.append(QString(m_columns, QLatin1Char('~')));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pos::devices
