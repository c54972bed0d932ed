// fromCsv: reads DayReportCsv's layout back, treating the bytes as hostile.
#include "settlement/CsvRecords.h"
#include "settlement/DayReportCsv.h"
#include "settlement/DayReportCsvLayout.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <limits>
#include <optional>

namespace pos::settlement {

namespace {

constexpr CsvLimits kLimits{kMaxDayReportCsvBytes, 4096, 1024, 16, 200000};
constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
constexpr qint64 kMaxHour = 23;

using S = DayReportCsvSection;

struct Section
{
    bool seen = false;
    bool headerSeen = false;
    int lineNumber = 0;
    std::vector<CsvRecord> rows;
};

// field,value rows of one section: the value and its line, by key.
using KeyValues = QHash<QString, std::pair<int, QString>>;

bool isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.isEmpty()) {
            return false;
        }
    }
    return true;
}

class Importer
{
public:
    Result<DayReport> run(const QByteArray &bytes)
    {
        auto records = readCsvRecords(bytes, kLimits);
        if (!records) {
            return Error{kCode, QStringLiteral("report CSV ") + records.error().message};
        }
        if (split(records.value()) && summary() && tenders() && refunds() && byHour() &&
            unresolved() && corrections() && cash()) {
            return m_report;
        }
        return m_error;
    }

private:
    static inline const QString kCode = QStringLiteral("report_csv.malformed");

    bool fail(int lineNumber, const QString &why)
    {
        m_error =
            Error{kCode, lineNumber > 0
                             ? QStringLiteral("report CSV line %1: %2").arg(lineNumber).arg(why)
                             : QStringLiteral("report CSV: %1").arg(why)};
        return false;
    }

    // Spreadsheets pad rows with empty fields up to the widest row: those are dropped.
    bool fieldCount(CsvRecord &record, int expected)
    {
        while (record.fields.size() > expected && record.fields.last().isEmpty()) {
            record.fields.removeLast();
        }
        if (record.fields.size() != expected) {
            return fail(record.lineNumber, QStringLiteral("expected %1 fields, found %2")
                                               .arg(expected)
                                               .arg(record.fields.size()));
        }
        return true;
    }

    bool split(std::vector<CsvRecord> &records)
    {
        const auto &specs = dayReportCsvSections();
        int current = -1;
        for (CsvRecord &record : records) {
            if (isBlank(record)) {
                continue;
            }
            const QString &first = record.fields.front();
            if (first.startsWith(QLatin1Char('[')) && first.endsWith(QLatin1Char(']')) &&
                first.size() > 2 && isBlank(CsvRecord{0, record.fields.mid(1)})) {
                const QString name = first.mid(1, first.size() - 2);
                current = -1;
                for (int i = 0; i < kDayReportCsvSectionCount; ++i) {
                    current = specs[i].name == name ? i : current;
                }
                if (current < 0) {
                    return fail(record.lineNumber,
                                QStringLiteral("unknown section [%1]").arg(name.left(40)));
                }
                if (m_sections[current].seen) {
                    return fail(record.lineNumber,
                                QStringLiteral("the section [%1] appears twice").arg(name));
                }
                m_sections[current].seen = true;
                m_sections[current].lineNumber = record.lineNumber;
                continue;
            }
            if (current < 0) {
                return fail(record.lineNumber,
                            QStringLiteral("expected a section line such as [summary]"));
            }
            Section &section = m_sections[current];
            const QStringList &header = specs[current].header;
            if (!fieldCount(record, static_cast<int>(header.size()))) {
                return false;
            }
            if (!section.headerSeen) {
                if (record.fields != header) {
                    return fail(record.lineNumber, QStringLiteral("expected the header %1")
                                                       .arg(header.join(QLatin1Char(','))));
                }
                section.headerSeen = true;
                continue;
            }
            section.rows.push_back(std::move(record));
        }
        for (int i = 0; i < kDayReportCsvSectionCount; ++i) {
            if (!m_sections[i].headerSeen) {
                return fail(
                    m_sections[i].lineNumber,
                    m_sections[i].seen
                        ? QStringLiteral("the section [%1] has no header").arg(specs[i].name)
                        : QStringLiteral("the section [%1] is missing").arg(specs[i].name));
            }
        }
        return true;
    }

    const Section &section(S which) const { return m_sections[static_cast<int>(which)]; }

    bool keyValues(S which, const QStringList &keys, KeyValues &out)
    {
        for (const CsvRecord &row : section(which).rows) {
            const QString &key = row.fields[0];
            if (!keys.contains(key)) {
                return fail(row.lineNumber, QStringLiteral("unknown field '%1'").arg(key.left(40)));
            }
            if (out.contains(key)) {
                return fail(row.lineNumber, QStringLiteral("the field %1 appears twice").arg(key));
            }
            out.insert(key, {row.lineNumber, row.fields[1]});
        }
        for (const QString &key : keys) {
            if (!out.contains(key)) {
                return fail(section(which).lineNumber,
                            QStringLiteral("the field %1 is missing").arg(key));
            }
        }
        return true;
    }

    bool integer(int lineNumber, const QString &text, qint64 min, qint64 max, qint64 &out)
    {
        static const QRegularExpression pattern(QStringLiteral("^-?[0-9]{1,18}$"));
        bool ok = pattern.match(text).hasMatch();
        const qint64 value = ok ? text.toLongLong(&ok) : 0;
        if (!ok || value < min || value > max) {
            return fail(lineNumber, QStringLiteral("'%1' is not a whole number from %2 to %3")
                                        .arg(text.left(40))
                                        .arg(min)
                                        .arg(max));
        }
        out = value;
        return true;
    }

    bool count(int lineNumber, const QString &text, int &out)
    {
        qint64 value = 0;
        if (!integer(lineNumber, text, -kMaxInt, kMaxInt, value)) {
            return false;
        }
        out = static_cast<int>(value);
        return true;
    }

    bool amount(int lineNumber, const QString &text, Money &out)
    {
        auto money = Money::parse(text, m_report.currency);
        if (!money) {
            return fail(lineNumber, money.error().message.left(80));
        }
        out = money.value();
        return true;
    }

    bool signedMinor(int lineNumber, const QString &text, qint64 &out)
    {
        Money money;
        if (!amount(lineNumber, text, money)) {
            return false;
        }
        out = money.minor();
        return true;
    }

    bool date(int lineNumber, const QString &text, QDate &out)
    {
        static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        out = QDate::fromString(text, Qt::ISODate);
        if (!pattern.match(text).hasMatch() || !out.isValid()) {
            return fail(lineNumber,
                        QStringLiteral("'%1' is not a date like 2026-11-25").arg(text.left(40)));
        }
        return true;
    }

    bool summary()
    {
        KeyValues kv;
        if (!keyValues(S::Summary,
                       {QStringLiteral("type"), QStringLiteral("z_number"),
                        QStringLiteral("terminal_id"), QStringLiteral("business_date"),
                        QStringLiteral("generated_at"), QStringLiteral("cashier_id"),
                        QStringLiteral("cashier_name"), QStringLiteral("currency"),
                        QStringLiteral("sales_count"), QStringLiteral("sales_amount"),
                        QStringLiteral("discount_amount"), QStringLiteral("refund_count"),
                        QStringLiteral("refund_amount"), QStringLiteral("void_count"),
                        QStringLiteral("void_amount"), QStringLiteral("net")},
                       kv)) {
            return false;
        }
        const auto line = [&](const char *key) { return kv.value(QLatin1String(key)).first; };
        const auto text = [&](const char *key) { return kv.value(QLatin1String(key)).second; };
        DayReport &r = m_report;

        static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
        r.currency = text("currency");
        if (!currency.match(r.currency).hasMatch()) {
            return fail(
                line("currency"),
                QStringLiteral("'%1' is not a currency code like CNY").arg(r.currency.left(40)));
        }
        if (text("type") != QLatin1String("X") && text("type") != QLatin1String("Z")) {
            return fail(line("type"), QStringLiteral("the type must be X or Z"));
        }
        r.type = text("type") == QLatin1String("Z") ? DayReport::Type::Z : DayReport::Type::X;
        const qint64 minZ = r.type == DayReport::Type::Z ? 1 : 0;
        const qint64 maxZ =
            r.type == DayReport::Type::Z ? std::numeric_limits<qint64>::max() / 10 : 0;
        if (!integer(line("z_number"), text("z_number"), minZ, maxZ, r.zNumber)) {
            return false;
        }
        r.terminalId = unguardCsvText(text("terminal_id"));
        if (!date(line("business_date"), text("business_date"), r.businessDate)) {
            return false;
        }
        r.generatedAt = QDateTime::fromString(text("generated_at"), Qt::ISODateWithMs);
        if (!r.generatedAt.isValid()) {
            return fail(line("generated_at"),
                        QStringLiteral("'%1' is not a time like 2026-11-25T18:00:00.000Z")
                            .arg(text("generated_at").left(40)));
        }
        if (!text("cashier_id").isEmpty()) {
            qint64 id = 0;
            if (!integer(line("cashier_id"), text("cashier_id"), 0,
                         std::numeric_limits<qint64>::max() / 10, id)) {
                return false;
            }
            r.cashierId = id;
        }
        r.cashierName = unguardCsvText(text("cashier_name"));
        return count(line("sales_count"), text("sales_count"), r.salesCount) &&
               amount(line("sales_amount"), text("sales_amount"), r.salesAmount) &&
               amount(line("discount_amount"), text("discount_amount"), r.discountAmount) &&
               count(line("refund_count"), text("refund_count"), r.refundCount) &&
               amount(line("refund_amount"), text("refund_amount"), r.refundAmount) &&
               count(line("void_count"), text("void_count"), r.voidCount) &&
               amount(line("void_amount"), text("void_amount"), r.voidAmount) &&
               signedMinor(line("net"), text("net"), r.netMinor);
    }

    bool tenders()
    {
        for (const CsvRecord &row : section(S::Tenders).rows) {
            TenderTotal t{unguardCsvText(row.fields[0]), unguardCsvText(row.fields[1]), 0, {}};
            if (!count(row.lineNumber, row.fields[2], t.count) ||
                !amount(row.lineNumber, row.fields[3], t.amount)) {
                return false;
            }
            m_report.tenders.push_back(t);
        }
        return true;
    }

    bool refunds()
    {
        for (const CsvRecord &row : section(S::Refunds).rows) {
            RefundTotal t{unguardCsvText(row.fields[0]), 0, {}};
            if (!count(row.lineNumber, row.fields[1], t.count) ||
                !amount(row.lineNumber, row.fields[2], t.amount)) {
                return false;
            }
            m_report.refunds.push_back(t);
        }
        return true;
    }

    bool byHour()
    {
        QSet<int> seen;
        for (const CsvRecord &row : section(S::ByHour).rows) {
            HourTotal h;
            qint64 hour = 0;
            if (!integer(row.lineNumber, row.fields[0], 0, kMaxHour, hour) ||
                !count(row.lineNumber, row.fields[1], h.count) ||
                !amount(row.lineNumber, row.fields[2], h.amount)) {
                return false;
            }
            h.hour = static_cast<int>(hour);
            if (seen.contains(h.hour)) {
                return fail(row.lineNumber, QStringLiteral("the hour %1 appears twice").arg(hour));
            }
            seen.insert(h.hour);
            m_report.byHour.push_back(h);
        }
        return true;
    }

    bool unresolved()
    {
        for (const CsvRecord &row : section(S::Unresolved).rows) {
            const QStringList &f = row.fields;
            UnresolvedAttempt u;
            u.outTradeNo = unguardCsvText(f[0]);
            u.orderId = unguardCsvText(f[1]);
            u.channel = unguardCsvText(f[2]);
            u.state = unguardCsvText(f[3]);
            if (!amount(row.lineNumber, f[4], u.amount)) {
                return false;
            }
            if (f[5] != QLatin1String("yes") && f[5] != QLatin1String("no")) {
                return fail(row.lineNumber, QStringLiteral("carried_over must be yes or no"));
            }
            u.carriedOver = f[5] == QLatin1String("yes");
            u.carriedOverBy = unguardCsvText(f[6]);
            m_report.unresolved.push_back(u);
        }
        return true;
    }

    bool corrections()
    {
        for (const CsvRecord &row : section(S::Corrections).rows) {
            const QStringList &f = row.fields;
            Correction c;
            c.kind = unguardCsvText(f[0]);
            c.orderId = unguardCsvText(f[1]);
            c.reference = unguardCsvText(f[2]);
            if (!date(row.lineNumber, f[3], c.originalDate) ||
                !signedMinor(row.lineNumber, f[4], c.signedAmountMinor)) {
                return false;
            }
            m_report.corrections.push_back(c);
        }
        return true;
    }

    bool cash()
    {
        KeyValues kv;
        if (!keyValues(S::Cash,
                       {QStringLiteral("opening_float"), QStringLiteral("hand_over_in"),
                        QStringLiteral("cash_sales"), QStringLiteral("cash_refunds"),
                        QStringLiteral("pay_ins"), QStringLiteral("pay_outs"),
                        QStringLiteral("hand_over_out"), QStringLiteral("expected"),
                        QStringLiteral("counted"), QStringLiteral("over_short")},
                       kv)) {
            return false;
        }
        const auto line = [&](const char *key) { return kv.value(QLatin1String(key)).first; };
        const auto text = [&](const char *key) { return kv.value(QLatin1String(key)).second; };
        CashSummary &c = m_report.cash;
        if (!text("counted").isEmpty()) {
            Money counted;
            if (!amount(line("counted"), text("counted"), counted)) {
                return false;
            }
            c.counted = counted;
        }
        return amount(line("opening_float"), text("opening_float"), c.openingFloat) &&
               amount(line("hand_over_in"), text("hand_over_in"), c.handOverIn) &&
               amount(line("hand_over_out"), text("hand_over_out"), c.handOverOut) &&
               amount(line("cash_sales"), text("cash_sales"), c.cashSales) &&
               amount(line("cash_refunds"), text("cash_refunds"), c.cashRefunds) &&
               amount(line("pay_ins"), text("pay_ins"), c.payIns) &&
               amount(line("pay_outs"), text("pay_outs"), c.payOuts) &&
               amount(line("expected"), text("expected"), c.expected) &&
               signedMinor(line("over_short"), text("over_short"), c.overShortMinor);
    }

    std::array<Section, kDayReportCsvSectionCount> m_sections;
    DayReport m_report;
    Error m_error;
};

} // namespace

Result<DayReport> fromCsv(const QByteArray &bytes)
{
    return Importer().run(bytes);
}

} // namespace pos::settlement
