#include "printer/TextColumns.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace pos::devices {

namespace {
struct Range
{
    char32_t first;
    char32_t last;
};

// East Asian Wide (W) and Fullwidth (F) blocks that a receipt can meet.
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

// Code points of `text`, with each code point's text (one or two UTF-16 units).
std::vector<std::pair<char32_t, QString>> codePoints(const QString &text)
{
    std::vector<std::pair<char32_t, QString>> out;
    out.reserve(static_cast<std::size_t>(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out.emplace_back(QChar::surrogateToUcs4(c, text[i + 1]), text.mid(i, 2));
            ++i;
        } else {
            out.emplace_back(c.unicode(), QString(c));
        }
    }
    return out;
}

QString spaces(int count)
{
    return QString(std::max(count, 0), QLatin1Char(' '));
}
} // namespace

int TextColumns::charWidth(char32_t codePoint)
{
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
        return 0;
    }
    const auto category = QChar::category(codePoint);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
        codePoint == 0x200B) {
        return 0;
    }
    for (const Range &range : kWide) {
        if (codePoint >= range.first && codePoint <= range.last) {
            return 2;
        }
    }
    return 1;
}

int TextColumns::displayWidth(const QString &text)
{
    int width = 0;
    for (const auto &[cp, piece] : codePoints(text)) {
        width += charWidth(cp);
    }
    return width;
}

QStringList TextColumns::wrap(const QString &text, int columns)
{
    QStringList lines;
    columns = std::max(columns, 2);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QString current;
        int width = 0;
        qsizetype lastSpace = -1; // index in `current` of the last breakable space
        for (const auto &[cp, piece] : codePoints(paragraph)) {
            const int w = charWidth(cp);
            if (width + w > columns) {
                if (cp == U' ') {
                    lines.append(current);
                    current.clear();
                    width = 0;
                    lastSpace = -1;
                    continue; // the space at a break disappears
                }
                if (lastSpace > 0) {
                    QString rest = current.mid(lastSpace + 1);
                    lines.append(current.left(lastSpace));
                    current = rest;
                } else {
                    lines.append(current);
                    current.clear();
                }
                width = displayWidth(current);
                lastSpace = -1;
            }
            if (cp == U' ') {
                lastSpace = current.size();
            }
            current.append(piece);
            width += w;
        }
        lines.append(current);
    }
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
    }
    return lines;
}

QString TextColumns::padRight(const QString &text, int columns)
{
    return text + spaces(columns - displayWidth(text));
}

QString TextColumns::padLeft(const QString &text, int columns)
{
    return spaces(columns - displayWidth(text)) + text;
}

QString TextColumns::centred(const QString &text, int columns)
{
    return spaces((columns - displayWidth(text)) / 2) + text;
}

QStringList TextColumns::leftRight(const QString &left, const QString &right, int columns)
{
    const int leftWidth = displayWidth(left);
    const int rightWidth = displayWidth(right);
    if (leftWidth + 1 + rightWidth <= columns) {
        return {left + spaces(columns - leftWidth - rightWidth) + right};
    }
    QStringList lines = left.isEmpty() ? QStringList() : wrap(left, columns);
    const QStringList rightLines = wrap(right, columns);
    for (const QString &r : rightLines) {
        lines.append(padLeft(r, columns));
    }
    return lines;
}

} // namespace pos::devices
