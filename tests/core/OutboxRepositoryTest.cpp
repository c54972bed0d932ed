// The outbox table on a real SQLite file: an item exists exactly when the transaction that
// enqueued it commits, what it carries cannot change and it is never deleted, it goes
// waiting → sent (final) or waiting → rejected → (operator) waiting, and items come out in seq
// order.
#include "TemporaryDatabase.h"

#include "outbox/OutboxRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace pos {
namespace {

using outbox::OutboxRepository;
using outbox::OutboxState;

const QString kKind = QStringLiteral("z_report");
const QString kT01 = QStringLiteral("T01");

std::string text(const Error &error)
{
    return (error.code + QStringLiteral(": ") + error.message).toStdString();
}

class OutboxRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Status opened = m_temp.open();
        ASSERT_TRUE(opened.ok()) << text(opened.error());
    }

    storage::Database &db() { return m_temp.database(); }

    qint64 enqueue(const QString &key, const QByteArray &payload = QByteArrayLiteral("{\"a\":1}"))
    {
        auto seq = m_outbox.enqueue(kKind, key, payload, kT01, 1000);
        EXPECT_TRUE(seq.ok()) << (seq ? std::string() : text(seq.error()));
        return seq ? seq.value() : 0;
    }

    qint64 rows()
    {
        auto query = db().exec(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }

    test::TemporaryDatabase m_temp;
    OutboxRepository m_outbox{m_temp.database()};
};

TEST_F(OutboxRepositoryTest, EnqueuedItemIsStoredWaitingAndDue)
{
    const qint64 seq = enqueue(QStringLiteral("T01/2026-06-10/Z1"), "{\"z\":1,\"t\":\"中文\"}");
    ASSERT_GT(seq, 0);
    auto next = m_outbox.nextWaiting();
    ASSERT_TRUE(next.ok());
    ASSERT_TRUE(next->has_value());
    const outbox::OutboxItem &item = next->value();
    EXPECT_EQ(item.seq, seq);
    EXPECT_EQ(item.terminalId, kT01);
    EXPECT_EQ(item.kind, kKind);
    EXPECT_EQ(item.key, QStringLiteral("T01/2026-06-10/Z1"));
    EXPECT_EQ(item.payload, QByteArray("{\"z\":1,\"t\":\"中文\"}"));
    EXPECT_EQ(item.createdAtMs, 1000);
    EXPECT_EQ(item.attempts, 0);
    EXPECT_EQ(item.nextTryAtMs, 0);
    EXPECT_EQ(item.state(), OutboxState::Waiting);
    auto state = m_outbox.stateOf(kKind, item.key);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->state, OutboxState::Waiting);
    EXPECT_EQ(state->seq, seq);
    EXPECT_EQ(m_outbox.stateOf(kKind, QStringLiteral("other"))->state, OutboxState::None);
    EXPECT_EQ(m_outbox.counts().value(), (outbox::OutboxCounts{1, 0, 0}));
}

TEST_F(OutboxRepositoryTest, EnqueueInsideARolledBackTransactionLeavesNothing)
{
    {
        storage::Transaction transaction(db());
        ASSERT_TRUE(transaction.started().ok());
        ASSERT_TRUE(m_outbox.enqueue(kKind, QStringLiteral("k1"), "{}", kT01).ok());
        EXPECT_EQ(rows(), 1); // visible inside the transaction …
    }
    EXPECT_EQ(rows(), 0); // … gone with it
    EXPECT_FALSE(m_outbox.nextWaiting()->has_value());
    {
        storage::Transaction transaction(db());
        ASSERT_TRUE(m_outbox.enqueue(kKind, QStringLiteral("k1"), "{}", kT01).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(rows(), 1);
}

TEST_F(OutboxRepositoryTest, BadOrDuplicateItemsAreRefused)
{
    enqueue(QStringLiteral("k1"));
    auto duplicate = m_outbox.enqueue(kKind, QStringLiteral("k1"), "{\"b\":2}", kT01);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, QStringLiteral("outbox.duplicate"));
    // The same key under another kind is another item.
    EXPECT_TRUE(
        m_outbox.enqueue(QStringLiteral("shift_close"), QStringLiteral("k1"), "{}", kT01).ok());
    for (const QByteArray &payload :
         {QByteArray("not json"), QByteArray("[1,2]"), QByteArray(""), QByteArray("{\"a\":")}) {
        auto bad = m_outbox.enqueue(kKind, QStringLiteral("k2"), payload, kT01);
        ASSERT_FALSE(bad.ok()) << payload.constData();
        EXPECT_EQ(bad.error().code, QStringLiteral("outbox.bad_item"));
    }
    EXPECT_EQ(m_outbox.enqueue(kKind, QString(), "{}", kT01).error().code,
              QStringLiteral("outbox.bad_item"));
    EXPECT_EQ(m_outbox.enqueue(kKind, QStringLiteral("k3"), "{}", QStringLiteral(" ")).error().code,
              QStringLiteral("outbox.bad_item"));
    // The database refuses a payload that is not JSON by itself too.
    EXPECT_FALSE(db().exec(QStringLiteral("INSERT INTO outbox (terminal_id, kind, item_key, "
                                          "payload, created_at_ms) VALUES ('T01', 'x', 'y', "
                                          "'{oops', 0)"))
                     .ok());
    EXPECT_EQ(rows(), 2);
}

TEST_F(OutboxRepositoryTest, WhatAnItemCarriesCannotChangeAndItemsAreNeverDeleted)
{
    const qint64 seq = enqueue(QStringLiteral("k1"));
    const auto refused = [&](const QString &sql, const char *why) {
        auto result = db().exec(sql, {seq});
        ASSERT_FALSE(result.ok()) << sql.toStdString();
        EXPECT_TRUE(result.error().message.contains(QLatin1String(why)))
            << result.error().message.toStdString();
    };
    const char *carried = "cannot change";
    refused(QStringLiteral("UPDATE outbox SET payload = '{\"a\":2}' WHERE seq = ?"), carried);
    refused(QStringLiteral("UPDATE outbox SET item_key = 'k9' WHERE seq = ?"), carried);
    refused(QStringLiteral("UPDATE outbox SET kind = 'other' WHERE seq = ?"), carried);
    refused(QStringLiteral("UPDATE outbox SET terminal_id = 'T02' WHERE seq = ?"), carried);
    refused(QStringLiteral("UPDATE outbox SET seq = 99 WHERE seq = ?"), carried);
    refused(QStringLiteral("UPDATE outbox SET created_at_ms = 5 WHERE seq = ?"), carried);
    refused(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), "never deleted");
    // The delivery columns do move; once sent, nothing does.
    ASSERT_TRUE(m_outbox.markFailed(seq, QStringLiteral("HTTP 503"), 5000).ok());
    ASSERT_TRUE(m_outbox.markSent(seq, 6000).ok());
    refused(QStringLiteral("UPDATE outbox SET sent_at_ms = NULL WHERE seq = ?"), "sent");
    refused(QStringLiteral("UPDATE outbox SET attempts = 0 WHERE seq = ?"), "sent");
    refused(QStringLiteral("DELETE FROM outbox WHERE seq >= ?"), "never deleted");
    auto item = m_outbox.find(seq);
    ASSERT_TRUE(item.ok() && item->has_value());
    EXPECT_EQ((*item)->payload, QByteArray("{\"a\":1}"));
    EXPECT_EQ((*item)->sentAtMs, 6000);
}

TEST_F(OutboxRepositoryTest, FailuresCountAttemptsAndSentIsFinal)
{
    const qint64 seq = enqueue(QStringLiteral("k1"));
    ASSERT_TRUE(m_outbox.markFailed(seq, QStringLiteral("connection refused"), 2000).ok());
    ASSERT_TRUE(m_outbox.markFailed(seq, QStringLiteral("HTTP 500"), 4000).ok());
    auto item = m_outbox.find(seq);
    EXPECT_EQ((*item)->attempts, 2);
    EXPECT_EQ((*item)->nextTryAtMs, 4000);
    EXPECT_EQ((*item)->lastError, QStringLiteral("HTTP 500"));
    EXPECT_EQ(m_outbox.stateOf(kKind, QStringLiteral("k1"))->lastError, QStringLiteral("HTTP 500"));

    ASSERT_TRUE(m_outbox.makeAllDue().ok());
    EXPECT_EQ((*m_outbox.find(seq))->nextTryAtMs, 0);

    ASSERT_TRUE(m_outbox.markSent(seq, 5000).ok());
    auto sent = m_outbox.stateOf(kKind, QStringLiteral("k1"));
    EXPECT_EQ(sent->state, OutboxState::Sent);
    EXPECT_EQ(sent->attempts, 3);
    EXPECT_TRUE(sent->lastError.isEmpty());
    for (const Status &again : {m_outbox.markSent(seq, 6000), m_outbox.markFailed(seq, {}, 0),
                                m_outbox.markRejected(seq, QStringLiteral("x"), 0)}) {
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().code, QStringLiteral("outbox.not_waiting"));
    }
    EXPECT_EQ(m_outbox.retryRejected(seq).error().code, QStringLiteral("outbox.not_rejected"));
    EXPECT_FALSE(m_outbox.nextWaiting()->has_value());
    EXPECT_EQ(m_outbox.counts().value(), (outbox::OutboxCounts{0, 0, 1}));
}

TEST_F(OutboxRepositoryTest, RejectedItemWaitsForAnOperatorAndDoesNotBlockTheQueue)
{
    const qint64 first = enqueue(QStringLiteral("k1"));
    const qint64 second = enqueue(QStringLiteral("k2"));
    ASSERT_TRUE(m_outbox.markRejected(first, QStringLiteral("HTTP 400: bad payload"), 3000).ok());
    auto state = m_outbox.stateOf(kKind, QStringLiteral("k1"));
    EXPECT_EQ(state->state, OutboxState::Rejected);
    EXPECT_EQ(state->lastError, QStringLiteral("HTTP 400: bad payload"));
    EXPECT_EQ(m_outbox.nextWaiting()->value().seq, second);
    EXPECT_EQ(m_outbox.counts().value(), (outbox::OutboxCounts{1, 1, 0}));
    auto unsent = m_outbox.unsent();
    ASSERT_EQ(unsent->size(), 2u);
    EXPECT_EQ(unsent->at(0).state(), OutboxState::Rejected);

    ASSERT_TRUE(m_outbox.retryRejected(first).ok());
    EXPECT_EQ(m_outbox.nextWaiting()->value().seq, first);
    EXPECT_EQ(m_outbox.stateOf(kKind, QStringLiteral("k1"))->state, OutboxState::Waiting);
    EXPECT_EQ(m_outbox.counts().value(), (outbox::OutboxCounts{2, 0, 0}));
    EXPECT_EQ(m_outbox.retryRejected(first).error().code, QStringLiteral("outbox.not_rejected"));
    EXPECT_EQ(m_outbox.retryRejected(999).error().code, QStringLiteral("outbox.not_found"));
}

TEST_F(OutboxRepositoryTest, ItemsComeOutInSeqOrder)
{
    std::vector<qint64> seqs;
    for (int i = 0; i < 5; ++i) {
        seqs.push_back(enqueue(QStringLiteral("k%1").arg(i)));
    }
    EXPECT_TRUE(std::is_sorted(seqs.begin(), seqs.end()));
    std::vector<qint64> order;
    while (true) {
        auto next = m_outbox.nextWaiting();
        ASSERT_TRUE(next.ok());
        if (!next->has_value()) {
            break;
        }
        order.push_back((*next)->seq);
        ASSERT_TRUE(m_outbox.markSent((*next)->seq, 1).ok());
    }
    EXPECT_EQ(order, seqs);
    // A failed item stays first in line: later items wait behind it.
    const qint64 late = enqueue(QStringLiteral("k-late"));
    enqueue(QStringLiteral("k-later"));
    ASSERT_TRUE(m_outbox.markFailed(late, QStringLiteral("down"), 99999).ok());
    EXPECT_EQ(m_outbox.nextWaiting()->value().seq, late);
}

TEST_F(OutboxRepositoryTest, StateSurvivesReopeningTheDatabase)
{
    const qint64 seq = enqueue(QStringLiteral("k1"));
    ASSERT_TRUE(m_outbox.markFailed(seq, QStringLiteral("timeout"), 777).ok());
    m_temp.close();
    ASSERT_TRUE(m_temp.open().ok());
    auto item = OutboxRepository(db()).find(seq);
    ASSERT_TRUE(item.ok() && item->has_value());
    EXPECT_EQ((*item)->attempts, 1);
    EXPECT_EQ((*item)->nextTryAtMs, 777);
    EXPECT_EQ((*item)->lastError, QStringLiteral("timeout"));
}

} // namespace
} // namespace pos
