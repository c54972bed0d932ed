#include "devices/FakeUsbBackend.h"

#include <QMetaObject>

#include <algorithm>

using namespace pos::devices;

namespace pos::test {

namespace {
UsbError notOpen()
{
    return {UsbError::Code::NotOpen, QStringLiteral("the USB device is not open")};
}
UsbError noDevice()
{
    return {UsbError::Code::NoDevice, QStringLiteral("the USB device is no longer connected")};
}
} // namespace

void FakeUsbBackend::later(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void FakeUsbBackend::plug(const UsbDeviceInfo &device)
{
    m_devices.append(device);
    emit deviceArrived(device);
}

void FakeUsbBackend::unplug(quint8 bus, quint8 address)
{
    m_devices.removeIf([&](const UsbDeviceInfo &d) { return d.isAt(bus, address); });
    for (auto it = m_handles.begin(); it != m_handles.end(); ++it) {
        if (it->bus != bus || it->address != address || !it->usable) {
            continue;
        }
        it->usable = false;
        const UsbHandle handle = it.key();
        for (auto held = m_held.begin(); held != m_held.end();) {
            if (held->handle == handle) {
                finishWrite(*held, 0, noDevice());
                held = m_held.erase(held);
            } else {
                ++held;
            }
        }
        for (const Reader &reader : std::as_const(m_readers)) {
            if (reader.handle == handle) {
                later([this, reader] {
                    emit readFailed(reader.handle, reader.endpoint, noDevice());
                });
            }
        }
    }
    emit deviceLeft(bus, address);
}

void FakeUsbBackend::releaseHeldWrites()
{
    while (!m_held.empty()) {
        const Write write = m_held.front();
        m_held.pop_front();
        finishWrite(write, write.bytes.size(), {});
    }
}

bool FakeUsbBackend::sendToHost(quint8 bus, quint8 address, quint8 endpoint,
                                const QByteArray &bytes)
{
    for (const Reader &reader : std::as_const(m_readers)) {
        const auto handle = m_handles.constFind(reader.handle);
        if (handle != m_handles.cend() && handle->usable && handle->bus == bus &&
            handle->address == address && reader.endpoint == endpoint) {
            later([this, reader, bytes] { emit dataRead(reader.handle, reader.endpoint, bytes); });
            return true;
        }
    }
    return false;
}

QByteArray FakeUsbBackend::writtenBytes() const
{
    QByteArray all;
    for (const Write &write : m_writes) {
        all += write.bytes;
    }
    return all;
}

bool FakeUsbBackend::isOpen(UsbHandle handle) const
{
    const auto it = m_handles.constFind(handle);
    return it != m_handles.cend() && it->usable;
}

void FakeUsbBackend::refresh()
{
    later([this] { emit enumerated(); });
}

Result<UsbHandle> FakeUsbBackend::open(quint8 bus, quint8 address)
{
    if (!m_availability) {
        return m_availability.error();
    }
    const bool present = std::any_of(m_devices.cbegin(), m_devices.cend(),
                                     [&](const auto &d) { return d.isAt(bus, address); });
    if (!present) {
        return Result<UsbHandle>::failure(QStringLiteral("usb.not_found"),
                                          QStringLiteral("no such USB device"));
    }
    const UsbHandle handle = ++m_nextHandle;
    ++m_opens;
    m_handles.insert(handle, Handle{bus, address, true});
    if (m_openFailure) {
        const UsbError error = *m_openFailure;
        m_openFailure.reset();
        m_handles[handle].usable = false;
        later([this, handle, error] { emit handleFailed(handle, error); });
    }
    return handle;
}

void FakeUsbBackend::claimInterface(UsbHandle handle, int interfaceNumber, int alternateSetting)
{
    if (!isOpen(handle)) {
        later([this, handle] { emit handleFailed(handle, notOpen()); });
        return;
    }
    if (m_claimFailure) {
        const UsbError error = *m_claimFailure;
        m_claimFailure.reset();
        later([this, handle, error] { emit handleFailed(handle, error); });
        return;
    }
    m_claims.append({handle, interfaceNumber, alternateSetting});
    later([this, handle, interfaceNumber] { emit interfaceClaimed(handle, interfaceNumber); });
}

quint64 FakeUsbBackend::bulkWrite(UsbHandle handle, quint8 endpoint, const QByteArray &bytes,
                                  int timeoutMs)
{
    const Write write{handle, endpoint, bytes, ++m_nextTransfer, timeoutMs};
    if (!isOpen(handle)) {
        finishWrite(write, 0, notOpen());
        return write.id;
    }
    m_writes.append(write);
    if (!m_writeAnswers.empty()) {
        const WriteAnswer answer = m_writeAnswers.front();
        m_writeAnswers.pop_front();
        finishWrite(write, answer.transferred < 0 ? bytes.size() : answer.transferred,
                    answer.error);
    } else if (m_holdWrites) {
        m_held.push_back(write);
    } else {
        finishWrite(write, bytes.size(), {});
    }
    return write.id;
}

void FakeUsbBackend::finishWrite(const Write &write, qint64 transferred, const UsbError &error)
{
    later([this, write, transferred, error] {
        emit writeFinished(write.handle, write.id, transferred, error);
    });
}

void FakeUsbBackend::startReading(UsbHandle handle, quint8 endpoint, TransferKind kind,
                                  int packetSize)
{
    if (!isOpen(handle)) {
        later([this, handle, endpoint] { emit readFailed(handle, endpoint, notOpen()); });
        return;
    }
    m_readers.append({handle, endpoint, kind, packetSize});
}

void FakeUsbBackend::close(UsbHandle handle)
{
    m_closed.append(handle);
    const auto it = m_handles.find(handle);
    if (it == m_handles.end()) {
        return;
    }
    it->usable = false;
    for (auto held = m_held.begin(); held != m_held.end();) {
        if (held->handle == handle) {
            finishWrite(*held, 0, {UsbError::Code::Cancelled, QStringLiteral("cancelled")});
            held = m_held.erase(held);
        } else {
            ++held;
        }
    }
}

UsbEndpointInfo endpoint(quint8 address, UsbEndpointInfo::Type type, int maxPacketSize)
{
    UsbEndpointInfo info;
    info.address = address;
    info.type = type;
    info.maxPacketSize = maxPacketSize;
    return info;
}

UsbInterfaceInfo usbInterface(int number, quint8 cls, quint8 subclass, quint8 protocol,
                              QList<UsbEndpointInfo> endpoints, int alternateSetting)
{
    UsbInterfaceInfo info;
    info.number = number;
    info.alternateSetting = alternateSetting;
    info.interfaceClass = cls;
    info.interfaceSubClass = subclass;
    info.interfaceProtocol = protocol;
    info.endpoints = std::move(endpoints);
    return info;
}

UsbDeviceInfo usbDevice(quint8 bus, quint8 address, quint16 vendorId, quint16 productId,
                        QList<UsbInterfaceInfo> interfaces)
{
    UsbDeviceInfo info;
    info.bus = bus;
    info.address = address;
    info.vendorId = vendorId;
    info.productId = productId;
    info.interfaces = std::move(interfaces);
    return info;
}

} // namespace pos::test
