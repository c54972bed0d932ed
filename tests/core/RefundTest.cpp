// Refund: the state machine of core/domain/Refund.h (every pair of states), names, and the
// RefundRepository on a real SQLite file: the cumulative cap enforced by the database itself
// (trigger refunds_within_paid), also against a second connection, failed refunds freeing the
// cap, and one out_request_no per refund.
#include "CorePrinters.h"
#include "TemporaryDatabase.h"

#include "domain/Refund.h"
#include "storage/AttemptRepository.h"
#include "storage/OrderRepository.h"
#include "storage/RefundRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <set>
#include <tuple>
#include <utility>

namespace pos {
namespace {

using S = RefundState;

const std::vector<RefundState> kAllStates{S::Sent,   S::Processing, S::Unknown,   S::Succeeded,
                                          S::Failed, S::ByHand,     S::ByHandDone};

// The table documented in Refund.h, written out independently of the implementation.
const std::set<std::pair<RefundState, RefundState>> kDocumentedTransitions{
    {S::Sent, S::Succeeded},       {S::Sent, S::Failed},       {S::Sent, S::Processing},
    {S::Sent, S::Unknown},

    {S::Processing, S::Succeeded}, {S::Processing, S::Failed}, {S::Processing, S::Unknown},

    {S::Unknown, S::Succeeded},    {S::Unknown, S::Failed},    {S::Unknown, S::Processing},

    {S::ByHand, S::ByHandDone},
};

std::string label(RefundState state)
{
    switch (state) {
    case S::Sent:
        return "Sent";
    case S::Processing:
        return "Processing";
    case S::Unknown:
        return "Unknown";
    case S::Succeeded:
        return "Succeeded";
    case S::Failed:
        return "Failed";
    case S::ByHand:
        return "ByHand";
    case S::ByHandDone:
        return "ByHandDone";
    }
    return "Invalid";
}

Refund refundIn(RefundState state)
{
    Refund refund;
    refund.outRequestNo = QStringLiteral("T01202601010001A1R1");
    refund.outTradeNo = QStringLiteral("T01202601010001A1");
    refund.channel = QStringLiteral("alipay");
    refund.amount = Money::fromMinor(300);
    refund.state = state;
    refund.lastReason = QStringLiteral("before");
    refund.updatedAt = QDateTime(QDate(2000, 1, 1), QTime(12, 0), Qt::UTC);
    return refund;
}

class RefundTransitionTest : public ::testing::TestWithParam<std::tuple<RefundState, RefundState>>
{
};

TEST_P(RefundTransitionTest, FollowsTheDocumentedTable)
{
    const auto [from, to] = GetParam();
    Refund refund = refundIn(from);
    const QDateTime before = refund.updatedAt;
    const bool documented = kDocumentedTransitions.count({from, to}) == 1;

    EXPECT_EQ(isRefundTransitionAllowed(from, to), documented);
    const Status moved = refund.transitionTo(to, QStringLiteral("after"));
    if (documented) {
        ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
        EXPECT_EQ(refund.state, to);
        EXPECT_EQ(refund.lastReason, QStringLiteral("after"));
        EXPECT_GT(refund.updatedAt, before);
    } else {
        ASSERT_FALSE(moved.ok());
        EXPECT_EQ(moved.error().code, QStringLiteral("refund.illegal_transition"));
        EXPECT_TRUE(moved.error().message.contains(refund.outRequestNo));
        EXPECT_EQ(refund.state, from);
        EXPECT_EQ(refund.lastReason, QStringLiteral("before"));
        EXPECT_EQ(refund.updatedAt, before);
    }
}

INSTANTIATE_TEST_SUITE_P(
    AllPairs, RefundTransitionTest,
    ::testing::Combine(::testing::ValuesIn(kAllStates), ::testing::ValuesIn(kAllStates)),
    [](const ::testing::TestParamInfo<std::tuple<RefundState, RefundState>> &paramInfo) {
        return label(std::get<0>(paramInfo.param)) + "To" + label(std::get<1>(paramInfo.param));
    });

TEST(RefundStateTest, TheDocumentedTableHasElevenTransitions)
{
    int allowed = 0;
    for (RefundState from : kAllStates) {
        for (RefundState to : kAllStates) {
            allowed += isRefundTransitionAllowed(from, to) ? 1 : 0;
        }
    }
    EXPECT_EQ(allowed, 11);
}

TEST(RefundStateTest, SucceededFailedAndByHandDoneAreFinal)
{
    for (RefundState state : kAllStates) {
        const bool expected = state == S::Succeeded || state == S::Failed || state == S::ByHandDone;
        EXPECT_EQ(isFinal(state), expected) << label(state);
    }
}

TEST(RefundStateTest, StateNamesRoundTrip)
{
    std::set<QString> names;
    for (RefundState state : kAllStates) {
        const QString name = refundStateName(state);
        EXPECT_FALSE(name.isEmpty());
        names.insert(name);
        const auto back = refundStateFromName(name);
        ASSERT_TRUE(back.ok()) << name.toStdString();
        EXPECT_EQ(back.value(), state);
    }
    EXPECT_EQ(names.size(), kAllStates.size());
    // The database trigger and listUnresolved() spell these names out.
    EXPECT_EQ(refundStateName(S::Failed), QStringLiteral("failed"));
    EXPECT_EQ(refundStateName(S::ByHand), QStringLiteral("by_hand"));
    for (const QString &name :
         {QStringLiteral("refunded"), QStringLiteral(""), QStringLiteral("Failed")}) {
        const auto parsed = refundStateFromName(name);
        ASSERT_FALSE(parsed.ok()) << name.toStdString();
        EXPECT_EQ(parsed.error().code, QStringLiteral("enum.unknown"));
    }
}

TEST(RefundStateTest, KindNamesRoundTrip)
{
    for (RefundKind kind : {RefundKind::Requested, RefundKind::Automatic}) {
        const auto back = refundKindFromName(refundKindName(kind));
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(back.value(), kind);
    }
    EXPECT_EQ(refundKindName(RefundKind::Automatic), QStringLiteral("automatic"));
    EXPECT_FALSE(refundKindFromName(QStringLiteral("manual")).ok());
}

TEST(RefundStateTest, TransitionWithoutReasonKeepsTheLastReason)
{
    Refund refund = refundIn(S::Sent);
    ASSERT_TRUE(refund.transitionTo(S::Unknown).ok());
    EXPECT_EQ(refund.lastReason, QStringLiteral("before"));
}

// ---- RefundRepository ------------------------------------------------------------------------

class RefundRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_temp.open().ok());
        Order order(QStringLiteral("T01-20261125-0001"));
        ASSERT_TRUE(order
                        .addProduct(Product{QStringLiteral("D002"), QStringLiteral("4006381333931"),
                                            QStringLiteral("可口可乐"), QStringLiteral("Cola"),
                                            Money::fromMinor(1000), SaleUnit::Piece},
                                    1)
                        .ok());
        ASSERT_TRUE(storage::OrderRepository(db())
                        .save(order, {QStringLiteral("T01"), 0, QDate(2026, 11, 25)})
                        .ok());
        m_paid = storedAttempt(QStringLiteral("T0120261125A1"), AttemptState::Succeeded);
    }

    storage::Database &db() { return m_temp.database(); }

    PaymentAttempt storedAttempt(const QString &outTradeNo, AttemptState state)
    {
        PaymentAttempt attempt;
        attempt.orderId = QStringLiteral("T01-20261125-0001");
        attempt.outTradeNo = outTradeNo;
        attempt.channel = QStringLiteral("alipay");
        attempt.method = PaymentMethod::PaymentCode;
        attempt.amount = Money::fromMinor(1000);
        attempt.state = state;
        EXPECT_TRUE(storage::AttemptRepository(db()).insert(attempt).ok());
        return attempt;
    }

    Refund refundOf(const PaymentAttempt &attempt, int number, qint64 fen,
                    RefundState state = RefundState::Sent)
    {
        Refund refund;
        refund.outRequestNo = QStringLiteral("%1R%2").arg(attempt.outTradeNo).arg(number);
        refund.attemptId = attempt.id;
        refund.orderId = attempt.orderId;
        refund.outTradeNo = attempt.outTradeNo;
        refund.channel = attempt.channel;
        refund.amount = Money::fromMinor(fen);
        refund.state = state;
        refund.reason = QStringLiteral("退货");
        refund.requestedBy = QStringLiteral("1001");
        refund.approvedBy = QStringLiteral("2001");
        return refund;
    }

    Money committed(storage::RefundRepository &refunds)
    {
        return refunds.committedFor(m_paid.id, QStringLiteral("CNY")).value();
    }

    test::TemporaryDatabase m_temp;
    PaymentAttempt m_paid;
};

TEST_F(RefundRepositoryTest, RefundIsStoredWithAnEventAndReadBack)
{
    storage::RefundRepository refunds(db());
    Refund refund = refundOf(m_paid, 1, 300);
    ASSERT_TRUE(refunds.insert(refund).ok());
    EXPECT_GT(refund.id, 0);
    const auto back = refunds.findByOutRequestNo(refund.outRequestNo);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->amount, Money::fromMinor(300));
    EXPECT_EQ(back->state, RefundState::Sent);
    EXPECT_EQ(back->kind, RefundKind::Requested);
    EXPECT_EQ(back->approvedBy, QStringLiteral("2001"));
    EXPECT_EQ(back->attemptId, m_paid.id);
    auto events = db().exec(QStringLiteral("SELECT from_state, to_state FROM refund_events"));
    ASSERT_TRUE(events.ok());
    ASSERT_TRUE(events->next());
    EXPECT_EQ(events->value(0).toString(), QStringLiteral("created"));
    EXPECT_EQ(events->value(1).toString(), QStringLiteral("sent"));
    EXPECT_EQ(refunds.findByOutRequestNo(QStringLiteral("NONE")).error().code,
              QStringLiteral("refund.not_found"));
}

TEST_F(RefundRepositoryTest, TheDatabaseRefusesRefundsOverWhatWasPaid)
{
    storage::RefundRepository refunds(db());
    Refund first = refundOf(m_paid, 1, 600);
    ASSERT_TRUE(refunds.insert(first).ok());
    Refund over = refundOf(m_paid, 2, 401);
    const Status refused = refunds.insert(over);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("refund.over_cap"));
    EXPECT_EQ(committed(refunds), Money::fromMinor(600));
    Refund rest = refundOf(m_paid, 3, 400);
    ASSERT_TRUE(refunds.insert(rest).ok()) << "exactly what is left is allowed";
    EXPECT_EQ(committed(refunds), Money::fromMinor(1000));
    Refund oneFen = refundOf(m_paid, 4, 1);
    EXPECT_EQ(refunds.insert(oneFen).error().code, QStringLiteral("refund.over_cap"));
    // The refused inserts left nothing behind: no row, no event.
    EXPECT_EQ(refunds.listForAttempt(m_paid.id)->size(), 2u);
    auto events = db().exec(QStringLiteral("SELECT COUNT(*) FROM refund_events"));
    ASSERT_TRUE(events.ok() && events->next());
    EXPECT_EQ(events->value(0).toInt(), 2);
}

TEST_F(RefundRepositoryTest, TheCapHoldsForRawSqlFromASecondConnection)
{
    storage::RefundRepository refunds(db());
    Refund first = refundOf(m_paid, 1, 700);
    ASSERT_TRUE(refunds.insert(first).ok());

    // Another process (or a careless path) writing straight into the same file.
    storage::Database other;
    ASSERT_TRUE(m_temp.openInto(other).ok());
    storage::RefundRepository fromOther(other);
    Refund second = refundOf(m_paid, 2, 301);
    EXPECT_EQ(fromOther.insert(second).error().code, QStringLiteral("refund.over_cap"));
    auto raw = other.exec(
        QStringLiteral("INSERT INTO refunds (out_request_no, attempt_id, order_id, out_trade_no, "
                       "channel, amount_minor, currency, state, kind, reason, requested_by, "
                       "approved_by, created_at_ms, updated_at_ms) VALUES ('RAW1', ?, ?, ?, "
                       "'alipay', 301, 'CNY', 'succeeded', 'requested', 'x', 'x', 'x', 0, 0)"),
        {m_paid.id, m_paid.orderId, m_paid.outTradeNo});
    ASSERT_FALSE(raw.ok());
    EXPECT_TRUE(raw.error().message.contains(QStringLiteral("refund exceeds what was paid")))
        << raw.error().message.toStdString();
    Refund fits = refundOf(m_paid, 3, 300);
    EXPECT_TRUE(fromOther.insert(fits).ok());
    EXPECT_EQ(committed(refunds), Money::fromMinor(1000)) << "seen from the first connection";
    other.close();
}

TEST_F(RefundRepositoryTest, FailedRefundsFreeTheCapAndEveryOtherStateHoldsIt)
{
    storage::RefundRepository refunds(db());
    Refund failing = refundOf(m_paid, 1, 1000);
    ASSERT_TRUE(refunds.insert(failing).ok());
    EXPECT_EQ(committed(refunds), Money::fromMinor(1000));
    Refund blocked = refundOf(m_paid, 2, 1000);
    EXPECT_FALSE(refunds.insert(blocked).ok()) << "a refund under way holds the cap";

    ASSERT_TRUE(failing.transitionTo(RefundState::Failed, QStringLiteral("refused")).ok());
    ASSERT_TRUE(refunds.saveTransition(failing, RefundState::Sent).ok());
    EXPECT_EQ(committed(refunds), Money::fromMinor(0));
    Refund again = refundOf(m_paid, 2, 1000);
    ASSERT_TRUE(refunds.insert(again).ok()) << "a failed refund moved no money";

    // Processing, Unknown and ByHand all count: money that may be on its way back.
    for (RefundState held : {RefundState::Processing, RefundState::Unknown}) {
        Refund moving = refunds.findByOutRequestNo(again.outRequestNo).value();
        const RefundState from = moving.state;
        ASSERT_TRUE(moving.transitionTo(held).ok());
        ASSERT_TRUE(refunds.saveTransition(moving, from).ok());
        EXPECT_EQ(committed(refunds), Money::fromMinor(1000)) << label(held);
    }
}

TEST_F(RefundRepositoryTest, ByHandAndCashRefundsCountAgainstTheCap)
{
    storage::RefundRepository refunds(db());
    Refund byHand = refundOf(m_paid, 1, 500, RefundState::ByHand);
    ASSERT_TRUE(refunds.insert(byHand).ok());
    Refund done = refundOf(m_paid, 2, 500, RefundState::Succeeded);
    ASSERT_TRUE(refunds.insert(done).ok());
    Refund more = refundOf(m_paid, 3, 1);
    EXPECT_EQ(refunds.insert(more).error().code, QStringLiteral("refund.over_cap"));
    EXPECT_EQ(refunds.listByHandOpen()->size(), 1u);
    EXPECT_TRUE(refunds.listUnresolved()->empty());
}

TEST_F(RefundRepositoryTest, OnlyASucceededPaymentCanBeRefunded)
{
    storage::RefundRepository refunds(db());
    for (AttemptState state :
         {AttemptState::UserPaying, AttemptState::Reversed, AttemptState::Closed}) {
        const PaymentAttempt attempt =
            storedAttempt(QStringLiteral("T0120261125X%1").arg(int(state)), state);
        Refund refund = refundOf(attempt, 1, 100);
        EXPECT_EQ(refunds.insert(refund).error().code, QStringLiteral("refund.over_cap"))
            << attemptStateName(state).toStdString();
    }
}

TEST_F(RefundRepositoryTest, OutRequestNoIsUnique)
{
    storage::RefundRepository refunds(db());
    Refund first = refundOf(m_paid, 1, 100);
    ASSERT_TRUE(refunds.insert(first).ok());
    Refund again = refundOf(m_paid, 1, 100);
    const Status refused = refunds.insert(again);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().code, QStringLiteral("refund.over_cap"));
    EXPECT_EQ(refunds.listForAttempt(m_paid.id)->size(), 1u);
    EXPECT_EQ(refunds.countFor(m_paid.id).value(), 1);
}

TEST_F(RefundRepositoryTest, StaleTransitionIsRefused)
{
    storage::RefundRepository refunds(db());
    Refund refund = refundOf(m_paid, 1, 100);
    ASSERT_TRUE(refunds.insert(refund).ok());
    Refund first = refund;
    ASSERT_TRUE(first.transitionTo(RefundState::Succeeded).ok());
    ASSERT_TRUE(refunds.saveTransition(first, RefundState::Sent).ok());
    Refund second = refund;
    ASSERT_TRUE(second.transitionTo(RefundState::Failed).ok());
    EXPECT_EQ(refunds.saveTransition(second, RefundState::Sent).error().code,
              QStringLiteral("refund.stale"));
    EXPECT_EQ(refunds.findByOutRequestNo(refund.outRequestNo)->state, RefundState::Succeeded);
}

TEST_F(RefundRepositoryTest, MoneyToReturnIsListedUntilRefundsCoverIt)
{
    storage::AttemptRepository attempts(db());
    storage::RefundRepository refunds(db());
    EXPECT_TRUE(attempts.listToReturn()->empty()) << "paid and kept: nothing to return";
    ASSERT_TRUE(attempts.markCancelRequested(m_paid.outTradeNo).ok());
    ASSERT_EQ(attempts.listToReturn()->size(), 1u);
    EXPECT_TRUE(attempts.listToReturn()->front().cancelRequested);
    Refund part = refundOf(m_paid, 1, 400);
    ASSERT_TRUE(refunds.insert(part).ok());
    EXPECT_EQ(attempts.listToReturn()->size(), 1u) << "only part is on its way back";
    Refund rest = refundOf(m_paid, 2, 600);
    ASSERT_TRUE(refunds.insert(rest).ok());
    EXPECT_TRUE(attempts.listToReturn()->empty());
    ASSERT_TRUE(rest.transitionTo(RefundState::Failed).ok());
    ASSERT_TRUE(refunds.saveTransition(rest, RefundState::Sent).ok());
    EXPECT_EQ(attempts.listToReturn()->size(), 1u) << "a failed refund returns nothing";
}

} // namespace
} // namespace pos
