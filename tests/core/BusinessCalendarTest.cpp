#include "domain/BusinessCalendar.h"

#include <gtest/gtest.h>

using pos::BusinessCalendar;

namespace {
QDateTime localAt(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime);
}
} // namespace

TEST(BusinessCalendarTest, SaleBeforeTheCutOffBelongsToThePreviousBusinessDay)
{
    const BusinessCalendar calendar(4);
    EXPECT_EQ(calendar.businessDate(localAt(2026, 11, 26, 2, 30)), QDate(2026, 11, 25));
    EXPECT_EQ(calendar.businessDate(localAt(2026, 11, 26, 3, 59)), QDate(2026, 11, 25));
}

TEST(BusinessCalendarTest, SaleAtOrAfterTheCutOffBelongsToTheSameCalendarDay)
{
    const BusinessCalendar calendar(4);
    EXPECT_EQ(calendar.businessDate(localAt(2026, 11, 26, 4, 0)), QDate(2026, 11, 26));
    EXPECT_EQ(calendar.businessDate(localAt(2026, 11, 26, 23, 59)), QDate(2026, 11, 26));
}

TEST(BusinessCalendarTest, MidnightCutOffIsTheCalendarDate)
{
    const BusinessCalendar calendar(0);
    EXPECT_EQ(calendar.businessDate(localAt(2026, 1, 1, 0, 0)), QDate(2026, 1, 1));
}

TEST(BusinessCalendarTest, CutOffCrossesMonthAndYearBoundaries)
{
    const BusinessCalendar calendar(6);
    EXPECT_EQ(calendar.businessDate(localAt(2027, 1, 1, 5, 0)), QDate(2026, 12, 31));
    EXPECT_EQ(calendar.businessDate(localAt(2026, 3, 1, 1, 0)), QDate(2026, 2, 28));
}

TEST(BusinessCalendarTest, UtcInstantsAreJudgedInLocalShopTime)
{
    const BusinessCalendar calendar(4);
    const QDateTime local = localAt(2026, 11, 26, 2, 30);
    EXPECT_EQ(calendar.businessDate(local.toUTC()), QDate(2026, 11, 25));
}

TEST(BusinessCalendarTest, OutOfRangeCutOffIsClamped)
{
    EXPECT_EQ(BusinessCalendar(-3).cutoffHour(), 0);
    EXPECT_EQ(BusinessCalendar(30).cutoffHour(), 23);
}
