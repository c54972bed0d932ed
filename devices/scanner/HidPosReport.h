#pragma once

#include "common/Result.h"
#include "scanner/ScannedCode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pos::devices {

// One HID POS scanned-data report (usage page 0x8C, usage 0x12), as read from the scanner's
// interrupt IN endpoint:
//   byte 0         number of data bytes in this report
//   bytes 1..3     AIM symbology identifier ("]E0", "]Q1", …)
//   bytes 4..      data
//   last byte      "more data follows" flag: non-zero when the code continues in the next report
// Assumption (documented, not from one vendor's manual): the flag is the last byte of the
// report as delivered, the report being at most the endpoint's max packet size; so data may
// fill bytes 4 .. size-2. Scanners that put the flag elsewhere need their own parser.
struct HidPosReport
{
    QByteArray symbology;
    QByteArray data;
    bool moreFollows = false;
};

// Refuses reports too short to hold the header and flag, with a zero length, or whose length
// byte claims more data than the report holds.
Result<HidPosReport> parseHidPosReport(QByteArrayView report);

// Joins the reports of one code (continuations marked "more data follows") and validates the
// whole code with decodeScannedCode(). A rejected report drops the code being assembled; after
// a code grew past the maximum length its remaining continuations are dropped silently.
class HidPosCodeAssembler
{
public:
    struct Outcome
    {
        enum class Kind
        {
            Incomplete, // waiting for the next report
            Code,
            Rejected
        };
        Kind kind = Kind::Incomplete;
        QString code;
        QByteArray symbology;
        QString reason;
    };

    explicit HidPosCodeAssembler(ScanLimits limits = {}) : m_limits(limits) {}

    Outcome feed(QByteArrayView report);
    void reset();
    bool isAssembling() const { return !m_pending.isEmpty() || m_discarding; }

private:
    Outcome reject(const QString &reason, bool moreFollows);

    ScanLimits m_limits;
    QByteArray m_pending;
    QByteArray m_symbology;
    bool m_discarding = false;
};

} // namespace pos::devices
