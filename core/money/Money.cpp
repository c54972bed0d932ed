#include "money/Money.h"

#include <QRegularExpression>

#include <cstdlib>
#include <limits>

namespace pos {

namespace {
constexpr qint64 kMinorPerMajor = 100;
__extension__ using Int128 = __int128;

Error overflow()
{
    return Error{QStringLiteral("money.overflow"), QStringLiteral("amount out of range")};
}
} // namespace

Money Money::fromMinor(qint64 minor, const QString &currency)
{
    return Money(minor, currency);
}

Result<Money> Money::parse(const QString &text, const QString &currency)
{
    // One currency sign is allowed, only in front of the digits (after an optional minus).
    QString t = text.trimmed();
    const bool minus = t.startsWith(QLatin1Char('-'));
    if (minus) {
        t.remove(0, 1);
    }
    if (t.startsWith(QChar(0x00A5)) || t.startsWith(QChar(0xFFE5))) {
        t.remove(0, 1);
    }
    t = (minus ? QStringLiteral("-") : QString()) + t.trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^(-?)([0-9]{1,16})(?:\\.([0-9]{1,2}))?$"));
    const auto match = pattern.match(t);
    if (!match.hasMatch()) {
        return Result<Money>::failure(QStringLiteral("money.malformed"),
                                      QStringLiteral("'%1' is not an amount like 12.30").arg(text));
    }
    bool ok = false;
    const qint64 major = match.captured(2).toLongLong(&ok);
    if (!ok || major > std::numeric_limits<qint64>::max() / kMinorPerMajor - 1) {
        return overflow();
    }
    QString fraction = match.captured(3);
    while (fraction.size() < 2) {
        fraction.append(QLatin1Char('0'));
    }
    qint64 minor = major * kMinorPerMajor + fraction.toLongLong();
    if (!match.captured(1).isEmpty()) {
        minor = -minor;
    }
    return Money(minor, currency);
}

Result<Money> Money::parseMinor(const QString &text, const QString &currency)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (!digits.match(text).hasMatch()) {
        return Result<Money>::failure(
            QStringLiteral("money.malformed"),
            QStringLiteral("'%1' is not a whole number of fen").arg(text.left(32)));
    }
    return Money(text.toLongLong(), currency);
}

QString Money::toDecimalString() const
{
    const bool negative = m_minor < 0;
    // Work in unsigned to format INT64_MIN without overflow.
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    QString out = QString::number(magnitude / kMinorPerMajor) + QLatin1Char('.') +
                  QStringLiteral("%1").arg(magnitude % kMinorPerMajor, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

Result<Money> Money::sameCurrency(const Money &other) const
{
    if (other.m_currency != m_currency) {
        return Result<Money>::failure(
            QStringLiteral("money.currency_mismatch"),
            QStringLiteral("cannot combine %1 with %2").arg(m_currency, other.m_currency));
    }
    return *this;
}

Result<Money> Money::plus(const Money &other) const
{
    if (auto check = sameCurrency(other); !check) {
        return check;
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum)) {
        return overflow();
    }
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (auto check = sameCurrency(other); !check) {
        return check;
    }
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference)) {
        return overflow();
    }
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product)) {
        return overflow();
    }
    return Money(product, m_currency);
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (denominator <= 0) {
        return Result<Money>::failure(QStringLiteral("money.bad_scale"),
                                      QStringLiteral("scale denominator must be positive"));
    }
    Int128 product = static_cast<Int128>(m_minor) * numerator;
    const bool negative = product < 0;
    if (negative) {
        product = -product;
    }
    Int128 quotient = (product + denominator / 2) / denominator; // half away from zero
    if (negative) {
        quotient = -quotient;
    }
    if (quotient > std::numeric_limits<qint64>::max() ||
        quotient < std::numeric_limits<qint64>::min()) {
        return overflow();
    }
    return Money(static_cast<qint64>(quotient), m_currency);
}

bool Money::operator<(const Money &other) const
{
    if (m_currency != other.m_currency) {
        return m_currency < other.m_currency;
    }
    return m_minor < other.m_minor;
}

} // namespace pos
