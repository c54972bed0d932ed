#pragma once

#include "money/Money.h"

#include <QObject>
#include <QPointer>

namespace pos {
class Order;
struct PaymentAttempt;
} // namespace pos

namespace pos::ui {

class CustomerDisplay;
class PaymentDialog;
class SaleScreen;

// Keeps the customer display in step with the counter: the cart as it is rung up, then,
// for each payment dialog attached, the QR with its expiry, how the payment goes, what was
// paid and the change, and a cancelled sale. It shows; it decides nothing.
class CustomerDisplayController : public QObject
{
    Q_OBJECT
public:
    CustomerDisplayController(CustomerDisplay &display, SaleScreen &sale,
                              QObject *parent = nullptr);

    // Follows `dialog` until it closes.
    void attachPayment(PaymentDialog *dialog);

private:
    void onCartChanged(const pos::Order &order);
    void onAttemptChanged(const pos::PaymentAttempt &attempt);
    void onPaid(const pos::Money &change);
    void onPaymentFinished();

    QPointer<CustomerDisplay> m_display;
    QPointer<PaymentDialog> m_payment;
    Money m_orderTotal;
};

} // namespace pos::ui
