#include "shell/MainWindow.h"

#include "customer/CustomerDisplay.h"
#include "customer/CustomerDisplayController.h"
#include "customer/CustomerScreenChoice.h"
#include "dayend/DayEndDialog.h"
#include "login/LoginWidget.h"
#include "manager/DeviceManager.h"
#include "payment/PaymentDialog.h"
#include "payments/FacePayFlow.h"
#include "pending/PendingDialog.h"
#include "printer/PrintSpooler.h"
#include "printer/PrinterTransport.h"
#include "printer/ServicePages.h"
#include "receipt/ReceiptComposer.h"
#include "receipt/ReprintDialog.h"
#include "refund/RefundDialog.h"
#include "runtime/TerminalRuntime.h"
#include "sale/SaleScreen.h"
#include "scanner/ScannerHub.h"
#include "settings/DeviceSettingsDialog.h"
#include "shell/DeviceStatusText.h"
#include "shell/MoneyText.h"
#include "shell/SettlementScreens.h"
#include "shift/ShiftDialog.h"
#include "storage/AttemptRepository.h"
#include "storage/RefundRepository.h"

#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace pos::ui {

MainWindow::MainWindow(runtime::TerminalRuntime &runtime, devices::DeviceManager &devices,
                       QWidget *parent)
    : QMainWindow(parent), m_runtime(runtime), m_devices(devices), m_printer(devices.printer()),
      m_stack(new QStackedWidget(this)), m_login(new LoginWidget(runtime.database(), m_stack)),
      m_sale(new SaleScreen(runtime.sale(), m_stack)), m_cashierStatus(new QLabel(this)),
      m_channelStatus(new QLabel(this)), m_printerStatus(new QLabel(this)),
      m_pendingStatus(new QLabel(this)), m_deviceStatus(new QLabel(this)),
      m_settlement(new SettlementScreens(runtime, devices, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        tr("Cashier terminal %1 – %2")
            .arg(runtime.config().identity.terminalId, runtime.config().identity.shopName));
    resize(1024, 700);
    if (payments::FaceCaptureDevice *faceDevice = devices.faceDevice()) {
        m_faceFlow =
            new payments::FacePayFlow(runtime.payments(), runtime.channels(), *faceDevice, this);
    }
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_sale);
    setCentralWidget(m_stack);

    m_channelStatus->setObjectName(QStringLiteral("channelStatus"));
    m_printerStatus->setObjectName(QStringLiteral("printerStatus"));
    m_pendingStatus->setObjectName(QStringLiteral("pendingStatus"));
    m_deviceStatus->setObjectName(QStringLiteral("deviceStatus"));
    statusBar()->addWidget(m_cashierStatus);
    statusBar()->addWidget(m_settlement->shiftStatus());
    statusBar()->addWidget(m_pendingStatus, 1);
    statusBar()->addPermanentWidget(m_channelStatus);
    statusBar()->addPermanentWidget(m_deviceStatus);
    statusBar()->addPermanentWidget(m_printerStatus);
    m_channelStatus->setText(runtime.config().alipay.enabled ? tr("Alipay: checking…")
                                                             : tr("Cash only"));

    connect(m_login, &LoginWidget::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_sale, &SaleScreen::paymentRequested, this, &MainWindow::openPayment);
    connect(m_sale, &SaleScreen::logoutRequested, this, &MainWindow::onLogout);
    connect(m_sale, &SaleScreen::pendingRequested, this, &MainWindow::openPending);
    connect(m_sale, &SaleScreen::refundRequested, this, &MainWindow::openRefund);
    connect(m_sale, &SaleScreen::shiftRequested, this, [this] {
        if (!m_payment && !m_refund && !m_pending) {
            m_settlement->openShift();
        }
    });
    connect(m_sale, &SaleScreen::dayEndRequested, this, [this] {
        if (!m_payment && !m_refund && !m_pending) {
            m_settlement->openDayEnd();
        }
    });
    connect(m_settlement, &SettlementScreens::logoutRequested, this, &MainWindow::onLogout);
    connect(m_settlement, &SettlementScreens::problem, this,
            [this](const QString &text) { m_sale->showMessage(text, true); });
    connect(m_settlement, &SettlementScreens::drawerNeeded, this,
            [this](const QString &reason) { openDrawerForCash(QString(), reason); });
    connect(&devices.scanners(), &devices::ScannerSource::scanned, this, &MainWindow::onScanned);
    connect(&devices, &devices::DeviceManager::healthChanged, this, &MainWindow::showDeviceHealth);
    connect(new QShortcut(Qt::Key_F5, m_sale), &QShortcut::activated, this,
            &MainWindow::openReprint);
    connect(new QShortcut(Qt::Key_F6, m_sale), &QShortcut::activated, this,
            [this] { openDeviceSettings(true); });
    connect(new QShortcut(Qt::Key_F11, m_sale), &QShortcut::activated, this,
            [this] { openDeviceSettings(false); });
    connect(&runtime.payments(), &payments::PaymentService::attemptUpdated, this,
            &MainWindow::showPendingAttempts);
    connect(&runtime.refunds(), &payments::RefundService::refundUpdated, this,
            &MainWindow::showPendingAttempts);
    connect(&runtime.refunds(), &payments::RefundService::refundUpdated, this,
            &MainWindow::onRefundUpdated);
    const config::CustomerDisplaySettings &display = devices.settings().display;
    if (display.mode != QLatin1String("off")) {
        QScreen *customerScreen = chooseScreen(QGuiApplication::screens(),
                                               QGuiApplication::primaryScreen(), display.screen);
        if (customerScreen || display.mode == QLatin1String("on")) {
            setUpCustomerDisplay(customerScreen);
        }
    }
    if (m_customerDisplay) {
        m_customerDisplay->setHoldMs(display.idleAfterPaidMs);
    }
    connect(qApp, &QGuiApplication::screenRemoved, this, &MainWindow::onScreenRemoved);
    connect(qApp, &QGuiApplication::screenAdded, this, &MainWindow::onScreenAdded);
    reportCustomerDisplayHealth();
    showDeviceHealth();
    m_login->reset();
}

MainWindow::~MainWindow() = default;

DeviceSettingsDialog *MainWindow::deviceSettingsDialog() const
{
    return m_deviceSettings.data();
}

ReprintDialog *MainWindow::reprintDialog() const
{
    return m_reprint.data();
}

DayEndDialog *MainWindow::dayEndDialog() const
{
    return m_settlement->dayEndDialog();
}

ShiftDialog *MainWindow::shiftDialog() const
{
    return m_settlement->shiftDialog();
}

PaymentDialog *MainWindow::paymentDialog() const
{
    return m_payment.data();
}

PendingDialog *MainWindow::pendingDialog() const
{
    return m_pending.data();
}

RefundDialog *MainWindow::refundDialog() const
{
    return m_refund.data();
}

void MainWindow::watchChannel(channels::ChannelReachability *reachability)
{
    connect(reachability, &channels::ChannelReachability::stateChanged, this,
            [this](channels::ChannelReachability::State state) {
                const bool up = state == channels::ChannelReachability::State::Reachable;
                m_channelStatus->setText(up ? tr("Alipay: reachable") : tr("Alipay: unreachable"));
                m_channelStatus->setStyleSheet(up ? QString() : QStringLiteral("color: #b00020;"));
            });
}

void MainWindow::onLoggedIn(const Cashier &cashier)
{
    m_runtime.sale().startSale(cashier);
    m_runtime.payments().setOperator(cashier.code);
    m_cashierStatus->setText(tr("%1 (%2)").arg(cashier.name, cashier.code));
    m_stack->setCurrentWidget(m_sale);
    m_sale->barcodeField()->setFocus();
    showPendingAttempts();
    if (const QString reminder = m_settlement->refreshShiftState(); !reminder.isEmpty()) {
        m_sale->showMessage(reminder, true);
    }
}

void MainWindow::onLogout()
{
    if (m_payment || m_refund || m_pending) {
        return;
    }
    m_runtime.sale().startSale(Cashier{});
    m_cashierStatus->clear();
    m_stack->setCurrentWidget(m_login);
    m_login->reset();
}

void MainWindow::onScanned(const QString &code)
{
    if (m_payment) {
        m_payment->acceptScannedCode(code);
    } else if (m_reprint) {
        m_reprint->orderField()->setText(code); // the order QR printed on every receipt
    } else if (m_refund || m_pending || m_deviceSettings) {
        return; // goods are not rung up behind a dialog
    } else if (m_stack->currentWidget() == m_sale) {
        m_sale->addScannedCode(code);
    }
}

void MainWindow::openPayment()
{
    if (m_payment) {
        return;
    }
    auto orderId = m_runtime.sale().checkout();
    if (!orderId) {
        m_sale->showMessage(orderId.error().message, true);
        return;
    }
    m_payment = new PaymentDialog(m_runtime, m_faceFlow, orderId.value(), this);
    m_payment->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_payment, &QDialog::finished, this, &MainWindow::onPaymentFinished);
    if (m_customerController) {
        m_customerController->attachPayment(m_payment);
    }
    m_payment->setCustomerScreenAvailable(m_customerDisplay != nullptr);
    connect(m_payment, &PaymentDialog::printQrRequested, this, &MainWindow::printPaymentQr);
    m_payment->open();
}

void MainWindow::onPaymentFinished(int result)
{
    const QString orderId = m_payment ? m_payment->orderId() : QString();
    const Money change = m_payment ? m_payment->lastChange() : Money();
    const bool cancelled = m_payment && m_payment->saleCancelled();
    const Money handBack = m_payment ? m_payment->cashToHandBack() : Money();
    m_payment.clear();
    sale::SaleService &sale = m_runtime.sale();
    if (cancelled) {
        if (handBack.isPositive()) {
            openDrawerForCash(orderId, QStringLiteral("cash handed back: sale cancelled"));
        }
        sale.startSale(sale.cashier());
        m_sale->showMessage(
            handBack.isPositive()
                ? tr("Sale %1 cancelled. Hand back %2 cash.").arg(orderId, moneyText(handBack))
                : tr("Sale %1 cancelled.").arg(orderId),
            false);
        return;
    }
    if (result == QDialog::Accepted) {
        printReceipt(orderId);
        if (auto cash = storage::AttemptRepository(m_runtime.database()).tookCash(orderId);
            cash && cash.value()) {
            openDrawerForCash(orderId, QStringLiteral("cash sale"));
        }
        sale.startSale(sale.cashier());
        m_sale->showMessage(change.isPositive()
                                ? tr("Order %1 paid. Change %2.").arg(orderId, moneyText(change))
                                : tr("Order %1 paid.").arg(orderId),
                            false);
        return;
    }
    auto due = m_runtime.payments().amountDue(orderId);
    if (due && due->isZero()) {
        // Nothing left to take, yet not confirmed paid: the rest waits for a channel (Pending
        // statement). The order stays open in storage and is settled later; the counter moves on.
        sale.startSale(sale.cashier());
        m_sale->showMessage(
            tr("Order %1: nothing left to take; the rest awaits the channel (Pending, F9).")
                .arg(orderId),
            false);
        return;
    }
    if (due) {
        if (auto reopened = sale.reopenCheckout(due.value()); !reopened) {
            m_sale->showMessage(tr("%1 Press F12 to take the rest.").arg(reopened.error().message),
                                true);
        }
    }
}

void MainWindow::printReceipt(const QString &orderId)
{
    auto receipt = composeReceipt(m_runtime.database(), orderId, m_runtime.config().identity,
                                  m_runtime.sale().cashier().name);
    if (!receipt) {
        m_sale->showMessage(tr("Receipt not printed: %1").arg(receipt.error().message), true);
        return;
    }
    if (auto queued = m_printer.printReceipt(receipt.value(), orderId); !queued) {
        m_sale->showMessage(
            tr("Receipt not queued: %1 (reprint it with F5)").arg(queued.error().message), true);
    }
}

void MainWindow::openDrawerForCash(const QString &orderId, const QString &reason)
{
    if (auto opened = m_devices.openDrawer(m_runtime.sale().cashier().id, orderId, reason);
        !opened) {
        m_sale->showMessage(tr("Drawer not opened: %1").arg(opened.error().message), true);
    }
}

void MainWindow::onRefundUpdated(const Refund &refund)
{
    // Cash going back to a customer comes out of the drawer: open it once per refund, logged.
    if (refund.channel != QLatin1String("cash") || refund.state != RefundState::Succeeded ||
        m_drawerOpenedForRefunds.contains(refund.outRequestNo) || !m_refund) {
        return;
    }
    m_drawerOpenedForRefunds.insert(refund.outRequestNo);
    openDrawerForCash(refund.orderId, QStringLiteral("cash refund %1").arg(refund.outRequestNo));
}

void MainWindow::openDeviceSettings(bool forDrawer)
{
    if (m_deviceSettings || m_payment || m_refund || m_pending) {
        return;
    }
    m_deviceSettings = new DeviceSettingsDialog(m_devices, m_runtime.sale().cashier().id, this);
    m_deviceSettings->setAttribute(Qt::WA_DeleteOnClose);
    m_deviceSettings->open();
    if (forDrawer) {
        m_deviceSettings->focusDrawerReason();
    }
}

void MainWindow::openReprint()
{
    if (m_reprint || m_payment || m_refund || m_pending) {
        return;
    }
    m_reprint = new ReprintDialog(m_runtime.database(), m_runtime.config().identity, m_printer,
                                  m_runtime.sale().cashier().name, this);
    m_reprint->setAttribute(Qt::WA_DeleteOnClose);
    m_reprint->open();
}

void MainWindow::showDeviceHealth()
{
    const DeviceStatusText text = deviceStatusText(m_devices.health());
    m_printerStatus->setText(text.printer);
    m_printerStatus->setStyleSheet(text.printerIsProblem ? QStringLiteral("color: #b00020;")
                                                         : QString());
    m_deviceStatus->setText(text.devices);
    m_deviceStatus->setStyleSheet(text.devicesIsProblem ? QStringLiteral("color: #b00020;")
                                                        : QString());
}

void MainWindow::showPendingAttempts()
{
    auto attempts = storage::AttemptRepository(m_runtime.database()).listUnresolved();
    storage::RefundRepository refunds(m_runtime.database());
    auto underWay = refunds.listUnresolved();
    auto byHand = refunds.listByHandOpen();
    const int attemptCount = attempts ? int(attempts->size()) : 0;
    const int refundCount = underWay ? int(underWay->size()) : 0;
    const int taskCount = byHand ? int(byHand->size()) : 0;
    QStringList parts;
    if (attemptCount > 0) {
        parts << tr("%n payment(s) awaiting a channel answer", nullptr, attemptCount);
    }
    if (refundCount > 0) {
        parts << tr("%n refund(s) under way", nullptr, refundCount);
    }
    if (taskCount > 0) {
        parts << tr("%n refund-by-hand task(s)", nullptr, taskCount);
    }
    m_pendingStatus->setText(
        parts.isEmpty() ? QString() : tr("%1 – F9 to see").arg(parts.join(QStringLiteral(", "))));
    m_pendingStatus->setStyleSheet(taskCount > 0 ? QStringLiteral("color: #b00020;") : QString());
}

void MainWindow::openPending()
{
    if (m_pending || m_payment || m_refund) {
        return;
    }
    m_pending = new PendingDialog(m_runtime, this);
    m_pending->setAttribute(Qt::WA_DeleteOnClose);
    m_pending->open();
}

void MainWindow::openRefund()
{
    if (m_pending || m_payment || m_refund) {
        return;
    }
    m_refund = new RefundDialog(m_runtime, m_runtime.sale().cashier(), this);
    m_refund->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_refund, &QDialog::finished, this, [this] { m_sale->barcodeField()->setFocus(); });
    m_refund->open();
}

void MainWindow::setUpCustomerDisplay(QScreen *screen)
{
    m_customerDisplay = std::make_unique<CustomerDisplay>(m_runtime.config().identity.shopName);
    m_customerController = new CustomerDisplayController(*m_customerDisplay, *m_sale, this);
    m_customerDisplay->setCart(m_runtime.sale().order());
    m_customerDisplay->placeOn(screen);
}

void MainWindow::onScreenRemoved(QScreen *screen)
{
    if (!m_customerDisplay || m_customerDisplay->screen() != screen) {
        return;
    }
    // The customer's screen was unplugged: the sale goes on, the QR can be printed instead.
    delete m_customerController;
    m_customerController = nullptr;
    m_customerDisplay.reset();
    if (m_payment) {
        m_payment->setCustomerScreenAvailable(false);
    }
    devices::DeviceHealth health;
    health.level = devices::DeviceHealth::Level::Error;
    health.detail = tr("Customer screen disconnected: print the payment QR (Ctrl+P)");
    m_devices.setCustomerDisplayHealth(health);
}

void MainWindow::onScreenAdded(QScreen *)
{
    // A customer screen plugged in after start-up is used from the next payment on.
    const config::CustomerDisplaySettings &display = m_devices.settings().display;
    if (m_customerDisplay || display.mode == QLatin1String("off")) {
        return;
    }
    if (QScreen *screen = chooseScreen(QGuiApplication::screens(), QGuiApplication::primaryScreen(),
                                       display.screen)) {
        setUpCustomerDisplay(screen);
        m_customerDisplay->setHoldMs(display.idleAfterPaidMs);
        reportCustomerDisplayHealth();
    }
}

void MainWindow::reportCustomerDisplayHealth()
{
    devices::DeviceHealth health;
    if (m_customerDisplay) {
        health.level = devices::DeviceHealth::Level::Ok;
        QScreen *screen = m_customerDisplay->screen();
        health.connection = screen ? screen->name() : tr("window");
        health.detail = tr("Showing");
    } else {
        health.level = devices::DeviceHealth::Level::Absent;
        health.detail = tr("No customer screen: the payment QR is printed on request (Ctrl+P)");
    }
    m_devices.setCustomerDisplayHealth(health);
}

void MainWindow::setCustomerDisplayForced(bool forced)
{
    if (forced && !m_customerDisplay) {
        setUpCustomerDisplay(nullptr);
    } else if (!forced && m_customerDisplay && !m_customerDisplay->isFullScreen()) {
        delete m_customerController;
        m_customerController = nullptr;
        m_customerDisplay.reset();
    }
    reportCustomerDisplayHealth();
}

void MainWindow::printPaymentQr(const QString &codeUrl, const Money &amount)
{
    const auto slip = devices::ServicePages::paymentQrSlip(
        codeUrl, moneyText(amount),
        QDateTime::currentDateTime().addMSecs(m_runtime.config().schedule.qrLifetimeMs),
        m_printer.columns());
    const QString orderId = m_payment ? m_payment->orderId() : QString();
    if (auto queued =
            m_printer.printDocument(storage::PrintJobKind::Qr, orderId, slip.escPos, slip.text);
        !queued) {
        m_sale->showMessage(tr("Payment QR not printed: %1").arg(queued.error().message), true);
    }
}

} // namespace pos::ui
