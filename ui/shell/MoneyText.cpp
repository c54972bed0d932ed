#include "shell/MoneyText.h"

namespace pos::ui {

QString moneyText(const Money &amount)
{
    const QString symbol = amount.currency() == QLatin1String("CNY")
                               ? QStringLiteral("¥")
                               : amount.currency() + QLatin1Char(' ');
    return symbol + amount.toDecimalString();
}

QString signedMoneyText(qint64 minor, const QString &currency)
{
    const QString text = moneyText(Money::fromMinor(minor < 0 ? -minor : minor, currency));
    return minor < 0 ? QStringLiteral("−") + text : text;
}

QString quantityText(const OrderLine &line)
{
    if (!line.product.isWeighed()) {
        return QString::number(line.quantity);
    }
    return QStringLiteral("%1.%2 kg")
        .arg(line.quantity / 1000)
        .arg(line.quantity % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace pos::ui
