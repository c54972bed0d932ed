#include "printer/PrinterStatusReader.h"

namespace pos::devices {

namespace {
constexpr int kAutomaticFrameSize = 4;
} // namespace

QByteArray PrinterStatusReader::ask(std::initializer_list<StatusQuery> queries)
{
    QByteArray bytes;
    for (StatusQuery query : queries) {
        bytes += PrinterStatus::queryBytes(query);
        m_expected.push_back(query);
    }
    return bytes;
}

void PrinterStatusReader::cancel()
{
    m_expected.clear();
}

void PrinterStatusReader::feed(const QByteArray &bytes)
{
    for (char c : bytes) {
        feedByte(quint8(c));
    }
}

void PrinterStatusReader::feedByte(quint8 byte)
{
    if (!m_frame.isEmpty()) {
        if ((byte & 0x90) == 0x00) {
            m_frame.append(char(byte));
            if (m_frame.size() == kAutomaticFrameSize) {
                if (m_status.applyAutomaticStatus(m_frame, m_drawerOpenWhenHigh)) {
                    ++m_automaticFrames;
                } else {
                    m_rejected += kAutomaticFrameSize;
                }
                m_frame.clear();
            }
            return;
        }
        // A frame cut short by the start of something else.
        m_rejected += int(m_frame.size());
        m_frame.clear();
    }
    if (PrinterStatus::isAutomaticStatusHeader(byte)) {
        m_frame.append(char(byte));
        return;
    }
    if (PrinterStatus::isQueryReply(byte) && !m_expected.empty()) {
        const StatusQuery query = m_expected.front();
        m_expected.pop_front();
        m_status.applyReply(query, byte, m_drawerOpenWhenHigh);
        return;
    }
    ++m_rejected;
}

} // namespace pos::devices
