#pragma once

#include "common/Result.h"
#include "settlement/DayReport.h"

#include <QByteArray>
#include <QJsonObject>

namespace pos::settlement {

// The stored and uploaded form of a day report: amounts as integer minor units, dates as ISO
// 8601 (instants in UTC with milliseconds). Reading it back gives an equal DayReport.
QJsonObject toJson(const DayReport &report);
Result<DayReport> dayReportFromJson(const QJsonObject &object);

QByteArray toJsonBytes(const DayReport &report);
Result<DayReport> dayReportFromJsonBytes(const QByteArray &bytes);

} // namespace pos::settlement
