#include "scanner/HidPosScanner.h"

#include <QLoggingCategory>

#include <algorithm>

namespace pos::devices {

Q_LOGGING_CATEGORY(lcHidPos, "pos.devices.scanner.hidpos")

namespace {
constexpr quint8 kClassHid = 3;
constexpr quint8 kHidSubclassBoot = 1;

// The HID interface with an interrupt IN endpoint; a non-boot one first (HID POS scanners
// that also offer a keyboard interface put the POS reports on the other one).
const UsbInterfaceInfo *findScannerInterface(const UsbDeviceInfo &device)
{
    const UsbInterfaceInfo *boot = nullptr;
    for (const UsbInterfaceInfo &iface : device.interfaces) {
        if (iface.interfaceClass != kClassHid ||
            iface.findEndpoint(UsbEndpointInfo::Type::Interrupt, UsbEndpointInfo::Direction::In) ==
                nullptr) {
            continue;
        }
        if (iface.interfaceSubClass != kHidSubclassBoot) {
            return &iface;
        }
        if (boot == nullptr) {
            boot = &iface;
        }
    }
    return boot;
}
} // namespace

HidPosScanner::HidPosScanner(UsbBackend *backend, quint16 vendorId, quint16 productId,
                             ScanLimits limits, QObject *parent)
    : ScannerSource(parent), m_backend(backend), m_vendorId(vendorId), m_productId(productId),
      m_assembler(limits)
{
    connect(backend, &UsbBackend::deviceArrived, this, &HidPosScanner::onDeviceArrived);
    connect(backend, &UsbBackend::deviceLeft, this, &HidPosScanner::onDeviceLeft);
    connect(backend, &UsbBackend::handleFailed, this, &HidPosScanner::onHandleFailed);
    connect(backend, &UsbBackend::interfaceClaimed, this, &HidPosScanner::onInterfaceClaimed);
    connect(backend, &UsbBackend::dataRead, this, &HidPosScanner::onDataRead);
    connect(backend, &UsbBackend::readFailed, this, &HidPosScanner::onReadFailed);
}

HidPosScanner::~HidPosScanner()
{
    closeHandle();
}

QString HidPosScanner::sourceName() const
{
    return QStringLiteral("usb-hid:") + UsbDeviceInfo::idString(m_vendorId, m_productId);
}

void HidPosScanner::start()
{
    if (m_state == State::Stopped) {
        tryOpen();
    }
}

void HidPosScanner::stop()
{
    closeHandle();
    m_assembler.reset();
    setState(State::Stopped);
}

void HidPosScanner::tryOpen()
{
    if (!m_backend) {
        return;
    }
    const QString id = UsbDeviceInfo::idString(m_vendorId, m_productId);
    const QList<UsbDeviceInfo> devices = m_backend->devices();
    const auto device = std::find_if(devices.cbegin(), devices.cend(), [&](const auto &d) {
        return d.vendorId == m_vendorId && d.productId == m_productId;
    });
    if (device == devices.cend()) {
        if (m_state != State::WaitingForDevice) {
            lose(tr("scanner %1 is not connected").arg(id));
        }
        return;
    }
    const UsbInterfaceInfo *iface = findScannerInterface(*device);
    if (iface == nullptr) {
        lose(tr("USB device %1 has no HID interface with an interrupt IN endpoint").arg(id));
        return;
    }
    const Result<UsbHandle> handle = m_backend->open(device->bus, device->address);
    if (!handle) {
        lose(tr("scanner %1: %2").arg(id, handle.error().message));
        return;
    }
    const UsbEndpointInfo *in =
        iface->findEndpoint(UsbEndpointInfo::Type::Interrupt, UsbEndpointInfo::Direction::In);
    m_handle = handle.value();
    m_bus = device->bus;
    m_address = device->address;
    m_endpoint = in->address;
    m_assembler.reset();
    setState(State::Opening);
    m_backend->claimInterface(m_handle, iface->number, iface->alternateSetting);
    m_backend->startReading(m_handle, m_endpoint, UsbBackend::TransferKind::Interrupt,
                            in->maxPacketSize);
}

void HidPosScanner::onInterfaceClaimed(int handle, int interfaceNumber)
{
    Q_UNUSED(interfaceNumber);
    if (handle == m_handle && m_handle != 0) {
        m_lastError.clear();
        qCInfo(lcHidPos) << "reading" << sourceName();
        setState(State::Ready);
    }
}

void HidPosScanner::onDataRead(int handle, quint8 endpoint, const QByteArray &bytes)
{
    if (handle != m_handle || m_handle == 0 || endpoint != m_endpoint) {
        return;
    }
    const HidPosCodeAssembler::Outcome outcome = m_assembler.feed(bytes);
    switch (outcome.kind) {
    case HidPosCodeAssembler::Outcome::Kind::Incomplete:
        break;
    case HidPosCodeAssembler::Outcome::Kind::Code:
        m_lastSymbology = outcome.symbology;
        qCDebug(lcHidPos) << "code of" << outcome.code.size() << "characters, symbology"
                          << outcome.symbology;
        emit scanned(outcome.code, sourceName());
        break;
    case HidPosCodeAssembler::Outcome::Kind::Rejected:
        qCWarning(lcHidPos) << sourceName() << outcome.reason;
        emit rejected(outcome.reason);
        break;
    }
}

void HidPosScanner::onHandleFailed(int handle, const UsbError &error)
{
    if (handle == m_handle && m_handle != 0) {
        lose(tr("scanner %1: %2")
                 .arg(UsbDeviceInfo::idString(m_vendorId, m_productId), error.message));
    }
}

void HidPosScanner::onReadFailed(int handle, quint8 endpoint, const UsbError &error)
{
    if (handle != m_handle || m_handle == 0 || endpoint != m_endpoint) {
        return;
    }
    const QString id = UsbDeviceInfo::idString(m_vendorId, m_productId);
    lose(error.code == UsbError::Code::NoDevice ? tr("scanner %1 unplugged").arg(id)
                                                : tr("scanner %1: %2").arg(id, error.message));
}

void HidPosScanner::onDeviceLeft(quint8 bus, quint8 address)
{
    if (m_handle != 0 && bus == m_bus && address == m_address) {
        lose(tr("scanner %1 unplugged").arg(UsbDeviceInfo::idString(m_vendorId, m_productId)));
    }
}

void HidPosScanner::onDeviceArrived(const UsbDeviceInfo &device)
{
    if (m_state == State::WaitingForDevice && device.vendorId == m_vendorId &&
        device.productId == m_productId) {
        qCInfo(lcHidPos) << sourceName() << "is back";
        tryOpen();
    }
}

void HidPosScanner::lose(const QString &reason)
{
    closeHandle();
    m_assembler.reset();
    m_lastError = reason;
    qCWarning(lcHidPos) << reason;
    setState(State::WaitingForDevice);
    emit deviceError(reason);
}

void HidPosScanner::closeHandle()
{
    if (m_handle != 0 && m_backend) {
        m_backend->close(m_handle);
    }
    m_handle = 0;
}

void HidPosScanner::setState(State state)
{
    if (state == m_state) {
        return;
    }
    const bool reopened = m_state != State::Stopped; // the error was cleared on opening
    m_state = state;
    emit stateChanged(state);
    if (state == State::Ready && reopened) {
        emit deviceReady(); // the cashier was told it was gone: tell them it is back
    }
}

} // namespace pos::devices
