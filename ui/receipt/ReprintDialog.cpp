#include "receipt/ReprintDialog.h"

#include "printer/PrintSpooler.h"
#include "receipt/ReceiptComposer.h"
#include "shell/MoneyText.h"
#include "storage/OrderRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
constexpr int kRecentOrders = 30;
}

ReprintDialog::ReprintDialog(storage::Database &database, const sale::TerminalIdentity &identity,
                             devices::PrintSpooler &printer, const QString &cashierName,
                             QWidget *parent)
    : QDialog(parent), m_database(database), m_identity(identity), m_printer(printer),
      m_cashierName(cashierName), m_order(new QLineEdit(this)), m_recent(new QListWidget(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reprintDialog"));
    setWindowTitle(tr("Reprint a receipt"));
    setMinimumSize(520, 420);
    m_order->setObjectName(QStringLiteral("reprintOrder"));
    m_order->setPlaceholderText(tr("Order number, or pick one below"));
    m_recent->setObjectName(QStringLiteral("reprintRecent"));
    m_message->setObjectName(QStringLiteral("reprintMessage"));
    m_message->setWordWrap(true);
    auto *print = new QPushButton(tr("Reprint as COPY (Enter)"), this);
    print->setObjectName(QStringLiteral("reprintButton"));
    print->setDefault(true);
    auto *close = new QPushButton(tr("Close (Esc)"), this);
    close->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_order);
    layout->addWidget(m_recent, 1);
    layout->addWidget(m_message);
    layout->addWidget(print);
    layout->addWidget(close, 0, Qt::AlignRight);

    connect(m_recent, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item) {
            m_order->setText(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_recent, &QListWidget::itemActivated, this, &ReprintDialog::reprint);
    connect(print, &QPushButton::clicked, this, &ReprintDialog::reprint);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    loadRecent();
    m_order->setFocus();
}

void ReprintDialog::loadRecent()
{
    auto orders = storage::OrderRepository(m_database).recent(kRecentOrders);
    if (!orders) {
        m_message->setText(orders.error().message);
        return;
    }
    for (const storage::OrderSummary &order : orders.value()) {
        if (order.status != OrderStatus::Paid) {
            continue;
        }
        auto *item = new QListWidgetItem(
            QStringLiteral("%1   %2   %3")
                .arg(order.id, QLocale().toString(order.paidAt.toLocalTime(), QLocale::ShortFormat),
                     moneyText(order.total)),
            m_recent);
        item->setData(Qt::UserRole, order.id);
    }
}

void ReprintDialog::reprint()
{
    const QString orderId = m_order->text().trimmed();
    if (orderId.isEmpty()) {
        m_message->setText(tr("Enter or pick the order to reprint."));
        return;
    }
    auto summary = storage::OrderRepository(m_database).summary(orderId);
    if (!summary) {
        m_message->setText(tr("No order %1 on this terminal.").arg(orderId));
        return;
    }
    if (summary->status != OrderStatus::Paid) {
        m_message->setText(
            tr("Order %1 is not paid: there is no receipt to reprint.").arg(orderId));
        return;
    }
    auto receipt = composeReceipt(m_database, orderId, m_identity, m_cashierName);
    if (!receipt) {
        m_message->setText(receipt.error().message);
        return;
    }
    receipt->isCopy = true;
    auto job = m_printer.printReceipt(receipt.value(), orderId);
    if (!job) {
        m_message->setText(tr("Not queued: %1").arg(job.error().message));
        return;
    }
    m_message->setText(tr("Copy of %1 queued as print job %2.").arg(orderId).arg(job.value()));
    emit reprinted(orderId, job.value());
}

} // namespace pos::ui
