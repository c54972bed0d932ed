#pragma once

#include <QByteArray>
#include <QString>

#include <initializer_list>

namespace pos::devices {

// Builds an ESC/POS byte stream command by command (see shared/reference/devices.md).
// Every method appends to the buffer and returns *this so calls chain:
//     EscPosEncoder().initialize().align(EscPosEncoder::Alignment::Center).text(name).newline();
// Text is sent in GB18030 restricted to its two-byte GBK range, which is what Chinese receipt
// printers print in Chinese mode; control characters in text are dropped so data (a product
// name, a footer) can never smuggle a printer command in.
class EscPosEncoder
{
public:
    enum class Alignment : char
    {
        Left = 0,
        Center = 1,
        Right = 2
    };
    enum class QrErrorLevel : char
    {
        L = 0x30,
        M = 0x31,
        Q = 0x32,
        H = 0x33
    };
    enum class DrawerPin : char
    {
        Pin2 = 0,
        Pin5 = 1
    };

    static constexpr int kMaxQrDataBytes = 7089;
    static constexpr int kMaxBarcodeBytes = 253;

    EscPosEncoder &initialize();                        // 1B 40
    EscPosEncoder &align(Alignment alignment);          // 1B 61 n
    EscPosEncoder &bold(bool on);                       // 1B 45 n
    EscPosEncoder &underline(int dots);                 // 1B 2D n, dots 0..2
    EscPosEncoder &doubleSize(bool width, bool height); // 1D 21 n
    // Back to left-aligned plain text from the style the printer is in, sending only what
    // differs (so the next document starts plain).
    EscPosEncoder &plainStyleFrom(Alignment alignment, bool bold, bool doubleWidth,
                                  bool doubleHeight);
    EscPosEncoder &characterSize(int width, int height); // 1D 21 n, multipliers 1..8
    EscPosEncoder &chineseMode(bool on);                 // 1C 26 / 1C 2E
    // Character code table for single-byte text (1B 74 n; 0 = PC437 on most models). Only
    // bytes outside Chinese mode use it; table numbers differ per model, hence a raw number.
    EscPosEncoder &codeTable(int table);

    // Appends text in GB18030 (GBK range). "¥" (U+00A5) is printed as "￥" (U+FFE5);
    // characters outside GBK (emoji, CJK extension B…) print as '?'; '\n' becomes LF.
    EscPosEncoder &text(const QString &text);
    EscPosEncoder &line(const QString &text) { return this->text(text).newline(); }
    EscPosEncoder &newline();       // 0A
    EscPosEncoder &feed(int lines); // 1B 64 n

    EscPosEncoder &cut(int feedLines = 3); // 1D 56 42 n: feed n, then partial cut
    EscPosEncoder &drawerPulse(DrawerPin pin = DrawerPin::Pin2); // 1B 70 m 19 FA

    // QR code (model 2): model, module size, error level, store, print. Data longer than
    // kMaxQrDataBytes is refused (nothing is appended and a warning is logged).
    EscPosEncoder &qrCode(const QByteArray &data, int moduleSize = 6,
                          QrErrorLevel level = QrErrorLevel::M);
    // CODE128 in code set B (printable ASCII; '{' is escaped as "{{"), text printed below.
    // Data with bytes outside 0x20..0x7E or longer than kMaxBarcodeBytes is refused.
    EscPosEncoder &barcode128(const QByteArray &data, int height = 80, int moduleWidth = 2);

    EscPosEncoder &raw(const QByteArray &bytes);

    QByteArray bytes() const { return m_bytes; }
    void clear() { m_bytes.clear(); }

    // The text encoding used by text(): ¥ → ￥, controls dropped, GB18030 two-byte range.
    static QByteArray encodeText(const QString &text);
    // Raw GB18030 of `text` (Qt's codec when this Qt has it, iconv otherwise).
    static QByteArray toGb18030(const QString &text);

private:
    EscPosEncoder &append(std::initializer_list<unsigned char> bytes);

    QByteArray m_bytes;
};

} // namespace pos::devices
