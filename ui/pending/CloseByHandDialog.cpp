#include "pending/CloseByHandDialog.h"

#include "approval/SupervisorApproval.h"
#include "payments/RefundService.h"
#include "receipt/ReceiptComposer.h"
#include "shell/MoneyText.h"
#include "shell/StateText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pos::ui {

CloseByHandDialog::CloseByHandDialog(payments::RefundService &refunds, storage::Database &database,
                                     const Refund &task, QWidget *parent)
    : QDialog(parent), m_refunds(refunds), m_outRequestNo(task.outRequestNo),
      m_reference(new QLineEdit(this)), m_approval(new SupervisorApproval(database, this))
{
    setObjectName(QStringLiteral("closeByHandDialog"));
    setWindowTitle(tr("Close refund-by-hand task %1").arg(task.outRequestNo));
    setMinimumWidth(460);
    auto *info = new QFormLayout;
    info->addRow(tr("Order"), new QLabel(task.orderId, this));
    info->addRow(tr("Payment"), new QLabel(QStringLiteral("%1 · %2").arg(
                                               channelDisplayName(task.channel), task.outTradeNo),
                                           this));
    auto *amount = new QLabel(moneyText(task.amount), this);
    QFont big = amount->font();
    big.setBold(true);
    big.setPointSize(big.pointSize() + 4);
    amount->setFont(big);
    info->addRow(tr("Give back"), amount);
    info->addRow(tr("Reason"), new QLabel(task.reason, this));
    m_reference->setObjectName(QStringLiteral("byHandReference"));
    m_reference->setPlaceholderText(tr("Bank slip or transfer number"));
    info->addRow(tr("Reference"), m_reference);
    m_approval->setPrompt(tr("Confirm that %1 went back to the customer outside the terminal.")
                              .arg(moneyText(task.amount)));
    auto *cancel = new QPushButton(tr("Back (Esc)"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(info);
    layout->addWidget(m_approval);
    layout->addWidget(cancel, 0, Qt::AlignRight);

    connect(m_reference, &QLineEdit::returnPressed, m_approval->codeField(),
            qOverload<>(&QWidget::setFocus));
    connect(m_approval, &SupervisorApproval::approved, this, &CloseByHandDialog::closeTask);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_reference->setFocus();
}

void CloseByHandDialog::closeTask(const Cashier &approver)
{
    if (auto closed = m_refunds.closeByHand(m_outRequestNo, m_reference->text(), approver);
        !closed) {
        m_approval->showError(errorText(closed.error()));
        if (closed.error().code == QLatin1String("refund.no_reference")) {
            m_reference->setFocus();
        }
        return;
    }
    accept();
}

} // namespace pos::ui
