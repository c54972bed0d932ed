#include "sale/SaleScreen.h"

#include "sale/SaleService.h"
#include "shell/MoneyText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
enum Column
{
    kName,
    kQuantity,
    kPrice,
    kAmount,
    kColumnCount
};
}

SaleScreen::SaleScreen(sale::SaleService &sale, QWidget *parent)
    : QWidget(parent), m_sale(sale), m_barcode(new QLineEdit(this)), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_lines(new QTableWidget(0, kColumnCount, this)),
      m_total(new QLabel(this)), m_message(new QLabel(this)), m_cashier(new QLabel(this))
{
    setObjectName(QStringLiteral("saleScreen"));
    m_barcode->setObjectName(QStringLiteral("barcodeField"));
    m_barcode->setPlaceholderText(tr("Scan or type a barcode, then Enter"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("F2: search by name"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setMaximumHeight(140);
    m_results->hide();

    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Qty"), tr("Price"), tr("Amount")});
    m_lines->horizontalHeader()->setSectionResizeMode(kName, QHeaderView::Stretch);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();

    m_total->setObjectName(QStringLiteral("totalLabel"));
    QFont big = m_total->font();
    big.setPointSize(big.pointSize() + 14);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setObjectName(QStringLiteral("saleMessage"));
    m_message->setWordWrap(true);

    auto *quantity = new QPushButton(tr("Quantity (F4)"), this);
    auto *voidLine = new QPushButton(tr("Void line (Del)"), this);
    auto *pay = new QPushButton(tr("Pay (F12)"), this);
    auto *logout = new QPushButton(tr("Log out"), this);
    logout->setObjectName(QStringLiteral("logoutButton"));
    auto *pending = new QPushButton(tr("Pending (F9)"), this);
    auto *refund = new QPushButton(tr("Refund (F10)"), this);
    auto *shift = new QPushButton(tr("Shift (F7)"), this);
    auto *dayEnd = new QPushButton(tr("Day end (F8)"), this);
    shift->setObjectName(QStringLiteral("shiftButton"));
    dayEnd->setObjectName(QStringLiteral("dayEndButton"));
    pending->setObjectName(QStringLiteral("pendingButton"));
    refund->setObjectName(QStringLiteral("refundButton"));
    pay->setObjectName(QStringLiteral("payButton"));
    pay->setMinimumHeight(48);

    auto *inputs = new QHBoxLayout;
    inputs->addWidget(m_barcode, 2);
    inputs->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(quantity);
    buttons->addWidget(voidLine);
    buttons->addStretch();
    buttons->addWidget(pending);
    buttons->addWidget(refund);
    buttons->addWidget(shift);
    buttons->addWidget(dayEnd);
    buttons->addWidget(logout);
    buttons->addWidget(pay);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_cashier);
    footer->addWidget(m_message, 1);
    footer->addWidget(m_total);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(m_results);
    layout->addWidget(m_lines, 1);
    layout->addLayout(footer);
    layout->addLayout(buttons);

    connect(m_barcode, &QLineEdit::returnPressed, this, &SaleScreen::addTypedBarcode);
    connect(m_search, &QLineEdit::returnPressed, this, &SaleScreen::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, &SaleScreen::addSearchResult);
    connect(quantity, &QPushButton::clicked, this, &SaleScreen::changeQuantity);
    connect(voidLine, &QPushButton::clicked, this, &SaleScreen::voidSelectedLine);
    connect(pay, &QPushButton::clicked, this, &SaleScreen::paymentRequested);
    connect(logout, &QPushButton::clicked, this, &SaleScreen::logoutRequested);
    connect(pending, &QPushButton::clicked, this, &SaleScreen::pendingRequested);
    connect(refund, &QPushButton::clicked, this, &SaleScreen::refundRequested);
    connect(shift, &QPushButton::clicked, this, &SaleScreen::shiftRequested);
    connect(dayEnd, &QPushButton::clicked, this, &SaleScreen::dayEndRequested);
    connect(new QShortcut(Qt::Key_F7, this), &QShortcut::activated, this,
            &SaleScreen::shiftRequested);
    connect(new QShortcut(Qt::Key_F8, this), &QShortcut::activated, this,
            &SaleScreen::dayEndRequested);
    connect(new QShortcut(Qt::Key_F9, this), &QShortcut::activated, this,
            &SaleScreen::pendingRequested);
    connect(new QShortcut(Qt::Key_F10, this), &QShortcut::activated, this,
            &SaleScreen::refundRequested);
    connect(new QShortcut(Qt::Key_F2, this), &QShortcut::activated, m_search,
            qOverload<>(&QWidget::setFocus));
    connect(new QShortcut(Qt::Key_F4, this), &QShortcut::activated, this,
            &SaleScreen::changeQuantity);
    connect(new QShortcut(Qt::Key_Delete, this), &QShortcut::activated, this,
            &SaleScreen::voidSelectedLine);
    connect(new QShortcut(Qt::Key_F12, this), &QShortcut::activated, this,
            &SaleScreen::paymentRequested);
    connect(&m_sale, &sale::SaleService::orderChanged, this, &SaleScreen::refresh);
    refresh();
}

void SaleScreen::showMessage(const QString &text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;")
                                     : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
}

void SaleScreen::addScannedCode(const QString &code)
{
    auto added = m_sale.addByBarcode(code);
    if (!added) {
        showMessage(added.error().code == QLatin1String("catalog.unknown_barcode")
                        ? tr("Unknown barcode %1: nothing was added.").arg(code)
                        : tr("Not added: %1").arg(added.error().message),
                    true);
        return;
    }
    m_lines->selectRow(added.value());
    showMessage(tr("Added %1")
                    .arg(m_sale.order().lines()[size_t(added.value())].product.displayName(
                        locale().name())),
                false);
}

void SaleScreen::addTypedBarcode()
{
    const QString code = m_barcode->text().trimmed();
    if (code.isEmpty()) {
        return;
    }
    addScannedCode(code);
    m_barcode->clear();
}

void SaleScreen::runSearch()
{
    m_results->clear();
    auto found = m_sale.search(m_search->text());
    if (!found) {
        showMessage(found.error().message, true);
        return;
    }
    for (const Product &product : found.value()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2  %3")
                                             .arg(product.displayName(locale().name()),
                                                  moneyText(product.price), product.barcode),
                                         m_results);
        item->setData(Qt::UserRole, product.barcode);
    }
    m_results->setVisible(m_results->count() > 0);
    if (m_results->count() == 0) {
        showMessage(tr("No product matches '%1'.").arg(m_search->text()), true);
    } else {
        m_results->setCurrentRow(0);
        m_results->setFocus();
    }
}

void SaleScreen::addSearchResult()
{
    if (QListWidgetItem *item = m_results->currentItem()) {
        addScannedCode(item->data(Qt::UserRole).toString());
    }
    m_results->hide();
    m_search->clear();
    m_barcode->setFocus();
}

int SaleScreen::selectedLine() const
{
    const auto rows = m_lines->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1
                          : m_lines->item(rows.first().row(), kName)->data(Qt::UserRole).toInt();
}

void SaleScreen::changeQuantity()
{
    const int line = selectedLine();
    if (line < 0) {
        showMessage(tr("Select a line first."), true);
        return;
    }
    const OrderLine &orderLine = m_sale.order().lines()[size_t(line)];
    bool ok = false;
    const int quantity = QInputDialog::getInt(
        this, tr("Quantity"), orderLine.product.isWeighed() ? tr("Weight in grams") : tr("Pieces"),
        int(orderLine.quantity), 1,
        orderLine.product.isWeighed() ? int(kMaxGrams) : int(kMaxPieces), 1, &ok);
    if (!ok) {
        return;
    }
    if (auto changed = m_sale.setQuantity(line, quantity); !changed) {
        showMessage(changed.error().message, true);
    }
}

void SaleScreen::voidSelectedLine()
{
    const int line = selectedLine();
    if (line < 0) {
        showMessage(tr("Select a line first."), true);
        return;
    }
    if (auto voided = m_sale.voidLine(line); !voided) {
        showMessage(voided.error().message, true);
        return;
    }
    showMessage(tr("Line voided."), false);
}

void SaleScreen::refresh()
{
    const Order &order = m_sale.order();
    m_lines->setRowCount(0);
    int index = -1;
    for (const OrderLine &line : order.lines()) {
        ++index;
        if (line.voided) {
            continue;
        }
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto *name = new QTableWidgetItem(line.product.displayName(locale().name()));
        name->setData(Qt::UserRole, index);
        m_lines->setItem(row, kName, name);
        m_lines->setItem(row, kQuantity, new QTableWidgetItem(quantityText(line)));
        m_lines->setItem(row, kPrice, new QTableWidgetItem(moneyText(line.product.price)));
        m_lines->setItem(row, kAmount, new QTableWidgetItem(moneyText(line.net())));
        m_lines->item(row, kAmount)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_total->setText(tr("Total %1").arg(moneyText(order.total())));
    m_cashier->setText(tr("Cashier: %1").arg(m_sale.cashier().name));
    emit cartChanged(order);
}

} // namespace pos::ui
