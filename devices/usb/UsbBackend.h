#pragma once

#include "common/Result.h"
#include "usb/UsbDeviceInfo.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace pos::devices {

using UsbHandle = int; // 0 is never a valid handle

struct UsbError
{
    enum class Code
    {
        None,
        NoDevice,   // unplugged
        Access,     // no permission on the device node
        Busy,       // interface claimed by another program
        NotFound,   // no such device, interface or endpoint
        Timeout,    // the device accepted no data in time
        Pipe,       // endpoint stalled
        Cancelled,  // closed by us while in flight
        NotOpen,    // the handle failed to open or was closed
        Io,         // any other transfer error
        Unavailable // the USB library could not start
    };

    Code code = Code::None;
    QString message;

    bool ok() const { return code == Code::None; }
};

// The USB operations the printer and scanner transports need, so they can be tested against
// a scripted fake and run against libusb in the shop.
//
// Everything is asynchronous: a call returns at once and its outcome arrives later as a signal
// (never from inside the call), in the thread that owns the backend. Calls on one handle are
// carried out in the order they were made, so open → claimInterface → bulkWrite may be issued
// back to back; if the open fails, handleFailed() arrives and the later calls on that handle
// fail with NotOpen.
class UsbBackend : public QObject
{
    Q_OBJECT

public:
    enum class TransferKind
    {
        Bulk,
        Interrupt
    };
    Q_ENUM(TransferKind)

    using QObject::QObject;

    // An error when the USB library could not start (no /dev/bus/usb in a container).
    virtual Status availability() const = 0;

    // The devices seen by the last enumeration; kept current by deviceArrived/deviceLeft.
    virtual QList<UsbDeviceInfo> devices() const = 0;

    // Enumerates again; differences come as deviceArrived/deviceLeft, then enumerated().
    virtual void refresh() = 0;

    // A handle for a device of devices(), or an error when the device is unknown or USB is
    // unavailable. The open itself completes later; a failure comes as handleFailed().
    virtual Result<UsbHandle> open(quint8 bus, quint8 address) = 0;

    // Claims an interface, detaching a kernel driver that holds it (re-attached on close).
    // Success comes as interfaceClaimed(), failure as handleFailed().
    virtual void claimInterface(UsbHandle handle, int interfaceNumber,
                                int alternateSetting = 0) = 0;

    // Returns a transfer id answered by exactly one writeFinished().
    virtual quint64 bulkWrite(UsbHandle handle, quint8 endpoint, const QByteArray &bytes,
                              int timeoutMs) = 0;

    // Keeps a read pending on an IN endpoint; data comes as dataRead(), and a read that ends
    // the reading (unplug, stall) as readFailed().
    virtual void startReading(UsbHandle handle, quint8 endpoint, TransferKind kind,
                              int packetSize) = 0;

    // Cancels transfers in flight, releases claimed interfaces and closes the device.
    virtual void close(UsbHandle handle) = 0;

signals:
    void deviceArrived(const pos::devices::UsbDeviceInfo &device);
    void deviceLeft(quint8 bus, quint8 address);
    void enumerated();
    void handleFailed(int handle, const pos::devices::UsbError &error);
    void interfaceClaimed(int handle, int interfaceNumber);
    void writeFinished(int handle, quint64 transferId, qint64 transferred,
                       const pos::devices::UsbError &error);
    void dataRead(int handle, quint8 endpoint, const QByteArray &bytes);
    void readFailed(int handle, quint8 endpoint, const pos::devices::UsbError &error);
};

} // namespace pos::devices

Q_DECLARE_METATYPE(pos::devices::UsbError)
