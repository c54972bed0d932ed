#pragma once

#include "common/Result.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace pos::config {

// Reading typed values out of an INI file with messages that name the key, shared by the
// terminal's configuration sections.

// An integer key within [minimum, maximum]; an absent key keeps `*target`.
Status readInt(const QSettings &settings, const QString &key, int minimum, int maximum,
               int *target);
// Several integer keys, each within its bounds; the first bad one is refused.
struct IntKey
{
    const char *key;
    int minimum;
    int maximum;
    int *target;
};
Status readInts(const QSettings &settings, std::initializer_list<IntKey> keys);
QString readString(const QSettings &settings, const QString &key, const QString &fallback);
// One of `allowed` (compared case-insensitively, stored lower case); absent keeps `*target`.
Status readChoice(const QSettings &settings, const QString &key, const QStringList &allowed,
                  QString *target);
// A USB vendor or product id written as four hex digits ("0416", "0x0416"); absent keeps it.
Status readUsbId(const QSettings &settings, const QString &key, quint16 *target);

} // namespace pos::config
