#pragma once

#include "dayend/DayEndTasks.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pos::ui {

class DayReportCharts;

// One business day's report on screen: the day and scope (the whole terminal or one cashier),
// the key figures, the report as it prints, charts by hour and by tender, and the attempts that
// are still unresolved (a supervisor carries one over to let the day close).
class DayReportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DayReportPanel(const QDate &currentBusinessDate, int columns,
                            QWidget *parent = nullptr);

    void showDay(const LoadedDay &day);
    QDate date() const;
    void setDate(const QDate &date);
    std::optional<qint64> cashierId() const; // none: the whole terminal
    void showAllCashiers();
    // The selected unresolved attempt that is not carried over yet, if any.
    QString selectedUnresolved() const;

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *scopeBox() const { return m_scope; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *
    figure(const QString &name) const; // "sales", "refunds", "voids", "discounts", "net", "cash"
    QPlainTextEdit *reportText() const { return m_text; }
    DayReportCharts *charts() const { return m_charts; }
    QTableWidget *unresolvedTable() const { return m_unresolved; }
    QPushButton *carryOverButton() const { return m_carryOver; }

signals:
    void reloadRequested();
    void carryOverRequested(const QString &outTradeNo);

private:
    QWidget *makeFigures();
    void fillFigures(const settlement::DayReport &report);
    void fillScope(const LoadedDay &day);
    void fillUnresolved(const settlement::DayReport &report);

    int m_columns;
    QDateEdit *m_date;
    QComboBox *m_scope;
    QLabel *m_state;
    QPlainTextEdit *m_text;
    DayReportCharts *m_charts;
    QTableWidget *m_unresolved;
    QPushButton *m_carryOver;
    bool m_filling = false;
};

} // namespace pos::ui
