#pragma once

#include <QString>
#include <QStringList>

namespace pos::devices {

// Fixed-column text as a receipt printer lays it out: a CJK or fullwidth character takes two
// columns, a combining mark none, everything else one.
class TextColumns
{
public:
    static int charWidth(char32_t codePoint);
    static int displayWidth(const QString &text);

    // Splits `text` into lines no wider than `columns`: at '\n', at the last space that fits
    // (Latin words stay whole when they can), otherwise between any two characters.
    static QStringList wrap(const QString &text, int columns);

    static QString padRight(const QString &text, int columns); // left-aligned in `columns`
    static QString padLeft(const QString &text, int columns);  // right-aligned in `columns`
    static QString centred(const QString &text, int columns);

    // `left` at the left edge and `right` ending exactly at column `columns`, on one line when
    // both fit with a space between, else `left` wrapped first and `right` alone (wrapped).
    static QStringList leftRight(const QString &left, const QString &right, int columns);
};

} // namespace pos::devices
