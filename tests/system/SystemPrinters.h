#pragma once

// How gtest prints the values the system tests compare ("sent", "12.30 CNY", "Unknown")
// instead of raw bytes. Included by each system test file that compares these types.

#include "channels/ChannelResult.h"
#include "domain/PaymentAttempt.h"
#include "money/Money.h"

#include <QString>

#include <ostream>

inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace pos {

inline void PrintTo(const Money &money, std::ostream *out)
{
    *out << money.toDecimalString().toStdString() << ' ' << money.currency().toStdString();
}

inline void PrintTo(AttemptState state, std::ostream *out)
{
    *out << attemptStateName(state).toStdString();
}

} // namespace pos

namespace pos::channels {

inline void PrintTo(ChannelResult::Kind kind, std::ostream *out)
{
    *out << resultKindName(kind).toStdString();
}

} // namespace pos::channels
