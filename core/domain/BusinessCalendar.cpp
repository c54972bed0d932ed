#include "domain/BusinessCalendar.h"

#include <algorithm>

namespace pos {

BusinessCalendar::BusinessCalendar(int cutoffHour) : m_cutoffHour(std::clamp(cutoffHour, 0, 23)) {}

QDate BusinessCalendar::businessDate(const QDateTime &instant) const
{
    const QDateTime local = instant.toLocalTime();
    return local.time().hour() < m_cutoffHour ? local.date().addDays(-1) : local.date();
}

} // namespace pos
