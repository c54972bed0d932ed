// The print queue and the drawer log on a real SQLite file (migration 4).
#include "TemporaryDatabase.h"

#include "storage/Database.h"
#include "storage/DrawerLog.h"
#include "storage/PrintJobRepository.h"

#include <QDateTime>
#include <QVariant>

#include <gtest/gtest.h>

namespace pos {
namespace {

using storage::DrawerLog;
using storage::PrintJobKind;
using storage::PrintJobRepository;
using storage::PrintJobState;

class PrintJobRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_temp.open().ok()); }
    storage::Database &db() { return m_temp.database(); }

    int count(const QString &sql)
    {
        auto query = db().exec(sql);
        EXPECT_TRUE(query.ok()) << (query ? std::string() : query.error().message.toStdString());
        if (!query || !query->next()) {
            return -1;
        }
        return query->value(0).toInt();
    }

    test::TemporaryDatabase m_temp;
};

TEST_F(PrintJobRepositoryTest, QueuedJobsComeBackOldestFirstWithTheirBytes)
{
    PrintJobRepository jobs(db());
    const QByteArray receipt("\x1b@receipt\n\x1dVB\x04", 15);
    auto first = jobs.enqueue(PrintJobKind::Receipt, QStringLiteral("ORD-1"), receipt,
                              QStringLiteral("preview"));
    auto second = jobs.enqueue(PrintJobKind::Test, QString(), "test\n", QString());
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_LT(*first, *second);

    auto queued = jobs.queued();
    ASSERT_TRUE(queued.ok());
    ASSERT_EQ(queued->size(), 2u);
    EXPECT_EQ(queued->at(0).id, *first);
    EXPECT_EQ(queued->at(0).bytes, receipt) << "bytes survive as a BLOB, NUL and ESC included";
    EXPECT_EQ(queued->at(0).kind, PrintJobKind::Receipt);
    EXPECT_EQ(queued->at(0).orderId, QStringLiteral("ORD-1"));
    EXPECT_EQ(queued->at(0).preview, QStringLiteral("preview"));
    EXPECT_EQ(queued->at(0).state, PrintJobState::Queued);
    EXPECT_EQ(queued->at(0).attempts, 0);
    EXPECT_EQ(queued->at(0).printedAtMs, 0);
    EXPECT_GT(queued->at(0).createdAtMs, 0);
    EXPECT_EQ(queued->at(1).orderId, QString());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM print_jobs WHERE order_id IS NULL")), 1)
        << "no order is stored as NULL";

    auto oldest = jobs.oldestQueued();
    ASSERT_TRUE(oldest.ok() && oldest->has_value());
    EXPECT_EQ((**oldest).id, *first);
    EXPECT_EQ(*jobs.queuedCount(), 2);
}

TEST_F(PrintJobRepositoryTest, FailuresCountAndOnlyQueuedJobsLeaveTheQueue)
{
    PrintJobRepository jobs(db());
    const qint64 id = jobs.enqueue(PrintJobKind::Receipt, QStringLiteral("ORD-2"), "r", {}).value();
    ASSERT_TRUE(jobs.recordFailure(id, QStringLiteral("connection refused")).ok());
    ASSERT_TRUE(jobs.recordFailure(id, QStringLiteral("paper jam")).ok());
    auto job = jobs.find(id);
    ASSERT_TRUE(job.ok());
    EXPECT_EQ(job->attempts, 2);
    EXPECT_EQ(job->lastError, QStringLiteral("paper jam"));
    EXPECT_EQ(job->state, PrintJobState::Queued);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    ASSERT_TRUE(jobs.markPrinted(id).ok());
    job = jobs.find(id);
    EXPECT_EQ(job->state, PrintJobState::Printed);
    EXPECT_GE(job->printedAtMs, before);
    auto again = jobs.markPrinted(id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("print_job.not_queued"));
    EXPECT_FALSE(jobs.abandon(id).ok()) << "a printed job cannot be abandoned";

    const qint64 other = jobs.enqueue(PrintJobKind::Report, {}, "z", {}).value();
    ASSERT_TRUE(jobs.abandon(other).ok());
    EXPECT_EQ(jobs.find(other)->state, PrintJobState::Abandoned);
    EXPECT_EQ(jobs.find(other)->printedAtMs, 0);
    EXPECT_FALSE(jobs.markPrinted(other).ok()) << "an abandoned job is not printed later";
    EXPECT_EQ(*jobs.queuedCount(), 0);
    EXPECT_FALSE(jobs.oldestQueued()->has_value());

    EXPECT_EQ(jobs.find(9999).error().code, QStringLiteral("print_job.not_found"));
    EXPECT_FALSE(jobs.recordFailure(9999, QStringLiteral("x")).ok());
    EXPECT_EQ(jobs.enqueue(PrintJobKind::Receipt, {}, QByteArray(), {}).error().code,
              QStringLiteral("print_job.empty"));
}

TEST_F(PrintJobRepositoryTest, RecentAndLastReceiptForAnOrder)
{
    PrintJobRepository jobs(db());
    const qint64 receipt =
        jobs.enqueue(PrintJobKind::Receipt, QStringLiteral("A"), "1", {}).value();
    jobs.enqueue(PrintJobKind::Drawer, QStringLiteral("A"), "2", {}).value();
    const qint64 copy = jobs.enqueue(PrintJobKind::Copy, QStringLiteral("A"), "3", {}).value();
    jobs.enqueue(PrintJobKind::Receipt, QStringLiteral("B"), "4", {}).value();

    auto recent = jobs.recent(3);
    ASSERT_TRUE(recent.ok());
    ASSERT_EQ(recent->size(), 3u);
    EXPECT_EQ(recent->at(0).orderId, QStringLiteral("B"));
    EXPECT_EQ(recent->at(1).id, copy);

    auto last = jobs.lastReceiptFor(QStringLiteral("A"));
    ASSERT_TRUE(last.ok() && last->has_value());
    EXPECT_EQ((**last).id, copy);
    EXPECT_EQ((**last).kind, PrintJobKind::Copy);
    EXPECT_NE((**last).id, receipt);
    EXPECT_FALSE(jobs.lastReceiptFor(QStringLiteral("none"))->has_value());
}

TEST_F(PrintJobRepositoryTest, SchemaRefusesUnknownKindsAndStates)
{
    EXPECT_FALSE(db().exec(QStringLiteral("INSERT INTO print_jobs (kind, bytes, created_at_ms) "
                                          "VALUES ('fax', x'00', 1)"))
                     .ok());
    EXPECT_FALSE(db().exec(QStringLiteral("INSERT INTO print_jobs (kind, bytes, state, "
                                          "created_at_ms) VALUES ('receipt', x'00', 'lost', 1)"))
                     .ok());
    EXPECT_FALSE(db().exec(QStringLiteral("INSERT INTO print_jobs (kind, bytes, created_at_ms) "
                                          "VALUES ('receipt', NULL, 1)"))
                     .ok());
    EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO print_jobs (kind, bytes, created_at_ms) "
                                         "VALUES ('receipt', x'00', 1)"))
                    .ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM print_jobs WHERE state = 'queued' AND "
                                   "attempts = 0 AND last_error = '' AND preview = ''")),
              1);
    EXPECT_EQ(storage::printJobKindFromName(QStringLiteral("fax")).ok(), false);
    for (PrintJobKind kind : {PrintJobKind::Receipt, PrintJobKind::Copy, PrintJobKind::Drawer,
                              PrintJobKind::Test, PrintJobKind::Qr, PrintJobKind::Report}) {
        EXPECT_EQ(storage::printJobKindFromName(storage::printJobKindName(kind)).value(), kind);
    }
}

TEST_F(PrintJobRepositoryTest, JobsSurviveReopeningTheDatabase)
{
    const qint64 id = PrintJobRepository(db())
                          .enqueue(PrintJobKind::Receipt, QStringLiteral("C"), "r", {})
                          .value();
    m_temp.close();
    storage::Database reopened;
    ASSERT_TRUE(m_temp.openInto(reopened).ok());
    auto queued = PrintJobRepository(reopened).queued();
    ASSERT_TRUE(queued.ok());
    ASSERT_EQ(queued->size(), 1u);
    EXPECT_EQ(queued->front().id, id);
}

TEST_F(PrintJobRepositoryTest, DrawerLogRecordsWhoWhyAndWhenItClosed)
{
    DrawerLog log(db());
    const qint64 since = QDateTime::currentMSecsSinceEpoch();
    auto sale = log.recordOpen(3, QStringLiteral("ORD-9"), QStringLiteral("cash sale"));
    auto noSale = log.recordOpen(0, QString(), QStringLiteral("change for the till"));
    ASSERT_TRUE(sale.ok() && noSale.ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM drawer_events WHERE cashier_id IS NULL "
                                   "AND order_id IS NULL")),
              1);

    auto open = log.openEvent();
    ASSERT_TRUE(open.ok() && open->has_value());
    EXPECT_EQ((**open).id, *noSale) << "the newest event still open";
    EXPECT_TRUE((**open).isNoSale());
    EXPECT_EQ((**open).cashierId, 0);

    ASSERT_TRUE(log.markClosed(*noSale).ok());
    open = log.openEvent();
    ASSERT_TRUE(open->has_value());
    EXPECT_EQ((**open).id, *sale);
    ASSERT_TRUE(log.markClosed(*sale).ok());
    EXPECT_FALSE(log.openEvent()->has_value());

    auto events = log.list(since);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 2u);
    const storage::DrawerEvent &first = events->at(0);
    EXPECT_EQ(first.id, *sale);
    EXPECT_EQ(first.cashierId, 3);
    EXPECT_EQ(first.orderId, QStringLiteral("ORD-9"));
    EXPECT_EQ(first.reason, QStringLiteral("cash sale"));
    EXPECT_FALSE(first.isNoSale());
    EXPECT_TRUE(first.isClosed());
    EXPECT_GE(first.closedAtMs, first.openedAtMs);

    // Closing again keeps the first closing time; unknown events are an error.
    const qint64 closedAt = first.closedAtMs;
    ASSERT_TRUE(log.markClosed(*sale).ok());
    EXPECT_EQ(log.list(since)->at(0).closedAtMs, closedAt);
    EXPECT_EQ(log.markClosed(4242).error().code, QStringLiteral("drawer.not_found"));
    EXPECT_TRUE(log.list(QDateTime::currentMSecsSinceEpoch() + 60000)->empty());
}

} // namespace
} // namespace pos
