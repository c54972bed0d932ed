#include "shift/ShiftFiguresView.h"

#include "shell/MoneyText.h"
#include "shift/ShiftText.h"

#include <QFormLayout>
#include <QLabel>

namespace pos::ui {

ShiftFiguresView::ShiftFiguresView(const QString &name, QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this))
{
    setObjectName(name);
    QFont base = font();
    base.setPointSize(base.pointSize() + 2);
    setFont(base);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_float = addRow(tr("Opening float"), QStringLiteral("figureFloat"));
    m_handOverIn = addRow(tr("Float handed over"), QStringLiteral("figureHandOverIn"));
    m_cashSales = addRow(tr("Cash sales"), QStringLiteral("figureCashSales"));
    m_cashRefunds = addRow(tr("Cash refunds"), QStringLiteral("figureCashRefunds"));
    m_payIns = addRow(tr("Pay-ins"), QStringLiteral("figurePayIns"));
    m_payOuts = addRow(tr("Pay-outs"), QStringLiteral("figurePayOuts"));
    m_expected = addRow(tr("Expected in the drawer"), QStringLiteral("figureExpected"));
    m_counted = addRow(tr("Counted"), QStringLiteral("figureCounted"));
    m_overShort = addRow(tr("Over/short"), QStringLiteral("figureOverShort"));
    QFont big = m_expected->font();
    big.setBold(true);
    big.setPointSize(big.pointSize() + 3);
    m_expected->setFont(big);
    m_counted->setFont(big);
    m_overShort->setFont(big);
}

QLabel *ShiftFiguresView::addRow(const QString &caption, const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(caption, value);
    return value;
}

void ShiftFiguresView::setRowVisible(QLabel *value, bool visible)
{
    m_form->setRowVisible(value, visible);
    if (!visible) {
        value->clear(); // a hidden figure is not left lying around in the widget either
    }
}

void ShiftFiguresView::display(const settlement::CashSummary &cash, bool showExpected)
{
    m_float->setText(moneyText(cash.openingFloat));
    const bool handedIn = !cash.handOverIn.isZero();
    setRowVisible(m_handOverIn, handedIn);
    if (handedIn) {
        m_handOverIn->setText(moneyText(cash.handOverIn));
    }
    for (QLabel *row : {m_cashSales, m_cashRefunds, m_payIns, m_payOuts}) {
        setRowVisible(row, true);
    }
    m_cashSales->setText(moneyText(cash.cashSales));
    m_cashRefunds->setText(moneyText(cash.cashRefunds));
    m_payIns->setText(moneyText(cash.payIns));
    m_payOuts->setText(moneyText(cash.payOuts));
    setRowVisible(m_expected, showExpected);
    if (showExpected) {
        m_expected->setText(moneyText(cash.expected));
    }
    setRowVisible(m_counted, cash.counted.has_value());
    if (cash.counted) {
        m_counted->setText(moneyText(cash.counted.value()));
    }
    const bool overShortShown = showExpected && cash.counted.has_value();
    setRowVisible(m_overShort, overShortShown);
    if (overShortShown) {
        m_overShort->setText(overShortText(cash.overShortMinor, cash.expected.currency()));
        m_overShort->setStyleSheet(cash.overShortMinor == 0 ? QStringLiteral("color: #1b5e20;")
                                                            : QStringLiteral("color: #b00020;"));
    }
}

void ShiftFiguresView::displayFloatOnly(const Money &openingFloat)
{
    m_float->setText(moneyText(openingFloat));
    for (QLabel *row : {m_handOverIn, m_cashSales, m_cashRefunds, m_payIns, m_payOuts, m_expected,
                        m_counted, m_overShort}) {
        setRowVisible(row, false);
    }
}

} // namespace pos::ui
