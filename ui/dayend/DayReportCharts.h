#pragma once

#include "settlement/DayReport.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QChartView;
class QPieSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace pos::ui {

// The day's sales by clock hour (columns) and by tender (a pie with amounts), from a DayReport.
class DayReportCharts : public QWidget
{
    Q_OBJECT

public:
    explicit DayReportCharts(QWidget *parent = nullptr);

    void showReport(const settlement::DayReport &report);

    // For tests: one bar set (amounts in yuan) over the hours with sales, and one slice per
    // tender.
    QBarSeries *hourSeries() const { return m_hours; }
    QPieSeries *tenderSeries() const { return m_tenders; }
    QStringList hourLabels() const { return m_hourLabels; }

private:
    void fillHours(const settlement::DayReport &report);
    void fillTenders(const settlement::DayReport &report);

    QChartView *m_hourView;
    QChartView *m_tenderView;
    QBarSeries *m_hours;
    QPieSeries *m_tenders;
    QBarCategoryAxis *m_hourAxis;
    QValueAxis *m_amountAxis;
    QStringList m_hourLabels;
};

} // namespace pos::ui
