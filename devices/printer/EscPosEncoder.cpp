#include "printer/EscPosEncoder.h"

#include <QLoggingCategory>
#include <QStringEncoder>

#include <iconv.h>

#include <algorithm>
#include <cerrno>

namespace pos::devices {

namespace {
Q_LOGGING_CATEGORY(lcEscPos, "pos.devices.printer")

constexpr unsigned char kEsc = 0x1B;
constexpr unsigned char kGs = 0x1D;
constexpr unsigned char kFs = 0x1C;
constexpr unsigned char kLf = 0x0A;

unsigned char byteOf(int value)
{
    return static_cast<unsigned char>(std::clamp(value, 0, 255));
}

QByteArray iconvGb18030(const QString &text)
{
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        qCWarning(lcEscPos) << "neither Qt nor iconv can encode GB18030; sending '?'";
        QByteArray fallback = text.toLatin1();
        return fallback;
    }
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 4, '\0');
    char *inPtr = in.data();
    size_t inLeft = static_cast<size_t>(in.size());
    char *outPtr = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == static_cast<size_t>(-1)) {
            if (errno == EILSEQ || errno == EINVAL) {
                // Skip one unconvertible UTF-8 sequence and print '?' for it.
                *outPtr++ = '?';
                --outLeft;
                do {
                    ++inPtr;
                    --inLeft;
                } while (inLeft > 0 && (static_cast<unsigned char>(*inPtr) & 0xC0) == 0x80);
            } else {
                break;
            }
        }
    }
    iconv_close(cd);
    out.truncate(static_cast<qsizetype>(outPtr - out.data()));
    return out;
}

// Replaces every four-byte GB18030 sequence (outside GBK) by '?'.
QByteArray keepTwoByteRange(const QByteArray &gb)
{
    QByteArray out;
    out.reserve(gb.size());
    for (qsizetype i = 0; i < gb.size();) {
        const auto b = static_cast<unsigned char>(gb[i]);
        if (b < 0x80) {
            out.append(gb[i]);
            ++i;
            continue;
        }
        const bool fourByte = i + 3 < gb.size() && static_cast<unsigned char>(gb[i + 1]) >= 0x30 &&
                              static_cast<unsigned char>(gb[i + 1]) <= 0x39;
        if (fourByte) {
            out.append('?');
            i += 4;
        } else if (i + 1 < gb.size()) {
            out.append(gb.mid(i, 2));
            i += 2;
        } else {
            out.append('?');
            ++i;
        }
    }
    return out;
}
} // namespace

EscPosEncoder &EscPosEncoder::append(std::initializer_list<unsigned char> bytes)
{
    for (unsigned char b : bytes) {
        m_bytes.append(static_cast<char>(b));
    }
    return *this;
}

EscPosEncoder &EscPosEncoder::initialize()
{
    return append({kEsc, 0x40});
}

EscPosEncoder &EscPosEncoder::align(Alignment alignment)
{
    return append({kEsc, 0x61, static_cast<unsigned char>(alignment)});
}

EscPosEncoder &EscPosEncoder::bold(bool on)
{
    return append({kEsc, 0x45, byteOf(on ? 1 : 0)});
}

EscPosEncoder &EscPosEncoder::underline(int dots)
{
    return append({kEsc, 0x2D, byteOf(std::clamp(dots, 0, 2))});
}

EscPosEncoder &EscPosEncoder::doubleSize(bool width, bool height)
{
    return characterSize(width ? 2 : 1, height ? 2 : 1);
}

EscPosEncoder &EscPosEncoder::plainStyleFrom(Alignment alignment, bool bold, bool doubleWidth,
                                             bool doubleHeight)
{
    if (alignment != Alignment::Left) {
        align(Alignment::Left);
    }
    if (bold) {
        this->bold(false);
    }
    if (doubleWidth || doubleHeight) {
        doubleSize(false, false);
    }
    return *this;
}

EscPosEncoder &EscPosEncoder::characterSize(int width, int height)
{
    const int w = std::clamp(width, 1, 8) - 1;
    const int h = std::clamp(height, 1, 8) - 1;
    return append({kGs, 0x21, byteOf((w << 4) | h)});
}

EscPosEncoder &EscPosEncoder::codeTable(int table)
{
    return append({0x1B, 0x74, static_cast<unsigned char>(std::clamp(table, 0, 255))});
}

EscPosEncoder &EscPosEncoder::chineseMode(bool on)
{
    return on ? append({kFs, 0x26}) : append({kFs, 0x2E});
}

EscPosEncoder &EscPosEncoder::text(const QString &text)
{
    m_bytes.append(encodeText(text));
    return *this;
}

EscPosEncoder &EscPosEncoder::newline()
{
    return append({kLf});
}

EscPosEncoder &EscPosEncoder::feed(int lines)
{
    return append({kEsc, 0x64, byteOf(lines)});
}

EscPosEncoder &EscPosEncoder::cut(int feedLines)
{
    return append({kGs, 0x56, 0x42, byteOf(feedLines)});
}

EscPosEncoder &EscPosEncoder::drawerPulse(DrawerPin pin)
{
    // On 25 × 2 ms = 50 ms, off 250 × 2 ms = 500 ms: what common drawers need.
    return append({kEsc, 0x70, static_cast<unsigned char>(pin), 0x19, 0xFA});
}

EscPosEncoder &EscPosEncoder::qrCode(const QByteArray &data, int moduleSize, QrErrorLevel level)
{
    if (data.isEmpty() || data.size() > kMaxQrDataBytes) {
        qCWarning(lcEscPos) << "QR code data of" << data.size() << "bytes refused";
        return *this;
    }
    const int storeLength = static_cast<int>(data.size()) + 3;
    append({kGs, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00}); // model 2
    append({kGs, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, byteOf(std::clamp(moduleSize, 1, 16))});
    append({kGs, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, static_cast<unsigned char>(level)});
    append(
        {kGs, 0x28, 0x6B, byteOf(storeLength & 0xFF), byteOf(storeLength >> 8), 0x31, 0x50, 0x30});
    m_bytes.append(data);
    return append({kGs, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30}); // print
}

EscPosEncoder &EscPosEncoder::barcode128(const QByteArray &data, int height, int moduleWidth)
{
    QByteArray payload("{B");
    for (char c : data) {
        if (c < 0x20 || c > 0x7E) {
            qCWarning(lcEscPos) << "CODE128 data with a non-printable byte refused";
            return *this;
        }
        payload.append(c);
        if (c == '{') {
            payload.append('{');
        }
    }
    if (data.isEmpty() || payload.size() > kMaxBarcodeBytes + 2) {
        qCWarning(lcEscPos) << "CODE128 data of" << data.size() << "bytes refused";
        return *this;
    }
    append({kGs, 0x48, 0x02});                                  // human-readable text below
    append({kGs, 0x68, byteOf(std::clamp(height, 1, 255))});    // height in dots
    append({kGs, 0x77, byteOf(std::clamp(moduleWidth, 2, 6))}); // module width
    append({kGs, 0x6B, 0x49, byteOf(static_cast<int>(payload.size()))});
    m_bytes.append(payload);
    return *this;
}

EscPosEncoder &EscPosEncoder::raw(const QByteArray &bytes)
{
    m_bytes.append(bytes);
    return *this;
}

QByteArray EscPosEncoder::encodeText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('\n')) {
            clean.append(c);
        } else if (c == QLatin1Char('\t')) {
            clean.append(QLatin1Char(' '));
        } else if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0)) {
            continue; // control characters never reach the printer
        } else if (c.unicode() == 0x00A5) {
            clean.append(QChar(0xFFE5)); // ¥ is four bytes in GB18030; ￥ is two (A3 A4)
        } else {
            clean.append(c);
        }
    }
    return keepTwoByteRange(toGb18030(clean));
}

QByteArray EscPosEncoder::toGb18030(const QString &text)
{
    QStringEncoder encoder("GB18030", QStringConverter::Flag::Stateless);
    if (encoder.isValid()) {
        QByteArray out = encoder.encode(text);
        if (!encoder.hasError()) {
            return out;
        }
    }
    return iconvGb18030(text);
}

} // namespace pos::devices
