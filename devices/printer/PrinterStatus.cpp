#include "printer/PrinterStatus.h"

namespace pos::devices {

namespace {
constexpr char kDle = 0x10;
constexpr char kEot = 0x04;

bool bit(quint8 byte, int n)
{
    return (byte >> n) & 1;
}
} // namespace

PrinterStatus PrinterStatus::unreachable()
{
    PrinterStatus status;
    status.reachable = false;
    status.online = false;
    return status;
}

bool PrinterStatus::canPrint() const
{
    return reachable && online && !coverOpen && !paperOut && !error;
}

QString PrinterStatus::describe() const
{
    if (!reachable) {
        return tr("Printer not responding");
    }
    if (coverOpen) {
        return tr("Cover open");
    }
    if (paperOut) {
        return tr("Paper out");
    }
    if (error) {
        return tr("Printer error");
    }
    if (!online) {
        return tr("Offline");
    }
    if (paperNearEnd) {
        return tr("Paper near end");
    }
    return tr("Ready");
}

QByteArray PrinterStatus::queryBytes(StatusQuery query)
{
    const char bytes[] = {kDle, kEot, char(quint8(query))};
    return QByteArray(bytes, sizeof bytes);
}

bool PrinterStatus::applyReply(StatusQuery query, quint8 byte, bool drawerOpenWhenHigh)
{
    if (!isQueryReply(byte)) {
        return false;
    }
    reachable = true;
    switch (query) {
    case StatusQuery::Printer:
        drawerOpen = bit(byte, 2) == drawerOpenWhenHigh;
        online = !bit(byte, 3);
        break;
    case StatusQuery::OfflineCause:
        coverOpen = bit(byte, 2);
        feedButton = bit(byte, 3);
        paperOut = bit(byte, 5);
        error = bit(byte, 6);
        break;
    case StatusQuery::PaperSensor:
        // Both bits of each pair are set together by the printer; either one counts.
        paperNearEnd = bit(byte, 2) || bit(byte, 3);
        paperOut = bit(byte, 5) || bit(byte, 6);
        break;
    }
    return true;
}

bool PrinterStatus::applyAutomaticStatus(const QByteArray &frame, bool drawerOpenWhenHigh)
{
    if (frame.size() != 4) {
        return false;
    }
    const auto b0 = quint8(frame[0]);
    const auto b1 = quint8(frame[1]);
    const auto b2 = quint8(frame[2]);
    const auto b3 = quint8(frame[3]);
    // Bytes 2 to 4 have bits 4 and 7 clear, so they can never be taken for a header or reply.
    const auto isTail = [](quint8 b) { return (b & 0x90) == 0x00; };
    if (!isAutomaticStatusHeader(b0) || !isTail(b1) || !isTail(b2) || !isTail(b3)) {
        return false;
    }
    reachable = true;
    drawerOpen = bit(b0, 2) == drawerOpenWhenHigh;
    online = !bit(b0, 3);
    coverOpen = bit(b0, 5);
    feedButton = bit(b0, 6);
    error = bit(b1, 2) || bit(b1, 3) || bit(b1, 5) || bit(b1, 6);
    paperNearEnd = bit(b2, 0) || bit(b2, 1);
    paperOut = bit(b2, 2) || bit(b2, 3);
    return true;
}

} // namespace pos::devices
