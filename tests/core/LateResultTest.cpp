// Results learned after their day was closed go to the open day as corrections linked to the
// original date; the business-day cut-off decides which day an entry belongs to.
#include "SettlementExpect.h"
#include "SettlementFixture.h"

#include "config/TerminalConfig.h"
#include "domain/BusinessCalendar.h"
#include "runtime/TerminalRuntime.h"
#include "storage/AttemptRepository.h"
#include "storage/OrderRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace pos {
namespace {

using settlement::Correction;
using settlement::DayReport;
using test::kCutoffHour;
using test::kDay;
using test::kT01;
using test::SettlementWriter;

class LateResultTest : public test::SettlementFixture
{
protected:
    // (business_date, correction_of or "") of the order's ledger rows of `kind`.
    std::vector<std::pair<QString, QString>> booked(const QString &orderId, const QString &kind)
    {
        auto query = db().exec(QStringLiteral("SELECT business_date, COALESCE(correction_of, '') "
                                              "FROM settlement_ledger WHERE order_id = ? AND "
                                              "kind = ? ORDER BY id"),
                               {orderId, kind});
        EXPECT_TRUE(query.ok());
        std::vector<std::pair<QString, QString>> rows;
        while (query.ok() && query->next()) {
            rows.emplace_back(query->value(0).toString(), query->value(1).toString());
        }
        return rows;
    }
};

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Through the repositories the terminal uses, at the real current time.
TEST_F(LateResultTest, PaymentSucceedingAfterTheCloseIsACorrectionOfTheOpenDay)
{
    const BusinessCalendar calendar(kCutoffHour);
    const QDate today = calendar.businessDate(QDateTime::currentDateTime());
    const QDate closedDay = today.addDays(-3);
    Order order(QStringLiteral("T01-LATE-0001"));
    ASSERT_TRUE(order
                    .addProduct(Product{QStringLiteral("D002"), QStringLiteral("4006381333931"),
                                        QStringLiteral("可口可乐"), QStringLiteral("Cola"),
                                        Money::fromMinor(350), SaleUnit::Piece},
                                2)
                    .ok());
    ASSERT_TRUE(storage::OrderRepository(db()).save(order, {kT01, m_clerk.id, closedDay}).ok());
    PaymentAttempt attempt;
    attempt.orderId = order.id();
    attempt.outTradeNo = QStringLiteral("T01-LATE-0001-A1");
    attempt.channel = QStringLiteral("alipay");
    attempt.method = PaymentMethod::PaymentCode;
    attempt.amount = Money::fromMinor(700);
    attempt.state = AttemptState::Sent;
    storage::AttemptRepository attempts(db());
    ASSERT_TRUE(attempts.insert(attempt).ok());
    ASSERT_TRUE(attempt.transitionTo(AttemptState::Unknown).ok());
    ASSERT_TRUE(attempts.saveTransition(attempt, AttemptState::Sent).ok());

    ASSERT_TRUE(m_reports.carryOver(attempt.outTradeNo, m_supervisor).ok());
    const DayReport z = close(closedDay);
    ASSERT_EQ(z.unresolved.size(), 1u);
    EXPECT_TRUE(z.unresolved[0].carriedOver);

    const QDate before = calendar.businessDate(QDateTime::currentDateTime());
    ASSERT_TRUE(attempt.transitionTo(AttemptState::Succeeded).ok());
    ASSERT_TRUE(attempts.saveTransition(attempt, AttemptState::Unknown).ok());
    ASSERT_TRUE(storage::OrderRepository(db()).markPaidOnce(order.id()).ok());
    const QDate after = calendar.businessDate(QDateTime::currentDateTime());

    const auto tender = booked(order.id(), QStringLiteral("tender"));
    ASSERT_EQ(tender.size(), 1u);
    const QDate openDay = QDate::fromString(tender[0].first, Qt::ISODate);
    EXPECT_TRUE(openDay == before || openDay == after) << tender[0].first.toStdString();
    EXPECT_EQ(tender[0].second, iso(closedDay));
    EXPECT_EQ(booked(order.id(), QStringLiteral("sale")),
              (std::vector<std::pair<QString, QString>>{{iso(openDay), iso(closedDay)}}));

    auto open = m_reports.xReport(kT01, openDay);
    ASSERT_TRUE(open.ok());
    EXPECT_EQ(open->corrections, (std::vector<Correction>{{QStringLiteral("tender"), order.id(),
                                                           attempt.outTradeNo, closedDay, 700}}));
    EXPECT_EQ(open->netMinor, 700);
    EXPECT_EQ(open->salesCount, 1);
    auto cashier = m_reports.xReport(kT01, openDay, m_clerk.id);
    ASSERT_TRUE(cashier.ok());
    EXPECT_EQ(cashier->corrections, open->corrections);

    auto stored = m_reports.zReport(kT01, closedDay);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value(), z);
    auto closedAgain = m_reports.xReport(kT01, closedDay);
    ASSERT_TRUE(closedAgain.ok());
    EXPECT_EQ(closedAgain->salesCount, 0);
    EXPECT_EQ(closedAgain->netMinor, 0);
}

TEST_F(LateResultTest, OpenDayFollowsTheCutOffAndSkipsDaysAlreadyClosed)
{
    const QString paid = sell(QStringLiteral("O1"), kDay, 1000);
    const QString unknown = leaveOpen(QStringLiteral("O2"), kDay, 300, QStringLiteral("unknown"));
    ASSERT_TRUE(m_reports.carryOver(unknown, m_supervisor).ok());
    close(kDay);

    // 02:30 on the 12th is still the business day of the 11th (cut-off 04:00), which is open.
    m_writer.setAttemptState(unknown, QStringLiteral("succeeded"),
                             SettlementWriter::ms(kDay.addDays(2), 2, 30));
    EXPECT_EQ(booked(QStringLiteral("O2"), QStringLiteral("tender")),
              (std::vector<std::pair<QString, QString>>{{iso(kDay.addDays(1)), iso(kDay)}}));

    // With the 11th and 12th closed too, a reversal on the 12th goes to the 13th.
    close(kDay.addDays(1));
    close(kDay.addDays(2));
    m_writer.setAttemptState(paid, QStringLiteral("reversed"),
                             SettlementWriter::ms(kDay.addDays(2), 10));
    EXPECT_EQ(booked(QStringLiteral("O1"), QStringLiteral("tender_reversed")),
              (std::vector<std::pair<QString, QString>>{{iso(kDay.addDays(3)), iso(kDay)}}));
    auto open = m_reports.xReport(kT01, kDay.addDays(3));
    ASSERT_TRUE(open.ok());
    EXPECT_EQ(open->corrections,
              (std::vector<Correction>{
                  {QStringLiteral("tender_reversed"), QStringLiteral("O1"), paid, kDay, -1000}}));
    EXPECT_EQ(open->netMinor, -1000);
}

TEST_F(LateResultTest, RefundConfirmedAfterTheCloseIsACorrection)
{
    const QString paid = sell(QStringLiteral("O1"), kDay, 1000);
    m_writer.addRefund(QStringLiteral("R1"), paid, 400, QStringLiteral("1001"),
                       QStringLiteral("unknown"), SettlementWriter::ms(kDay, 15));
    const DayReport z = close(kDay);
    EXPECT_EQ(z.refundCount, 0);
    m_writer.setRefundState(QStringLiteral("R1"), QStringLiteral("succeeded"),
                            SettlementWriter::ms(kDay.addDays(1), 9));

    auto open = m_reports.xReport(kT01, kDay.addDays(1));
    ASSERT_TRUE(open.ok());
    EXPECT_EQ(open->corrections,
              (std::vector<Correction>{{QStringLiteral("refund"), QStringLiteral("O1"),
                                        QStringLiteral("R1"), kDay, -400}}));
    EXPECT_EQ(open->refundAmount, Money::fromMinor(400));
    EXPECT_EQ(open->netMinor, -400);
    auto stored = m_reports.zReport(kT01, kDay);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value(), z);
}

TEST_F(LateResultTest, SaleBeforeTheCutOffBelongsToThePreviousBusinessDay)
{
    const QDateTime at(kDay.addDays(1), QTime(2, 30));
    const QDate businessDate = BusinessCalendar(kCutoffHour).businessDate(at);
    ASSERT_EQ(businessDate, kDay);
    m_writer.openOrder(QStringLiteral("N1"), kT01, m_clerk.id, businessDate, at.toMSecsSinceEpoch(),
                       {{false, 990, 1, 0, false}});
    m_writer.addAttempt(QStringLiteral("N1"), QStringLiteral("N1-A1"), QStringLiteral("cash"),
                        QStringLiteral("cash"), 990, QStringLiteral("succeeded"),
                        at.toMSecsSinceEpoch());
    m_writer.markPaid(QStringLiteral("N1"), at.toMSecsSinceEpoch());
    // Refunds belong to the business day they are asked for: 02:45 is still the 10th,
    // 04:10 is the 11th.
    m_writer.addRefund(QStringLiteral("N1-R1"), QStringLiteral("N1-A1"), 100,
                       QStringLiteral("1001"), QStringLiteral("succeeded"),
                       SettlementWriter::ms(kDay.addDays(1), 2, 45));
    m_writer.addRefund(QStringLiteral("N1-R2"), QStringLiteral("N1-A1"), 200,
                       QStringLiteral("1001"), QStringLiteral("succeeded"),
                       SettlementWriter::ms(kDay.addDays(1), 4, 10));

    auto night = m_reports.xReport(kT01, kDay);
    ASSERT_TRUE(night.ok());
    EXPECT_EQ(night->salesCount, 1);
    EXPECT_EQ(night->byHour, (std::vector<settlement::HourTotal>{{2, 1, Money::fromMinor(990)}}));
    EXPECT_EQ(night->refundAmount, Money::fromMinor(100));
    EXPECT_EQ(night->netMinor, 890);
    auto nextDay = m_reports.xReport(kT01, kDay.addDays(1));
    ASSERT_TRUE(nextDay.ok());
    EXPECT_EQ(nextDay->salesCount, 0);
    EXPECT_EQ(nextDay->refundAmount, Money::fromMinor(200));
    EXPECT_EQ(nextDay->netMinor, -200);
}

TEST_F(LateResultTest, VoidedLineIsBookedOnceHoweverOftenTheOrderIsSaved)
{
    Order order(QStringLiteral("V1"));
    const Product cola{QStringLiteral("D002"),     QStringLiteral("4006381333931"),
                       QStringLiteral("可口可乐"), QStringLiteral("Cola"),
                       Money::fromMinor(350),      SaleUnit::Piece};
    const Product apples{QStringLiteral("D027"), QStringLiteral("9780143007234"),
                         QStringLiteral("苹果"), QStringLiteral("Apples"),
                         Money::fromMinor(1280), SaleUnit::Kilogram};
    ASSERT_TRUE(order.addProduct(cola, 3).ok());
    ASSERT_TRUE(order.addProduct(apples, 1255).ok()); // 16.064 → 16.06
    ASSERT_TRUE(order.setLineDiscount(1, Money::fromMinor(6)).ok());
    ASSERT_TRUE(order.voidLine(1).ok());
    storage::OrderRepository orders(db());
    for (int save = 0; save < 3; ++save) {
        ASSERT_TRUE(orders.save(order, {kT01, m_clerk.id, kDay}).ok());
    }
    auto x = m_reports.xReport(kT01, kDay);
    ASSERT_TRUE(x.ok());
    EXPECT_EQ(x->voidCount, 1);
    EXPECT_EQ(x->voidAmount, Money::fromMinor(1600));
    ASSERT_TRUE(orders.setStatus(order.id(), OrderStatus::Cancelled).ok());
    x = m_reports.xReport(kT01, kDay);
    ASSERT_TRUE(x.ok());
    EXPECT_EQ(x->voidCount, 2);
    EXPECT_EQ(x->voidAmount, Money::fromMinor(1600 + 1050));
}

TEST(SettlementRuntime, OpeningTheTerminalWritesTheCutOffHourForTheTriggers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    config::TerminalConfig config;
    config.cutoffHour = 6;
    runtime::TerminalRuntime terminal;
    const Status opened = terminal.open(dir.path(), config, false);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    auto hour = storage::loadCutoffHour(terminal.database());
    ASSERT_TRUE(hour.ok());
    EXPECT_EQ(hour.value(), 6);
}

} // namespace
} // namespace pos
