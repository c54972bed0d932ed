#include "shift/CashCountWidget.h"

#include "shell/MoneyText.h"
#include "shift/ShiftText.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValidator>

namespace pos::ui {

namespace {
// Digits only, at most CashCount::kMaxQuantity: a larger number cannot even be typed.
class QuantityValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        if (input.isEmpty()) {
            return Acceptable;
        }
        if (input.size() > 6) {
            return Invalid;
        }
        for (QChar c : input) {
            if (!c.isDigit() || c.unicode() > '9') {
                return Invalid;
            }
        }
        return input.toLongLong() <= settlement::CashCount::kMaxQuantity ? Acceptable : Invalid;
    }
};

qint64 quantityIn(const QLineEdit *field)
{
    return field->text().toLongLong();
}
} // namespace

CashCountWidget::CashCountWidget(settlement::Denominations denominations, QWidget *parent)
    : QWidget(parent), m_denominations(std::move(denominations)), m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("cashCount"));
    auto *rows = new QWidget;
    auto *grid = new QGridLayout(rows);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->addWidget(new QLabel(tr("Bill / coin"), rows), 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Quantity"), rows), 0, 2);
    auto *subtotalHeader = new QLabel(tr("Subtotal"), rows);
    subtotalHeader->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(subtotalHeader, 0, 3);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSize(bold.pointSize() + 2);
    const QString &currency = m_denominations.currency();
    for (const settlement::Denomination &denomination : m_denominations.all()) {
        const int line = int(m_rows.size()) + 1;
        auto *name = new QLabel(denominationText(denomination.minor, currency), rows);
        name->setFont(bold);
        auto *form = new QLabel(denominationFormText(denomination.form), rows);
        form->setStyleSheet(QStringLiteral("color: #666;"));
        auto *quantity = new QLineEdit(rows);
        const QString key = QString::number(denomination.minor);
        quantity->setObjectName(QStringLiteral("countQuantity_") + key);
        quantity->setValidator(new QuantityValidator(quantity));
        quantity->setAlignment(Qt::AlignRight);
        quantity->setPlaceholderText(QStringLiteral("0"));
        quantity->setMaximumWidth(120);
        quantity->installEventFilter(this);
        auto *subtotal = new QLabel(rows);
        subtotal->setObjectName(QStringLiteral("countSubtotal_") + key);
        subtotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        subtotal->setMinimumWidth(110);
        name->setBuddy(quantity);
        grid->addWidget(name, line, 0);
        grid->addWidget(form, line, 1);
        grid->addWidget(quantity, line, 2);
        grid->addWidget(subtotal, line, 3);
        if (!m_rows.empty()) {
            setTabOrder(m_rows.back().quantity, quantity);
        }
        m_rows.push_back(Row{denomination, quantity, subtotal});
        connect(quantity, &QLineEdit::textChanged, this, &CashCountWidget::refreshTotals);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(int(m_rows.size()) + 1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    m_total->setObjectName(QStringLiteral("countTotal"));
    QFont big = font();
    big.setBold(true);
    big.setPointSize(big.pointSize() + 6);
    m_total->setFont(big);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_total);
    refreshTotals();
}

settlement::CashCount CashCountWidget::count() const
{
    settlement::CashCount counted(m_denominations);
    for (const Row &row : m_rows) {
        // The validator keeps every quantity within what CashCount accepts.
        if (auto set = counted.set(row.denomination.minor, quantityIn(row.quantity)); !set) {
            continue;
        }
    }
    return counted;
}

void CashCountWidget::setCount(const settlement::CashCount &count)
{
    for (const Row &row : m_rows) {
        const qint64 quantity = count.quantityOf(row.denomination.minor);
        row.quantity->setText(quantity == 0 ? QString() : QString::number(quantity));
    }
}

void CashCountWidget::clear()
{
    for (const Row &row : m_rows) {
        row.quantity->clear();
    }
}

void CashCountWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row &row : m_rows) {
        row.quantity->setReadOnly(readOnly);
        row.quantity->setStyleSheet(readOnly ? QStringLiteral("background: #eeeeee;") : QString());
    }
}

void CashCountWidget::focusFirstRow()
{
    if (!m_rows.empty()) {
        m_rows.front().quantity->setFocus();
        m_rows.front().quantity->selectAll();
    }
}

QLineEdit *CashCountWidget::quantityField(qint64 denominationMinor) const
{
    const Row *row = rowOf(denominationMinor);
    return row ? row->quantity : nullptr;
}

QLabel *CashCountWidget::subtotalLabel(qint64 denominationMinor) const
{
    const Row *row = rowOf(denominationMinor);
    return row ? row->subtotal : nullptr;
}

const CashCountWidget::Row *CashCountWidget::rowOf(qint64 denominationMinor) const
{
    for (const Row &row : m_rows) {
        if (row.denomination.minor == denominationMinor) {
            return &row;
        }
    }
    return nullptr;
}

bool CashCountWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter) {
        return QWidget::eventFilter(watched, event);
    }
    const auto modifiers = static_cast<QKeyEvent *>(event)->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier) {
        return QWidget::eventFilter(watched, event); // Ctrl+Enter belongs to the dialog
    }
    for (size_t index = 0; index < m_rows.size(); ++index) {
        if (m_rows[index].quantity != watched) {
            continue;
        }
        if (index + 1 < m_rows.size()) {
            m_rows[index + 1].quantity->setFocus(Qt::TabFocusReason);
            m_rows[index + 1].quantity->selectAll();
        } else {
            emit countEntered();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CashCountWidget::refreshTotals()
{
    const QString &currency = m_denominations.currency();
    for (const Row &row : m_rows) {
        const qint64 quantity = quantityIn(row.quantity);
        auto subtotal = Money::fromMinor(row.denomination.minor, currency).times(quantity);
        row.subtotal->setText(quantity == 0 || !subtotal ? QString() : moneyText(subtotal.value()));
    }
    const Money total = count().total();
    m_total->setText(tr("Total counted: %1").arg(moneyText(total)));
    emit countChanged(total);
}

} // namespace pos::ui
