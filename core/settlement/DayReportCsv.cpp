#include "settlement/DayReportCsv.h"

#include "settlement/CsvRecords.h"
#include "settlement/DayReportCsvLayout.h"

namespace pos::settlement {

namespace {

QString yuan(const Money &money)
{
    return money.toDecimalString();
}

QString signedYuan(qint64 minor, const QString &currency)
{
    return Money::fromMinor(minor, currency).toDecimalString();
}

QString count(qint64 value)
{
    return QString::number(value);
}

class Writer
{
public:
    void section(DayReportCsvSection which)
    {
        const DayReportCsvSectionSpec &spec = dayReportCsvSections()[static_cast<int>(which)];
        if (!m_lines.isEmpty()) {
            m_lines.append(QString());
        }
        m_lines.append(QLatin1Char('[') + spec.name + QLatin1Char(']'));
        m_lines.append(csvRow(spec.header));
    }
    void row(const QStringList &fields) { m_lines.append(csvRow(fields)); }
    void field(const char *key, const QString &value)
    {
        m_lines.append(csvRow({QString::fromLatin1(key), value}));
    }
    QByteArray bytes() const
    {
        return QByteArray("\xEF\xBB\xBF") + m_lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
    }

private:
    QStringList m_lines;
};

} // namespace

QByteArray toCsv(const DayReport &r)
{
    using S = DayReportCsvSection;
    Writer w;
    w.section(S::Summary);
    w.field("type", reportTypeName(r.type));
    w.field("z_number", count(r.zNumber));
    w.field("terminal_id", guardCsvText(r.terminalId));
    w.field("business_date", r.businessDate.toString(Qt::ISODate));
    w.field("generated_at", r.generatedAt.isValid()
                                ? r.generatedAt.toUTC().toString(Qt::ISODateWithMs)
                                : QString());
    w.field("cashier_id", r.cashierId ? count(*r.cashierId) : QString());
    w.field("cashier_name", guardCsvText(r.cashierName));
    w.field("currency", guardCsvText(r.currency));
    w.field("sales_count", count(r.salesCount));
    w.field("sales_amount", yuan(r.salesAmount));
    w.field("discount_amount", yuan(r.discountAmount));
    w.field("refund_count", count(r.refundCount));
    w.field("refund_amount", yuan(r.refundAmount));
    w.field("void_count", count(r.voidCount));
    w.field("void_amount", yuan(r.voidAmount));
    w.field("net", signedYuan(r.netMinor, r.currency));

    w.section(S::Tenders);
    for (const TenderTotal &t : r.tenders) {
        w.row({guardCsvText(t.channel), guardCsvText(t.method), count(t.count), yuan(t.amount)});
    }
    w.section(S::Refunds);
    for (const RefundTotal &t : r.refunds) {
        w.row({guardCsvText(t.channel), count(t.count), yuan(t.amount)});
    }
    w.section(S::ByHour);
    for (const HourTotal &h : r.byHour) {
        w.row({count(h.hour), count(h.count), yuan(h.amount)});
    }
    w.section(S::Unresolved);
    for (const UnresolvedAttempt &u : r.unresolved) {
        w.row({guardCsvText(u.outTradeNo), guardCsvText(u.orderId), guardCsvText(u.channel),
               guardCsvText(u.state), yuan(u.amount),
               u.carriedOver ? QStringLiteral("yes") : QStringLiteral("no"),
               guardCsvText(u.carriedOverBy)});
    }
    w.section(S::Corrections);
    for (const Correction &c : r.corrections) {
        w.row({guardCsvText(c.kind), guardCsvText(c.orderId), guardCsvText(c.reference),
               c.originalDate.toString(Qt::ISODate), signedYuan(c.signedAmountMinor, r.currency)});
    }
    w.section(S::Cash);
    w.field("opening_float", yuan(r.cash.openingFloat));
    w.field("hand_over_in", yuan(r.cash.handOverIn));
    w.field("cash_sales", yuan(r.cash.cashSales));
    w.field("cash_refunds", yuan(r.cash.cashRefunds));
    w.field("pay_ins", yuan(r.cash.payIns));
    w.field("pay_outs", yuan(r.cash.payOuts));
    w.field("hand_over_out", yuan(r.cash.handOverOut));
    w.field("expected", yuan(r.cash.expected));
    w.field("counted", r.cash.counted ? yuan(*r.cash.counted) : QString());
    w.field("over_short", signedYuan(r.cash.overShortMinor, r.currency));
    return w.bytes();
}

} // namespace pos::settlement
