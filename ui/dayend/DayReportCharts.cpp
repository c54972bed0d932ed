#include "dayend/DayReportCharts.h"

#include "report/ReportLabels.h"
#include "shell/MoneyText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pos::ui {

namespace {

// Chart geometry is the only place an amount becomes a floating-point number: bar heights.
qreal yuanForPlot(const Money &amount)
{
    return qreal(amount.minor()) / 100.0;
}

QChartView *chartView(QChart *chart, const QString &objectName, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

} // namespace

DayReportCharts::DayReportCharts(QWidget *parent)
    : QWidget(parent), m_hours(new QBarSeries), m_tenders(new QPieSeries)
{
    auto *hourChart = new QChart;
    hourChart->setTitle(tr("Sales by hour"));
    hourChart->addSeries(m_hours);
    hourChart->legend()->hide();
    m_hourAxis = new QBarCategoryAxis;
    m_amountAxis = new QValueAxis;
    m_amountAxis->setLabelFormat(QStringLiteral("%g"));
    hourChart->addAxis(m_hourAxis, Qt::AlignBottom);
    hourChart->addAxis(m_amountAxis, Qt::AlignLeft);
    m_hours->attachAxis(m_hourAxis);
    m_hours->attachAxis(m_amountAxis);
    m_hourView = chartView(hourChart, QStringLiteral("hourChart"), this);

    auto *tenderChart = new QChart;
    tenderChart->setTitle(tr("Sales by tender"));
    tenderChart->addSeries(m_tenders);
    m_tenderView = chartView(tenderChart, QStringLiteral("tenderChart"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hourView);
    layout->addWidget(m_tenderView);
}

void DayReportCharts::showReport(const settlement::DayReport &report)
{
    fillHours(report);
    fillTenders(report);
}

void DayReportCharts::fillHours(const settlement::DayReport &report)
{
    m_hours->clear();
    m_hourAxis->clear();
    m_hourLabels.clear();
    auto *set = new QBarSet(tr("Sales"));
    qreal highest = 0;
    for (const settlement::HourTotal &hour : report.byHour) {
        m_hourLabels << QStringLiteral("%1:00").arg(hour.hour, 2, 10, QLatin1Char('0'));
        const qreal value = yuanForPlot(hour.amount);
        *set << value;
        highest = std::max(highest, value);
    }
    m_hours->append(set);
    m_hourAxis->append(m_hourLabels);
    m_amountAxis->setRange(0, highest > 0 ? highest * 1.1 : 1.0);
    m_amountAxis->applyNiceNumbers();
}

void DayReportCharts::fillTenders(const settlement::DayReport &report)
{
    m_tenders->clear();
    for (const settlement::TenderTotal &tender : report.tenders) {
        if (tender.amount.minor() <= 0) {
            continue; // a pie has no room for money that went back
        }
        const QString label = QStringLiteral("%1 %2").arg(
            devices::ReportLabels::tender(tender.channel, tender.method).join(QLatin1Char(' ')),
            moneyText(tender.amount));
        QPieSlice *slice = m_tenders->append(label, yuanForPlot(tender.amount));
        slice->setLabelVisible(true);
    }
}

} // namespace pos::ui
