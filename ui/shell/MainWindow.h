#pragma once

#include "channels/ChannelReachability.h"
#include "domain/Cashier.h"
#include "domain/Refund.h"
#include "money/Money.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QLabel;
class QScreen;
class QStackedWidget;

namespace pos::runtime {
class TerminalRuntime;
}
namespace pos::devices {
class DeviceManager;
class PrintSpooler;
} // namespace pos::devices
namespace pos::payments {
class FaceCaptureDevice;
class FacePayFlow;
} // namespace pos::payments

namespace pos::ui {

class CustomerDisplay;
class CustomerDisplayController;
class DayEndDialog;
class SettlementScreens;
class ShiftDialog;
class DeviceSettingsDialog;
class LoginWidget;
class ReprintDialog;
class PaymentDialog;
class PendingDialog;
class RefundDialog;
class SaleScreen;

// The cashier's window: login, then the sale screen; payment in a dialog; receipts queued to
// the print spooler when an order is paid (the drawer opens, logged, when cash was taken);
// pending payments and refunds (F9), refunds (F10), reprint (F5), drawer without a sale (F6)
// and devices (F11) in dialogs; a status bar with channel, printer and device state and what is
// pending. Devices come from `devices` (simulators in demo mode).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(runtime::TerminalRuntime &runtime, devices::DeviceManager &devices,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginWidget *loginWidget() const { return m_login; }
    SaleScreen *saleScreen() const { return m_sale; }
    PaymentDialog *paymentDialog() const;
    PendingDialog *pendingDialog() const;
    RefundDialog *refundDialog() const;
    QLabel *printerStatus() const { return m_printerStatus; }
    QLabel *pendingStatus() const { return m_pendingStatus; }
    QLabel *deviceStatus() const { return m_deviceStatus; }
    DeviceSettingsDialog *deviceSettingsDialog() const;
    ReprintDialog *reprintDialog() const;
    DayEndDialog *dayEndDialog() const;
    ShiftDialog *shiftDialog() const;
    void watchChannel(channels::ChannelReachability *reachability);

    // Customer display: made when a second screen exists; forced on, it opens as a window on a
    // single screen (demo, tests); forced off, a windowed one goes away. Null when none.
    CustomerDisplay *customerDisplay() const { return m_customerDisplay.get(); }
    void setCustomerDisplayForced(bool forced);

public slots:
    // The customer QR on paper (no customer screen, or the customer asks for it).
    void printPaymentQr(const QString &codeUrl, const pos::Money &amount);

private:
    void setUpCustomerDisplay(QScreen *screen);
    void onScreenRemoved(QScreen *screen);
    void onScreenAdded(QScreen *screen);
    void reportCustomerDisplayHealth();
    std::unique_ptr<CustomerDisplay> m_customerDisplay;
    CustomerDisplayController *m_customerController = nullptr;

private:
    void onLoggedIn(const pos::Cashier &cashier);
    void onLogout();
    void onScanned(const QString &code);
    void openPayment();
    void onPaymentFinished(int result);
    void printReceipt(const QString &orderId);
    void openDrawerForCash(const QString &orderId, const QString &reason);
    void openDeviceSettings(bool forDrawer);
    void onRefundUpdated(const pos::Refund &refund);
    void openReprint();
    void showDeviceHealth();
    void showPendingAttempts();
    void openPending();
    void openRefund();

    runtime::TerminalRuntime &m_runtime;
    devices::DeviceManager &m_devices;
    devices::PrintSpooler &m_printer;
    payments::FacePayFlow *m_faceFlow = nullptr; // over the face-pay device, when there is one
    QStackedWidget *m_stack;
    LoginWidget *m_login;
    SaleScreen *m_sale;
    QPointer<PaymentDialog> m_payment;
    QPointer<PendingDialog> m_pending;
    QPointer<RefundDialog> m_refund;
    QPointer<DeviceSettingsDialog> m_deviceSettings;
    QPointer<ReprintDialog> m_reprint;
    QLabel *m_cashierStatus;
    QLabel *m_channelStatus;
    QLabel *m_printerStatus;
    QLabel *m_pendingStatus;
    QLabel *m_deviceStatus;
    SettlementScreens *m_settlement;
    QSet<QString> m_drawerOpenedForRefunds; // cash refunds the drawer already opened for
};

} // namespace pos::ui
