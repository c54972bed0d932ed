#pragma once

#include "domain/Cashier.h"
#include "domain/PaymentAttempt.h"
#include "domain/Refund.h"
#include "payments/RefundService.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace pos::runtime {
class TerminalRuntime;
}

namespace pos::ui {

class RefundConfirmPage;
class SupervisorApproval;

// A refund (F10), one page at a time: a recent paid order → one of its payments → amount (all
// that is left by default, less allowed) and reason → supervisor code + PIN → the second
// confirmation with the core's numbers → the refund's live status until it is final. Every
// check (approval, cap, stale numbers) is the core's; its refusals are shown as they come.
// Keys: Enter goes on, Esc goes back one page (closes on the first and last page).
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page
    {
        kOrders,
        kPayments,
        kAmount,
        kApproval,
        kConfirm,
        kStatus
    };

    RefundDialog(runtime::TerminalRuntime &runtime, Cashier requestedBy, QWidget *parent = nullptr);

    Page page() const;
    void next(); // what Enter does on the current page
    void back(); // what Esc does

    QTableWidget *ordersTable() const { return m_orders; }
    QTableWidget *paymentsTable() const { return m_payments; }
    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *reasonField() const { return m_reason; }
    SupervisorApproval *approval() const { return m_approval; }
    RefundConfirmPage *confirmPage() const { return m_confirm; }
    QPushButton *nextButton() const { return m_next; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *statusLabel() const { return m_status; }
    std::optional<RefundState> refundState() const { return m_refundState; }

protected:
    void reject() override;                       // Esc: one page back
    void closeEvent(QCloseEvent *event) override; // the window's close button: closes

private:
    void showPage(Page page);
    void showMessage(const QString &text, bool isError);
    void loadOrders();
    void chooseOrder();
    void choosePayment();
    void checkAmount();
    void onApproved(const pos::Cashier &approver);
    void confirm();
    void showRefund(const pos::Refund &refund);

    runtime::TerminalRuntime &m_runtime;
    Cashier m_requestedBy;
    QStackedWidget *m_pages;
    QTableWidget *m_orders;
    QLabel *m_paymentsTitle;
    QTableWidget *m_payments;
    QLabel *m_earlierRefunds;
    QLabel *m_paymentInfo;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    SupervisorApproval *m_approval;
    RefundConfirmPage *m_confirm;
    QLabel *m_status;
    QLabel *m_statusDetail;
    QLabel *m_message;
    QPushButton *m_back;
    QPushButton *m_next;

    QString m_orderId;
    std::vector<PaymentAttempt> m_paid;
    PaymentAttempt m_attempt;
    Cashier m_approver;
    std::optional<payments::RefundPreview> m_preview;
    QString m_refundNo;
    std::optional<RefundState> m_refundState;
};

} // namespace pos::ui
