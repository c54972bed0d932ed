#include "printer/UsbPrinterTransport.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <algorithm>

namespace pos::devices {

Q_LOGGING_CATEGORY(lcUsbPrinter, "pos.devices.printer.usb")

namespace {
constexpr quint8 kClassPrinter = 7;
constexpr quint8 kSubclassPrinter = 1;
constexpr quint8 kProtocolUnidirectional = 1;
constexpr quint8 kProtocolBidirectional = 2;
} // namespace

UsbPrinterTransport::UsbPrinterTransport(UsbBackend *backend, quint16 vendorId, quint16 productId,
                                         QString serial, QObject *parent)
    : PrinterTransport(parent), m_backend(backend), m_vendorId(vendorId), m_productId(productId),
      m_serial(std::move(serial))
{
    connect(backend, &UsbBackend::handleFailed, this, &UsbPrinterTransport::onHandleFailed);
    connect(backend, &UsbBackend::interfaceClaimed, this, &UsbPrinterTransport::onInterfaceClaimed);
    connect(backend, &UsbBackend::writeFinished, this, &UsbPrinterTransport::onWriteFinished);
    connect(backend, &UsbBackend::dataRead, this, &UsbPrinterTransport::onDataRead);
    connect(backend, &UsbBackend::readFailed, this, &UsbPrinterTransport::onReadFailed);
    connect(backend, &UsbBackend::deviceLeft, this, &UsbPrinterTransport::onDeviceLeft);
}

UsbPrinterTransport::~UsbPrinterTransport()
{
    closeHandle();
}

QString UsbPrinterTransport::description() const
{
    return tr("USB printer %1").arg(UsbDeviceInfo::idString(m_vendorId, m_productId));
}

std::optional<UsbPrinterTransport::PrinterInterface>
UsbPrinterTransport::findPrinterInterface(const UsbDeviceInfo &device)
{
    std::optional<PrinterInterface> oneWay;
    for (const UsbInterfaceInfo &iface : device.interfaces) {
        if (iface.interfaceClass != kClassPrinter || iface.interfaceSubClass != kSubclassPrinter ||
            (iface.interfaceProtocol != kProtocolUnidirectional &&
             iface.interfaceProtocol != kProtocolBidirectional)) {
            continue;
        }
        const UsbEndpointInfo *out =
            iface.findEndpoint(UsbEndpointInfo::Type::Bulk, UsbEndpointInfo::Direction::Out);
        if (out == nullptr) {
            continue;
        }
        PrinterInterface found{iface.number, iface.alternateSetting, out->address, 0, 0};
        const UsbEndpointInfo *in =
            iface.findEndpoint(UsbEndpointInfo::Type::Bulk, UsbEndpointInfo::Direction::In);
        if (iface.interfaceProtocol == kProtocolBidirectional && in != nullptr) {
            found.inEndpoint = in->address;
            found.inPacketSize = std::max(64, in->maxPacketSize);
            return found;
        }
        if (!oneWay) {
            oneWay = found;
        }
    }
    return oneWay;
}

std::optional<UsbDeviceInfo> UsbPrinterTransport::findDevice() const
{
    if (!m_backend) {
        return std::nullopt;
    }
    for (const UsbDeviceInfo &device : m_backend->devices()) {
        if (device.vendorId == m_vendorId && device.productId == m_productId &&
            (m_serial.isEmpty() || device.serial == m_serial)) {
            return device;
        }
    }
    return std::nullopt;
}

bool UsbPrinterTransport::readsStatus() const
{
    if (m_handle != 0) {
        return m_interface.inEndpoint != 0;
    }
    const auto device = findDevice();
    const auto iface = device ? findPrinterInterface(*device) : std::nullopt;
    return iface && iface->inEndpoint != 0;
}

void UsbPrinterTransport::write(const QByteArray &bytes)
{
    m_jobs.push_back(bytes);
    if (m_failureScheduled) {
        return; // answered with the jobs ahead of it
    }
    if (m_handle == 0) {
        openDevice();
        return;
    }
    schedulePump();
}

void UsbPrinterTransport::openDevice()
{
    const auto device = findDevice();
    if (!device) {
        failAllLater(tr("%1 is not connected").arg(description()));
        return;
    }
    const auto iface = findPrinterInterface(*device);
    if (!iface) {
        failAllLater(tr("%1 has no USB printer interface (class 7) with a bulk OUT endpoint")
                         .arg(description()));
        return;
    }
    const Result<UsbHandle> handle = m_backend->open(device->bus, device->address);
    if (!handle) {
        failAllLater(tr("%1: %2").arg(description(), handle.error().message));
        return;
    }
    m_handle = handle.value();
    m_claimed = false;
    m_bus = device->bus;
    m_address = device->address;
    m_interface = *iface;
    setState(State::Connecting);
    // The backend carries these out in order, after the open.
    m_backend->claimInterface(m_handle, iface->number, iface->alternateSetting);
    if (iface->inEndpoint != 0) {
        m_backend->startReading(m_handle, iface->inEndpoint, UsbBackend::TransferKind::Bulk,
                                iface->inPacketSize);
    }
    qCInfo(lcUsbPrinter) << "opening" << description() << "at bus" << m_bus << "address"
                         << m_address << "interface" << iface->number
                         << (iface->inEndpoint != 0 ? "bidirectional" : "one-way");
}

void UsbPrinterTransport::onInterfaceClaimed(int handle, int interfaceNumber)
{
    Q_UNUSED(interfaceNumber);
    if (handle != m_handle || m_handle == 0) {
        return;
    }
    m_claimed = true;
    setState(State::Ready);
    pump();
}

void UsbPrinterTransport::schedulePump()
{
    if (m_pumpScheduled) {
        return;
    }
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void UsbPrinterTransport::pump()
{
    if (m_handle == 0 || !m_claimed || m_inFlight != 0 || !m_backend) {
        return;
    }
    while (!m_jobs.empty() && m_sentOfFront >= m_jobs.front().size()) {
        const qint64 size = m_jobs.front().size();
        m_jobs.pop_front();
        m_sentOfFront = 0;
        setState(State::Ready);
        emit written(size); // a slot may write() again: the deque takes it
    }
    if (m_jobs.empty() || m_handle == 0 || m_inFlight != 0) {
        return;
    }
    const QByteArray chunk = m_jobs.front().mid(m_sentOfFront, m_chunkSize);
    m_inFlight = m_backend->bulkWrite(m_handle, m_interface.outEndpoint, chunk, m_writeTimeoutMs);
}

void UsbPrinterTransport::onWriteFinished(int handle, quint64 transferId, qint64 transferred,
                                          const UsbError &error)
{
    if (handle != m_handle || m_handle == 0 || transferId != m_inFlight) {
        return;
    }
    m_inFlight = 0;
    m_sentOfFront += transferred;
    if (error.ok()) {
        pump(); // a short write sends the rest of the chunk next
        return;
    }
    if (error.code == UsbError::Code::NoDevice) {
        unplugged();
    } else if (error.code == UsbError::Code::Timeout) {
        failAll(tr("%1: printer accepted no data for %2 ms (paper out or cover open?)")
                    .arg(description())
                    .arg(m_writeTimeoutMs));
    } else {
        closeHandle();
        failAll(tr("%1: %2").arg(description(), error.message));
    }
}

void UsbPrinterTransport::onHandleFailed(int handle, const UsbError &error)
{
    if (handle != m_handle || m_handle == 0) {
        return;
    }
    closeHandle();
    if (error.code == UsbError::Code::NoDevice) {
        failAll(tr("%1: printer unplugged").arg(description()));
        return;
    }
    failAll(tr("%1: %2").arg(description(), error.message));
}

void UsbPrinterTransport::onDataRead(int handle, quint8 endpoint, const QByteArray &bytes)
{
    if (handle == m_handle && m_handle != 0 && endpoint == m_interface.inEndpoint) {
        emit dataReceived(bytes);
    }
}

void UsbPrinterTransport::onReadFailed(int handle, quint8 endpoint, const UsbError &error)
{
    if (handle != m_handle || m_handle == 0 || endpoint != m_interface.inEndpoint) {
        return;
    }
    if (error.code == UsbError::Code::NoDevice) {
        unplugged();
        return;
    }
    // Printing still works; only status replies stop.
    qCWarning(lcUsbPrinter) << description() << "status channel stopped:" << error.message;
}

void UsbPrinterTransport::onDeviceLeft(quint8 bus, quint8 address)
{
    if (m_handle != 0 && bus == m_bus && address == m_address) {
        unplugged();
    }
}

void UsbPrinterTransport::unplugged()
{
    qCWarning(lcUsbPrinter) << description() << "unplugged;" << m_jobs.size() << "job(s) waiting";
    closeHandle();
    failAll(tr("%1: printer unplugged").arg(description()));
}

void UsbPrinterTransport::closeHandle()
{
    if (m_handle != 0 && m_backend) {
        m_backend->close(m_handle);
    }
    m_handle = 0;
    m_claimed = false;
    m_inFlight = 0;
}

void UsbPrinterTransport::failAllLater(const QString &reason)
{
    m_failureScheduled = true;
    QMetaObject::invokeMethod(
        this, [this, reason] { failAll(reason); }, Qt::QueuedConnection);
}

void UsbPrinterTransport::failAll(const QString &reason)
{
    m_failureScheduled = false;
    const std::size_t jobs = m_jobs.size();
    m_jobs.clear();
    m_sentOfFront = 0;
    m_inFlight = 0;
    if (jobs == 0) {
        markFailed(reason);
        return;
    }
    qCWarning(lcUsbPrinter) << jobs << "job(s) failed:" << reason;
    for (std::size_t i = 0; i < jobs; ++i) {
        fail(reason); // a slot may write() again: it starts a fresh attempt
    }
}

} // namespace pos::devices
