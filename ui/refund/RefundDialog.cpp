#include "refund/RefundDialog.h"

#include "approval/SupervisorApproval.h"
#include "receipt/ReceiptComposer.h"
#include "refund/RefundConfirmPage.h"
#include "runtime/TerminalRuntime.h"
#include "shell/MoneyText.h"
#include "shell/PageTitle.h"
#include "shell/StateText.h"
#include "storage/AttemptRepository.h"
#include "storage/OrderRepository.h"
#include "storage/RefundRepository.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
constexpr int kRecentOrders = 100;

QTableWidget *makeTable(const QStringList &headers, QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

RefundDialog::RefundDialog(runtime::TerminalRuntime &runtime, Cashier requestedBy, QWidget *parent)
    : QDialog(parent), m_runtime(runtime), m_requestedBy(std::move(requestedBy)),
      m_pages(new QStackedWidget(this)),
      m_orders(makeTable({tr("Order"), tr("Paid at"), tr("Total")}, this,
                         QStringLiteral("refundOrders"))),
      m_paymentsTitle(new QLabel(this)),
      m_payments(
          makeTable({tr("Tender"), tr("Method"), tr("Amount"), tr("Payment no."), tr("Code")}, this,
                    QStringLiteral("refundPayments"))),
      m_earlierRefunds(new QLabel(this)), m_paymentInfo(new QLabel(this)),
      m_amount(new QLineEdit(this)), m_reason(new QLineEdit(this)),
      m_approval(new SupervisorApproval(runtime.database(), this)),
      m_confirm(new RefundConfirmPage(this)), m_status(new QLabel(this)),
      m_statusDetail(new QLabel(this)), m_message(new QLabel(this)), m_back(new QPushButton(this)),
      m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund"));
    resize(760, 540);

    auto *ordersPage = new QWidget(m_pages);
    auto *ordersLayout = new QVBoxLayout(ordersPage);
    ordersLayout->addWidget(pageTitle(tr("1. Choose the paid order (↑↓, Enter)"), ordersPage));
    ordersLayout->addWidget(m_orders);

    auto *paymentsPage = new QWidget(m_pages);
    auto *paymentsLayout = new QVBoxLayout(paymentsPage);
    QFont titleFont = m_paymentsTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSize(titleFont.pointSize() + 3);
    m_paymentsTitle->setFont(titleFont);
    m_paymentsTitle->setWordWrap(true);
    m_earlierRefunds->setObjectName(QStringLiteral("earlierRefunds"));
    m_earlierRefunds->setWordWrap(true);
    paymentsLayout->addWidget(m_paymentsTitle);
    paymentsLayout->addWidget(m_payments, 1);
    paymentsLayout->addWidget(m_earlierRefunds);

    auto *amountPage = new QWidget(m_pages);
    m_paymentInfo->setObjectName(QStringLiteral("refundPaymentInfo"));
    m_paymentInfo->setWordWrap(true);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setPlaceholderText(tr("e.g. damaged goods, returned item, charged twice"));
    QFont big = m_amount->font();
    big.setPointSize(big.pointSize() + 6);
    m_amount->setFont(big);
    auto *amountForm = new QFormLayout;
    amountForm->addRow(tr("Refund amount"), m_amount);
    amountForm->addRow(tr("Reason"), m_reason);
    auto *amountLayout = new QVBoxLayout(amountPage);
    amountLayout->addWidget(pageTitle(tr("3. How much, and why?"), amountPage));
    amountLayout->addWidget(m_paymentInfo);
    amountLayout->addLayout(amountForm);
    amountLayout->addWidget(
        new QLabel(tr("The whole refundable amount is proposed; type less for a partial refund."),
                   amountPage));
    amountLayout->addStretch();

    auto *statusPage = new QWidget(m_pages);
    m_status->setObjectName(QStringLiteral("refundStatus"));
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setPointSize(statusFont.pointSize() + 6);
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_statusDetail->setObjectName(QStringLiteral("refundStatusDetail"));
    m_statusDetail->setWordWrap(true);
    auto *statusLayout = new QVBoxLayout(statusPage);
    statusLayout->addWidget(pageTitle(tr("Refund status"), statusPage));
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_statusDetail);
    statusLayout->addStretch();

    m_pages->insertWidget(kOrders, ordersPage);
    m_pages->insertWidget(kPayments, paymentsPage);
    m_pages->insertWidget(kAmount, amountPage);
    m_pages->insertWidget(kApproval, m_approval);
    m_pages->insertWidget(kConfirm, m_confirm);
    m_pages->insertWidget(kStatus, statusPage);

    m_message->setObjectName(QStringLiteral("refundMessage"));
    m_message->setWordWrap(true);
    m_back->setObjectName(QStringLiteral("refundBack"));
    m_back->setAutoDefault(false);
    m_next->setObjectName(QStringLiteral("refundNext"));
    m_next->setDefault(true);
    m_next->setMinimumHeight(40);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &RefundDialog::next);
    connect(m_back, &QPushButton::clicked, this, &RefundDialog::back);
    connect(m_orders, &QTableWidget::doubleClicked, this, &RefundDialog::next);
    connect(m_payments, &QTableWidget::doubleClicked, this, &RefundDialog::next);
    connect(m_approval, &SupervisorApproval::approved, this, &RefundDialog::onApproved);
    connect(&m_runtime.refunds(), &payments::RefundService::refundUpdated, this,
            [this](const Refund &refund) {
                if (!m_refundNo.isEmpty() && refund.outRequestNo == m_refundNo) {
                    showRefund(refund);
                }
            });
    loadOrders();
    showPage(kOrders);
}

RefundDialog::Page RefundDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void RefundDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_next->setVisible(page != kApproval);
    m_back->setText(page == kOrders || page == kStatus ? tr("Close (Esc)") : tr("Back (Esc)"));
    m_back->setVisible(page != kStatus);
    switch (page) {
    case kOrders:
        m_next->setText(tr("Next (Enter)"));
        m_orders->setFocus();
        break;
    case kPayments:
        m_next->setText(tr("Next (Enter)"));
        m_payments->setFocus();
        break;
    case kAmount:
        m_next->setText(tr("Next: approval (Enter)"));
        m_amount->setFocus();
        m_amount->selectAll();
        break;
    case kApproval:
        m_approval->reset();
        break;
    case kConfirm:
        m_next->setText(tr("Refund now (Enter)"));
        m_next->setFocus();
        break;
    case kStatus:
        m_next->setText(tr("Close (Enter)"));
        m_next->setFocus();
        break;
    }
}

void RefundDialog::showMessage(const QString &text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void RefundDialog::next()
{
    switch (page()) {
    case kOrders:
        chooseOrder();
        return;
    case kPayments:
        choosePayment();
        return;
    case kAmount:
        checkAmount();
        return;
    case kApproval:
        return; // the approval's own Enter checks the PIN
    case kConfirm:
        confirm();
        return;
    case kStatus:
        accept();
        return;
    }
}

void RefundDialog::back()
{
    showMessage({}, false);
    switch (page()) {
    case kOrders:
    case kStatus:
        QDialog::reject();
        return;
    case kPayments:
        showPage(kOrders);
        return;
    case kAmount:
        showPage(kPayments);
        return;
    case kApproval:
    case kConfirm:
        // A changed amount or reason needs a new approval: back to the amount.
        m_approver = Cashier{};
        showPage(kAmount);
        return;
    }
}

void RefundDialog::reject()
{
    back();
}

void RefundDialog::closeEvent(QCloseEvent *event)
{
    // Whatever was already requested goes on in the core; nothing else is left half done.
    QDialog::done(QDialog::Rejected);
    event->accept();
}

void RefundDialog::loadOrders()
{
    auto orders = storage::OrderRepository(m_runtime.database()).recent(kRecentOrders);
    if (!orders) {
        showMessage(orders.error().message, true);
        return;
    }
    m_orders->setRowCount(0);
    for (const storage::OrderSummary &order : orders.value()) {
        if (order.status != OrderStatus::Paid) {
            continue;
        }
        const int row = m_orders->rowCount();
        m_orders->insertRow(row);
        auto *id = new QTableWidgetItem(order.id);
        id->setData(Qt::UserRole, order.id);
        m_orders->setItem(row, 0, id);
        m_orders->setItem(row, 1,
                          new QTableWidgetItem(QLocale().toString(order.paidAt.toLocalTime(),
                                                                  QLocale::ShortFormat)));
        m_orders->setItem(row, 2, new QTableWidgetItem(moneyText(order.total)));
    }
    m_orders->resizeColumnsToContents();
    if (m_orders->rowCount() > 0) {
        m_orders->selectRow(0);
    } else {
        showMessage(tr("No paid order to refund."), true);
    }
}

void RefundDialog::chooseOrder()
{
    const int row = m_orders->currentRow();
    if (row < 0) {
        showMessage(tr("Choose an order first."), true);
        return;
    }
    m_orderId = m_orders->item(row, 0)->data(Qt::UserRole).toString();
    auto attempts = storage::AttemptRepository(m_runtime.database()).listForOrder(m_orderId);
    auto refunds = storage::RefundRepository(m_runtime.database()).listForOrder(m_orderId);
    if (!attempts || !refunds) {
        showMessage(!attempts ? attempts.error().message : refunds.error().message, true);
        return;
    }
    m_paid.clear();
    for (const PaymentAttempt &attempt : attempts.value()) {
        if (attempt.state == AttemptState::Succeeded) {
            m_paid.push_back(attempt);
        }
    }
    if (m_paid.empty()) {
        showMessage(tr("Order %1 has no successful payment to refund.").arg(m_orderId), true);
        return;
    }
    m_paymentsTitle->setText(tr("2. Which payment of order %1 is refunded?").arg(m_orderId));
    m_payments->setRowCount(int(m_paid.size()));
    int index = 0;
    for (const PaymentAttempt &attempt : m_paid) {
        const QStringList cells{channelDisplayName(attempt.channel),
                                paymentMethodText(attempt.method), moneyText(attempt.amount),
                                attempt.outTradeNo, attempt.maskedCode};
        for (int column = 0; column < cells.size(); ++column) {
            m_payments->setItem(index, column, new QTableWidgetItem(cells[column]));
        }
        ++index;
    }
    m_payments->resizeColumnsToContents();
    m_payments->selectRow(0);
    QStringList earlier;
    for (const Refund &refund : refunds.value()) {
        earlier << tr("%1: %2, %3")
                       .arg(refund.outRequestNo, moneyText(refund.amount),
                            refundStateText(refund.state));
    }
    m_earlierRefunds->setText(
        earlier.isEmpty() ? tr("No refund on this order yet.")
                          : tr("Earlier refunds: %1").arg(earlier.join(QStringLiteral("; "))));
    showMessage({}, false);
    showPage(kPayments);
}

void RefundDialog::choosePayment()
{
    const int row = m_payments->currentRow();
    if (row < 0 || row >= int(m_paid.size())) {
        showMessage(tr("Choose a payment first."), true);
        return;
    }
    m_attempt = m_paid[size_t(row)];
    // What is still refundable, in the core's words: a preview of the smallest refund.
    const Money oneFen = Money::fromMinor(1, m_attempt.amount.currency());
    auto probe = m_runtime.refunds().preview(m_attempt.outTradeNo, oneFen);
    if (!probe) {
        showMessage(probe.error().code == QLatin1String("refund.over_cap")
                        ? tr("Nothing is left to refund on %1: it is refunded in full.")
                              .arg(m_attempt.outTradeNo)
                        : errorText(probe.error()),
                    true);
        return;
    }
    const Money refundable = probe->remainingAfter.plus(probe->thisRefund).value();
    m_paymentInfo->setText(tr("%1 · %2 · %3\nPaid %4, already refunded %5, refundable %6.")
                               .arg(channelDisplayName(m_attempt.channel),
                                    paymentMethodText(m_attempt.method), m_attempt.outTradeNo,
                                    moneyText(probe->paid), moneyText(probe->alreadyRefunded),
                                    moneyText(refundable)));
    m_amount->setText(refundable.toDecimalString());
    showMessage({}, false);
    showPage(kAmount);
}

void RefundDialog::checkAmount()
{
    auto amount = Money::parse(m_amount->text(), m_attempt.amount.currency());
    if (!amount) {
        showMessage(tr("'%1' is not an amount. Type e.g. 12 or 3.50.").arg(m_amount->text()), true);
        m_amount->setFocus();
        return;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        showMessage(tr("Say why the money is refunded."), true);
        m_reason->setFocus();
        return;
    }
    auto preview = m_runtime.refunds().preview(m_attempt.outTradeNo, amount.value());
    if (!preview) {
        showMessage(errorText(preview.error()), true);
        m_amount->setFocus();
        m_amount->selectAll();
        return;
    }
    m_preview = preview.value();
    m_approval->setPrompt(tr("Refund %1 of order %2 to the customer (%3). Reason: %4")
                              .arg(moneyText(amount.value()), m_orderId,
                                   channelDisplayName(m_attempt.channel),
                                   m_reason->text().trimmed()));
    showMessage({}, false);
    showPage(kApproval);
}

void RefundDialog::onApproved(const Cashier &approver)
{
    if (page() != kApproval || !m_preview) {
        return;
    }
    m_approver = approver;
    // The numbers shown for confirmation are the core's, as they are now.
    auto fresh = m_runtime.refunds().preview(m_preview->outTradeNo, m_preview->thisRefund);
    if (!fresh) {
        showMessage(errorText(fresh.error()), true);
        showPage(kAmount);
        return;
    }
    m_preview = fresh.value();
    m_confirm->display(m_preview.value(), m_reason->text().trimmed(), approver);
    showMessage({}, false);
    showPage(kConfirm);
}

void RefundDialog::confirm()
{
    if (!m_preview) {
        return;
    }
    auto refund =
        m_runtime.refunds().refund(m_preview.value(), m_reason->text(), m_requestedBy, m_approver);
    if (!refund) {
        const Error &error = refund.error();
        if (error.code == QLatin1String("refund.not_approved")) {
            showPage(kApproval);
            m_approval->showError(errorText(error));
            showMessage(errorText(error), true);
            return;
        }
        if (error.code == QLatin1String("refund.stale_preview")) {
            auto fresh = m_runtime.refunds().preview(m_preview->outTradeNo, m_preview->thisRefund);
            if (fresh) {
                m_preview = fresh.value();
                m_confirm->display(m_preview.value(), m_reason->text().trimmed(), m_approver);
                showMessage(errorText(error), true);
                return;
            }
            showMessage(QStringLiteral("%1 %2").arg(errorText(error), errorText(fresh.error())),
                        true);
            showPage(kAmount);
            return;
        }
        showMessage(errorText(error), true);
        showPage(kAmount);
        return;
    }
    m_refundNo = refund->outRequestNo;
    showMessage({}, false);
    showRefund(refund.value());
    showPage(kStatus);
}

void RefundDialog::showRefund(const Refund &refund)
{
    m_refundState = refund.state;
    const QString channel = channelDisplayName(refund.channel);
    const QString amount = moneyText(refund.amount);
    QString text;
    QString colour = QStringLiteral("#1b5e20");
    switch (refund.state) {
    case RefundState::Sent:
        text = tr("Sent to %1, waiting for the answer…").arg(channel);
        colour = QString();
        break;
    case RefundState::Processing:
        text = tr("%1 accepted the refund of %2 and is processing it. It is followed until "
                  "final (pending, F9).")
                   .arg(channel, amount);
        colour = QString();
        break;
    case RefundState::Unknown:
        text = tr("No clear answer yet (%1): asking %2 again with the same refund number…")
                   .arg(refund.lastReason, channel);
        colour = QString();
        break;
    case RefundState::Succeeded:
        text = refund.channel == QLatin1String("cash")
                   ? tr("Refunded: hand %1 cash back to the customer.").arg(amount)
                   : tr("Refunded %1 to the customer's %2 account.").arg(amount, channel);
        break;
    case RefundState::Failed:
        text =
            tr("%1 refused the refund: %2. Nothing was refunded.").arg(channel, refund.lastReason);
        colour = QStringLiteral("#b00020");
        break;
    case RefundState::ByHand:
        text =
            tr("Refund by hand: give %1 back to the customer and close the task (F9).").arg(amount);
        colour = QStringLiteral("#e65100");
        break;
    case RefundState::ByHandDone:
        text = tr("Refunded by hand (reference %1).").arg(refund.manualReference);
        break;
    }
    m_status->setStyleSheet(colour.isEmpty() ? QString()
                                             : QStringLiteral("color: %1;").arg(colour));
    m_status->setText(text);
    m_statusDetail->setText(tr("Refund %1 of payment %2, order %3 · %4")
                                .arg(refund.outRequestNo, refund.outTradeNo, refund.orderId,
                                     refundStateText(refund.state)));
}

} // namespace pos::ui
