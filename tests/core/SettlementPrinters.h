#pragma once

// How gtest prints settlement values in failure messages.

#include "CorePrinters.h"
#include "settlement/DayReport.h"

#include <ostream>

namespace pos::settlement {

inline void PrintTo(const TenderTotal &t, std::ostream *out)
{
    *out << t.channel.toStdString() << '/' << t.method.toStdString() << " x" << t.count << ' '
         << t.amount.toDecimalString().toStdString();
}

inline void PrintTo(const RefundTotal &r, std::ostream *out)
{
    *out << r.channel.toStdString() << " x" << r.count << ' '
         << r.amount.toDecimalString().toStdString();
}

inline void PrintTo(const HourTotal &h, std::ostream *out)
{
    *out << h.hour << "h x" << h.count << ' ' << h.amount.toDecimalString().toStdString();
}

inline void PrintTo(const UnresolvedAttempt &a, std::ostream *out)
{
    *out << a.outTradeNo.toStdString() << ' ' << a.state.toStdString() << ' '
         << a.amount.toDecimalString().toStdString()
         << (a.carriedOver ? " carried over by " + a.carriedOverBy.toStdString() : std::string());
}

inline void PrintTo(const Correction &c, std::ostream *out)
{
    *out << c.kind.toStdString() << ' ' << c.reference.toStdString() << " of "
         << c.originalDate.toString(Qt::ISODate).toStdString() << ' ' << c.signedAmountMinor;
}

inline void PrintTo(const DayReport &r, std::ostream *out)
{
    *out << reportTypeName(r.type).toStdString() << r.zNumber << ' ' << r.terminalId.toStdString()
         << ' ' << r.businessDate.toString(Qt::ISODate).toStdString() << " sales x" << r.salesCount
         << ' ' << r.salesAmount.toDecimalString().toStdString() << " net " << r.netMinor;
}

} // namespace pos::settlement
