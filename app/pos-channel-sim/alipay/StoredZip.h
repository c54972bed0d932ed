#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pos::sim {

// A minimal ZIP writer (PKWARE APPNOTE 6.3): every entry "stored" (method 0, no compression),
// with a local file header, the data, and a central directory with its end record. Names are
// written in UTF-8 with general-purpose flag bit 11 set. No ZIP64: entries under 4 GiB.
class StoredZip
{
public:
    void add(const QString &name, const QByteArray &data, qint64 modifiedMsUtc);
    QByteArray finish() const;

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };
    QList<Entry> m_entries;
};

} // namespace pos::sim
