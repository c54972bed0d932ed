#include "settlement/DayReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pos::settlement {

namespace {
constexpr int kVersion = 1;
const QString kFormat = QStringLiteral("pos.day-report");

QString isoInstant(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Reads fields of one JSON object, remembering the first one that is missing or mistyped.
class Reader
{
public:
    Reader(const QJsonObject &object, QString *error) : m_object(object), m_error(error) {}

    qint64 integer(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble() || value.toDouble() != double(value.toInteger())) {
            fail(key, "an integer");
            return 0;
        }
        return value.toInteger();
    }
    int count(const QString &key) { return int(integer(key)); }
    QString text(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString()) {
            fail(key, "text");
        }
        return value.toString();
    }
    bool flag(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isBool()) {
            fail(key, "true or false");
        }
        return value.toBool();
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            fail(key, "a list");
        }
        return value.toArray();
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject()) {
            fail(key, "an object");
        }
        return value.toObject();
    }
    std::optional<qint64> optionalInteger(const QString &key)
    {
        if (m_object.value(key).isNull()) {
            return std::nullopt;
        }
        return integer(key);
    }
    QDate date(const QString &key)
    {
        const QString value = text(key);
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !parsed.isValid()) {
            fail(key, "a date");
        }
        return parsed;
    }
    QDateTime instant(const QString &key)
    {
        const QString value = text(key);
        const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!value.isEmpty() && !parsed.isValid()) {
            fail(key, "an instant");
        }
        return parsed;
    }

private:
    void fail(const QString &key, const char *what)
    {
        if (m_error->isEmpty()) {
            *m_error = QStringLiteral("'%1' is not %2").arg(key, QLatin1String(what));
        }
    }

    QJsonObject m_object;
    QString *m_error;
};

QJsonObject cashJson(const CashSummary &cash)
{
    return QJsonObject{
        {QStringLiteral("openingFloatMinor"), cash.openingFloat.minor()},
        {QStringLiteral("cashSalesMinor"), cash.cashSales.minor()},
        {QStringLiteral("cashRefundsMinor"), cash.cashRefunds.minor()},
        {QStringLiteral("payInsMinor"), cash.payIns.minor()},
        {QStringLiteral("payOutsMinor"), cash.payOuts.minor()},
        {QStringLiteral("handOverInMinor"), cash.handOverIn.minor()},
        {QStringLiteral("handOverOutMinor"), cash.handOverOut.minor()},
        {QStringLiteral("expectedMinor"), cash.expected.minor()},
        {QStringLiteral("countedMinor"),
         cash.counted ? QJsonValue(cash.counted->minor()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("overShortMinor"), cash.overShortMinor},
    };
}

CashSummary cashFrom(Reader &in, const QString &currency)
{
    const auto money = [&](const QString &key) {
        return Money::fromMinor(in.integer(key), currency);
    };
    CashSummary cash;
    cash.openingFloat = money(QStringLiteral("openingFloatMinor"));
    cash.cashSales = money(QStringLiteral("cashSalesMinor"));
    cash.cashRefunds = money(QStringLiteral("cashRefundsMinor"));
    cash.payIns = money(QStringLiteral("payInsMinor"));
    cash.payOuts = money(QStringLiteral("payOutsMinor"));
    cash.handOverIn = money(QStringLiteral("handOverInMinor"));
    cash.handOverOut = money(QStringLiteral("handOverOutMinor"));
    cash.expected = money(QStringLiteral("expectedMinor"));
    if (const auto counted = in.optionalInteger(QStringLiteral("countedMinor"))) {
        cash.counted = Money::fromMinor(*counted, currency);
    }
    cash.overShortMinor = in.integer(QStringLiteral("overShortMinor"));
    return cash;
}

// Applies `read` to every element of a list of objects.
template <typename T, typename Read>
std::vector<T> listFrom(Reader &in, const QString &key, QString *error, Read read)
{
    std::vector<T> items;
    for (const QJsonValue &value : in.array(key)) {
        Reader item(value.toObject(), error);
        items.push_back(read(item));
    }
    return items;
}
} // namespace

QJsonObject toJson(const DayReport &report)
{
    QJsonArray tenders;
    for (const TenderTotal &tender : report.tenders) {
        tenders.append(QJsonObject{{QStringLiteral("channel"), tender.channel},
                                   {QStringLiteral("method"), tender.method},
                                   {QStringLiteral("count"), tender.count},
                                   {QStringLiteral("amountMinor"), tender.amount.minor()}});
    }
    QJsonArray refunds;
    for (const RefundTotal &refund : report.refunds) {
        refunds.append(QJsonObject{{QStringLiteral("channel"), refund.channel},
                                   {QStringLiteral("count"), refund.count},
                                   {QStringLiteral("amountMinor"), refund.amount.minor()}});
    }
    QJsonArray hours;
    for (const HourTotal &hour : report.byHour) {
        hours.append(QJsonObject{{QStringLiteral("hour"), hour.hour},
                                 {QStringLiteral("count"), hour.count},
                                 {QStringLiteral("amountMinor"), hour.amount.minor()}});
    }
    QJsonArray unresolved;
    for (const UnresolvedAttempt &attempt : report.unresolved) {
        unresolved.append(QJsonObject{{QStringLiteral("outTradeNo"), attempt.outTradeNo},
                                      {QStringLiteral("orderId"), attempt.orderId},
                                      {QStringLiteral("channel"), attempt.channel},
                                      {QStringLiteral("state"), attempt.state},
                                      {QStringLiteral("amountMinor"), attempt.amount.minor()},
                                      {QStringLiteral("carriedOver"), attempt.carriedOver},
                                      {QStringLiteral("carriedOverBy"), attempt.carriedOverBy}});
    }
    QJsonArray corrections;
    for (const Correction &correction : report.corrections) {
        corrections.append(QJsonObject{
            {QStringLiteral("kind"), correction.kind},
            {QStringLiteral("orderId"), correction.orderId},
            {QStringLiteral("reference"), correction.reference},
            {QStringLiteral("originalDate"), correction.originalDate.toString(Qt::ISODate)},
            {QStringLiteral("signedAmountMinor"), correction.signedAmountMinor}});
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("type"), reportTypeName(report.type)},
        {QStringLiteral("zNumber"), report.zNumber},
        {QStringLiteral("terminalId"), report.terminalId},
        {QStringLiteral("businessDate"), report.businessDate.toString(Qt::ISODate)},
        {QStringLiteral("generatedAt"), isoInstant(report.generatedAt)},
        {QStringLiteral("cashierId"),
         report.cashierId ? QJsonValue(*report.cashierId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cashierName"), report.cashierName},
        {QStringLiteral("currency"), report.currency},
        {QStringLiteral("salesCount"), report.salesCount},
        {QStringLiteral("salesAmountMinor"), report.salesAmount.minor()},
        {QStringLiteral("discountAmountMinor"), report.discountAmount.minor()},
        {QStringLiteral("tenders"), tenders},
        {QStringLiteral("refundCount"), report.refundCount},
        {QStringLiteral("refundAmountMinor"), report.refundAmount.minor()},
        {QStringLiteral("refunds"), refunds},
        {QStringLiteral("voidCount"), report.voidCount},
        {QStringLiteral("voidAmountMinor"), report.voidAmount.minor()},
        {QStringLiteral("netMinor"), report.netMinor},
        {QStringLiteral("byHour"), hours},
        {QStringLiteral("unresolved"), unresolved},
        {QStringLiteral("corrections"), corrections},
        {QStringLiteral("cash"), cashJson(report.cash)},
    };
}

Result<DayReport> dayReportFromJson(const QJsonObject &object)
{
    QString error;
    Reader in(object, &error);
    if (in.text(QStringLiteral("format")) != kFormat ||
        in.integer(QStringLiteral("version")) != kVersion) {
        return Result<DayReport>::failure(
            QStringLiteral("report.bad_snapshot"),
            QStringLiteral("not a day report of version %1").arg(kVersion));
    }
    DayReport report;
    const QString type = in.text(QStringLiteral("type"));
    if (type != reportTypeName(DayReport::Type::X) && type != reportTypeName(DayReport::Type::Z)) {
        return Result<DayReport>::failure(QStringLiteral("report.bad_snapshot"),
                                          QStringLiteral("unknown report type '%1'").arg(type));
    }
    report.type =
        type == reportTypeName(DayReport::Type::Z) ? DayReport::Type::Z : DayReport::Type::X;
    report.zNumber = in.integer(QStringLiteral("zNumber"));
    report.terminalId = in.text(QStringLiteral("terminalId"));
    report.businessDate = in.date(QStringLiteral("businessDate"));
    report.generatedAt = in.instant(QStringLiteral("generatedAt"));
    report.cashierId = in.optionalInteger(QStringLiteral("cashierId"));
    report.cashierName = in.text(QStringLiteral("cashierName"));
    report.currency = in.text(QStringLiteral("currency"));
    const QString currency = report.currency;
    const auto money = [&](Reader &from, const QString &key) {
        return Money::fromMinor(from.integer(key), currency);
    };
    report.salesCount = in.count(QStringLiteral("salesCount"));
    report.salesAmount = money(in, QStringLiteral("salesAmountMinor"));
    report.discountAmount = money(in, QStringLiteral("discountAmountMinor"));
    report.tenders =
        listFrom<TenderTotal>(in, QStringLiteral("tenders"), &error, [&](Reader &item) {
            return TenderTotal{
                item.text(QStringLiteral("channel")), item.text(QStringLiteral("method")),
                item.count(QStringLiteral("count")), money(item, QStringLiteral("amountMinor"))};
        });
    report.refundCount = in.count(QStringLiteral("refundCount"));
    report.refundAmount = money(in, QStringLiteral("refundAmountMinor"));
    report.refunds =
        listFrom<RefundTotal>(in, QStringLiteral("refunds"), &error, [&](Reader &item) {
            return RefundTotal{item.text(QStringLiteral("channel")),
                               item.count(QStringLiteral("count")),
                               money(item, QStringLiteral("amountMinor"))};
        });
    report.voidCount = in.count(QStringLiteral("voidCount"));
    report.voidAmount = money(in, QStringLiteral("voidAmountMinor"));
    report.netMinor = in.integer(QStringLiteral("netMinor"));
    report.byHour = listFrom<HourTotal>(in, QStringLiteral("byHour"), &error, [&](Reader &item) {
        return HourTotal{item.count(QStringLiteral("hour")), item.count(QStringLiteral("count")),
                         money(item, QStringLiteral("amountMinor"))};
    });
    report.unresolved =
        listFrom<UnresolvedAttempt>(in, QStringLiteral("unresolved"), &error, [&](Reader &item) {
            return UnresolvedAttempt{item.text(QStringLiteral("outTradeNo")),
                                     item.text(QStringLiteral("orderId")),
                                     item.text(QStringLiteral("channel")),
                                     item.text(QStringLiteral("state")),
                                     money(item, QStringLiteral("amountMinor")),
                                     item.flag(QStringLiteral("carriedOver")),
                                     item.text(QStringLiteral("carriedOverBy"))};
        });
    report.corrections =
        listFrom<Correction>(in, QStringLiteral("corrections"), &error, [&](Reader &item) {
            return Correction{
                item.text(QStringLiteral("kind")), item.text(QStringLiteral("orderId")),
                item.text(QStringLiteral("reference")), item.date(QStringLiteral("originalDate")),
                item.integer(QStringLiteral("signedAmountMinor"))};
        });
    Reader cash(in.object(QStringLiteral("cash")), &error);
    report.cash = cashFrom(cash, currency);
    if (!error.isEmpty()) {
        return Result<DayReport>::failure(QStringLiteral("report.bad_snapshot"), error);
    }
    return report;
}

QByteArray toJsonBytes(const DayReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact);
}

Result<DayReport> dayReportFromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Result<DayReport>::failure(
            QStringLiteral("report.bad_snapshot"),
            QStringLiteral("day report is not a JSON object: %1").arg(parseError.errorString()));
    }
    return dayReportFromJson(document.object());
}

} // namespace pos::settlement
