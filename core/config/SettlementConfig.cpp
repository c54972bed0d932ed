#include "config/SettlementConfig.h"

#include "config/IniValues.h"
#include "money/Money.h"
#include "settlement/Denominations.h"

#include <QSettings>

namespace pos::config {

namespace {
Error badValue(const QString &message)
{
    return Error{QStringLiteral("config.bad_value"), message};
}
} // namespace

settlement::ShiftPolicy SettlementSettings::shiftPolicy() const
{
    settlement::ShiftPolicy policy;
    policy.currency = currency;
    policy.toleranceMinor = toleranceMinor;
    return policy;
}

Status readSettlementSettings(const QSettings &settings, SettlementSettings *settlement)
{
    const QString currency =
        readString(settings, QStringLiteral("settlement/currency"), settlement->currency).toUpper();
    if (!settlement::Denominations::forCurrency(currency)) {
        return badValue(QStringLiteral("settlement/currency must be a currency the cash count "
                                       "knows (CNY, HKD, USD, EUR): %1")
                            .arg(currency));
    }
    settlement->currency = currency;
    const QString toleranceKey = QStringLiteral("settlement/over_short_tolerance");
    if (settings.contains(toleranceKey)) {
        const QString text = readString(settings, toleranceKey, {});
        auto tolerance = Money::parse(text, currency);
        if (!tolerance || tolerance->isNegative()) {
            return badValue(QStringLiteral("%1 must be an amount of zero or more, like 5.00: %2")
                                .arg(toleranceKey, text));
        }
        settlement->toleranceMinor = tolerance->minor();
    }
    const QString blindKey = QStringLiteral("settlement/blind_count");
    if (settings.contains(blindKey)) {
        const QString text = readString(settings, blindKey, {}).toLower();
        static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"),
                                     QStringLiteral("yes"), QStringLiteral("on")};
        static const QStringList no{QStringLiteral("false"), QStringLiteral("0"),
                                    QStringLiteral("no"), QStringLiteral("off")};
        if (!yes.contains(text) && !no.contains(text)) {
            return badValue(QStringLiteral("%1 must be true or false: %2").arg(blindKey, text));
        }
        settlement->blindCount = yes.contains(text);
    }
    return success();
}

void writeSettlementSettings(QSettings &settings, const SettlementSettings &settlement)
{
    settings.setValue(QStringLiteral("settlement/currency"), settlement.currency);
    settings.setValue(
        QStringLiteral("settlement/over_short_tolerance"),
        Money::fromMinor(settlement.toleranceMinor, settlement.currency).toDecimalString());
    settings.setValue(QStringLiteral("settlement/blind_count"), settlement.blindCount);
}

} // namespace pos::config
