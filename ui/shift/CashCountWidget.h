#pragma once

#include "money/Money.h"
#include "settlement/CashCount.h"
#include "settlement/Denominations.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;

namespace pos::ui {

// The drawer count: one row per bill and coin of the currency (largest first) with its quantity,
// the row's subtotal and the live total. Made for the number pad: Enter (or Tab) moves down a
// row; Enter on the last row emits countEntered(). The sums are CashCount's.
class CashCountWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CashCountWidget(settlement::Denominations denominations, QWidget *parent = nullptr);

    settlement::CashCount count() const;
    void setCount(const settlement::CashCount &count);
    void clear();
    // A submitted blind count is final: the quantities can no longer be changed.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void focusFirstRow();

    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *quantityField(qint64 denominationMinor) const;
    QLabel *subtotalLabel(qint64 denominationMinor) const;
    QLabel *totalLabel() const { return m_total; }

signals:
    void countChanged(const pos::Money &total);
    void countEntered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        settlement::Denomination denomination;
        QLineEdit *quantity = nullptr;
        QLabel *subtotal = nullptr;
    };

    void refreshTotals();
    const Row *rowOf(qint64 denominationMinor) const;

    settlement::Denominations m_denominations;
    std::vector<Row> m_rows;
    QLabel *m_total;
    bool m_readOnly = false;
};

} // namespace pos::ui
