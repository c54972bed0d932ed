#include "report/DayReportLayout.h"

#include "report/CashDrawerRows.h"
#include "report/ReportLabels.h"
#include "report/ReportRows.h"

namespace pos::devices {

namespace {

using settlement::DayReport;
using L = ReportLabels;

constexpr int kIndent = 2;

QString count(int value)
{
    return QString::number(value);
}

void header(ReportRows &b, const DayReport &r)
{
    b.centred(L::title(r), true, true);
    b.separator();
    b.pair(DayReportLayout::tr("终端 Terminal"), r.terminalId);
    b.pair(DayReportLayout::tr("营业日 Business date"), r.businessDate.toString(Qt::ISODate));
    b.pair(DayReportLayout::tr("收银员 Cashier"), L::scope(r));
    b.pair(DayReportLayout::tr("截至 As of"), L::localTime(r.generatedAt));
    b.separator();
}

void sales(ReportRows &b, const DayReport &r)
{
    b.counted(DayReportLayout::tr("销售 Sales"), count(r.salesCount), L::amount(r.salesAmount));
    b.pair(DayReportLayout::tr("优惠 Discounts"), L::moneyOut(r.discountAmount));
    b.blank();
    b.heading(DayReportLayout::tr("收款方式 TENDERS"));
    for (const settlement::TenderTotal &t : r.tenders) {
        b.counted(L::tender(t.channel, t.method), count(t.count), L::amount(t.amount));
    }
    b.blank();
    b.counted(DayReportLayout::tr("退款 Refunds"), count(r.refundCount),
              L::moneyOut(r.refundAmount));
    for (const settlement::RefundTotal &t : r.refunds) {
        b.counted(QString(kIndent, QLatin1Char(' ')) + L::channel(t.channel), count(t.count),
                  L::moneyOut(t.amount));
    }
    b.counted(DayReportLayout::tr("作废 Voids"), count(r.voidCount), L::amount(r.voidAmount));
    b.separator();
    b.pair(DayReportLayout::tr("净额 NET"),
           QChar(0xFFE5) + Money::fromMinor(r.netMinor, r.currency).toDecimalString(), true, true);
    b.separator();
}

void unresolved(ReportRows &b, const DayReport &r)
{
    if (r.unresolved.empty()) {
        return;
    }
    Money total = Money::zero(r.currency);
    int carried = 0;
    for (const settlement::UnresolvedAttempt &u : r.unresolved) {
        if (auto sum = total.plus(u.amount)) {
            total = sum.value();
        }
        carried += u.carriedOver ? 1 : 0;
    }
    b.heading(DayReportLayout::tr("未决 UNRESOLVED"));
    for (const settlement::UnresolvedAttempt &u : r.unresolved) {
        b.pair(u.outTradeNo, L::amount(u.amount));
        b.phrases({L::channel(u.channel), L::attemptState(u.state)}, kIndent);
        b.left(u.carriedOver ? DayReportLayout::tr("结转 Carried over by %1").arg(u.carriedOverBy)
                             : DayReportLayout::tr("未结转 NOT carried over"),
               kIndent);
    }
    b.counted(DayReportLayout::tr("合计 Total"), count(static_cast<int>(r.unresolved.size())),
              L::amount(total));
    b.pair(DayReportLayout::tr("其中结转 Carried over"), count(carried));
    b.separator();
}

void corrections(ReportRows &b, const DayReport &r)
{
    if (r.corrections.empty()) {
        return;
    }
    b.heading(DayReportLayout::tr("更正 CORRECTIONS"));
    for (const settlement::Correction &c : r.corrections) {
        b.pair(L::correctionKind(c.kind) + QLatin1Char(' ') + c.originalDate.toString(Qt::ISODate),
               L::signedAmount(c.signedAmountMinor));
        b.left(c.reference.isEmpty() ? c.orderId : c.reference, kIndent);
    }
    b.separator();
}

ReportRows layout(const DayReport &r, const QDateTime &printedAt, int columns)
{
    ReportRows b(columns);
    header(b, r);
    sales(b, r);
    cashDrawerRows(b, r.cash);
    unresolved(b, r);
    corrections(b, r);
    b.pair(DayReportLayout::tr("打印 Printed"), L::localTime(printedAt));
    return b;
}

} // namespace

QByteArray DayReportLayout::toEscPos(const DayReport &report, const QDateTime &printedAt,
                                     int columns)
{
    return layout(report, printedAt, columns).toEscPos();
}

QString DayReportLayout::renderText(const DayReport &report, const QDateTime &printedAt,
                                    int columns)
{
    return layout(report, printedAt, columns).toText();
}

} // namespace pos::devices
