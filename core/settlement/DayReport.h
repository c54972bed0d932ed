#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace pos::settlement {

// The figures of one business day (营业日) on one terminal, for the whole device or for one
// cashier: an X report (any time, changes nothing) or a Z report (the day-end close, numbered,
// stored, never recomputed). A plain value: the report service fills it, printers, PDF, CSV and
// screens only format it. All amounts are positive numbers of the shop currency unless noted.

// Sales taken with one tender: "cash", "alipay", "wechat", "unionpay", … and how
// ("cash", "payment_code", "customer_qr", "face").
struct TenderTotal
{
    QString channel;
    QString method;
    int count = 0;
    Money amount; // net of tenders whose money went back (reversed)

    friend bool operator==(const TenderTotal &, const TenderTotal &) = default;
};

// Refunds that went back on one channel.
struct RefundTotal
{
    QString channel;
    int count = 0;
    Money amount;

    friend bool operator==(const RefundTotal &, const RefundTotal &) = default;
};

// Sales per clock hour (0–23, local time) for the chart; hours with nothing are left out.
struct HourTotal
{
    int hour = 0;
    int count = 0;
    Money amount;

    friend bool operator==(const HourTotal &, const HourTotal &) = default;
};

// A payment attempt still Unknown or Pending-Statement for the day: it blocks the Z close unless
// a supervisor carried it over to the next day explicitly.
struct UnresolvedAttempt
{
    QString outTradeNo;
    QString orderId;
    QString channel;
    QString state; // "unknown", "pending_statement", …
    Money amount;
    bool carriedOver = false;
    QString carriedOverBy; // supervisor code

    friend bool operator==(const UnresolvedAttempt &, const UnresolvedAttempt &) = default;
};

// A result learned after its own day was closed (a payment resolved late, a refund confirmed
// late, a statement correction): booked in the open day, linked to the original day.
struct Correction
{
    QString kind; // "tender", "tender_reversed", "refund"
    QString orderId;
    QString reference; // out_trade_no / out_request_no
    QDate originalDate;
    qint64 signedAmountMinor = 0; // + money in, − money out

    friend bool operator==(const Correction &, const Correction &) = default;
};

// Cash in the drawer(s) of the scope: float + cash sales − cash refunds + pay-ins − pay-outs =
// expected; counted − expected = over (长款, > 0) or short (短款, < 0).
struct CashSummary
{
    Money openingFloat;
    Money cashSales;
    Money cashRefunds;
    Money payIns;
    Money payOuts;
    // Hand-overs (交班): the next cashier's float is the previous cashier's count, cash that moves
    // between shifts rather than new money. openingFloat is only cash brought in from outside;
    // expected = openingFloat + handOverIn + cash sales − cash refunds + pay-ins − pay-outs −
    // handOverOut, and counted leaves out what was handed over, so a device's figures are its
    // drawer's and every field of the per-cashier views adds up to the device's.
    Money handOverIn;  // floats received from the previous shift
    Money handOverOut; // counts passed on to the next shift
    Money expected;
    std::optional<Money> counted; // none until a count was entered
    qint64 overShortMinor = 0;    // counted − expected, signed; 0 without a count

    friend bool operator==(const CashSummary &, const CashSummary &) = default;
};

struct DayReport
{
    enum class Type
    {
        X,
        Z
    };

    Type type = Type::X;
    qint64 zNumber = 0; // 1, 2, … per terminal; 0 for X
    QString terminalId;
    QDate businessDate;
    QDateTime generatedAt;
    std::optional<qint64> cashierId; // set: the per-cashier view
    QString cashierName;
    QString currency = QStringLiteral("CNY");

    int salesCount = 0; // orders paid
    Money salesAmount;  // their totals
    Money discountAmount;
    std::vector<TenderTotal> tenders; // sorted by channel, then method
    int refundCount = 0;
    Money refundAmount;
    std::vector<RefundTotal> refunds;
    int voidCount = 0; // cancelled sales and voided lines
    Money voidAmount;
    qint64 netMinor = 0; // tenders − refunds (signed)
    std::vector<HourTotal> byHour;
    std::vector<UnresolvedAttempt> unresolved;
    std::vector<Correction> corrections;
    CashSummary cash;

    friend bool operator==(const DayReport &, const DayReport &) = default;
};

QString reportTypeName(DayReport::Type type); // "X" / "Z"

} // namespace pos::settlement
