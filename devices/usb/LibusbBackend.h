#pragma once

#include "usb/UsbBackend.h"

#include <QThread>

namespace pos::devices {

class LibusbWorker;

// UsbBackend over libusb-1.0.
//
// Threads: every libusb call runs on one worker thread with its own Qt event loop. libusb's
// file descriptors (usbfs nodes, its event and timer fds) are watched there with
// QSocketNotifier (libusb_get_pollfds + pollfd notifiers), and each activation runs
// libusb_handle_events_timeout_completed with a zero timeout, so transfer completions and
// hotplug callbacks run on the worker. Transfers are asynchronous (libusb_submit_transfer);
// the synchronous calls that remain (open, claim, string descriptors during enumeration) may
// block for a device's control-transfer timeout, which is why none of them runs on the
// owner's (GUI) thread. Results reach the owner's thread through queued signals. One thread
// owning libusb also means the backend needs no locks around its handle and transfer maps.
//
// Hotplug: libusb_hotplug_register_callback when libusb has the capability (the callback only
// schedules a re-enumeration); otherwise, or with Options::forcePolling, the device list is
// re-enumerated every pollIntervalMs. Either way arrivals and departures are found by diffing
// the device list, which also gives one code path for both.
class LibusbBackend : public UsbBackend
{
    Q_OBJECT

public:
    struct Options
    {
        int pollIntervalMs = 2000;   // re-enumeration period without native hotplug
        bool forcePolling = false;   // ignore native hotplug (tests, odd platforms)
        int stringTimeoutMs = 300;   // per string descriptor read during enumeration
        int shutdownTimeoutMs = 500; // waiting for cancelled transfers when destroyed
    };

    explicit LibusbBackend(QObject *parent = nullptr);
    explicit LibusbBackend(Options options, QObject *parent = nullptr);
    ~LibusbBackend() override;

    // False until the first enumeration finished (enumerated() is emitted then).
    bool isStarted() const { return m_started; }
    // Whether libusb reported native hotplug support (valid once started).
    bool usesNativeHotplug() const { return m_nativeHotplug; }

    Status availability() const override;
    QList<UsbDeviceInfo> devices() const override { return m_devices; }
    void refresh() override;
    Result<UsbHandle> open(quint8 bus, quint8 address) override;
    void claimInterface(UsbHandle handle, int interfaceNumber, int alternateSetting = 0) override;
    quint64 bulkWrite(UsbHandle handle, quint8 endpoint, const QByteArray &bytes,
                      int timeoutMs) override;
    void startReading(UsbHandle handle, quint8 endpoint, TransferKind kind,
                      int packetSize) override;
    void close(UsbHandle handle) override;

private:
    void onStarted(bool ok, const QString &error, bool nativeHotplug);
    void onEnumerated(const QList<pos::devices::UsbDeviceInfo> &devices);

    QThread m_thread;
    LibusbWorker *m_worker;
    bool m_started = false;
    bool m_nativeHotplug = false;
    QString m_initError;
    QList<UsbDeviceInfo> m_devices;
    UsbHandle m_nextHandle = 0;
    quint64 m_nextTransfer = 0;
};

} // namespace pos::devices
