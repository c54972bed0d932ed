#include "dayend/DayReportPanel.h"

#include "dayend/DayReportCharts.h"
#include "report/DayReportLayout.h"
#include "report/ReportLabels.h"
#include "shell/MoneyText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {

const QStringList &figureNames()
{
    static const QStringList names{QStringLiteral("sales"), QStringLiteral("refunds"),
                                   QStringLiteral("voids"), QStringLiteral("discounts"),
                                   QStringLiteral("net"),   QStringLiteral("cash")};
    return names;
}

} // namespace

DayReportPanel::DayReportPanel(const QDate &currentBusinessDate, int columns, QWidget *parent)
    : QWidget(parent), m_columns(columns), m_date(new QDateEdit(currentBusinessDate, this)),
      m_scope(new QComboBox(this)), m_state(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_charts(new DayReportCharts(this)), m_unresolved(new QTableWidget(0, 6, this)),
      m_carryOver(new QPushButton(tr("Carry over (Ctrl+K)"), this))
{
    m_date->setObjectName(QStringLiteral("dayEndDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(currentBusinessDate);
    m_scope->setObjectName(QStringLiteral("dayEndScope"));
    m_scope->addItem(tr("All cashiers (terminal)"));
    m_state->setObjectName(QStringLiteral("dayEndState"));
    m_state->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("dayEndText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumWidth(
        m_text->fontMetrics().horizontalAdvance(QString(columns + 4, QLatin1Char('M'))));
    m_unresolved->setObjectName(QStringLiteral("dayEndUnresolved"));
    m_unresolved->setHorizontalHeaderLabels(
        {tr("Attempt"), tr("Order"), tr("Channel"), tr("State"), tr("Amount"), tr("Carried over")});
    m_unresolved->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unresolved->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unresolved->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unresolved->horizontalHeader()->setStretchLastSection(true);
    m_unresolved->setMaximumHeight(140);
    m_carryOver->setObjectName(QStringLiteral("dayEndCarryOver"));
    m_carryOver->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_carryOver->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Business day:"), this));
    top->addWidget(m_date);
    top->addWidget(new QLabel(tr("Scope:"), this));
    top->addWidget(m_scope, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(1, 1);

    auto *unresolvedRow = new QHBoxLayout;
    unresolvedRow->addWidget(m_unresolved, 1);
    unresolvedRow->addWidget(m_carryOver, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(makeFigures());
    layout->addWidget(splitter, 1);
    layout->addWidget(new QLabel(tr("Unresolved attempts (they block the close until resolved "
                                    "or carried over):"),
                                 this));
    layout->addLayout(unresolvedRow);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling) {
            showAllCashiers();
            emit reloadRequested();
        }
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            emit reloadRequested();
        }
    });
    connect(m_unresolved, &QTableWidget::itemSelectionChanged, this,
            [this] { m_carryOver->setEnabled(!selectedUnresolved().isEmpty()); });
    connect(m_carryOver, &QPushButton::clicked, this, [this] {
        const QString attempt = selectedUnresolved();
        if (!attempt.isEmpty()) {
            emit carryOverRequested(attempt);
        }
    });
}

QWidget *DayReportPanel::makeFigures()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList captions{tr("Sales"),     tr("Refunds"), tr("Voids"),
                               tr("Discounts"), tr("Net"),     tr("Cash over/short")};
    for (int i = 0; i < figureNames().size(); ++i) {
        auto *caption = new QLabel(captions[i], box);
        auto *value = new QLabel(box);
        value->setObjectName(figureNames()[i] + QStringLiteral("Figure"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        value->setFont(big);
        grid->addWidget(caption, 0, i);
        grid->addWidget(value, 1, i);
    }
    return box;
}

QLabel *DayReportPanel::figure(const QString &name) const
{
    return findChild<QLabel *>(name + QStringLiteral("Figure"));
}

QDate DayReportPanel::date() const
{
    return m_date->date();
}

void DayReportPanel::setDate(const QDate &date)
{
    m_filling = true;
    m_date->setDate(date);
    m_filling = false;
}

std::optional<qint64> DayReportPanel::cashierId() const
{
    const QVariant id = m_scope->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void DayReportPanel::showAllCashiers()
{
    m_filling = true;
    m_scope->setCurrentIndex(0);
    m_filling = false;
}

QString DayReportPanel::selectedUnresolved() const
{
    const QList<QTableWidgetItem *> selected = m_unresolved->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    const int row = selected.first()->row();
    if (m_unresolved->item(row, 5)->data(Qt::UserRole).toBool()) {
        return {}; // already carried over
    }
    return m_unresolved->item(row, 0)->text();
}

void DayReportPanel::showDay(const LoadedDay &day)
{
    const settlement::DayReport &report = day.report;
    fillScope(day);
    if (day.closed) {
        m_state->setText(tr("Closed: Z report No. %1 of %2, generated %3. It cannot change; "
                            "later results appear as corrections in the open day.")
                             .arg(report.zNumber)
                             .arg(report.businessDate.toString(Qt::ISODate),
                                  devices::ReportLabels::localTime(report.generatedAt)));
    } else {
        m_state->setText(tr("Open: X report of %1 as of %2 (changes nothing).")
                             .arg(report.businessDate.toString(Qt::ISODate),
                                  devices::ReportLabels::localTime(report.generatedAt)));
    }
    m_state->setStyleSheet(day.closed ? QStringLiteral("color: #1b5e20;") : QString());
    fillFigures(report);
    m_text->setPlainText(
        devices::DayReportLayout::renderText(report, QDateTime::currentDateTime(), m_columns));
    m_charts->showReport(report);
    fillUnresolved(report);
}

void DayReportPanel::fillScope(const LoadedDay &day)
{
    const std::optional<qint64> current = cashierId();
    m_filling = true;
    while (m_scope->count() > 1) {
        m_scope->removeItem(1);
    }
    for (const auto &[id, name] : day.cashiers) {
        m_scope->addItem(name, id);
        if (current && *current == id) {
            m_scope->setCurrentIndex(m_scope->count() - 1);
        }
    }
    m_filling = false;
}

void DayReportPanel::fillFigures(const settlement::DayReport &report)
{
    const QString &currency = report.currency;
    figure(QStringLiteral("sales"))
        ->setText(
            tr("%1 · %n sale(s)", nullptr, report.salesCount).arg(moneyText(report.salesAmount)));
    figure(QStringLiteral("refunds"))
        ->setText(tr("%1 · %n refund(s)", nullptr, report.refundCount)
                      .arg(moneyText(report.refundAmount)));
    figure(QStringLiteral("voids"))
        ->setText(
            tr("%1 · %n void(s)", nullptr, report.voidCount).arg(moneyText(report.voidAmount)));
    figure(QStringLiteral("discounts"))->setText(moneyText(report.discountAmount));
    figure(QStringLiteral("net"))->setText(signedMoneyText(report.netMinor, currency));
    QLabel *cash = figure(QStringLiteral("cash"));
    if (report.cash.counted) {
        cash->setText(QStringLiteral("%1 %2").arg(
            devices::ReportLabels::overShort(report.cash.overShortMinor),
            signedMoneyText(report.cash.overShortMinor, currency)));
    } else {
        cash->setText(tr("not counted yet"));
    }
    cash->setStyleSheet(report.cash.counted && report.cash.overShortMinor != 0
                            ? QStringLiteral("color: #b00020;")
                            : QString());
}

void DayReportPanel::fillUnresolved(const settlement::DayReport &report)
{
    m_unresolved->setRowCount(0);
    for (const settlement::UnresolvedAttempt &attempt : report.unresolved) {
        const int row = m_unresolved->rowCount();
        m_unresolved->insertRow(row);
        const QString carried =
            attempt.carriedOver ? tr("yes, by %1").arg(attempt.carriedOverBy) : tr("no");
        const QStringList cells{attempt.outTradeNo,
                                attempt.orderId,
                                devices::ReportLabels::channel(attempt.channel),
                                devices::ReportLabels::attemptState(attempt.state),
                                moneyText(attempt.amount),
                                carried};
        for (int column = 0; column < cells.size(); ++column) {
            m_unresolved->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
        m_unresolved->item(row, 5)->setData(Qt::UserRole, attempt.carriedOver);
    }
    m_carryOver->setEnabled(false);
}

} // namespace pos::ui
