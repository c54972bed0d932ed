// Property: for seeded random trading across a business-day cut-off (several cashiers, split and
// reversed tenders, cancelled orders, voided lines, partial refunds, attempts left unresolved),
// every cashier's X report matches the totals the generator kept, the device's too, and the
// cashiers' reports add up to the device's on every figure.
#include "SettlementExpect.h"
#include "SettlementGenerator.h"
#include "TemporaryDatabase.h"

#include "settlement/ReportService.h"
#include "storage/SettlementSettings.h"

#include <gtest/gtest.h>

#include <set>

namespace pos {
namespace {

using Person = test::SettlementGenerator::Person;
using test::SettlementModel;

constexpr int kOrdersPerSeed = 2500;

class SettlementPropertyTest : public ::testing::TestWithParam<unsigned>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_temp.open().ok());
        ASSERT_TRUE(storage::saveCutoffHour(db(), test::SettlementGenerator::kCutoffHour).ok());
    }
    storage::Database &db() { return m_temp.database(); }

    test::TemporaryDatabase m_temp;
};

TEST_P(SettlementPropertyTest, CashierReportsAddUpToTheDeviceReportAndToTheGeneratedTotals)
{
    std::vector<Person> cashiers;
    SettlementModel model;
    {
        test::SettlementWriter writer(db());
        for (int i = 1; i <= 4; ++i) {
            const QString code = QStringLiteral("10%1").arg(i, 2, 10, QLatin1Char('0'));
            cashiers.push_back({writer.addCashier(code, QStringLiteral("Cashier %1").arg(i),
                                                  QStringLiteral("cashier")),
                                code});
        }
        ASSERT_TRUE(db().begin().ok());
        test::SettlementGenerator generator(GetParam(), writer, cashiers);
        generator.run(kOrdersPerSeed);
        ASSERT_TRUE(db().commit().ok());
        if (HasFailure()) {
            return; // a write was refused: the reports below would only repeat it
        }
        model = generator.model();
        // The data must exercise what the property is about.
        EXPECT_GT(generator.ordersBeforeCutoff(), 50);
        EXPECT_GT(generator.refundsOnALaterDay(), 5);
    }

    settlement::ReportService reports(db());
    std::set<std::pair<QString, QDate>> deviceDays;
    for (const auto &[key, day] : model.days()) {
        deviceDays.insert({std::get<0>(key), std::get<1>(key)});
    }
    EXPECT_GE(deviceDays.size(), 5u); // two terminals, three business days (refunds spill over)
    for (const auto &[terminal, date] : deviceDays) {
        const std::string where =
            QStringLiteral("%1 %2").arg(terminal, date.toString(Qt::ISODate)).toStdString();
        auto device = reports.xReport(terminal, date);
        ASSERT_TRUE(device.ok()) << device.error().message.toStdString();
        test::expectSameFigures(
            device.value(), model.days().at({terminal, date, SettlementModel::kDevice}).report(),
            where + " device");

        auto ids = reports.cashiersOfDay(terminal, date);
        ASSERT_TRUE(ids.ok());
        std::vector<qint64> expectedIds;
        for (const auto &[key, day] : model.days()) {
            if (std::get<0>(key) == terminal && std::get<1>(key) == date &&
                std::get<2>(key) != SettlementModel::kDevice) {
                expectedIds.push_back(std::get<2>(key));
            }
        }
        EXPECT_EQ(ids.value(), expectedIds) << where;

        std::vector<settlement::DayReport> perCashier;
        for (const qint64 cashier : ids.value()) {
            auto report = reports.xReport(terminal, date, cashier);
            ASSERT_TRUE(report.ok());
            EXPECT_EQ(report->cashierId, std::optional<qint64>(cashier));
            const auto expected = model.days().find({terminal, date, cashier});
            test::expectSameFigures(report.value(),
                                    expected == model.days().end() ? settlement::DayReport()
                                                                   : expected->second.report(),
                                    where + " cashier " + std::to_string(cashier));
            perCashier.push_back(report.value());
        }
        test::expectSameFigures(test::byReference(test::sumOf(perCashier)),
                                test::byReference(device.value()), where + " sum of cashiers");
    }

    // A day nothing was booked into reports nothing.
    auto empty = reports.xReport(QStringLiteral("T01"), QDate(2026, 6, 9));
    ASSERT_TRUE(empty.ok());
    test::expectSameFigures(empty.value(), settlement::DayReport(), "empty day");
}

INSTANTIATE_TEST_SUITE_P(Seeds, SettlementPropertyTest, ::testing::Values(20261130u, 7u, 424242u));

} // namespace
} // namespace pos
