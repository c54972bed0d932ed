#pragma once

#include "domain/PaymentAttempt.h"
#include "money/Money.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace pos::payments {
class PaymentService;
}

namespace pos::ui {

// Takes payment for one stored order: cash with change, or a scanned payment code with live
// status and a cancel button. Tenders can be split (part cash, then a code for the rest).
// Closes with accept() once the order is paid; the GUI never waits on the network.
// Keys: F5 cash, F6 payment code, Enter confirms, Esc cancels.
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
    Money m_amountDue;
    Money m_lastChange;
};

} // namespace pos::ui
