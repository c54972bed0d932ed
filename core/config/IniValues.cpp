#include "config/IniValues.h"

namespace pos::config {

Status readInt(const QSettings &settings, const QString &key, int minimum, int maximum, int *target)
{
    if (!settings.contains(key)) {
        return success();
    }
    bool ok = false;
    const int value = settings.value(key).toString().trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        return Error{QStringLiteral("config.bad_value"),
                     QStringLiteral("%1 must be a whole number from %2 to %3")
                         .arg(key)
                         .arg(minimum)
                         .arg(maximum)};
    }
    *target = value;
    return success();
}

Status readInts(const QSettings &settings, std::initializer_list<IntKey> keys)
{
    for (const IntKey &entry : keys) {
        if (auto read = readInt(settings, QString::fromLatin1(entry.key), entry.minimum,
                                entry.maximum, entry.target);
            !read) {
            return read;
        }
    }
    return success();
}

QString readString(const QSettings &settings, const QString &key, const QString &fallback)
{
    return settings.value(key, fallback).toString().trimmed();
}

Status readChoice(const QSettings &settings, const QString &key, const QStringList &allowed,
                  QString *target)
{
    if (!settings.contains(key)) {
        return success();
    }
    const QString value = settings.value(key).toString().trimmed().toLower();
    if (!allowed.contains(value)) {
        return Error{QStringLiteral("config.bad_value"),
                     QStringLiteral("%1 must be one of: %2").arg(key, allowed.join(u", "))};
    }
    *target = value;
    return success();
}

Status readUsbId(const QSettings &settings, const QString &key, quint16 *target)
{
    if (!settings.contains(key)) {
        return success();
    }
    QString text = settings.value(key).toString().trimmed().toLower();
    if (text.startsWith(QLatin1String("0x"))) {
        text.remove(0, 2);
    }
    bool ok = false;
    const uint value = text.toUInt(&ok, 16);
    if (!ok || text.isEmpty() || text.size() > 4 || value > 0xFFFF) {
        return Error{QStringLiteral("config.bad_value"),
                     QStringLiteral("%1 must be a USB id of four hex digits, like 0416").arg(key)};
    }
    *target = quint16(value);
    return success();
}

} // namespace pos::config
