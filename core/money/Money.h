#pragma once

#include "common/Result.h"

#include <QMetaType>
#include <QString>

#include <cstdint>

namespace pos {

// An amount of money in integer minor units (分 for CNY) of one ISO 4217 currency.
// Arithmetic refuses overflow and mixing currencies; there is no floating point here.
class Money
{
public:
    static constexpr const char *kDefaultCurrency = "CNY";

    Money() = default;
    static Money fromMinor(qint64 minor, const QString &currency = QStringLiteral("CNY"));
    static Money zero(const QString &currency = QStringLiteral("CNY"))
    {
        return fromMinor(0, currency);
    }

    // Parses "12", "12.3", "12.30", "-0.05" (optionally with a "¥"/"￥" sign and spaces).
    // Refuses more than two decimals, exponents, separators and values beyond int64.
    static Result<Money> parse(const QString &text,
                               const QString &currency = QStringLiteral("CNY"));

    // Parses an integer count of minor units as channels send it ("100" = ¥1.00): digits only,
    // no sign, no spaces, at most 15 digits.
    static Result<Money> parseMinor(const QString &text,
                                    const QString &currency = QStringLiteral("CNY"));

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    // "12.30", "-0.05": the plain decimal form used on the wire and in storage-facing text.
    QString toDecimalString() const;

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;
    // amount × numerator / denominator, rounded half away from zero (weights, percentages).
    Result<Money> scaled(qint64 numerator, qint64 denominator) const;

    friend bool operator==(const Money &, const Money &) = default;
    bool operator<(const Money &other) const;
    bool operator<=(const Money &other) const { return !(other < *this); }
    bool operator>(const Money &other) const { return other < *this; }
    bool operator>=(const Money &other) const { return !(*this < other); }

private:
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}
    Result<Money> sameCurrency(const Money &other) const;

    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("CNY");
};

} // namespace pos

Q_DECLARE_METATYPE(pos::Money)
