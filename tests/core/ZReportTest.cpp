// Day-end close: Z numbers, immutability at the SQL level, the stored snapshot, unresolved
// attempts and the supervisor's carry-over.
#include "SettlementExpect.h"
#include "SettlementFixture.h"

#include "domain/BusinessCalendar.h"
#include "outbox/OutboxRepository.h"
#include "outbox/SettlementOutbox.h"

#include <gtest/gtest.h>

namespace pos {
namespace {

using settlement::DayReport;
using test::kDay;
using test::kT01;

class ZReportTest : public test::SettlementFixture
{
};

TEST_F(ZReportTest, ClosingNumbersTheDayAndStoresItsFigures)
{
    sell(QStringLiteral("O1"), kDay, 1200);
    sell(QStringLiteral("O2"), kDay, 800);
    const DayReport z = close(kDay);
    EXPECT_EQ(z.type, DayReport::Type::Z);
    EXPECT_EQ(z.zNumber, 1);
    EXPECT_EQ(z.salesCount, 2);
    EXPECT_EQ(z.salesAmount, Money::fromMinor(2000));
    EXPECT_EQ(z.netMinor, 2000);
    auto stored = m_reports.zReport(kT01, kDay);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value(), z);
}

TEST_F(ZReportTest, ZNumbersRunWithoutGapsPerTerminal)
{
    sell(QStringLiteral("O1"), kDay, 100);
    sell(QStringLiteral("O2"), kDay.addDays(1), 100);
    sell(QStringLiteral("O3"), kDay, 100, QStringLiteral("T02"));
    EXPECT_EQ(close(kDay).zNumber, 1);
    EXPECT_EQ(close(kDay.addDays(1)).zNumber, 2);
    EXPECT_EQ(close(kDay, QStringLiteral("T02")).zNumber, 1);
    EXPECT_EQ(close(kDay.addDays(5)).zNumber, 3); // a day without sales closes too

    auto history = m_reports.zHistory(kT01);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 3u);
    EXPECT_EQ(history->at(0).zNumber, 3);
    EXPECT_EQ(history->at(2).zNumber, 1);
    EXPECT_EQ(history->at(2).businessDate, kDay);
    EXPECT_EQ(history->at(2).closedBy, m_supervisor.code);
    EXPECT_EQ(history->at(2).salesAmount, Money::fromMinor(100));
}

TEST_F(ZReportTest, ZReportsAndTheLedgerCannotBeChangedBySql)
{
    sell(QStringLiteral("O1"), kDay, 1200);
    const DayReport z = close(kDay);
    const int ledgerRows = scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_ledger")).toInt();
    ASSERT_GT(ledgerRows, 0);

    const auto refused = [&](const QString &sql, const char *why) {
        auto result = db().exec(sql);
        ASSERT_FALSE(result.ok()) << sql.toStdString();
        EXPECT_TRUE(result.error().message.contains(QLatin1String(why)))
            << result.error().message.toStdString();
    };
    refused(QStringLiteral("UPDATE z_reports SET report_json = '{}'"), "cannot be changed");
    refused(QStringLiteral("UPDATE z_reports SET z_number = 7"), "cannot be changed");
    refused(QStringLiteral("DELETE FROM z_reports"), "cannot be changed");
    refused(QStringLiteral("UPDATE settlement_ledger SET amount_minor = 0"), "append-only");
    refused(QStringLiteral("DELETE FROM settlement_ledger"), "append-only");
    refused(QStringLiteral("INSERT INTO settlement_ledger (terminal_id, business_date, kind, "
                           "count, amount_minor, order_id, at_ms, hour) VALUES ('T01', "
                           "'2026-06-10', 'tender', 1, 999, 'O1', 0, 0)"),
            "already closed");
    // Into an open day, a row must still carry the report line that matches it.
    refused(QStringLiteral("INSERT INTO settlement_ledger (terminal_id, business_date, kind, "
                           "channel, method, count, amount_minor, order_id, at_ms, hour, line_id) "
                           "SELECT 'T01', '2026-06-11', 'refund', 'alipay', 'payment_code', 1, "
                           "-5, 'O1', 0, 0, id FROM settlement_lines WHERE kind = 'sale'"),
            "does not match its report line");
    refused(QStringLiteral("UPDATE settlement_lines SET channel = 'cash'"), "append-only");
    refused(QStringLiteral("INSERT INTO z_reports (terminal_id, business_date, z_number, "
                           "closed_at_ms, closed_by, report_json) VALUES ('T01', '2026-06-11', 5, "
                           "0, '9001', '{}')"),
            "Z numbers run");

    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_ledger")).toInt(), ledgerRows);
    auto stored = m_reports.zReport(kT01, kDay);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value(), z);
}

TEST_F(ZReportTest, SecondCloseOfTheSameDayIsRefused)
{
    sell(QStringLiteral("O1"), kDay, 1200);
    close(kDay);
    auto again = m_reports.closeDay(kT01, kDay, m_supervisor);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("z.already_closed"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM z_reports")).toInt(), 1);
}

TEST_F(ZReportTest, ADayThatHasNotBegunCannotBeClosed)
{
    const QDate today =
        BusinessCalendar(test::kCutoffHour).businessDate(QDateTime::currentDateTime());
    auto future = m_reports.closeDay(kT01, today.addDays(1), m_supervisor);
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().code, QStringLiteral("z.future_day"));
    EXPECT_EQ(close(today.addDays(-1)).zNumber, 1);
}

TEST_F(ZReportTest, OnlyAnUnlockedSupervisorClosesTheDay)
{
    sell(QStringLiteral("O1"), kDay, 1200);
    Cashier locked = m_supervisor;
    locked.locked = true;
    for (const Cashier &who : {m_clerk, locked, Cashier{}}) {
        auto refused = m_reports.closeDay(kT01, kDay, who);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, QStringLiteral("z.not_supervisor"));
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM z_reports")).toInt(), 0);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'z.close'")).toInt(),
        0);
}

TEST_F(ZReportTest, StoredSnapshotIsReadBackUnchangedAfterMoreActivity)
{
    const QString paid = sell(QStringLiteral("O1"), kDay, 1200);
    const DayReport z = close(kDay);
    // After the close: a refund of that sale, a late payment of an order of the closed day,
    // and a new sale on the next day.
    m_writer.addRefund(QStringLiteral("R1"), paid, 200, QStringLiteral("1001"),
                       QStringLiteral("succeeded"), test::SettlementWriter::ms(kDay.addDays(1), 9));
    sell(QStringLiteral("O2"), kDay, 500); // the order is of the closed day, paid now
    sell(QStringLiteral("O3"), kDay.addDays(1), 700);

    auto stored = m_reports.zReport(kT01, kDay);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value(), z);
    auto x = m_reports.xReport(kT01, kDay);
    ASSERT_TRUE(x.ok());
    test::expectSameFigures(x.value(), z, "closed day recomputed");
}

TEST_F(ZReportTest, UnknownAttemptBlocksTheCloseUntilASupervisorCarriesItOver)
{
    sell(QStringLiteral("O1"), kDay, 1200);
    const QString unknown = leaveOpen(QStringLiteral("O2"), kDay, 450, QStringLiteral("unknown"));

    auto blocked = m_reports.closeDay(kT01, kDay, m_supervisor);
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().code, QStringLiteral("z.unresolved"));
    EXPECT_TRUE(blocked.error().message.contains(unknown)) << blocked.error().message.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM z_reports")).toInt(), 0);

    auto x = m_reports.xReport(kT01, kDay);
    ASSERT_TRUE(x.ok());
    ASSERT_EQ(x->unresolved.size(), 1u);
    EXPECT_EQ(x->unresolved[0].outTradeNo, unknown);
    EXPECT_EQ(x->unresolved[0].state, QStringLiteral("unknown"));
    EXPECT_EQ(x->unresolved[0].amount, Money::fromMinor(450));
    EXPECT_FALSE(x->unresolved[0].carriedOver);

    auto byClerk = m_reports.carryOver(unknown, m_clerk);
    ASSERT_FALSE(byClerk.ok());
    EXPECT_EQ(byClerk.error().code, QStringLiteral("z.not_supervisor"));
    ASSERT_TRUE(m_reports.carryOver(unknown, m_supervisor).ok());

    const DayReport z = close(kDay);
    ASSERT_EQ(z.unresolved.size(), 1u);
    EXPECT_TRUE(z.unresolved[0].carriedOver);
    EXPECT_EQ(z.unresolved[0].carriedOverBy, m_supervisor.code);
    auto stored = m_reports.zReport(kT01, kDay);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->unresolved, z.unresolved);
}

TEST_F(ZReportTest, EveryUnresolvedStateBlocksTheClose)
{
    const QStringList states{QStringLiteral("sent"), QStringLiteral("user_paying"),
                             QStringLiteral("pending_statement")};
    for (int i = 0; i < states.size(); ++i) {
        const QString &state = states.at(i);
        const QDate day = kDay.addDays(i + 1);
        const QString otn = leaveOpen(QStringLiteral("O-") + state, day, 300, state);
        auto blocked = m_reports.closeDay(kT01, day, m_supervisor);
        ASSERT_FALSE(blocked.ok()) << state.toStdString();
        EXPECT_EQ(blocked.error().code, QStringLiteral("z.unresolved"));
        EXPECT_TRUE(blocked.error().message.contains(otn));
    }
    // Failed, closed and never-sent attempts took no money: they do not block.
    leaveOpen(QStringLiteral("O-failed"), kDay, 300, QStringLiteral("failed"));
    leaveOpen(QStringLiteral("O-closed"), kDay, 300, QStringLiteral("closed"));
    leaveOpen(QStringLiteral("O-created"), kDay, 300, QStringLiteral("created"));
    EXPECT_EQ(close(kDay).unresolved.size(), 0u);
}

TEST_F(ZReportTest, CarryOverIsRefusedWhenThereIsNothingToCarry)
{
    const QString paid = sell(QStringLiteral("O1"), kDay, 1200);
    auto settled = m_reports.carryOver(paid, m_supervisor);
    ASSERT_FALSE(settled.ok());
    EXPECT_EQ(settled.error().code, QStringLiteral("z.not_unresolved"));
    auto missing = m_reports.carryOver(QStringLiteral("NO-SUCH"), m_supervisor);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("z.not_found"));

    const QString unknown = leaveOpen(QStringLiteral("O2"), kDay, 450, QStringLiteral("unknown"));
    ASSERT_TRUE(m_reports.carryOver(unknown, m_supervisor).ok());
    auto twice = m_reports.carryOver(unknown, m_supervisor);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, QStringLiteral("z.already_carried_over"));

    close(kDay);
    // An attempt that turns unknown after the close cannot change the closed day.
    const QString late = leaveOpen(QStringLiteral("O3"), kDay, 100, QStringLiteral("unknown"));
    auto afterClose = m_reports.carryOver(late, m_supervisor);
    ASSERT_FALSE(afterClose.ok());
    EXPECT_EQ(afterClose.error().code, QStringLiteral("z.already_closed"));
}

// Head office gets each Z exactly once: the close enqueues one z_report item carrying the stored
// snapshot byte for byte, in the same transaction (no Z without its item, nor the reverse).
TEST_F(ZReportTest, ClosingTheDayEnqueuesItsSnapshotForHeadOfficeOnce)
{
    sell(QStringLiteral("O1"), kDay, 1200);
    const DayReport z = close(kDay);
    const QString key = outbox::zReportKey(kT01, kDay, z.zNumber);
    EXPECT_EQ(key, QStringLiteral("T01/2026-06-10/Z1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'z_report'")).toInt(),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'z_report' AND "
                                    "item_key = ?"),
                     {key})
                  .toString(),
              scalar(QStringLiteral("SELECT report_json FROM z_reports WHERE terminal_id = ? "
                                    "AND business_date = ?"),
                     {kT01, kDay.toString(Qt::ISODate)})
                  .toString());
    EXPECT_EQ(scalar(QStringLiteral("SELECT terminal_id FROM outbox")).toString(), kT01);
    auto state = outbox::OutboxRepository(db()).stateOf(outbox::kZReportKind, key);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->state, outbox::OutboxState::Waiting);

    // A refused second close adds nothing.
    ASSERT_FALSE(m_reports.closeDay(kT01, kDay, m_supervisor).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 1);
}

TEST_F(ZReportTest, AFailedEnqueueLeavesTheDayOpen)
{
    sell(QStringLiteral("O1"), kDay, 1200);
    // Something already sits under the key this close would use: the enqueue fails.
    ASSERT_TRUE(outbox::OutboxRepository(db())
                    .enqueue(outbox::kZReportKind, outbox::zReportKey(kT01, kDay, 1), "{}", kT01)
                    .ok());
    auto closed = m_reports.closeDay(kT01, kDay, m_supervisor);
    ASSERT_FALSE(closed.ok());
    EXPECT_EQ(closed.error().code, QStringLiteral("outbox.duplicate"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM z_reports")).toInt(), 0);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'z.close'")).toInt(),
        0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 1);
    EXPECT_FALSE(m_reports.zReport(kT01, kDay).ok());
}

} // namespace
} // namespace pos
