#pragma once

#include <QDate>
#include <QDateTime>

namespace pos {

// The shop's business date (营业日) with a cut-off hour (日切): with a cut-off at 4, a sale at
// 02:30 on the 26th belongs to the 25th. The cut-off is local shop time.
class BusinessCalendar
{
public:
    explicit BusinessCalendar(int cutoffHour = 0);

    int cutoffHour() const { return m_cutoffHour; }
    QDate businessDate(const QDateTime &instant) const;

private:
    int m_cutoffHour;
};

} // namespace pos
