#include "dayend/ZHistoryPanel.h"

#include "report/ReportLabels.h"
#include "shell/MoneyText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

ZHistoryPanel::ZHistoryPanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 9, this)),
      m_open(new QPushButton(tr("Open (Enter)"), this))
{
    m_table->setObjectName(QStringLiteral("zHistory"));
    m_table->setHorizontalHeaderLabels({tr("Z No."), tr("Business day"), tr("Closed at"),
                                        tr("Closed by"), tr("Sales"), tr("Amount"), tr("Refunds"),
                                        tr("Net"), tr("Head office")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_open->setObjectName(QStringLiteral("zHistoryOpen"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &ZHistoryPanel::requestOpen);
    connect(m_table, &QTableWidget::itemActivated, this, &ZHistoryPanel::requestOpen);
}

void ZHistoryPanel::showHistory(const std::vector<ZHistoryEntry> &entries)
{
    m_table->setRowCount(0);
    for (const ZHistoryEntry &entry : entries) {
        const settlement::ZSummary &z = entry.summary;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{QString::number(z.zNumber),
                                z.businessDate.toString(Qt::ISODate),
                                devices::ReportLabels::localTime(z.closedAt),
                                z.closedBy,
                                QString::number(z.salesCount),
                                moneyText(z.salesAmount),
                                moneyText(z.refundAmount),
                                signedMoneyText(z.netMinor, z.salesAmount.currency()),
                                entry.uploadState};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
        m_table->item(row, 1)->setData(Qt::UserRole, z.businessDate);
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0) {
        m_table->selectRow(0);
    }
    m_open->setEnabled(m_table->rowCount() > 0);
}

std::optional<QDate> ZHistoryPanel::selectedDate() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return std::nullopt;
    }
    return m_table->item(selected.first()->row(), 1)->data(Qt::UserRole).toDate();
}

void ZHistoryPanel::requestOpen()
{
    if (const std::optional<QDate> date = selectedDate()) {
        emit openRequested(*date);
    }
}

} // namespace pos::ui
