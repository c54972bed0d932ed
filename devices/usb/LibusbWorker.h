#pragma once

#include "usb/LibusbBackend.h"
#include "usb/LibusbDevices.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <libusb.h>

#include <map>
#include <set>
#include <vector>

class QSocketNotifier;

namespace pos::devices {

// The libusb side of LibusbBackend: lives on the backend's worker thread, and every method
// runs there (the backend calls them through queued invocations). See LibusbBackend.h.
// Only LibusbBackend.cpp includes this header, so libusb.h stays private to pos_devices.
class LibusbWorker : public QObject
{
    Q_OBJECT

public:
    explicit LibusbWorker(LibusbBackend::Options options);
    ~LibusbWorker() override;

    void start();
    void enumerate();
    void open(UsbHandle handle, quint8 bus, quint8 address);
    void claim(UsbHandle handle, int interfaceNumber, int alternateSetting);
    void bulkWrite(UsbHandle handle, quint64 id, quint8 endpoint, const QByteArray &bytes,
                   int timeoutMs);
    void startReading(UsbHandle handle, quint8 endpoint, UsbBackend::TransferKind kind,
                      int packetSize);
    void close(UsbHandle handle);
    // Closes everything and ends libusb; the thread may stop afterwards.
    void shutdown();

signals:
    void started(bool ok, const QString &error, bool nativeHotplug);
    void enumerated(const QList<pos::devices::UsbDeviceInfo> &devices);
    void handleFailed(int handle, const pos::devices::UsbError &error);
    void interfaceClaimed(int handle, int interfaceNumber);
    void writeFinished(int handle, quint64 transferId, qint64 transferred,
                       const pos::devices::UsbError &error);
    void dataRead(int handle, quint8 endpoint, const QByteArray &bytes);
    void readFailed(int handle, quint8 endpoint, const pos::devices::UsbError &error);

private:
    struct Transfer; // user data of one libusb_transfer
    struct OpenDevice
    {
        libusb_device_handle *handle = nullptr;
        quint8 bus = 0;
        quint8 address = 0;
        std::vector<int> claimed;
        std::set<libusb_transfer *> inFlight;
        bool closing = false;
    };
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    static void LIBUSB_CALL onPollfdAdded(int fd, short events, void *user);
    static void LIBUSB_CALL onPollfdRemoved(int fd, void *user);
    static int LIBUSB_CALL onHotplug(libusb_context *context, libusb_device *device,
                                     libusb_hotplug_event event, void *user);
    static void LIBUSB_CALL onTransferDone(libusb_transfer *transfer);

    void watch(int fd, short events);
    void unwatch(int fd);
    void handleEvents();
    void armTimeoutTimer();
    void finishTransfer(libusb_transfer *transfer);
    void submitRead(UsbHandle handle, quint8 endpoint, UsbBackend::TransferKind kind,
                    int packetSize);
    void finishClose(UsbHandle handle);
    UsbDeviceInfo describe(libusb_device *device);

    LibusbBackend::Options m_options;
    libusb_context *m_context = nullptr;
    libusb_hotplug_callback_handle m_hotplugHandle = 0;
    bool m_hotplugRegistered = false;
    bool m_pollfdsHandleTimeouts = true;
    std::map<int, Watch> m_watches;
    std::map<UsbHandle, OpenDevice> m_open;
    // Strings by bus-address-vid:pid (a replugged device gets a new address, so is read again).
    QHash<QString, UsbDeviceStrings> m_strings;
    // Children, so they move to the worker thread with the worker.
    QTimer m_timeoutTimer{this};  // libusb timeouts when it has no timerfd
    QTimer m_pollTimer{this};     // re-enumeration without native hotplug
    QTimer m_enumerateSoon{this}; // coalesces hotplug callbacks into one enumeration
};

} // namespace pos::devices
