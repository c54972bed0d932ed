#include "customer/CustomerDisplayController.h"

#include "customer/CustomerDisplay.h"
#include "domain/Order.h"
#include "domain/PaymentAttempt.h"
#include "payment/PaymentDialog.h"
#include "sale/SaleScreen.h"
#include "shell/MoneyText.h"

namespace pos::ui {

CustomerDisplayController::CustomerDisplayController(CustomerDisplay &display, SaleScreen &sale,
                                                     QObject *parent)
    : QObject(parent), m_display(&display)
{
    connect(&sale, &SaleScreen::cartChanged, this, &CustomerDisplayController::onCartChanged);
}

void CustomerDisplayController::onCartChanged(const Order &order)
{
    m_orderTotal = order.total();
    if (m_display) {
        m_display->setCart(order);
    }
}

void CustomerDisplayController::attachPayment(PaymentDialog *dialog)
{
    if (!dialog) {
        return;
    }
    m_payment = dialog;
    connect(dialog, &PaymentDialog::qrShown, this,
            [this](const QString &codeUrl, const Money &amount, const QDateTime &expiresAt) {
                if (m_display) {
                    m_display->showPaymentQr(codeUrl, amount, expiresAt);
                }
            });
    connect(dialog, &PaymentDialog::attemptChanged, this,
            &CustomerDisplayController::onAttemptChanged);
    connect(dialog, &PaymentDialog::paid, this, &CustomerDisplayController::onPaid);
    connect(dialog, &QDialog::finished, this, &CustomerDisplayController::onPaymentFinished);
}

void CustomerDisplayController::onAttemptChanged(const PaymentAttempt &attempt)
{
    if (!m_display) {
        return;
    }
    using Kind = CustomerDisplay::StatusKind;
    switch (attempt.state) {
    case AttemptState::Created:
    case AttemptState::Sent:
    case AttemptState::Unknown:
        if (m_display->state() != CustomerDisplay::State::PaymentQr) {
            m_display->showStatus(Kind::Paying, moneyText(attempt.amount));
        }
        return;
    case AttemptState::UserPaying:
        // A QR attempt waits for the customer to scan: the QR stays up (qrShown put it there).
        if (attempt.method != PaymentMethod::CustomerQr) {
            m_display->showStatus(Kind::Paying, moneyText(attempt.amount));
        }
        return;
    case AttemptState::Succeeded:
    case AttemptState::PendingStatement:
        m_display->showStatus(Kind::Received, moneyText(attempt.amount));
        return;
    case AttemptState::Failed:
        m_display->showStatus(Kind::Failed);
        return;
    case AttemptState::Closed:
    case AttemptState::Reversed:
        m_display->showStatus(Kind::Cancelled);
        return;
    }
}

void CustomerDisplayController::onPaid(const Money &change)
{
    if (m_display) {
        m_display->showPaid(m_orderTotal, change);
    }
}

void CustomerDisplayController::onPaymentFinished()
{
    const bool cancelled = m_payment && m_payment->saleCancelled();
    m_payment.clear();
    if (!m_display) {
        return;
    }
    if (cancelled) {
        m_display->showStatus(CustomerDisplay::StatusKind::Cancelled);
    } else if (m_display->state() == CustomerDisplay::State::PaymentQr ||
               (m_display->state() == CustomerDisplay::State::Status &&
                m_display->statusKind() == CustomerDisplay::StatusKind::Paying)) {
        m_display->showRest(); // the cashier closed the dialog: back to the items
    }
}

} // namespace pos::ui
