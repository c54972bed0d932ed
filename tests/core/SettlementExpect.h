#pragma once

// Comparing the figures of day reports (not when or for whom they were made), and adding up
// per-cashier reports into one.

#include "SettlementPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

namespace pos::test {

inline void expectSameFigures(const settlement::DayReport &actual,
                              const settlement::DayReport &expected, const std::string &where)
{
    SCOPED_TRACE(where);
    EXPECT_EQ(actual.salesCount, expected.salesCount);
    EXPECT_EQ(actual.salesAmount, expected.salesAmount);
    EXPECT_EQ(actual.discountAmount, expected.discountAmount);
    EXPECT_EQ(actual.tenders, expected.tenders);
    EXPECT_EQ(actual.refundCount, expected.refundCount);
    EXPECT_EQ(actual.refundAmount, expected.refundAmount);
    EXPECT_EQ(actual.refunds, expected.refunds);
    EXPECT_EQ(actual.voidCount, expected.voidCount);
    EXPECT_EQ(actual.voidAmount, expected.voidAmount);
    EXPECT_EQ(actual.netMinor, expected.netMinor);
    EXPECT_EQ(actual.byHour, expected.byHour);
    EXPECT_EQ(actual.unresolved, expected.unresolved);
    EXPECT_EQ(actual.corrections, expected.corrections);
}

inline Money plus(const Money &a, const Money &b)
{
    return Money::fromMinor(a.minor() + b.minor(), a.currency());
}

// The figures of several reports added up; lists merged by their key (attempts and corrections
// in reference order), tenders that net to nothing left out as the service does.
inline settlement::DayReport sumOf(const std::vector<settlement::DayReport> &reports)
{
    using namespace settlement;
    DayReport sum;
    std::map<std::pair<QString, QString>, TenderTotal> tenders;
    std::map<QString, RefundTotal> refunds;
    std::map<int, HourTotal> hours;
    for (const DayReport &r : reports) {
        sum.salesCount += r.salesCount;
        sum.salesAmount = plus(sum.salesAmount, r.salesAmount);
        sum.discountAmount = plus(sum.discountAmount, r.discountAmount);
        sum.refundCount += r.refundCount;
        sum.refundAmount = plus(sum.refundAmount, r.refundAmount);
        sum.voidCount += r.voidCount;
        sum.voidAmount = plus(sum.voidAmount, r.voidAmount);
        sum.netMinor += r.netMinor;
        for (const TenderTotal &t : r.tenders) {
            TenderTotal &into = tenders[{t.channel, t.method}];
            into = {t.channel, t.method, into.count + t.count, plus(into.amount, t.amount)};
        }
        for (const RefundTotal &t : r.refunds) {
            RefundTotal &into = refunds[t.channel];
            into = {t.channel, into.count + t.count, plus(into.amount, t.amount)};
        }
        for (const HourTotal &t : r.byHour) {
            HourTotal &into = hours[t.hour];
            into = {t.hour, into.count + t.count, plus(into.amount, t.amount)};
        }
        sum.unresolved.insert(sum.unresolved.end(), r.unresolved.begin(), r.unresolved.end());
        sum.corrections.insert(sum.corrections.end(), r.corrections.begin(), r.corrections.end());
    }
    for (const auto &[key, t] : tenders) {
        if (t.count != 0 || !t.amount.isZero()) {
            sum.tenders.push_back(t);
        }
    }
    for (const auto &[key, t] : refunds) {
        sum.refunds.push_back(t);
    }
    for (const auto &[key, t] : hours) {
        sum.byHour.push_back(t);
    }
    return sum;
}

// Lists whose order is the database's (by id) compared by reference instead.
inline settlement::DayReport byReference(settlement::DayReport report)
{
    std::sort(report.unresolved.begin(), report.unresolved.end(),
              [](const auto &a, const auto &b) { return a.outTradeNo < b.outTradeNo; });
    std::sort(report.corrections.begin(), report.corrections.end(),
              [](const auto &a, const auto &b) { return a.reference < b.reference; });
    return report;
}

} // namespace pos::test
