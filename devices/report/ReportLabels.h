#pragma once

#include "settlement/DayReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pos::devices {

// Bilingual (中文 English) words of a day report, shared by the printed report and the PDF so
// both say the same thing. Codes they do not know are shown as they are.
class ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)

public:
    static QString title(const settlement::DayReport &report); // "Z 日结 Z REPORT No. 12"
    static QString scope(const settlement::DayReport &report); // cashier "王小明 (7)" or all
    static QString channel(const QString &channel);            // "alipay" → "支付宝 Alipay"
    static QString method(const QString &method); // "payment_code" → "付款码 Code"
    // Channel and method as two phrases, the method left out where it says nothing more (cash
    // paid in cash).
    static QStringList tender(const QString &channel, const QString &method);
    static QString attemptState(const QString &state);  // "unknown" → "未知 Unknown"
    static QString correctionKind(const QString &kind); // "refund" → "退款 Refund"
    static QString overShort(qint64 overShortMinor);    // 长款 OVER / 短款 SHORT / 平 EVEN

    static QString amount(const Money &money);          // "1234.50"
    static QString signedAmount(qint64 minor);          // "+12.30", "-5.00", "0.00"
    static QString moneyOut(const Money &money);        // money going out: "-3.05", "0.00"
    static QString localTime(const QDateTime &instant); // "2026-11-26 10:05:07", local time
};

} // namespace pos::devices
