#pragma once

#include "domain/PaymentAttempt.h"
#include "money/Money.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace pos::payments {
class PaymentService;
}

namespace pos::ui {

// Takes payment for one stored order: cash with change, or a scanned payment code with live
// status and a cancel button. Tenders can be split (part cash, then a code for the rest).
// Closes with accept() once the order is paid; the GUI never waits on the network.
// Keys: F5 cash, F6 payment code, F7 customer QR, Enter confirms, Esc cancels.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(payments::PaymentService &payments, QString orderId, QWidget *parent = nullptr);

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

protected:
    void reject() override;

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

    payments::PaymentService &m_payments;
    QString m_orderId;
    QString m_activeAttempt; // out_trade_no of the code payment in progress
    QTabWidget *m_tabs;
    QLabel *m_dueLabel;
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
    Money m_amountDue;
    Money m_lastChange;
};

} // namespace pos::ui
