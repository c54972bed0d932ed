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

namespace pos::ui {

class LoginWidget;
class PaymentDialog;
class SaleScreen;

// The cashier's window: login, then the sale screen; payment in a dialog; receipts printed
// when an order is paid; a status bar with channel and printer state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(runtime::TerminalRuntime &runtime, devices::ReceiptPrinter &printer,
               devices::ScannerSource &scanner, QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginWidget *loginWidget() const { return m_login; }
    SaleScreen *saleScreen() const { return m_sale; }
    PaymentDialog *paymentDialog() const;
    QLabel *printerStatus() const { return m_printerStatus; }
    void watchChannel(channels::ChannelReachability *reachability);

private:
    void onLoggedIn(const pos::Cashier &cashier);
    void onLogout();
    void onScanned(const QString &code);
    void openPayment();
    void onPaymentFinished(int result);
    void printReceipt(const QString &orderId);
    void showPendingAttempts();

    runtime::TerminalRuntime &m_runtime;
    devices::ReceiptPrinter &m_printer;
    QStackedWidget *m_stack;
    LoginWidget *m_login;
    SaleScreen *m_sale;
    QPointer<PaymentDialog> m_payment;
    QLabel *m_cashierStatus;
    QLabel *m_channelStatus;
    QLabel *m_printerStatus;
    QLabel *m_pendingStatus;
};

} // namespace pos::ui
