#pragma once

#include "domain/Cashier.h"
#include "payments/RefundService.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace pos::ui {

// The second confirmation of a refund (seed 004): the order, what was paid, what is already
// refunded, this refund and what remains refundable after it, as the core's preview states them.
class RefundConfirmPage : public QWidget
{
    Q_OBJECT
public:
    explicit RefundConfirmPage(QWidget *parent = nullptr);

    void display(const payments::RefundPreview &preview, const QString &reason,
                 const Cashier &approver);
    QLabel *value(const QString &name) const; // "confirmPaid", "confirmThisRefund", …

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &name);

    QLabel *m_order;
    QLabel *m_payment;
    QLabel *m_paid;
    QLabel *m_alreadyRefunded;
    QLabel *m_thisRefund;
    QLabel *m_remaining;
    QLabel *m_reason;
    QLabel *m_approver;
    QLabel *m_byHand;
};

} // namespace pos::ui
