#include "usb/UsbDeviceMonitor.h"

#include <QLoggingCategory>

#include <algorithm>

namespace pos::devices {

Q_DECLARE_LOGGING_CATEGORY(lcLibusb)

namespace {
constexpr quint8 kClassCdc = 0x02;
constexpr quint8 kClassHid = 0x03;
constexpr quint8 kClassPrinter = 0x07;
constexpr quint8 kClassCdcData = 0x0A;
constexpr quint8 kHidSubclassBoot = 1;
constexpr quint8 kHidProtocolKeyboard = 1;
} // namespace

UsbDeviceMonitor::UsbDeviceMonitor(UsbBackend *backend, QObject *parent)
    : QObject(parent), m_backend(backend)
{
    connect(backend, &UsbBackend::deviceArrived, this, &UsbDeviceMonitor::onArrived);
    connect(backend, &UsbBackend::deviceLeft, this, &UsbDeviceMonitor::onLeft);
    // The first enumeration may finish after construction: take the whole list then.
    connect(backend, &UsbBackend::enumerated, this, &UsbDeviceMonitor::reload);
    reload();
}

UsbDeviceMonitor::Kind UsbDeviceMonitor::guessKind(const UsbDeviceInfo &device)
{
    const auto &ifaces = device.interfaces;
    const auto any = [&](auto predicate) {
        return std::any_of(ifaces.cbegin(), ifaces.cend(), predicate);
    };
    if (any([](const UsbInterfaceInfo &i) { return i.interfaceClass == kClassPrinter; })) {
        return Kind::Printer;
    }
    const auto isHid = [](const UsbInterfaceInfo &i) { return i.interfaceClass == kClassHid; };
    const auto isBoot = [](const UsbInterfaceInfo &i) {
        return i.interfaceSubClass == kHidSubclassBoot;
    };
    if (any([&](const UsbInterfaceInfo &i) { return isHid(i) && !isBoot(i); }) &&
        !any([&](const UsbInterfaceInfo &i) { return isHid(i) && isBoot(i); })) {
        return Kind::HidScanner;
    }
    if (any([&](const UsbInterfaceInfo &i) {
            return isHid(i) && isBoot(i) && i.interfaceProtocol == kHidProtocolKeyboard;
        })) {
        return Kind::Keyboard;
    }
    if (device.deviceClass == kClassCdc || any([](const UsbInterfaceInfo &i) {
            return i.interfaceClass == kClassCdc || i.interfaceClass == kClassCdcData;
        })) {
        return Kind::Serial;
    }
    return Kind::Other;
}

QList<UsbDeviceMonitor::Device> UsbDeviceMonitor::devices(Kind kind) const
{
    QList<Device> result;
    std::copy_if(m_devices.cbegin(), m_devices.cend(), std::back_inserter(result),
                 [kind](const Device &device) { return device.kind == kind; });
    return result;
}

Status UsbDeviceMonitor::availability() const
{
    if (!m_backend) {
        return Status::failure(QStringLiteral("usb.unavailable"), tr("USB is not available"));
    }
    return m_backend->availability();
}

void UsbDeviceMonitor::refresh()
{
    if (m_backend) {
        m_backend->refresh();
    }
}

void UsbDeviceMonitor::onArrived(const UsbDeviceInfo &device)
{
    const bool known = std::any_of(m_devices.cbegin(), m_devices.cend(), [&](const Device &d) {
        return d.info.isAt(device.bus, device.address);
    });
    if (known) {
        return;
    }
    const Device entry{device, guessKind(device)};
    m_devices.append(entry);
    qCInfo(lcLibusb) << "USB device arrived:" << device.idString() << entry.kind << device.product;
    emit arrived(device, entry.kind);
    emit changed();
}

void UsbDeviceMonitor::onLeft(quint8 bus, quint8 address)
{
    const auto it = std::find_if(m_devices.begin(), m_devices.end(),
                                 [&](const Device &d) { return d.info.isAt(bus, address); });
    if (it == m_devices.end()) {
        return;
    }
    const Device gone = *it;
    m_devices.erase(it);
    qCInfo(lcLibusb) << "USB device left:" << gone.info.idString() << gone.kind;
    emit left(gone.info, gone.kind);
    emit changed();
}

void UsbDeviceMonitor::reload()
{
    if (!m_backend) {
        return;
    }
    QList<Device> fresh;
    for (const UsbDeviceInfo &info : m_backend->devices()) {
        fresh.append(Device{info, guessKind(info)});
    }
    const auto sameList = [&] {
        if (fresh.size() != m_devices.size()) {
            return false;
        }
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (!fresh[i].info.isAt(m_devices[i].info.bus, m_devices[i].info.address)) {
                return false;
            }
        }
        return true;
    };
    if (sameList()) {
        return;
    }
    m_devices = fresh;
    emit changed();
}

} // namespace pos::devices
