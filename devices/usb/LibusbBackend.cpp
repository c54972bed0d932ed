#include "usb/LibusbBackend.h"

#include "usb/LibusbWorker.h"

#include <QMetaObject>

#include <algorithm>

namespace pos::devices {

LibusbBackend::LibusbBackend(QObject *parent) : LibusbBackend(Options{}, parent) {}

LibusbBackend::LibusbBackend(Options options, QObject *parent)
    : UsbBackend(parent), m_worker(new LibusbWorker(options))
{
    qRegisterMetaType<UsbDeviceInfo>();
    qRegisterMetaType<QList<UsbDeviceInfo>>();
    qRegisterMetaType<UsbError>();

    m_thread.setObjectName(QStringLiteral("libusb"));
    m_worker->moveToThread(&m_thread);
    // Worker signals cross threads, so these connections are queued into this thread.
    connect(m_worker, &LibusbWorker::started, this, &LibusbBackend::onStarted);
    connect(m_worker, &LibusbWorker::enumerated, this, &LibusbBackend::onEnumerated);
    connect(m_worker, &LibusbWorker::handleFailed, this, &UsbBackend::handleFailed);
    connect(m_worker, &LibusbWorker::interfaceClaimed, this, &UsbBackend::interfaceClaimed);
    connect(m_worker, &LibusbWorker::writeFinished, this, &UsbBackend::writeFinished);
    connect(m_worker, &LibusbWorker::dataRead, this, &UsbBackend::dataRead);
    connect(m_worker, &LibusbWorker::readFailed, this, &UsbBackend::readFailed);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &LibusbWorker::start, Qt::QueuedConnection);
}

LibusbBackend::~LibusbBackend()
{
    QMetaObject::invokeMethod(m_worker, &LibusbWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

Status LibusbBackend::availability() const
{
    if (!m_initError.isEmpty()) {
        return Status::failure(QStringLiteral("usb.unavailable"),
                               tr("USB is not available: %1").arg(m_initError));
    }
    if (!m_started) {
        return Status::failure(QStringLiteral("usb.starting"), tr("USB is still starting"));
    }
    return success();
}

void LibusbBackend::onStarted(bool ok, const QString &error, bool nativeHotplug)
{
    m_nativeHotplug = nativeHotplug;
    if (!ok) {
        m_initError = error;
        m_started = true;
        emit enumerated();
    }
}

void LibusbBackend::onEnumerated(const QList<UsbDeviceInfo> &devices)
{
    const auto same = [](const UsbDeviceInfo &a, const UsbDeviceInfo &b) {
        return a.bus == b.bus && a.address == b.address && a.vendorId == b.vendorId &&
               a.productId == b.productId;
    };
    const auto contains = [&](const QList<UsbDeviceInfo> &list, const UsbDeviceInfo &device) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const UsbDeviceInfo &other) { return same(other, device); });
    };
    const QList<UsbDeviceInfo> previous = m_devices;
    m_devices = devices; // listeners of the signals below already see the new list
    for (const UsbDeviceInfo &device : previous) {
        if (!contains(devices, device)) {
            emit deviceLeft(device.bus, device.address);
        }
    }
    for (const UsbDeviceInfo &device : devices) {
        if (!contains(previous, device)) {
            emit deviceArrived(device);
        }
    }
    m_started = true;
    emit enumerated();
}

void LibusbBackend::refresh()
{
    QMetaObject::invokeMethod(m_worker, &LibusbWorker::enumerate, Qt::QueuedConnection);
}

Result<UsbHandle> LibusbBackend::open(quint8 bus, quint8 address)
{
    if (const Status status = availability(); !status) {
        return status.error();
    }
    const bool known = std::any_of(m_devices.cbegin(), m_devices.cend(),
                                   [&](const auto &device) { return device.isAt(bus, address); });
    if (!known) {
        return Result<UsbHandle>::failure(
            QStringLiteral("usb.not_found"),
            tr("no USB device at bus %1 address %2").arg(bus).arg(address));
    }
    const UsbHandle handle = ++m_nextHandle;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, handle, bus, address] { w->open(handle, bus, address); },
        Qt::QueuedConnection);
    return handle;
}

void LibusbBackend::claimInterface(UsbHandle handle, int interfaceNumber, int alternateSetting)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, handle, interfaceNumber, alternateSetting] {
            w->claim(handle, interfaceNumber, alternateSetting);
        },
        Qt::QueuedConnection);
}

quint64 LibusbBackend::bulkWrite(UsbHandle handle, quint8 endpoint, const QByteArray &bytes,
                                 int timeoutMs)
{
    const quint64 id = ++m_nextTransfer;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, handle, id, endpoint, bytes, timeoutMs] {
            w->bulkWrite(handle, id, endpoint, bytes, timeoutMs);
        },
        Qt::QueuedConnection);
    return id;
}

void LibusbBackend::startReading(UsbHandle handle, quint8 endpoint, TransferKind kind,
                                 int packetSize)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, handle, endpoint, kind, packetSize] {
            w->startReading(handle, endpoint, kind, packetSize);
        },
        Qt::QueuedConnection);
}

void LibusbBackend::close(UsbHandle handle)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, handle] { w->close(handle); }, Qt::QueuedConnection);
}

} // namespace pos::devices
