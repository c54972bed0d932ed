#pragma once

// The property test's own bookkeeping: what each day report must show, kept while the data is
// generated, in plain C++ (never with the SQL the service uses).

#include "settlement/DayReport.h"

#include <map>
#include <tuple>

namespace pos::test {

class SettlementModel
{
public:
    static constexpr qint64 kDevice = -1;

    struct Sum
    {
        qint64 count = 0;
        qint64 minor = 0;
        void add(qint64 c, qint64 m)
        {
            count += c;
            minor += m;
        }
    };

    struct Day
    {
        Sum sales;
        qint64 discountMinor = 0;
        std::map<std::pair<QString, QString>, Sum> tenders;
        std::map<QString, Sum> refunds;
        Sum refundTotal;
        Sum voids;
        qint64 netMinor = 0;
        std::map<int, Sum> hours;
        std::vector<settlement::UnresolvedAttempt> unresolved;

        settlement::DayReport report() const
        {
            settlement::DayReport r;
            r.salesCount = int(sales.count);
            r.salesAmount = Money::fromMinor(sales.minor);
            r.discountAmount = Money::fromMinor(discountMinor);
            for (const auto &[key, sum] : tenders) {
                if (sum.count != 0 || sum.minor != 0) {
                    r.tenders.push_back(
                        {key.first, key.second, int(sum.count), Money::fromMinor(sum.minor)});
                }
            }
            for (const auto &[channel, sum] : refunds) {
                r.refunds.push_back({channel, int(sum.count), Money::fromMinor(sum.minor)});
            }
            r.refundCount = int(refundTotal.count);
            r.refundAmount = Money::fromMinor(refundTotal.minor);
            r.voidCount = int(voids.count);
            r.voidAmount = Money::fromMinor(voids.minor);
            r.netMinor = netMinor;
            for (const auto &[hour, sum] : hours) {
                r.byHour.push_back({hour, int(sum.count), Money::fromMinor(sum.minor)});
            }
            r.unresolved = unresolved;
            return r;
        }
    };

    using Key = std::tuple<QString, QDate, qint64>; // terminal, business date, cashier or kDevice

    // Applies `change` to the cashier's day and to the device's day.
    template <typename Change>
    void book(const QString &terminalId, const QDate &date, qint64 cashierId, Change change)
    {
        change(m_days[{terminalId, date, cashierId}]);
        change(m_days[{terminalId, date, kDevice}]);
    }

    const std::map<Key, Day> &days() const { return m_days; }

private:
    std::map<Key, Day> m_days;
};

} // namespace pos::test
