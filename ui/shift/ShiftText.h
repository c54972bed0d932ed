#pragma once

#include "common/Result.h"
#include "money/Money.h"
#include "settlement/Denominations.h"

#include <QString>

namespace pos::ui {

// How the shift screens name things: a core refusal about shifts and counts (translated headline,
// then the core's own detail), a denomination ("¥100", "5角", "1分"), its form and an over/short.
QString shiftErrorText(const Error &error);
QString denominationText(qint64 minor, const QString &currency);
QString denominationFormText(settlement::DenominationForm form);
// "Over / 长款 +¥0.01", "Short / 短款 −¥0.01", "Exact / 无差额 ¥0.00".
QString overShortText(qint64 overShortMinor, const QString &currency);

} // namespace pos::ui
