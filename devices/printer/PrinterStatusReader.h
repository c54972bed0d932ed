#pragma once

#include "printer/PrinterStatus.h"

#include <QByteArray>

#include <deque>
#include <initializer_list>

namespace pos::devices {

// Pairs the bytes a printer sends back with the DLE EOT queries sent to it. Replies carry no
// query number, so they are matched in the order the queries went out; bytes may arrive split
// or joined in any way. A byte that is neither a DLE EOT reply (0xx1xx10) nor part of an
// automatic status back frame (0xx1xx00 then three bytes with bits 4 and 7 clear) is dropped
// and counted: a printer, or whatever sits on its port, cannot make us believe anything else.
class PrinterStatusReader
{
public:
    explicit PrinterStatusReader(bool drawerOpenWhenHigh = true)
        : m_drawerOpenWhenHigh(drawerOpenWhenHigh)
    {
    }

    // The bytes to send for `queries`; one reply is then expected for each, in this order.
    QByteArray ask(std::initializer_list<StatusQuery> queries);
    // Consumes bytes from the printer.
    void feed(const QByteArray &bytes);
    // True while some query sent through ask() has no reply yet.
    bool waiting() const { return !m_expected.empty(); }
    // Forgets unanswered queries (they timed out): a late reply then finds nothing to answer.
    void cancel();

    // The status as the replies so far describe it (fields no reply spoke of keep their value).
    const PrinterStatus &status() const { return m_status; }
    void setStatus(const PrinterStatus &status) { m_status = status; }
    // Bytes dropped since construction: malformed, unexpected or cut-off frames.
    int rejectedBytes() const { return m_rejected; }
    // Automatic status back frames accepted since construction.
    int automaticFrames() const { return m_automaticFrames; }

private:
    void feedByte(quint8 byte);

    bool m_drawerOpenWhenHigh;
    std::deque<StatusQuery> m_expected;
    QByteArray m_frame; // an automatic status back frame being collected
    PrinterStatus m_status;
    int m_rejected = 0;
    int m_automaticFrames = 0;
};

} // namespace pos::devices
