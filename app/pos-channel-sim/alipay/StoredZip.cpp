#include "alipay/StoredZip.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace pos::sim {

namespace {

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

constexpr quint16 kVersion = 20; // 2.0: stored entries, no ZIP64
constexpr quint16 kFlagUtf8Names = 1u << 11;

} // namespace

quint32 StoredZip::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFu;
}

void StoredZip::add(const QString &name, const QByteArray &data, qint64 modifiedMsUtc)
{
    // DOS time is local wall time without a zone; China time, as Alipay's files are dated.
    const QDateTime when =
        QDateTime::fromMSecsSinceEpoch(modifiedMsUtc, Qt::OffsetFromUTC, 8 * 3600);
    Entry entry;
    entry.name = name.toUtf8();
    entry.data = data;
    entry.crc = crc32(data);
    entry.dosTime = quint16((when.time().hour() << 11) | (when.time().minute() << 5) |
                            (when.time().second() / 2));
    entry.dosDate = quint16(((std::max(when.date().year(), 1980) - 1980) << 9) |
                            (when.date().month() << 5) | when.date().day());
    m_entries.append(entry);
}

QByteArray StoredZip::finish() const
{
    QByteArray out;
    QByteArray central;
    for (const Entry &entry : m_entries) {
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50); // local file header
        put16(out, kVersion);
        put16(out, kFlagUtf8Names);
        put16(out, 0); // stored
        put16(out, entry.dosTime);
        put16(out, entry.dosDate);
        put32(out, entry.crc);
        put32(out, quint32(entry.data.size()));
        put32(out, quint32(entry.data.size()));
        put16(out, quint32(entry.name.size()));
        put16(out, 0); // extra field length
        out += entry.name;
        out += entry.data;

        put32(central, 0x02014b50);           // central directory header
        put16(central, (3u << 8) | kVersion); // made by: UNIX
        put16(central, kVersion);
        put16(central, kFlagUtf8Names);
        put16(central, 0);
        put16(central, entry.dosTime);
        put16(central, entry.dosDate);
        put32(central, entry.crc);
        put32(central, quint32(entry.data.size()));
        put32(central, quint32(entry.data.size()));
        put16(central, quint32(entry.name.size()));
        put16(central, 0);           // extra
        put16(central, 0);           // comment
        put16(central, 0);           // disk number
        put16(central, 0);           // internal attributes
        put32(central, 0644u << 16); // external attributes: rw-r--r--
        put32(central, offset);
        central += entry.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_entries.size()));
    put16(out, quint32(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // comment length
    return out;
}

} // namespace pos::sim
