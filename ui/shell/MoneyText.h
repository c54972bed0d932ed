#pragma once

#include "domain/Order.h"
#include "money/Money.h"

#include <QString>

namespace pos::ui {

// "¥12.30": how amounts appear on screen (the value's own decimal form; no float).
QString moneyText(const Money &amount);
// "−¥0.01" for a signed amount in minor units (over/short, net).
QString signedMoneyText(qint64 minor, const QString &currency);
// "3" for pieces, "0.350 kg" for weighed goods.
QString quantityText(const OrderLine &line);

} // namespace pos::ui
