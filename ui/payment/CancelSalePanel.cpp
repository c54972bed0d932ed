#include "payment/CancelSalePanel.h"

#include "receipt/ReceiptComposer.h"
#include "runtime/TerminalRuntime.h"
#include "shell/MoneyText.h"
#include "shell/StateText.h"
#include "storage/AttemptRepository.h"
#include "storage/RefundRepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
enum Column
{
    kTender,
    kAmount,
    kState,
    kOutcome,
    kColumnCount
};

// What happened to one tender, from its stored attempt and refunds.
QString outcomeText(const PaymentAttempt &attempt, const std::vector<Refund> &refunds)
{
    const QString channel = channelDisplayName(attempt.channel);
    QStringList parts;
    for (const Refund &refund : refunds) {
        const QString amount = moneyText(refund.amount);
        switch (refund.state) {
        case RefundState::Succeeded:
            parts << (attempt.method == PaymentMethod::Cash
                          ? CancelSalePanel::tr("Hand %1 cash back to the customer").arg(amount)
                          : CancelSalePanel::tr("Refunded %1 on %2").arg(amount, channel));
            break;
        case RefundState::Sent:
        case RefundState::Processing:
        case RefundState::Unknown:
            parts << CancelSalePanel::tr("Refund of %1 under way on %2").arg(amount, channel);
            break;
        case RefundState::Failed:
            parts << CancelSalePanel::tr("Refund of %1 refused: %2").arg(amount, refund.lastReason);
            break;
        case RefundState::ByHand:
            parts << CancelSalePanel::tr("Refund %1 by hand, then close the task (F9)").arg(amount);
            break;
        case RefundState::ByHandDone:
            parts << CancelSalePanel::tr("Refunded %1 by hand").arg(amount);
            break;
        }
    }
    if (!parts.isEmpty()) {
        return parts.join(QStringLiteral("; "));
    }
    switch (attempt.state) {
    case AttemptState::Reversed:
        return CancelSalePanel::tr("Reversed on %1: the money is back with the customer")
            .arg(channel);
    case AttemptState::Failed:
    case AttemptState::Closed:
        return CancelSalePanel::tr("Nothing charged");
    case AttemptState::PendingStatement:
        return CancelSalePanel::tr("%1 cannot be asked: if its statement shows this paid, the "
                                   "money goes back (F9)")
            .arg(channel);
    case AttemptState::Succeeded:
        return CancelSalePanel::tr("Being returned on %1…").arg(channel);
    case AttemptState::Created:
    case AttemptState::Sent:
    case AttemptState::UserPaying:
    case AttemptState::Unknown:
        return CancelSalePanel::tr("Being cancelled on %1…").arg(channel);
    }
    return {};
}
// What the cancel is going to do with one tender, before it is confirmed.
QString expectedText(const PaymentAttempt &attempt)
{
    const QString channel = channelDisplayName(attempt.channel);
    switch (attempt.state) {
    case AttemptState::Succeeded:
        return attempt.method == PaymentMethod::Cash
                   ? CancelSalePanel::tr("Handed back from the drawer")
                   : CancelSalePanel::tr("Goes back on %1 (reversed or refunded)").arg(channel);
    case AttemptState::PendingStatement:
        return CancelSalePanel::tr("%1 cannot be asked: returned if its statement shows it paid")
            .arg(channel);
    case AttemptState::Created:
    case AttemptState::Sent:
    case AttemptState::UserPaying:
    case AttemptState::Unknown:
        return CancelSalePanel::tr("Cancelled on %1").arg(channel);
    case AttemptState::Failed:
    case AttemptState::Reversed:
    case AttemptState::Closed:
        break;
    }
    return CancelSalePanel::tr("Nothing charged");
}
} // namespace

CancelSalePanel::CancelSalePanel(runtime::TerminalRuntime &runtime, QString orderId,
                                 QWidget *parent)
    : QWidget(parent), m_runtime(runtime), m_orderId(std::move(orderId)),
      m_buttons(new QStackedWidget(this)), m_title(new QLabel(this)),
      m_explanation(new QLabel(this)), m_tenders(new QTableWidget(0, kColumnCount, this)),
      m_handBack(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_confirm(new QPushButton(tr("Cancel the sale (Enter)"), this)),
      m_back(new QPushButton(tr("Keep the sale (Esc)"), this)),
      m_close(new QPushButton(tr("Done: next sale (Enter)"), this))
{
    setObjectName(QStringLiteral("cancelSalePanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSize(titleFont.pointSize() + 4);
    m_title->setFont(titleFont);
    m_explanation->setWordWrap(true);
    m_tenders->setObjectName(QStringLiteral("cancelSaleTenders"));
    m_tenders->setHorizontalHeaderLabels(
        {tr("Tender"), tr("Amount"), tr("State"), tr("What happens")});
    m_tenders->horizontalHeader()->setStretchLastSection(true);
    m_tenders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tenders->setSelectionMode(QAbstractItemView::NoSelection);
    m_tenders->setWordWrap(true);
    m_tenders->verticalHeader()->hide();
    m_handBack->setObjectName(QStringLiteral("handBackLabel"));
    QFont big = m_handBack->font();
    big.setBold(true);
    big.setPointSize(big.pointSize() + 8);
    m_handBack->setFont(big);
    m_handBack->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_handBack->setWordWrap(true);
    m_handBack->hide();
    m_reason->setObjectName(QStringLiteral("cancelSaleReason"));
    m_reason->setText(tr("customer left without paying"));
    m_confirm->setObjectName(QStringLiteral("confirmCancelSaleButton"));
    m_confirm->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_close->setObjectName(QStringLiteral("closeCancelledSaleButton"));

    auto *confirmButtons = new QWidget(m_buttons);
    auto *confirmRow = new QHBoxLayout(confirmButtons);
    confirmRow->setContentsMargins(0, 0, 0, 0);
    auto *reasonForm = new QFormLayout;
    reasonForm->addRow(tr("Reason"), m_reason);
    confirmRow->addLayout(reasonForm, 1);
    confirmRow->addWidget(m_back);
    confirmRow->addWidget(m_confirm);
    auto *outcomeButtons = new QWidget(m_buttons);
    auto *outcomeRow = new QHBoxLayout(outcomeButtons);
    outcomeRow->setContentsMargins(0, 0, 0, 0);
    outcomeRow->addStretch();
    outcomeRow->addWidget(m_close);
    m_buttons->addWidget(confirmButtons);
    m_buttons->addWidget(outcomeButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_tenders, 1);
    layout->addWidget(m_handBack);
    layout->addWidget(m_buttons);

    connect(m_confirm, &QPushButton::clicked, this, [this] { emit confirmed(reason()); });
    connect(m_back, &QPushButton::clicked, this, &CancelSalePanel::backRequested);
    connect(m_close, &QPushButton::clicked, this, &CancelSalePanel::closeRequested);
    connect(&m_runtime.payments(), &payments::PaymentService::attemptUpdated, this,
            [this](const PaymentAttempt &attempt) {
                if (attempt.orderId == m_orderId && isVisible()) {
                    refresh();
                }
            });
    connect(&m_runtime.refunds(), &payments::RefundService::refundUpdated, this,
            [this](const Refund &refund) {
                if (refund.orderId == m_orderId && isVisible()) {
                    refresh();
                }
            });
}

QString CancelSalePanel::reason() const
{
    const QString typed = m_reason->text().trimmed();
    return typed.isEmpty() ? m_reason->placeholderText() : typed;
}

bool CancelSalePanel::isShowingOutcome() const
{
    return m_outcome;
}

void CancelSalePanel::showConfirmation()
{
    m_outcome = false;
    m_title->setText(tr("Cancel sale %1?").arg(m_orderId));
    m_explanationText =
        (tr("Every payment already taken goes back to the customer: cash is handed back from the "
            "drawer, payments on a channel are reversed or refunded, payments still waiting are "
            "cancelled on the channel. The goods stay in the shop."));
    m_buttons->setCurrentIndex(0);
    refresh();
    m_confirm->setDefault(true);
    m_confirm->setFocus();
}

void CancelSalePanel::showOutcome()
{
    m_outcome = true;
    m_title->setText(tr("Sale %1 cancelled").arg(m_orderId));
    m_explanationText = (tr("What happens to each tender (updated live; anything still under "
                            "way is followed in Pending, F9):"));
    m_buttons->setCurrentIndex(1);
    m_confirm->setDefault(false);
    m_close->setDefault(true);
    refresh();
    m_close->setFocus();
}

void CancelSalePanel::refresh()
{
    auto attempts = storage::AttemptRepository(m_runtime.database()).listForOrder(m_orderId);
    auto refunds = storage::RefundRepository(m_runtime.database()).listForOrder(m_orderId);
    if (!attempts || !refunds) {
        m_explanation->setText(!attempts ? attempts.error().message : refunds.error().message);
        return;
    }
    m_tenders->setRowCount(0);
    m_cashBack = Money::zero(m_cashBack.currency());
    for (const PaymentAttempt &attempt : attempts.value()) {
        if (!m_outcome &&
            (attempt.state == AttemptState::Failed || attempt.state == AttemptState::Closed)) {
            continue; // nothing was taken: nothing to explain before the cancel
        }
        std::vector<Refund> own;
        for (const Refund &refund : refunds.value()) {
            if (refund.outTradeNo == attempt.outTradeNo) {
                own.push_back(refund);
                if (attempt.method == PaymentMethod::Cash &&
                    refund.state == RefundState::Succeeded) {
                    m_cashBack = m_cashBack.plus(refund.amount).value();
                }
            }
        }
        const int row = m_tenders->rowCount();
        m_tenders->insertRow(row);
        const QStringList cells{
            attempt.method == PaymentMethod::Cash
                ? paymentMethodText(attempt.method)
                : QStringLiteral("%1 · %2").arg(channelDisplayName(attempt.channel),
                                                paymentMethodText(attempt.method)),
            moneyText(attempt.amount), attemptStateText(attempt.state),
            m_outcome ? outcomeText(attempt, own) : expectedText(attempt)};
        for (int column = 0; column < kColumnCount; ++column) {
            m_tenders->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    for (int column = 0; column < kOutcome; ++column) {
        m_tenders->resizeColumnToContents(column); // the last one stretches
    }
    m_tenders->resizeRowsToContents();
    m_explanation->setText(m_tenders->rowCount() == 0
                               ? m_explanationText + QLatin1Char('\n') +
                                     tr("Nothing was paid yet: the sale is simply voided.")
                               : m_explanationText);
    m_handBack->setVisible(m_cashBack.isPositive());
    m_handBack->setText(tr("Hand back %1 cash to the customer").arg(moneyText(m_cashBack)));
}

} // namespace pos::ui
