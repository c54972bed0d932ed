#pragma once

#include "channels/ChannelReachability.h"
#include "domain/Cashier.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace pos::runtime {
class TerminalRuntime;
}
namespace pos::devices {
class ReceiptPrinter;
class ScannerSource;
} // namespace pos::devices
namespace pos::payments {
class FaceCaptureDevice;
class FacePayFlow;
} // namespace pos::payments

namespace pos::ui {

class LoginWidget;
class PaymentDialog;
class PendingDialog;
class RefundDialog;
class SaleScreen;

// The cashier's window: login, then the sale screen; payment in a dialog; receipts printed
// when an order is paid; pending payments and refunds (F9) and refunds (F10) in dialogs; a
// status bar with channel and printer state and what is pending. `faceDevice` is the face-pay
// device (a simulator in demo mode); null when the terminal has none.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(runtime::TerminalRuntime &runtime, devices::ReceiptPrinter &printer,
               devices::ScannerSource &scanner, payments::FaceCaptureDevice *faceDevice = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginWidget *loginWidget() const { return m_login; }
    SaleScreen *saleScreen() const { return m_sale; }
    PaymentDialog *paymentDialog() const;
    PendingDialog *pendingDialog() const;
    RefundDialog *refundDialog() const;
    QLabel *printerStatus() const { return m_printerStatus; }
    QLabel *pendingStatus() const { return m_pendingStatus; }
    void watchChannel(channels::ChannelReachability *reachability);

private:
    void onLoggedIn(const pos::Cashier &cashier);
    void onLogout();
    void onScanned(const QString &code);
    void openPayment();
    void onPaymentFinished(int result);
    void printReceipt(const QString &orderId);
    void showPendingAttempts();
    void openPending();
    void openRefund();

    runtime::TerminalRuntime &m_runtime;
    devices::ReceiptPrinter &m_printer;
    payments::FacePayFlow *m_faceFlow = nullptr; // over the face-pay device, when there is one
    QStackedWidget *m_stack;
    LoginWidget *m_login;
    SaleScreen *m_sale;
    QPointer<PaymentDialog> m_payment;
    QPointer<PendingDialog> m_pending;
    QPointer<RefundDialog> m_refund;
    QLabel *m_cashierStatus;
    QLabel *m_channelStatus;
    QLabel *m_printerStatus;
    QLabel *m_pendingStatus;
};

} // namespace pos::ui
