#include "refund/RefundConfirmPage.h"

#include "receipt/ReceiptComposer.h"
#include "shell/MoneyText.h"
#include "shell/StateText.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pos::ui {

RefundConfirmPage::RefundConfirmPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("refundConfirmPage"));
    auto *title = new QLabel(tr("Check with the customer, then confirm the refund"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSize(titleFont.pointSize() + 3);
    title->setFont(titleFont);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_order = addValue(form, tr("Order"), QStringLiteral("confirmOrder"));
    m_payment = addValue(form, tr("Payment"), QStringLiteral("confirmPayment"));
    m_paid = addValue(form, tr("Paid"), QStringLiteral("confirmPaid"));
    m_alreadyRefunded =
        addValue(form, tr("Already refunded"), QStringLiteral("confirmAlreadyRefunded"));
    m_thisRefund = addValue(form, tr("This refund"), QStringLiteral("confirmThisRefund"));
    m_remaining = addValue(form, tr("Still refundable after"), QStringLiteral("confirmRemaining"));
    m_reason = addValue(form, tr("Reason"), QStringLiteral("confirmReason"));
    m_approver = addValue(form, tr("Approved by"), QStringLiteral("confirmApprover"));
    QFont big = m_thisRefund->font();
    big.setBold(true);
    big.setPointSize(big.pointSize() + 8);
    m_thisRefund->setFont(big);
    m_thisRefund->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_byHand = new QLabel(this);
    m_byHand->setObjectName(QStringLiteral("confirmByHand"));
    m_byHand->setWordWrap(true);
    m_byHand->setStyleSheet(QStringLiteral("background: #ffe082; padding: 6px;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_byHand);
    layout->addStretch();
}

QLabel *RefundConfirmPage::addValue(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = value->font();
    font.setPointSize(font.pointSize() + 2);
    value->setFont(font);
    auto *caption = new QLabel(label, this);
    caption->setFont(font);
    form->addRow(caption, value);
    return value;
}

QLabel *RefundConfirmPage::value(const QString &name) const
{
    return findChild<QLabel *>(name);
}

void RefundConfirmPage::display(const payments::RefundPreview &preview, const QString &reason,
                                const Cashier &approver)
{
    m_order->setText(preview.orderId);
    m_payment->setText(QStringLiteral("%1 · %2 · %3")
                           .arg(channelDisplayName(preview.channel),
                                paymentMethodText(preview.method), preview.outTradeNo));
    m_paid->setText(moneyText(preview.paid));
    m_alreadyRefunded->setText(moneyText(preview.alreadyRefunded));
    m_thisRefund->setText(moneyText(preview.thisRefund));
    m_remaining->setText(moneyText(preview.remainingAfter));
    m_reason->setText(reason);
    m_approver->setText(QStringLiteral("%1 (%2)").arg(approver.name, approver.code));
    if (preview.byHand) {
        m_byHand->setText(tr("%1 has no refund API: this creates a refund-by-hand task. Give the "
                             "money back outside the terminal, then a supervisor closes the task "
                             "with its reference (F9).")
                              .arg(channelDisplayName(preview.channel)));
    } else if (preview.method == PaymentMethod::Cash) {
        m_byHand->setText(tr("Cash: hand %1 back to the customer from the drawer.")
                              .arg(moneyText(preview.thisRefund)));
    }
    m_byHand->setVisible(preview.byHand || preview.method == PaymentMethod::Cash);
}

} // namespace pos::ui
