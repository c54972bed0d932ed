#include "pending/PendingDialog.h"

#include "pending/CloseByHandDialog.h"
#include "receipt/ReceiptComposer.h"
#include "runtime/TerminalRuntime.h"
#include "shell/MoneyText.h"
#include "shell/StateText.h"
#include "storage/AttemptRepository.h"
#include "storage/RefundRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
const QColor kPendingStatementColour(0xff, 0xe0, 0x82);
const QColor kByHandColour(0xff, 0xcc, 0xbc);

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
    table->setWordWrap(false);
    return table;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Columns fit their contents; the last one (the reason) takes the rest of the width.
void fitColumns(QTableWidget *table)
{
    for (int column = 0; column + 1 < table->columnCount(); ++column) {
        table->resizeColumnToContents(column);
    }
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QColor &background)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        item->setToolTip(cells[column]);
        if (background.isValid()) {
            item->setBackground(background);
        }
        table->setItem(row, column, item);
    }
}

QString when(const QDateTime &instant)
{
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

PendingDialog::PendingDialog(runtime::TerminalRuntime &runtime, QWidget *parent)
    : QDialog(parent), m_runtime(runtime), m_summary(new QLabel(this)),
      m_attempts(makeTable({tr("State"), tr("Channel"), tr("Amount"), tr("Order"),
                            tr("Payment no."), tr("Since"), tr("Reason")},
                           this, QStringLiteral("pendingAttempts"))),
      m_refunds(makeTable({tr("State"), tr("Channel"), tr("Amount"), tr("Order"), tr("Refund no."),
                           tr("Since"), tr("Reason")},
                          this, QStringLiteral("pendingRefunds"))),
      m_byHand(makeTable({tr("Give back"), tr("Channel"), tr("Order"), tr("Refund no."),
                          tr("Approved by"), tr("Since"), tr("Reason")},
                         this, QStringLiteral("byHandTasks"))),
      m_closeTask(new QPushButton(tr("Close task with a reference… (Enter)"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("pendingDialog"));
    setWindowTitle(tr("Pending payments and refunds"));
    resize(900, 620);
    m_summary->setObjectName(QStringLiteral("pendingSummary"));
    QFont big = m_summary->font();
    big.setPointSize(big.pointSize() + 3);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    m_closeTask->setObjectName(QStringLiteral("closeTaskButton"));
    m_closeTask->setDefault(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto *legend = new QLabel(tr("Highlighted: Pending statement – the channel cannot be asked; "
                                 "the amount is settled when its statement is imported."),
                              this);
    legend->setWordWrap(true);
    legend->setStyleSheet(
        QStringLiteral("background: %1; padding: 4px;").arg(kPendingStatementColour.name()));
    auto *closeButton = new QPushButton(tr("Close (Esc)"), this);

    auto *taskButtons = new QHBoxLayout;
    taskButtons->addWidget(m_error, 1);
    taskButtons->addWidget(m_closeTask);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(heading(tr("Payments awaiting a channel"), this));
    layout->addWidget(legend);
    layout->addWidget(m_attempts, 3);
    layout->addWidget(heading(tr("Refunds under way"), this));
    layout->addWidget(m_refunds, 2);
    layout->addWidget(
        heading(tr("Refund by hand: give the money back, then close the task"), this));
    layout->addWidget(m_byHand, 2);
    layout->addLayout(taskButtons);
    layout->addWidget(closeButton, 0, Qt::AlignRight);

    connect(m_closeTask, &QPushButton::clicked, this, &PendingDialog::closeSelectedTask);
    connect(m_byHand, &QTableWidget::itemActivated, this, &PendingDialog::closeSelectedTask);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_runtime.payments(), &payments::PaymentService::attemptUpdated, this,
            &PendingDialog::refresh);
    connect(&m_runtime.refunds(), &payments::RefundService::refundUpdated, this,
            &PendingDialog::refresh);
    refresh();
}

void PendingDialog::refresh()
{
    auto attempts = storage::AttemptRepository(m_runtime.database()).listUnresolved();
    storage::RefundRepository refundRepository(m_runtime.database());
    auto refunds = refundRepository.listUnresolved();
    auto tasks = refundRepository.listByHandOpen();
    if (!attempts || !refunds || !tasks) {
        m_error->setText(!attempts  ? attempts.error().message
                         : !refunds ? refunds.error().message
                                    : tasks.error().message);
        return;
    }
    fillAttempts(attempts.value());
    fillRefunds(refunds.value());
    fillByHand(tasks.value());
    const int total = int(attempts->size() + refunds->size() + tasks->size());
    m_summary->setText(
        total == 0 ? tr("Nothing pending: every payment and refund is settled.")
                   : QStringList{tr("%n payment(s)", nullptr, int(attempts->size())),
                                 tr("%n refund(s)", nullptr, int(refunds->size())),
                                 tr("%n refund-by-hand task(s)", nullptr, int(tasks->size()))}
                         .join(QStringLiteral(" · ")));
    m_closeTask->setEnabled(!m_tasks.empty());
}

void PendingDialog::fillAttempts(const std::vector<PaymentAttempt> &attempts)
{
    m_attempts->setRowCount(int(attempts.size()));
    int row = 0;
    for (const PaymentAttempt &attempt : attempts) {
        const bool statement = attempt.state == AttemptState::PendingStatement;
        setRow(m_attempts, row,
               {attemptStateText(attempt.state), channelDisplayName(attempt.channel),
                moneyText(attempt.amount), attempt.orderId, attempt.outTradeNo,
                when(attempt.updatedAt), attempt.lastReason},
               statement ? kPendingStatementColour : QColor());
        if (statement) {
            QFont bold = m_attempts->item(row, 0)->font();
            bold.setBold(true);
            m_attempts->item(row, 0)->setFont(bold);
        }
        ++row;
    }
    fitColumns(m_attempts);
}

void PendingDialog::fillRefunds(const std::vector<Refund> &refunds)
{
    m_refunds->setRowCount(int(refunds.size()));
    int row = 0;
    for (const Refund &refund : refunds) {
        setRow(m_refunds, row++,
               {refundStateText(refund.state), channelDisplayName(refund.channel),
                moneyText(refund.amount), refund.orderId, refund.outRequestNo,
                when(refund.updatedAt),
                refund.lastReason.isEmpty() ? refund.reason : refund.lastReason},
               QColor());
    }
    fitColumns(m_refunds);
}

void PendingDialog::fillByHand(const std::vector<Refund> &tasks)
{
    const QString selected =
        m_byHand->currentRow() >= 0 && m_byHand->currentRow() < int(m_tasks.size())
            ? m_tasks[size_t(m_byHand->currentRow())].outRequestNo
            : QString();
    m_tasks = tasks;
    m_byHand->setRowCount(int(tasks.size()));
    int row = 0;
    int reselect = tasks.empty() ? -1 : 0;
    for (const Refund &task : tasks) {
        if (task.outRequestNo == selected) {
            reselect = row;
        }
        setRow(m_byHand, row++,
               {moneyText(task.amount), channelDisplayName(task.channel), task.orderId,
                task.outRequestNo, task.approvedBy, when(task.createdAt), task.reason},
               kByHandColour);
    }
    fitColumns(m_byHand);
    if (reselect >= 0) {
        m_byHand->selectRow(reselect);
    }
}

CloseByHandDialog *PendingDialog::closeTaskDialog() const
{
    return m_closeDialog.data();
}

void PendingDialog::closeSelectedTask()
{
    const int row = m_byHand->currentRow();
    if (m_closeDialog || row < 0 || row >= int(m_tasks.size())) {
        if (!m_closeDialog) {
            m_error->setText(tr("Select a refund-by-hand task first."));
        }
        return;
    }
    m_error->clear();
    m_closeDialog = new CloseByHandDialog(m_runtime.refunds(), m_runtime.database(),
                                          m_tasks[size_t(row)], this);
    m_closeDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_closeDialog->open();
}

} // namespace pos::ui
