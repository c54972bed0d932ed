#pragma once

#include "money/Money.h"
#include "settlement/DayReport.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace pos::ui {

// The drawer figures of one shift as the core gives them (CashSummary): float, takings, pay-ins
// and pay-outs, expected, and once counted the count and its over/short (长款/短款).
class ShiftFiguresView : public QWidget
{
    Q_OBJECT
public:
    explicit ShiftFiguresView(const QString &name, QWidget *parent = nullptr);

    // With `showExpected` false the expected cash (and so the over/short) is not shown at all.
    void display(const settlement::CashSummary &cash, bool showExpected);
    // While a blind count is under way the core gives no figures but the float.
    void displayFloatOnly(const Money &openingFloat);

    QLabel *floatLabel() const { return m_float; }
    QLabel *expectedLabel() const { return m_expected; }
    QLabel *countedLabel() const { return m_counted; }
    QLabel *overShortLabel() const { return m_overShort; }
    QLabel *payInsLabel() const { return m_payIns; }
    QLabel *payOutsLabel() const { return m_payOuts; }

private:
    QLabel *addRow(const QString &caption, const QString &name);
    void setRowVisible(QLabel *value, bool visible);

    QFormLayout *m_form;
    QLabel *m_float;
    QLabel *m_handOverIn;
    QLabel *m_cashSales;
    QLabel *m_cashRefunds;
    QLabel *m_payIns;
    QLabel *m_payOuts;
    QLabel *m_expected;
    QLabel *m_counted;
    QLabel *m_overShort;
};

} // namespace pos::ui
