#include "devices/EscPosTestDecoder.h"

#include <QStringDecoder>

namespace pos::test {

QStringList DecodedPrint::texts() const
{
    QStringList out;
    for (const DecodedLine &line : lines) {
        out.append(line.text);
    }
    return out;
}

namespace {
class Decoder
{
public:
    explicit Decoder(const QByteArray &bytes) : m_bytes(bytes) {}

    DecodedPrint run()
    {
        while (m_pos < m_bytes.size()) {
            step();
        }
        if (!m_pending.isEmpty()) {
            endLine(); // a printer prints a partial line at the end of the job as well
        }
        return m_out;
    }

private:
    int at(qsizetype i) const
    {
        return i < m_bytes.size() ? static_cast<unsigned char>(m_bytes[i]) : -1;
    }
    bool need(qsizetype count)
    {
        if (m_pos + count > m_bytes.size()) {
            m_out.problems.append(QStringLiteral("truncated command at %1").arg(m_pos));
            m_pos = m_bytes.size();
            return false;
        }
        return true;
    }
    void startText()
    {
        if (!m_lineStarted) {
            m_lineStarted = true;
            m_current = m_mode;
        }
    }
    void endLine()
    {
        if (!m_lineStarted) {
            m_current = m_mode;
        }
        QStringDecoder gb18030("GB18030");
        m_current.text = gb18030.decode(m_pending);
        if (gb18030.hasError()) {
            m_out.problems.append(
                QStringLiteral("undecodable text in line %1").arg(m_out.lines.size()));
        }
        m_out.lines.push_back(m_current);
        m_pending.clear();
        m_lineStarted = false;
    }
    void reset() { m_mode = DecodedLine{}; }

    void step()
    {
        const int b = at(m_pos);
        if (b == 0x0A) {
            endLine();
            ++m_pos;
        } else if (b == 0x1B) {
            escape();
        } else if (b == 0x1D) {
            group();
        } else if (b == 0x1C) {
            if (!need(2)) {
                return;
            }
            const int n = at(m_pos + 1);
            if (n == 0x26) {
                m_out.chineseMode = true;
            } else if (n == 0x2E) {
                m_out.chineseMode = false;
            } else {
                m_out.problems.append(QStringLiteral("unknown FS %1").arg(n, 2, 16));
            }
            m_pos += 2;
        } else if (b < 0x20) {
            m_out.problems.append(QStringLiteral("control byte %1 in text").arg(b, 2, 16));
            ++m_pos;
        } else if (b >= 0x81 && b <= 0xFE) {
            const int second = at(m_pos + 1);
            const qsizetype len = (second >= 0x30 && second <= 0x39) ? 4 : 2;
            if (!need(len)) {
                return;
            }
            startText();
            m_pending.append(m_bytes.mid(m_pos, len));
            m_pos += len;
        } else {
            startText();
            m_pending.append(static_cast<char>(b));
            ++m_pos;
        }
    }

    void escape()
    {
        if (!need(2)) {
            return;
        }
        const int cmd = at(m_pos + 1);
        switch (cmd) {
        case 0x40:
            reset();
            ++m_out.initializeCount;
            m_pos += 2;
            return;
        case 0x61:
        case 0x45:
        case 0x2D:
        case 0x64:
            if (!need(3)) {
                return;
            }
            if (cmd == 0x61) {
                m_mode.alignment = at(m_pos + 2) % 48;
            } else if (cmd == 0x45) {
                m_mode.bold = (at(m_pos + 2) & 1) != 0;
            } else if (cmd == 0x2D) {
                m_mode.underline = at(m_pos + 2) % 48;
            } else {
                if (m_lineStarted) {
                    endLine();
                }
                for (int i = 0; i < at(m_pos + 2); ++i) {
                    endLine();
                }
            }
            m_pos += 3;
            return;
        case 0x70:
            if (!need(5)) {
                return;
            }
            ++m_out.drawerPulseCount;
            m_pos += 5;
            return;
        default:
            m_out.problems.append(QStringLiteral("unknown ESC %1").arg(cmd, 2, 16));
            m_pos += 2;
        }
    }

    void group()
    {
        if (!need(2)) {
            return;
        }
        const int cmd = at(m_pos + 1);
        if (cmd == 0x21) {
            if (!need(3)) {
                return;
            }
            m_mode.widthMultiplier = ((at(m_pos + 2) >> 4) & 0x07) + 1;
            m_mode.heightMultiplier = (at(m_pos + 2) & 0x07) + 1;
            m_pos += 3;
        } else if (cmd == 0x56) {
            if (!need(3)) {
                return;
            }
            const int m = at(m_pos + 2);
            if (m_lineStarted) {
                endLine();
            }
            ++m_out.cutCount;
            m_pos += (m == 65 || m == 66) ? 4 : 3;
        } else if (cmd == 0x48 || cmd == 0x68 || cmd == 0x77) {
            m_pos += 3;
        } else if (cmd == 0x6B) {
            if (!need(4)) {
                return;
            }
            const int n = at(m_pos + 3);
            if (!need(4 + n)) {
                return;
            }
            m_out.barcodes.append(m_bytes.mid(m_pos + 4, n));
            m_pos += 4 + n;
        } else if (cmd == 0x28 && at(m_pos + 2) == 0x6B) {
            if (!need(5)) {
                return;
            }
            const int length = at(m_pos + 3) | (at(m_pos + 4) << 8);
            if (!need(5 + length)) {
                return;
            }
            const QByteArray body = m_bytes.mid(m_pos + 5, length);
            if (body.size() >= 3 && body[0] == '\x31' && body[1] == '\x50') {
                m_qrStored = body.mid(3);
            } else if (body.size() >= 2 && body[0] == '\x31' && body[1] == '\x51') {
                m_out.qrPayloads.append(m_qrStored);
            }
            m_pos += 5 + length;
        } else {
            m_out.problems.append(QStringLiteral("unknown GS %1").arg(cmd, 2, 16));
            m_pos += 2;
        }
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    DecodedPrint m_out;
    DecodedLine m_mode;
    DecodedLine m_current;
    QByteArray m_pending;
    QByteArray m_qrStored;
    bool m_lineStarted = false;
};
} // namespace

DecodedPrint EscPosTestDecoder::decode(const QByteArray &bytes)
{
    return Decoder(bytes).run();
}

} // namespace pos::test
