#include "report/DayReportPdf.h"

#include "report/PdfCanvas.h"
#include "report/ReportChart.h"
#include "report/ReportLabels.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>

namespace pos::devices {

Q_LOGGING_CATEGORY(lcReportPdf, "pos.devices.report")

namespace {

using settlement::DayReport;
using L = ReportLabels;
using Column = PdfCanvas::Column;

constexpr int kResolutionDpi = 300;
constexpr double kTitlePt = 18;
constexpr double kInfoPt = 10;
constexpr double kChartFontPt = 9;
constexpr double kChartHeightMm = 55;
constexpr double kChartGapMm = 8;

QString count(qint64 value)
{
    return QString::number(value);
}

void header(PdfCanvas &c, const DayReport &r)
{
    c.text(L::title(r), kTitlePt, true);
    c.advance(c.mm(2));
    c.text(DayReportPdf::tr("终端 Terminal: %1    营业日 Business date: %2    币种 Currency: %3")
               .arg(r.terminalId, r.businessDate.toString(Qt::ISODate), r.currency),
           kInfoPt);
    c.text(DayReportPdf::tr("收银员 Cashier: %1    截至 As of: %2")
               .arg(L::scope(r), L::localTime(r.generatedAt)),
           kInfoPt);
}

void summary(PdfCanvas &c, const DayReport &r)
{
    c.sectionTitle(DayReportPdf::tr("汇总 Summary"));
    const std::vector<Column> columns = {{QString(), 3, false},
                                         {DayReportPdf::tr("笔数 Count"), 1, true},
                                         {DayReportPdf::tr("金额 Amount"), 2, true}};
    c.table(columns,
            {{DayReportPdf::tr("销售 Sales"), count(r.salesCount), L::amount(r.salesAmount)},
             {DayReportPdf::tr("优惠 Discounts"), QString(), L::moneyOut(r.discountAmount)},
             {DayReportPdf::tr("退款 Refunds"), count(r.refundCount), L::moneyOut(r.refundAmount)},
             {DayReportPdf::tr("作废 Voids"), count(r.voidCount), L::amount(r.voidAmount)},
             {DayReportPdf::tr("净额 Net"), QString(),
              Money::fromMinor(r.netMinor, r.currency).toDecimalString()}},
            true);
}

void charts(PdfCanvas &c, const DayReport &r)
{
    std::vector<ChartBar> hours;
    if (!r.byHour.empty()) {
        int first = 23;
        int last = 0;
        for (const settlement::HourTotal &h : r.byHour) {
            first = std::min(first, h.hour);
            last = std::max(last, h.hour);
        }
        for (int hour = first; hour <= last; ++hour) {
            qint64 minor = 0;
            for (const settlement::HourTotal &h : r.byHour) {
                minor += h.hour == hour ? h.amount.minor() : 0;
            }
            hours.push_back({QString::number(hour), minor});
        }
    }
    std::vector<ChartBar> tenders;
    for (const settlement::TenderTotal &t : r.tenders) {
        tenders.push_back(
            {L::tender(t.channel, t.method).join(QLatin1Char(' ')), t.amount.minor()});
    }
    c.sectionTitle(DayReportPdf::tr("图表 Charts"));
    const double height = c.mm(kChartHeightMm);
    c.ensureRoom(height);
    const double gap = c.mm(kChartGapMm);
    const double width = (c.area().width() - gap) / 2;
    const QFont font = c.font(kChartFontPt);
    ReportChart::columns(c.painter(), QRectF(c.area().left(), c.y(), width, height),
                         DayReportPdf::tr("按小时销售 Sales by hour"), hours, font,
                         DayReportPdf::tr("无销售 No sales"));
    ReportChart::rows(c.painter(), QRectF(c.area().left() + width + gap, c.y(), width, height),
                      DayReportPdf::tr("按收款方式 Sales by tender"), tenders, font,
                      DayReportPdf::tr("无收款 No tenders"));
    c.advance(height);
}

void tenders(PdfCanvas &c, const DayReport &r)
{
    c.sectionTitle(DayReportPdf::tr("收款方式 Tenders"));
    std::vector<QStringList> rows;
    for (const settlement::TenderTotal &t : r.tenders) {
        rows.push_back(
            {L::channel(t.channel), L::method(t.method), count(t.count), L::amount(t.amount)});
    }
    c.table({{DayReportPdf::tr("渠道 Channel"), 3},
             {DayReportPdf::tr("方式 Method"), 3},
             {DayReportPdf::tr("笔数 Count"), 1, true},
             {DayReportPdf::tr("金额 Amount"), 2, true}},
            rows);
    if (r.refunds.empty()) {
        return;
    }
    c.sectionTitle(DayReportPdf::tr("退款 Refunds"));
    rows.clear();
    for (const settlement::RefundTotal &t : r.refunds) {
        rows.push_back({L::channel(t.channel), count(t.count), L::moneyOut(t.amount)});
    }
    c.table({{DayReportPdf::tr("渠道 Channel"), 6},
             {DayReportPdf::tr("笔数 Count"), 1, true},
             {DayReportPdf::tr("金额 Amount"), 2, true}},
            rows);
}

void cash(PdfCanvas &c, const DayReport &r)
{
    const settlement::CashSummary &s = r.cash;
    c.sectionTitle(DayReportPdf::tr("现金 Cash drawer"));
    std::vector<QStringList> rows = {
        {DayReportPdf::tr("备用金 Opening float"), L::amount(s.openingFloat)},
        {DayReportPdf::tr("现金销售 Cash sales"), L::amount(s.cashSales)},
        {DayReportPdf::tr("现金退款 Cash refunds"), L::moneyOut(s.cashRefunds)},
        {DayReportPdf::tr("存入 Pay-ins"), L::amount(s.payIns)},
        {DayReportPdf::tr("取出 Pay-outs"), L::moneyOut(s.payOuts)},
        {DayReportPdf::tr("应有 Expected"), L::amount(s.expected)},
        {DayReportPdf::tr("实点 Counted"),
         s.counted ? L::amount(*s.counted) : DayReportPdf::tr("未点 not counted")}};
    if (!s.handOverIn.isZero()) {
        rows.insert(rows.begin() + 1,
                    {DayReportPdf::tr("交班转入 Handed over in"), L::amount(s.handOverIn)});
    }
    if (!s.handOverOut.isZero()) {
        rows.insert(rows.end() - 2,
                    {DayReportPdf::tr("交班转出 Handed over out"), L::moneyOut(s.handOverOut)});
    }
    if (s.counted) {
        rows.push_back({L::overShort(s.overShortMinor), L::signedAmount(s.overShortMinor)});
    }
    c.table({{DayReportPdf::tr("项目 Item"), 3}, {DayReportPdf::tr("金额 Amount"), 1, true}}, rows,
            s.counted.has_value());
}

void unresolved(PdfCanvas &c, const DayReport &r)
{
    if (r.unresolved.empty()) {
        return;
    }
    c.sectionTitle(DayReportPdf::tr("未决交易 Unresolved payments"));
    std::vector<QStringList> rows;
    for (const settlement::UnresolvedAttempt &u : r.unresolved) {
        rows.push_back({u.outTradeNo, u.orderId, L::channel(u.channel), L::attemptState(u.state),
                        L::amount(u.amount),
                        u.carriedOver ? DayReportPdf::tr("结转 by %1").arg(u.carriedOverBy)
                                      : DayReportPdf::tr("未结转 No")});
    }
    c.table({{DayReportPdf::tr("商户单号 Trade no."), 7},
             {DayReportPdf::tr("订单 Order"), 7},
             {DayReportPdf::tr("渠道 Channel"), 6},
             {DayReportPdf::tr("状态 State"), 6},
             {DayReportPdf::tr("金额 Amount"), 4, true},
             {DayReportPdf::tr("结转 Carried over"), 6}},
            rows, false, PdfCanvas::kWideTablePointSize);
}

void corrections(PdfCanvas &c, const DayReport &r)
{
    if (r.corrections.empty()) {
        return;
    }
    c.sectionTitle(DayReportPdf::tr("更正 Corrections of closed days"));
    std::vector<QStringList> rows;
    for (const settlement::Correction &k : r.corrections) {
        rows.push_back({L::correctionKind(k.kind), k.orderId, k.reference,
                        k.originalDate.toString(Qt::ISODate),
                        L::signedAmount(k.signedAmountMinor)});
    }
    c.table({{DayReportPdf::tr("类型 Kind"), 2},
             {DayReportPdf::tr("订单 Order"), 4},
             {DayReportPdf::tr("单号 Reference"), 4},
             {DayReportPdf::tr("原营业日 Original day"), 3},
             {DayReportPdf::tr("金额 Amount"), 2, true}},
            rows);
}

} // namespace

Status DayReportPdf::writePdf(const DayReport &report, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kResolutionDpi);
    writer.setTitle(L::title(report));
    writer.setCreator(QStringLiteral("pos-terminal"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        qCWarning(lcReportPdf) << "cannot write the report PDF to" << path;
        return Status::failure(QStringLiteral("report_pdf.write_failed"),
                               tr("Cannot write the PDF file %1.").arg(path));
    }
    PdfCanvas canvas(
        writer, painter,
        QStringLiteral("%1 · %2 · %3")
            .arg(L::title(report), report.terminalId, report.businessDate.toString(Qt::ISODate)));
    header(canvas, report);
    summary(canvas, report);
    charts(canvas, report);
    tenders(canvas, report);
    cash(canvas, report);
    unresolved(canvas, report);
    corrections(canvas, report);
    canvas.finish();
    if (!painter.end() || QFileInfo(path).size() == 0) {
        return Status::failure(QStringLiteral("report_pdf.write_failed"),
                               tr("Cannot write the PDF file %1.").arg(path));
    }
    return success();
}

} // namespace pos::devices
