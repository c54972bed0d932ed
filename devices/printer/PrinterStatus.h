#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pos::devices {

// The real-time status requests of ESC/POS: DLE EOT n (10 04 n).
enum class StatusQuery : quint8
{
    Printer = 1,      // online / offline, drawer-kick connector pin 3
    OfflineCause = 2, // cover, feed button, paper end, error
    PaperSensor = 4   // roll near end, roll end
};

// What the printer last said about itself. A default value means "ready" (nothing known
// against printing); unreachable() is a printer that did not answer.
struct PrinterStatus
{
    Q_DECLARE_TR_FUNCTIONS(PrinterStatus)

public:
    bool reachable = true; // answered the last status query
    bool online = true;
    bool coverOpen = false;
    bool paperOut = false;
    bool paperNearEnd = false;
    bool feedButton = false; // paper being fed with the feed button
    bool error = false;      // mechanical, cutter or unrecoverable error
    bool drawerOpen = false;

    static PrinterStatus unreachable();

    // The printer takes a job now. A nearly empty roll or an open drawer do not stop printing.
    bool canPrint() const;
    // One short phrase for the status bar, the most pressing condition first.
    QString describe() const;

    friend bool operator==(const PrinterStatus &, const PrinterStatus &) = default;

    // The three bytes that ask for one status.
    static QByteArray queryBytes(StatusQuery query);
    // A DLE EOT reply matches 0xx1xx10; anything else is not one and must be ignored.
    static bool isQueryReply(quint8 byte) { return (byte & 0x93) == 0x12; }
    // The first byte of an automatic status back (GS a) frame matches 0xx1xx00.
    static bool isAutomaticStatusHeader(quint8 byte) { return (byte & 0x93) == 0x10; }

    // Folds one DLE EOT reply into this status; false (and no change) when `byte` is not a reply.
    // `drawerOpenWhenHigh`: the drawer's switch reads pin 3 HIGH when open (most drawers).
    bool applyReply(StatusQuery query, quint8 byte, bool drawerOpenWhenHigh = true);
    // Folds a four-byte automatic status back frame; false (and no change) when malformed.
    bool applyAutomaticStatus(const QByteArray &frame, bool drawerOpenWhenHigh = true);
};

} // namespace pos::devices

Q_DECLARE_METATYPE(pos::devices::PrinterStatus)
