#include "report/ReportLabels.h"

namespace pos::devices {

using settlement::DayReport;

QString ReportLabels::title(const DayReport &report)
{
    return report.type == DayReport::Type::Z ? tr("Z 日结 Z REPORT No. %1").arg(report.zNumber)
                                             : tr("X 报表 X REPORT");
}

QString ReportLabels::scope(const DayReport &report)
{
    if (!report.cashierId) {
        return tr("全部 All cashiers");
    }
    return report.cashierName.isEmpty()
               ? QStringLiteral("#%1").arg(*report.cashierId)
               : QStringLiteral("%1 (%2)").arg(report.cashierName).arg(*report.cashierId);
}

QString ReportLabels::channel(const QString &channel)
{
    if (channel == QLatin1String("cash")) {
        return tr("现金 Cash");
    }
    if (channel == QLatin1String("alipay")) {
        return tr("支付宝 Alipay");
    }
    if (channel == QLatin1String("wechat")) {
        return tr("微信支付 WeChat Pay");
    }
    if (channel == QLatin1String("unionpay")) {
        return tr("云闪付 UnionPay");
    }
    if (channel == QLatin1String("manual")) {
        return tr("对账 Manual");
    }
    return channel;
}

QString ReportLabels::method(const QString &method)
{
    if (method == QLatin1String("payment_code")) {
        return tr("付款码 Code");
    }
    if (method == QLatin1String("customer_qr")) {
        return tr("扫码 QR");
    }
    if (method == QLatin1String("face")) {
        return tr("刷脸 Face");
    }
    if (method == QLatin1String("cash")) {
        return tr("现金 Cash");
    }
    return method;
}

QStringList ReportLabels::tender(const QString &channelCode, const QString &methodCode)
{
    if (methodCode.isEmpty() || methodCode == channelCode) {
        return {channel(channelCode)};
    }
    return {channel(channelCode), method(methodCode)};
}

QString ReportLabels::attemptState(const QString &state)
{
    if (state == QLatin1String("unknown")) {
        return tr("未知 Unknown");
    }
    if (state == QLatin1String("pending_statement")) {
        return tr("待对账 Pending statement");
    }
    return state;
}

QString ReportLabels::correctionKind(const QString &kind)
{
    if (kind == QLatin1String("tender")) {
        return tr("收款 Tender");
    }
    if (kind == QLatin1String("tender_reversed")) {
        return tr("撤销 Reversed");
    }
    if (kind == QLatin1String("refund")) {
        return tr("退款 Refund");
    }
    return kind;
}

QString ReportLabels::overShort(qint64 overShortMinor)
{
    if (overShortMinor > 0) {
        return tr("长款 OVER");
    }
    return overShortMinor < 0 ? tr("短款 SHORT") : tr("平 EVEN");
}

QString ReportLabels::amount(const Money &money)
{
    return money.toDecimalString();
}

QString ReportLabels::moneyOut(const Money &money)
{
    return money.isZero() ? money.toDecimalString() : signedAmount(-money.minor());
}

QString ReportLabels::signedAmount(qint64 minor)
{
    const QString text = Money::fromMinor(minor).toDecimalString();
    return minor > 0 ? QLatin1Char('+') + text : text;
}

QString ReportLabels::localTime(const QDateTime &instant)
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                             : QString();
}

} // namespace pos::devices
