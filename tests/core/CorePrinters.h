#pragma once

// How gtest prints core values in failure messages ("12.30 CNY" rather than raw bytes).
// Included by every test file that compares these types, so each sees the same printer.

#include "money/Money.h"

#include <ostream>

namespace pos {

inline void PrintTo(const Money &money, std::ostream *out)
{
    *out << money.toDecimalString().toStdString() << ' ' << money.currency().toStdString();
}

} // namespace pos
