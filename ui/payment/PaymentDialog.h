#pragma once

#include "domain/PaymentAttempt.h"
#include "money/Money.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace pos::payments {
class FacePayFlow;
class PaymentService;
} // namespace pos::payments
namespace pos::runtime {
class TerminalRuntime;
}

namespace pos::ui {

class CancelSalePanel;

// Takes payment for one stored order: cash with change, or a scanned payment code with live
// status and a cancel button. Tenders can be split (part cash, then a code for the rest).
// Face pay runs through the terminal's face-pay flow over its device (none: the tab says so);
// the flow outlives the dialog because the device may still answer after the dialog closed.
// "Cancel sale" gives the whole checkout up: every tender taken goes back, shown per tender.
// Closes with accept() once the order is paid; the GUI never waits on the network.
// Keys: F5 cash, F6 payment code, F7 customer QR, F8 face pay, Ctrl+Del cancel sale,
// Enter confirms, Esc cancels (the payment in progress, then the dialog).
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(runtime::TerminalRuntime &runtime, payments::FacePayFlow *faceFlow,
                  QString orderId, QWidget *parent = nullptr);
    ~PaymentDialog() override;

    // A code from the scanner: paid with when the code tab is open.
    void acceptScannedCode(const QString &code);
    const QString &orderId() const { return m_orderId; }
    Money lastChange() const { return m_lastChange; }

    QLineEdit *tenderedField() const { return m_tendered; }
    QLineEdit *codeField() const { return m_code; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *dueLabel() const { return m_dueLabel; }
    QPushButton *cashButton() const { return m_payCash; }
    QPushButton *cancelButton() const { return m_cancel; }
    void showCodeTab();
    void showQrTab();
    // Starts a C-scan-B payment on `channel` and shows its QR when the channel returns it.
    void startCustomerQr(const QString &channel);
    QLabel *qrLabel() const { return m_qrImage; }
    const QString &shownQrText() const { return m_shownQr; }
    void showFaceTab();
    // Starts face pay on `channel` through the face-pay device.
    void startFacePay(const QString &channel);
    payments::FacePayFlow *faceFlow() const { return m_face; }
    QLabel *faceStageLabel() const { return m_faceStage; }
    // Amounts taken but not yet confirmed (Pending statement, waiting for a channel).
    QLabel *pendingLabel() const { return m_pendingLabel; }
    // Cancel sale: the confirmation first, then (confirmed) the outcome of every tender.
    void requestCancelSale();
    QPushButton *cancelSaleButton() const { return m_cancelSaleButton; }
    CancelSalePanel *cancelSalePanel() const { return m_cancelSale; }
    bool saleCancelled() const { return m_saleCancelled; }
    Money cashToHandBack() const;
    // Without a customer screen the QR page says so and offers printing the QR.
    void setCustomerScreenAvailable(bool available);
    QPushButton *printQrButton() const { return m_printQr; }
    QLabel *noCustomerScreenLabel() const { return m_noCustomerScreen; }

signals:
    // What the customer display follows: the QR (until `expiresAt`, UTC), every change of the
    // payment in progress, and the order paid with the cash change due.
    void qrShown(const QString &codeUrl, const pos::Money &amount, const QDateTime &expiresAt);
    void attemptChanged(const pos::PaymentAttempt &attempt);
    void paid(const pos::Money &change);
    // "Print QR" (Ctrl+P) on the QR page.
    void printQrRequested(const QString &codeUrl, const pos::Money &amount);

protected:
    void reject() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void payCash();
    void payCode(const QString &code);
    void updateChange();
    void refreshDue();
    void onAttemptUpdated(const pos::PaymentAttempt &attempt);
    void onOrderPaid(const QString &orderId);
    void setBusy(bool busy);
    void showQr(const PaymentAttempt &attempt);
    void updateCountdown();
    void showStatus(const QString &text, bool isError);
    void onFaceStage(const QString &stage);
    void cancelSale(const QString &reason);
    void requestPrintQr();
    Money cashChange() const;

    runtime::TerminalRuntime &m_runtime;
    payments::PaymentService &m_payments;
    QString m_orderId;
    QString m_activeAttempt; // out_trade_no of the code payment in progress
    QStackedWidget *m_stack;
    QWidget *m_payPage;
    QTabWidget *m_tabs;
    QLabel *m_dueLabel;
    QLabel *m_pendingLabel;
    QLineEdit *m_tendered;
    QLabel *m_change;
    QPushButton *m_payCash;
    QLineEdit *m_code;
    QPushButton *m_payCode;
    QLabel *m_status;
    QPushButton *m_cancel;
    QWidget *m_qrPage;
    QLabel *m_qrImage;
    QLabel *m_qrCountdown;
    QString m_shownQr;
    QTimer *m_countdownTimer;
    qint64 m_qrExpiresAtMs = 0;
    QWidget *m_facePage;
    QLabel *m_faceStage;
    QList<QPushButton *> m_faceButtons;
    payments::FacePayFlow *m_face = nullptr;
    QString m_faceChannel;
    QPushButton *m_cancelSaleButton;
    CancelSalePanel *m_cancelSale;
    bool m_saleCancelled = false;
    Money m_amountDue;
    Money m_lastChange;
    QPushButton *m_printQr = nullptr;
    QLabel *m_noCustomerScreen = nullptr;
    Money m_shownQrAmount;
};

} // namespace pos::ui
