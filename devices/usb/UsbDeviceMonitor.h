#pragma once

#include "usb/UsbBackend.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace pos::devices {

// The USB devices present now, each with a guess of what it is, for a device manager's
// "health" view and for choosing a printer or scanner in settings.
class UsbDeviceMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Printer,    // an interface of class 7 (printer)
        HidScanner, // a HID interface that is no boot keyboard or mouse: HID POS scanners are
                    // like that; the report descriptor (usage page 0x8C) is not read here
        Keyboard,   // a HID boot keyboard: a keyboard, or a scanner in keyboard-wedge mode
        Serial,     // a CDC ACM/data interface: USB-serial scanners, face-pay devices
        Other
    };
    Q_ENUM(Kind)

    struct Device
    {
        UsbDeviceInfo info;
        Kind kind = Kind::Other;
    };

    explicit UsbDeviceMonitor(UsbBackend *backend, QObject *parent = nullptr);

    static Kind guessKind(const UsbDeviceInfo &device);

    QList<Device> devices() const { return m_devices; }
    QList<Device> devices(Kind kind) const;
    Status availability() const;
    void refresh();

signals:
    void arrived(const pos::devices::UsbDeviceInfo &device,
                 pos::devices::UsbDeviceMonitor::Kind kind);
    void left(const pos::devices::UsbDeviceInfo &device, pos::devices::UsbDeviceMonitor::Kind kind);
    void changed();

private:
    void onArrived(const UsbDeviceInfo &device);
    void onLeft(quint8 bus, quint8 address);
    void reload();

    QPointer<UsbBackend> m_backend;
    QList<Device> m_devices;
};

} // namespace pos::devices
