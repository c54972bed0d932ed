#include "settings/DeviceSettingsDialog.h"

#include "manager/DeviceManager.h"
#include "printer/PrintSpooler.h"
#include "scanner/ImageScanner.h"
#include "scanner/ScannerHub.h"
#include "usb/UsbDeviceMonitor.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {

QColor colourOf(devices::DeviceHealth::Level level)
{
    switch (level) {
    case devices::DeviceHealth::Level::Ok:
        return QColor(0x1b, 0x5e, 0x20);
    case devices::DeviceHealth::Level::Simulated:
        return QColor(0x0d, 0x47, 0xa1);
    case devices::DeviceHealth::Level::Warning:
        return QColor(0xe6, 0x51, 0x00);
    case devices::DeviceHealth::Level::Error:
        return QColor(0xb0, 0x00, 0x20);
    case devices::DeviceHealth::Level::Absent:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

} // namespace

DeviceSettingsDialog::DeviceSettingsDialog(devices::DeviceManager &devices, qint64 cashierId,
                                           QWidget *parent)
    : QDialog(parent), m_devices(devices), m_cashierId(cashierId), m_table(new QTableWidget(this)),
      m_usb(new QListWidget(this)), m_queue(new QLabel(this)), m_result(new QLabel(this)),
      m_drawerReason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("deviceSettingsDialog"));
    setWindowTitle(tr("Devices"));
    setMinimumSize(900, 520);

    m_table->setObjectName(QStringLiteral("deviceHealthTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Device"), tr("Connection"), tr("State"), tr("Detail")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);

    m_usb->setObjectName(QStringLiteral("usbDeviceList"));
    m_usb->setFocusPolicy(Qt::NoFocus);
    m_queue->setObjectName(QStringLiteral("printQueueLabel"));
    m_result->setObjectName(QStringLiteral("deviceTestResult"));
    m_result->setWordWrap(true);
    m_drawerReason->setObjectName(QStringLiteral("drawerReason"));
    m_drawerReason->setPlaceholderText(tr("Reason for opening the drawer without a sale"));

    auto *testPrintButton = new QPushButton(tr("Test print (Ctrl+P)"), this);
    testPrintButton->setObjectName(QStringLiteral("testPrintButton"));
    auto *testScanButton = new QPushButton(tr("Test scan (Ctrl+S)"), this);
    testScanButton->setObjectName(QStringLiteral("testScanButton"));
    auto *pictureButton = new QPushButton(tr("Read a code from a picture (Ctrl+O)"), this);
    pictureButton->setObjectName(QStringLiteral("pictureScanButton"));
    auto *drawerButton = new QPushButton(tr("Open drawer, no sale (Ctrl+D)"), this);
    drawerButton->setObjectName(QStringLiteral("openDrawerButton"));
    auto *close = new QPushButton(tr("Close (Esc)"), this);
    for (QPushButton *button :
         {testPrintButton, testScanButton, pictureButton, drawerButton, close}) {
        button->setAutoDefault(false);
    }

    auto *tests = new QHBoxLayout;
    tests->addWidget(testPrintButton);
    tests->addWidget(testScanButton);
    tests->addWidget(pictureButton);
    tests->addStretch();
    auto *drawer = new QHBoxLayout;
    drawer->addWidget(m_drawerReason, 1);
    drawer->addWidget(drawerButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 2);
    layout->addWidget(new QLabel(tr("USB devices plugged in"), this));
    layout->addWidget(m_usb, 1);
    layout->addWidget(m_queue);
    layout->addLayout(tests);
    layout->addLayout(drawer);
    layout->addWidget(m_result);
    layout->addWidget(close, 0, Qt::AlignRight);

    connect(testPrintButton, &QPushButton::clicked, this, &DeviceSettingsDialog::testPrint);
    connect(testScanButton, &QPushButton::clicked, this, &DeviceSettingsDialog::testScan);
    connect(drawerButton, &QPushButton::clicked, this, &DeviceSettingsDialog::openDrawer);
    connect(pictureButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Picture with a code"), QString(), tr("Pictures (*.png *.jpg *.jpeg *.bmp)"));
        if (!path.isEmpty()) {
            scanPicture(path);
        }
    });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this), &QShortcut::activated,
            pictureButton, &QPushButton::click);
    connect(&m_devices.images(), &devices::ImageScanner::frameDecoded, this, [this](int codes) {
        if (codes == 0 && m_devices.scanners().isTestScanArmed()) {
            m_devices.scanners().disarmTestScan();
            showResult(tr("No QR code or barcode found in the picture."), true);
        }
    });
    connect(&m_devices.images(), &devices::ImageScanner::frameRejected, this,
            [this](const QString &reason) {
                m_devices.scanners().disarmTestScan();
                showResult(reason, true);
            });
    connect(m_drawerReason, &QLineEdit::returnPressed, this, &DeviceSettingsDialog::openDrawer);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this), &QShortcut::activated, this,
            &DeviceSettingsDialog::testPrint);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this), &QShortcut::activated, this,
            &DeviceSettingsDialog::testScan);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this), &QShortcut::activated, this,
            &DeviceSettingsDialog::openDrawer);
    connect(&m_devices, &devices::DeviceManager::healthChanged, this,
            &DeviceSettingsDialog::refresh);
    connect(&m_devices.scanners(), &devices::ScannerHub::testScanned, this,
            &DeviceSettingsDialog::onTestScanned);
    refresh();
}

DeviceSettingsDialog::~DeviceSettingsDialog()
{
    m_devices.scanners().disarmTestScan();
}

void DeviceSettingsDialog::refresh()
{
    const QList<devices::DeviceHealth> rows = m_devices.health();
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const devices::DeviceHealth &health = rows.at(row);
        const QStringList cells{devices::DeviceHealth::kindName(health.kind), health.connection,
                                devices::DeviceHealth::levelName(health.level), health.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2) {
                item->setForeground(colourOf(health.level));
            }
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    refreshUsb();
    const int queued = m_devices.printer().queuedCount();
    m_queue->setText(queued == 0 ? tr("Print queue: empty")
                                 : tr("Print queue: %n job(s) waiting", nullptr, queued));
}

void DeviceSettingsDialog::focusDrawerReason()
{
    m_drawerReason->setFocus();
    showResult(tr("Why is the drawer opened without a sale? Enter a reason, then Enter."), false);
}

void DeviceSettingsDialog::refreshUsb()
{
    m_usb->clear();
    const devices::UsbDeviceMonitor *monitor = m_devices.usbDevices();
    if (!monitor) {
        m_usb->addItem(tr("USB is not available: %1").arg(m_devices.usbError()));
        return;
    }
    if (auto available = monitor->availability(); !available) {
        m_usb->addItem(available.error().message);
        return;
    }
    const auto present = monitor->devices();
    if (present.isEmpty()) {
        m_usb->addItem(tr("No USB device found"));
        return;
    }
    for (const auto &device : present) {
        const QString name =
            QStringList{device.info.manufacturer, device.info.product}.join(QLatin1Char(' '));
        m_usb->addItem(
            tr("%1 %2 – %3 (bus %4, address %5)")
                .arg(device.info.idString(), name.trimmed(), usbKindText(int(device.kind)))
                .arg(device.info.bus)
                .arg(device.info.address));
    }
}

QString DeviceSettingsDialog::usbKindText(int kind)
{
    using Kind = devices::UsbDeviceMonitor::Kind;
    switch (Kind(kind)) {
    case Kind::Printer:
        return tr("printer");
    case Kind::HidScanner:
        return tr("HID scanner");
    case Kind::Keyboard:
        return tr("keyboard or keyboard-wedge scanner");
    case Kind::Serial:
        return tr("serial device (scanner, face-pay device)");
    case Kind::Other:
        break;
    }
    return tr("other");
}

void DeviceSettingsDialog::testPrint()
{
    auto job = m_devices.testPrint();
    if (!job) {
        showResult(tr("Test page not queued: %1").arg(job.error().message), true);
        return;
    }
    showResult(tr("Test page queued as job %1.").arg(job.value()), false);
    refresh();
}

void DeviceSettingsDialog::testScan()
{
    m_devices.scanners().armTestScan();
    showResult(tr("Scan a code now: it is shown here and not added to the sale."), false);
}

void DeviceSettingsDialog::scanPicture(const QString &path)
{
    QImage picture(path);
    if (picture.isNull()) {
        showResult(tr("%1 is not a picture this terminal can read.").arg(path), true);
        return;
    }
    // Like a test scan: the code is shown here and never reaches the sale.
    m_devices.scanners().armTestScan();
    showResult(tr("Reading %1…").arg(path), false);
    m_devices.images().submitFrame(picture);
}

void DeviceSettingsDialog::onTestScanned(const QString &code, const QString &source)
{
    showResult(tr("Read %1 (%2 characters) from %3.").arg(code).arg(code.size()).arg(source),
               false);
}

void DeviceSettingsDialog::openDrawer()
{
    const QString reason = m_drawerReason->text().trimmed();
    if (reason.isEmpty()) {
        showResult(tr("Enter why the drawer is opened without a sale."), true);
        m_drawerReason->setFocus();
        return;
    }
    auto job = m_devices.openDrawer(m_cashierId, QString(), reason);
    if (!job) {
        showResult(tr("Drawer not opened: %1").arg(job.error().message), true);
        return;
    }
    m_drawerReason->clear();
    showResult(tr("Drawer opening logged (no sale): %1").arg(reason), false);
    refresh();
}

void DeviceSettingsDialog::showResult(const QString &text, bool isError)
{
    m_result->setStyleSheet(isError ? QStringLiteral("color: #b00020;")
                                    : QStringLiteral("color: #1b5e20;"));
    m_result->setText(text);
}

} // namespace pos::ui
