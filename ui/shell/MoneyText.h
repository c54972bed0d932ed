#pragma once

#include "domain/Order.h"
#include "money/Money.h"

#include <QString>

namespace pos::ui {

// "¥12.30": how amounts appear on screen (the value's own decimal form; no float).
QString moneyText(const Money &amount);
// "3" for pieces, "0.350 kg" for weighed goods.
QString quantityText(const OrderLine &line);

} // namespace pos::ui
