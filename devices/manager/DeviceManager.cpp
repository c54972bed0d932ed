#include "manager/DeviceManager.h"

#include "face/FaceDeviceLink.h"
#include "face/JsonLinesFaceDevice.h"
#include "face/SimulatedFaceDevice.h"
#include "manager/PrinterTransportFactory.h"
#include "printer/PrintSpooler.h"
#include "printer/PrinterTransport.h"
#include "printer/ServicePages.h"
#include "scanner/HidPosScanner.h"
#include "scanner/ImageScanner.h"
#include "scanner/KeyboardWedgeFilter.h"
#include "scanner/ScannerHub.h"
#include "scanner/SerialScanner.h"
#include "scanner/SimulatedScanner.h"
#include "usb/LibusbBackend.h"
#include "usb/UsbDeviceMonitor.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace pos::devices {

namespace {

Q_LOGGING_CATEGORY(lcDevices, "pos.devices.manager")

QString usbId(const config::UsbIdSettings &usb)
{
    return QStringLiteral("%1:%2")
        .arg(usb.vendorId, 4, 16, QLatin1Char('0'))
        .arg(usb.productId, 4, 16, QLatin1Char('0'));
}

} // namespace

DeviceManager::DeviceManager(const config::DeviceSettings &settings, storage::Database &database,
                             Options options, QObject *parent)
    : QObject(parent), m_settings(settings), m_database(database), m_options(std::move(options)),
      m_hub(new ScannerHub(this))
{
    WedgeSettings wedge;
    wedge.maxInterKeyMs = m_settings.scanner.maxInterKeyMs;
    wedge.minLength = m_settings.scanner.minLength;
    wedge.suffix = m_settings.scanner.wedgeSuffix == QLatin1String("tab")
                       ? WedgeSettings::Suffix::Tab
                       : WedgeSettings::Suffix::Enter;
    m_wedge = new KeyboardWedgeFilter(wedge, this);
    m_hub->addSource(m_wedge);
    m_images = new ImageScanner(this);
    m_hub->addSource(m_images);
    connect(m_hub, &ScannerHub::sourceStateChanged, this, &DeviceManager::healthChanged);
    m_display.kind = DeviceHealth::Kind::CustomerDisplay;
}

DeviceManager::~DeviceManager()
{
    // The spooler and the scanners use the USB backend: they go first.
    delete m_spooler;
    m_spooler = nullptr;
    delete m_extraScanner;
    m_extraScanner = nullptr;
    delete m_faceObject;
    m_faceObject = nullptr;
    delete m_usbMonitor;
    m_usbMonitor = nullptr;
}

Status DeviceManager::start()
{
    // USB is listed for the settings screen whatever the devices are; a machine without USB
    // access only loses that list (and USB devices, refused below).
    if (auto opened = usb(); opened) {
        m_usbMonitor = new UsbDeviceMonitor(opened.value(), this);
        connect(m_usbMonitor, &UsbDeviceMonitor::changed, this, &DeviceManager::healthChanged);
    }
    if (auto started = startPrinter(); !started) {
        return started;
    }
    if (auto started = startScanners(); !started) {
        return started;
    }
    return startFaceDevice();
}

Result<UsbBackend *> DeviceManager::usb()
{
    if (!m_usb) {
        auto backend = std::make_unique<LibusbBackend>();
        // "Still starting" is fine: the first enumeration runs on the USB thread and devices
        // appear through hotplug signals; only a libusb that cannot work at all is refused.
        if (auto available = backend->availability();
            !available && available.error().code != QLatin1String("usb.starting")) {
            m_usbError = available.error().message;
            return available.error();
        }
        connect(backend.get(), &UsbBackend::deviceArrived, this, &DeviceManager::healthChanged);
        connect(backend.get(), &UsbBackend::deviceLeft, this, &DeviceManager::healthChanged);
        m_usb = std::move(backend);
    }
    return m_usb.get();
}

Status DeviceManager::startPrinter()
{
    const config::PrinterSettings &printer = m_settings.printer;
    UsbBackend *backend = nullptr;
    if (printer.type == QLatin1String("usb")) {
        auto opened = usb();
        if (!opened) {
            return Error{QStringLiteral("devices.no_usb"),
                         tr("The USB printer %1 cannot be used: %2")
                             .arg(usbId(printer.usb), opened.error().message)};
        }
        backend = opened.value();
    }
    PrintSpooler::Settings spooling;
    spooling.statusPollMs = printer.statusPollMs;
    spooling.retryMs = printer.retryMs;
    spooling.drawerOpenAlertMs = printer.drawerAlertMs;
    m_spooler =
        new PrintSpooler(m_database, makePrinterTransport(printer, m_options.dataDir, backend),
                         printer.columns, spooling, this);
    connect(m_spooler, &PrintSpooler::statusChanged, this, &DeviceManager::healthChanged);
    connect(m_spooler, &PrintSpooler::queueChanged, this, &DeviceManager::healthChanged);
    connect(m_spooler, &PrintSpooler::jobWaiting, this, [this](qint64, const QString &reason) {
        m_printerWaiting = reason;
        emit healthChanged();
    });
    connect(m_spooler, &PrintSpooler::jobPrinted, this, [this] {
        m_printerWaiting.clear();
        emit healthChanged();
    });
    connect(m_spooler, &PrintSpooler::drawerStateChanged, this, [this](bool open) {
        if (!open) {
            m_drawerLeftOpenSinceMs = 0;
        }
        emit healthChanged();
    });
    connect(m_spooler, &PrintSpooler::drawerLeftOpen, this, [this](qint64 sinceMs) {
        m_drawerLeftOpenSinceMs = sinceMs;
        emit healthChanged();
    });
    m_spooler->start();
    return success();
}

Status DeviceManager::startScanners()
{
    const config::ScannerSettings &scanner = m_settings.scanner;
    ScanLimits limits;
    limits.minLength = scanner.minLength;
    if (scanner.type == QLatin1String("serial")) {
        SerialScannerSettings serial;
        serial.portName = scanner.serial.port;
        serial.baudRate = scanner.serial.baud;
        serial.suffix =
            scanner.serialSuffix == QLatin1String("lf")     ? SerialScannerSettings::Suffix::Lf
            : scanner.serialSuffix == QLatin1String("crlf") ? SerialScannerSettings::Suffix::CrLf
                                                            : SerialScannerSettings::Suffix::Cr;
        serial.limits = limits;
        auto *source = new SerialScanner(serial, this);
        m_extraScanner = source;
        m_hub->addSource(source);
        source->start();
    } else if (scanner.type == QLatin1String("usb-hid")) {
        auto opened = usb();
        if (!opened) {
            return Error{QStringLiteral("devices.no_usb"),
                         tr("The USB scanner %1 cannot be used: %2")
                             .arg(usbId(scanner.usb), opened.error().message)};
        }
        auto *source = new HidPosScanner(opened.value(), scanner.usb.vendorId,
                                         scanner.usb.productId, limits, this);
        m_extraScanner = source;
        m_hub->addSource(source);
        source->start();
    } else if (scanner.type == QLatin1String("simulated")) {
        m_extraScanner = new SimulatedScanner(this);
        m_hub->addSource(m_extraScanner);
    }
    return success();
}

Status DeviceManager::startFaceDevice()
{
    const config::FaceDeviceSettings &face = m_settings.face;
    const QString type =
        face.type == QLatin1String("auto")
            ? (m_options.demo ? QStringLiteral("simulated") : QStringLiteral("none"))
            : face.type;
    if (type == QLatin1String("simulated")) {
        auto *device = new SimulatedFaceDevice(QStringLiteral("FACE-SIM-01"), this);
        m_faceObject = device;
        m_face = device;
        return success();
    }
    FaceDeviceLink *link = nullptr;
    if (type == QLatin1String("tcp")) {
        link = new TcpFaceDeviceLink(face.host, quint16(face.port));
    } else if (type == QLatin1String("serial")) {
        link = new SerialFaceDeviceLink(face.serial.port, face.serial.baud);
    } else {
        return success();
    }
    auto *device = new JsonLinesFaceDevice(link, this);
    device->setTimeouts(face.replyTimeoutMs, face.captureTimeoutMs);
    connect(device, &JsonLinesFaceDevice::ready, this, [this] {
        m_faceError.clear();
        emit healthChanged();
    });
    connect(device, &JsonLinesFaceDevice::linkLost, this, [this](const QString &reason) {
        m_faceError = reason;
        emit healthChanged();
    });
    m_faceObject = device;
    m_face = device;
    m_faceDescription = link->description();
    return success();
}

QList<DeviceHealth> DeviceManager::health() const
{
    QList<DeviceHealth> rows{printerHealth(), drawerHealth()};
    rows.append(scannerHealth());
    rows.append(faceHealth());
    rows.append(m_display);
    return rows;
}

void DeviceManager::setCustomerDisplayHealth(const DeviceHealth &health)
{
    m_display = health;
    m_display.kind = DeviceHealth::Kind::CustomerDisplay;
    emit healthChanged();
}

DeviceHealth DeviceManager::printerHealth() const
{
    DeviceHealth health;
    health.kind = DeviceHealth::Kind::Printer;
    if (!m_spooler) {
        health.detail = m_usbError;
        health.level =
            m_usbError.isEmpty() ? DeviceHealth::Level::Absent : DeviceHealth::Level::Error;
        return health;
    }
    health.connection = m_spooler->transport()->description();
    const PrinterStatus status = m_spooler->status();
    const int queued = m_spooler->queuedCount();
    const bool simulated = m_settings.printer.type == QLatin1String("simulated");
    if (!status.canPrint() || !m_printerWaiting.isEmpty()) {
        health.level = DeviceHealth::Level::Error;
        health.detail = m_printerWaiting.isEmpty() ? status.describe() : m_printerWaiting;
    } else if (status.paperNearEnd) {
        health.level = DeviceHealth::Level::Warning;
        health.detail = status.describe();
    } else {
        health.level = simulated ? DeviceHealth::Level::Simulated : DeviceHealth::Level::Ok;
        health.detail = status.describe();
    }
    if (queued > 0) {
        health.detail += QLatin1String(" · ") + tr("%n job(s) waiting", nullptr, queued);
        if (health.level == DeviceHealth::Level::Ok ||
            health.level == DeviceHealth::Level::Simulated) {
            health.level = DeviceHealth::Level::Warning;
        }
    }
    return health;
}

DeviceHealth DeviceManager::drawerHealth() const
{
    DeviceHealth health;
    health.kind = DeviceHealth::Kind::Drawer;
    if (!m_spooler) {
        return health;
    }
    health.connection = tr("through the receipt printer");
    if (m_drawerLeftOpenSinceMs > 0) {
        health.level = DeviceHealth::Level::Warning;
        health.detail = tr("Left open since %1")
                            .arg(QDateTime::fromMSecsSinceEpoch(m_drawerLeftOpenSinceMs)
                                     .toLocalTime()
                                     .toString(QStringLiteral("HH:mm:ss")));
    } else if (m_spooler->drawerOpen()) {
        health.level = DeviceHealth::Level::Ok;
        health.detail = tr("Open");
    } else {
        health.level = DeviceHealth::Level::Ok;
        health.detail = tr("Closed");
    }
    return health;
}

QList<DeviceHealth> DeviceManager::scannerHealth() const
{
    QList<DeviceHealth> rows;
    for (ScannerSource *source : m_hub->sources()) {
        DeviceHealth health;
        health.kind = DeviceHealth::Kind::Scanner;
        health.connection = source->sourceName();
        const QString error = m_hub->errorOf(source->sourceName());
        if (!error.isEmpty()) {
            health.level = DeviceHealth::Level::Error;
            health.detail = error;
        } else if (source == m_wedge) {
            health.level = DeviceHealth::Level::Ok;
            health.detail = tr("Scanners in keyboard mode type into the terminal");
        } else if (source == m_images) {
            health.level = DeviceHealth::Level::Ok;
            health.detail = tr("Codes in pictures (Read a code from a picture, Ctrl+O)");
        } else {
            health.level = qobject_cast<SimulatedScanner *>(source) ? DeviceHealth::Level::Simulated
                                                                    : DeviceHealth::Level::Ok;
            health.detail = tr("Ready");
        }
        rows.append(health);
    }
    return rows;
}

DeviceHealth DeviceManager::faceHealth() const
{
    DeviceHealth health;
    health.kind = DeviceHealth::Kind::FaceDevice;
    if (!m_face) {
        health.detail = tr("No face-pay device configured");
        return health;
    }
    if (qobject_cast<SimulatedFaceDevice *>(m_faceObject)) {
        health.level = DeviceHealth::Level::Simulated;
        health.connection = tr("simulated");
        health.detail = tr("Ready");
        return health;
    }
    health.connection = m_faceDescription;
    if (!m_faceError.isEmpty()) {
        health.level = DeviceHealth::Level::Error;
        health.detail = m_faceError;
    } else {
        health.level = DeviceHealth::Level::Ok;
        health.detail = m_face->deviceId().isEmpty() ? tr("Connects at the first face payment")
                                                     : tr("Ready (%1)").arg(m_face->deviceId());
    }
    return health;
}

Result<qint64> DeviceManager::testPrint()
{
    const PrintablePage page =
        ServicePages::testPage(m_options.shopName, m_options.terminalId,
                               QDateTime::currentDateTime(), m_spooler->columns());
    return m_spooler->printDocument(storage::PrintJobKind::Test, QString(), page.escPos, page.text);
}

Result<qint64> DeviceManager::openDrawer(qint64 cashierId, const QString &orderId,
                                         const QString &reason)
{
    qCInfo(lcDevices) << "drawer opened by cashier" << cashierId
                      << (orderId.isEmpty() ? QStringLiteral("(no sale)") : orderId) << reason;
    return m_spooler->openDrawer(cashierId, orderId, reason);
}

} // namespace pos::devices
