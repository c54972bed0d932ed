#pragma once

#include "common/Result.h"
#include "settlement/ShiftService.h"

#include <QString>

class QSettings;

namespace pos::config {

// [settlement]: the drawer's currency and how strict the closing count is.
struct SettlementSettings
{
    QString currency = QStringLiteral("CNY"); // one settlement::Denominations knows
    qint64 toleranceMinor = 0; // over_short_tolerance: an over/short beyond it needs a sign-off
    bool blindCount = false;   // cashiers count without seeing the expected cash

    settlement::ShiftPolicy shiftPolicy() const;
};

// Present but invalid values are refused naming the key.
Status readSettlementSettings(const QSettings &settings, SettlementSettings *settlement);
void writeSettlementSettings(QSettings &settings, const SettlementSettings &settlement);

} // namespace pos::config
