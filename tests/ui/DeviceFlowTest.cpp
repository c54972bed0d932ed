// The terminal with its devices misbehaving the way real ones do: paper out in the middle of a
// sale, a scanner unplugged, a drawer left open; and the device screens a cashier uses (F5
// reprint, F6 drawer without a sale, F11 devices with test print and test scan).
#include "TerminalFixture.h"

#include "demo/DemoData.h"
#include "display/QrCodeImage.h"
#include "payment/PaymentDialog.h"
#include "printer/PrintSpooler.h"
#include "printer/PrinterStatus.h"
#include "receipt/ReprintDialog.h"
#include "scanner/ScannerHub.h"
#include "scanner/SimulatedScanner.h"
#include "settings/DeviceSettingsDialog.h"
#include "storage/DrawerLog.h"
#include "storage/OrderRepository.h"
#include "storage/PrintJobRepository.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>

using namespace pos;

namespace {

using test::readFile;

// A scanner whose cable the test pulls.
class UnpluggableScanner : public devices::ScannerSource
{
public:
    QString sourceName() const override { return QStringLiteral("serial:/dev/ttyACM0"); }
    void unplug() { emit deviceError(QStringLiteral("scanner on /dev/ttyACM0 went away")); }
    void plugBack() { emit deviceReady(); }
};

class DeviceFlowTest : public test::TerminalFixture
{
protected:
    int receiptFiles() const
    {
        return int(QDir(m_data.filePath(QStringLiteral("receipts")))
                       .entryList({QStringLiteral("*.bin")}, QDir::Files)
                       .size());
    }

    QWidget *modal() const { return QApplication::activeModalWidget(); }
};

TEST_F(DeviceFlowTest, PaperOutMidSaleKeepsTheReceiptQueuedAndTheOrderPaidUntilPaperIsBack)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    devices::PrinterStatus paperOut;
    paperOut.paperOut = true;
    paperOut.online = false;
    m_printerDevice->setSimulatedStatus(paperOut);
    QSignalSpy waiting(m_printer, &devices::PrintSpooler::jobWaiting);
    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);

    const QString orderId = sellWaterForCash();
    ASSERT_FALSE(orderId.isEmpty());

    ASSERT_TRUE(test::waitUntil([&] { return waiting.count() >= 1; }));
    auto order = storage::OrderRepository(m_runtime->database()).summary(orderId);
    ASSERT_TRUE(order.ok());
    EXPECT_EQ(order->status, OrderStatus::Paid) << "payment never waits for the printer";
    EXPECT_EQ(printed.count(), 0);
    EXPECT_EQ(receiptFiles(), 0);
    EXPECT_TRUE(m_window->printerStatus()->text().contains(QStringLiteral("Paper out")))
        << m_window->printerStatus()->text().toStdString();
    EXPECT_GE(m_printer->queuedCount(), 1);

    m_printerDevice->setSimulatedStatus(devices::PrinterStatus{});
    ASSERT_TRUE(test::waitUntil([&] { return printed.count() >= 1; }));
    EXPECT_EQ(receiptFiles(), 1);
    auto receipt = storage::PrintJobRepository(m_runtime->database()).lastReceiptFor(orderId);
    ASSERT_TRUE(receipt.ok() && receipt->has_value());
    EXPECT_EQ((*receipt)->state, storage::PrintJobState::Printed);
    EXPECT_TRUE(test::waitUntil([this] {
        return !m_window->printerStatus()->text().contains(QStringLiteral("Paper out"));
    }));
}

TEST_F(DeviceFlowTest, UnpluggedScannerIsShownAndTheSaleGoesOn)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    UnpluggableScanner serialScanner;
    m_devices->scanners().addSource(&serialScanner);
    simulatedScanner()->scan(demo::demoBarcode(1));
    ASSERT_TRUE(test::waitUntil([this] { return visibleLines() == 1; }));

    serialScanner.unplug();
    EXPECT_TRUE(m_window->deviceStatus()->text().contains(QStringLiteral("went away")))
        << m_window->deviceStatus()->text().toStdString();
    EXPECT_EQ(visibleLines(), 1) << "the cart survives the unplugged scanner";
    simulatedScanner()->scan(demo::demoBarcode(0));
    ASSERT_TRUE(test::waitUntil([this] { return visibleLines() == 2; }));

    serialScanner.plugBack();
    EXPECT_TRUE(m_window->deviceStatus()->text().isEmpty())
        << m_window->deviceStatus()->text().toStdString();
}

TEST_F(DeviceFlowTest, DeviceSettingsShowHealthTestPrintAndTestScanWithoutTouchingTheSale)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F11);
    ui::DeviceSettingsDialog *dialog = m_window->deviceSettingsDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    QTableWidget *table = dialog->healthTable();
    QStringList kinds;
    for (int row = 0; row < table->rowCount(); ++row) {
        kinds << table->item(row, 0)->text();
    }
    EXPECT_TRUE(kinds.contains(QStringLiteral("Receipt printer")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("Cash drawer")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("Scanner")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("Face-pay device")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("Customer display")));
    EXPECT_GE(dialog->usbList()->count(), 1) << "devices found, none found, or why USB is missing";
    saveScreenshot(dialog, QStringLiteral("device-settings.png"));

    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testPrintButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([&] { return printed.count() == 1; }));
    EXPECT_TRUE(QString::fromUtf8(readFile(m_printerDevice->lastTextPath()))
                    .contains(QStringLiteral("PRINTER TEST")));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testScanButton")),
                      Qt::LeftButton);
    simulatedScanner()->scan(demo::demoBarcode(0));
    ASSERT_TRUE(test::waitUntil(
        [dialog] { return dialog->resultLabel()->text().contains(demo::demoBarcode(0)); }));
    EXPECT_EQ(visibleLines(), 0) << "a test scan never rings anything up";

    // A code in a picture (a camera frame, a photo) is read the same way.
    auto qr = devices::QrCodeImage::render(QStringLiteral("6901234500028"), 6);
    ASSERT_TRUE(qr.ok());
    const QString picture = m_data.filePath(QStringLiteral("code.png"));
    ASSERT_TRUE(qr->save(picture));
    dialog->scanPicture(picture);
    ASSERT_TRUE(test::waitUntil([dialog] {
        return dialog->resultLabel()->text().contains(QStringLiteral("6901234500028"));
    }));
    EXPECT_TRUE(dialog->resultLabel()->text().contains(QStringLiteral("image")));
    EXPECT_EQ(visibleLines(), 0);
    dialog->reject();
    ASSERT_TRUE(test::waitUntil([this] { return m_window->deviceSettingsDialog() == nullptr; }));
    simulatedScanner()->scan(demo::demoBarcode(0));
    ASSERT_TRUE(test::waitUntil([this] { return visibleLines() == 1; }));
}

TEST_F(DeviceFlowTest, DrawerWithoutASaleNeedsAReasonAndIsLoggedWithTheCashier)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F6);
    ui::DeviceSettingsDialog *dialog = m_window->deviceSettingsDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    storage::DrawerLog log(m_runtime->database());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openDrawerButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(dialog->resultLabel()->text().contains(QStringLiteral("Enter why")));
    ASSERT_TRUE(log.list(0).ok());
    EXPECT_TRUE(log.list(0)->empty());

    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);
    dialog->drawerReasonField()->setText(QStringLiteral("change for the float"));
    QTest::keyClick(dialog->drawerReasonField(), Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([&] { return printed.count() == 1; }));
    auto events = log.list(0);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1u);
    EXPECT_TRUE(events->front().isNoSale());
    EXPECT_EQ(events->front().reason, QStringLiteral("change for the float"));
    EXPECT_EQ(events->front().cashierId, m_runtime->sale().cashier().id);
}

TEST_F(DeviceFlowTest, DrawerLeftOpenIsShownUntilItCloses)
{
    startTerminal(
        false, [](config::TerminalConfig &config) { config.devices.printer.drawerAlertMs = 150; });
    m_printerDevice->setDrawerAutoCloseMs(0);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    QSignalSpy leftOpen(m_printer, &devices::PrintSpooler::drawerLeftOpen);

    sellWaterForCash();
    ASSERT_TRUE(test::waitUntil([&] { return leftOpen.count() == 1; }));
    EXPECT_TRUE(m_window->deviceStatus()->text().contains(QStringLiteral("Left open")))
        << m_window->deviceStatus()->text().toStdString();

    devices::PrinterStatus closed = m_printerDevice->simulatedStatus();
    closed.drawerOpen = false;
    m_printerDevice->setSimulatedStatus(closed);
    ASSERT_TRUE(test::waitUntil([this] { return m_window->deviceStatus()->text().isEmpty(); }));
    auto events = storage::DrawerLog(m_runtime->database()).list(0);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1u);
    EXPECT_TRUE(events->front().isClosed());
}

TEST_F(DeviceFlowTest, ReprintPrintsACopyMarkedAsSuch)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);
    const QString orderId = sellWaterForCash();
    ASSERT_TRUE(test::waitUntil([&] { return printed.count() == 2; })); // receipt, drawer

    m_window->activateWindow(); // offscreen does not hand activation back after a dialog
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F5);
    ui::ReprintDialog *dialog = m_window->reprintDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    ASSERT_EQ(dialog->recentList()->count(), 1);
    dialog->recentList()->setCurrentRow(0);
    EXPECT_EQ(dialog->orderField()->text(), orderId);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reprintButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([&] { return printed.count() == 3; }));
    const QString text = QString::fromUtf8(readFile(m_printerDevice->lastTextPath()));
    EXPECT_TRUE(text.contains(QStringLiteral("COPY"))) << text.toStdString();
    EXPECT_TRUE(text.contains(orderId));
    auto copy = storage::PrintJobRepository(m_runtime->database()).lastReceiptFor(orderId);
    ASSERT_TRUE(copy.ok() && copy->has_value());
    EXPECT_EQ((*copy)->kind, storage::PrintJobKind::Copy);

    dialog->orderField()->setText(QStringLiteral("T01-19990101-0001"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reprintButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("No order")));
}

} // namespace
