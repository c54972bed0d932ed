// RefundService with scripted channels (invariant 5): the second confirmation's numbers,
// supervisor approval, the reason, the cumulative cap, a preview gone stale, cash and by-hand
// refunds, processing refunds polled by refund query, uncertain refunds retried with the SAME
// out_request_no, refused refunds freeing the cap, and recovery after a restart.
#include "CorePrinters.h"
#include "PaymentTestBed.h"

#include <gtest/gtest.h>

namespace pos {
namespace {

using channels::ChannelResult;
using payments::RefundPreview;
using test::waitUntil;

Money fen(qint64 minor)
{
    return Money::fromMinor(minor);
}

ChannelResult refunded()
{
    ChannelResult result = ChannelResult::success(QStringLiteral("CH-REFUND-1"));
    return result;
}

class RefundServiceTest : public test::PaymentTestBed
{
protected:
    // An order of 10.00 paid in full on the scripted Alipay by code; returns the attempt.
    PaymentAttempt paidByCode()
    {
        alipay().payScript.then(ChannelResult::success(QStringLiteral("ALI-1"), fen(1000)));
        const QString order = checkedOutOrder();
        auto started = payments().payByCode(order, fen(1000), QStringLiteral("280000000000001234"));
        EXPECT_TRUE(started.ok());
        EXPECT_TRUE(
            waitUntil([&] { return stateOf(started->outTradeNo) == AttemptState::Succeeded; }));
        return attempt(started->outTradeNo);
    }

    PaymentAttempt paidByCash()
    {
        const QString order = checkedOutOrder();
        auto paid = payments().payCash(order, fen(1000));
        EXPECT_TRUE(paid.ok());
        return paid.value();
    }

    Result<Refund> approved(const QString &outTradeNo, const Money &amount)
    {
        auto shown = refunds().preview(outTradeNo, amount);
        if (!shown) {
            return shown.error();
        }
        return refunds().refund(shown.value(), QStringLiteral("退货 returned goods"), cashier(),
                                supervisor());
    }

    RefundState waitForRefund(const QString &outRequestNo, RefundState state, int timeoutMs = 3000)
    {
        waitUntil([&] { return refundNo(outRequestNo).state == state; }, timeoutMs);
        return refundNo(outRequestNo).state;
    }
};

TEST_F(RefundServiceTest, PreviewShowsPaidAlreadyRefundedThisAndRemaining)
{
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.fallback = refunded();
    auto first = refunds().preview(paid.outTradeNo, fen(300));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->orderId, paid.orderId);
    EXPECT_EQ(first->outTradeNo, paid.outTradeNo);
    EXPECT_EQ(first->channel, QStringLiteral("alipay"));
    EXPECT_EQ(first->paid, fen(1000));
    EXPECT_EQ(first->alreadyRefunded, fen(0));
    EXPECT_EQ(first->thisRefund, fen(300));
    EXPECT_EQ(first->remainingAfter, fen(700));
    EXPECT_FALSE(first->byHand);
    ASSERT_TRUE(
        refunds().refund(first.value(), QStringLiteral("broken"), cashier(), supervisor()).ok());

    auto second = refunds().preview(paid.outTradeNo, fen(200));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->alreadyRefunded, fen(300));
    EXPECT_EQ(second->thisRefund, fen(200));
    EXPECT_EQ(second->remainingAfter, fen(500));
}

TEST_F(RefundServiceTest, PreviewRefusesNothingOverTheCapAndUnpaidPayments)
{
    const PaymentAttempt paid = paidByCode();
    EXPECT_EQ(refunds().preview(paid.outTradeNo, fen(1001)).error().code,
              QStringLiteral("refund.over_cap"));
    EXPECT_EQ(refunds().preview(paid.outTradeNo, fen(0)).error().code,
              QStringLiteral("refund.bad_amount"));
    EXPECT_EQ(refunds()
                  .preview(paid.outTradeNo, Money::fromMinor(100, QStringLiteral("USD")))
                  .error()
                  .code,
              QStringLiteral("refund.bad_amount"));
    EXPECT_FALSE(refunds().preview(QStringLiteral("NO_SUCH"), fen(1)).ok());

    alipay().payScript.then(ChannelResult::failed(QStringLiteral("no balance")));
    const QString order = checkedOutOrder();
    auto failed = payments().payByCode(order, fen(1000), QStringLiteral("280000000000000001"));
    ASSERT_TRUE(waitUntil([&] { return stateOf(failed->outTradeNo) == AttemptState::Failed; }));
    EXPECT_EQ(refunds().preview(failed->outTradeNo, fen(100)).error().code,
              QStringLiteral("refund.not_paid"));
}

TEST_F(RefundServiceTest, RefundNeedsASupervisorAndAReason)
{
    const PaymentAttempt paid = paidByCode();
    auto shown = refunds().preview(paid.outTradeNo, fen(100));
    ASSERT_TRUE(shown.ok());

    auto byCashier = refunds().refund(shown.value(), QStringLiteral("x"), cashier(), cashier());
    EXPECT_EQ(byCashier.error().code, QStringLiteral("refund.not_approved"));
    Cashier nobody = supervisor();
    nobody.id = 0; // not authenticated
    EXPECT_EQ(refunds().refund(shown.value(), QStringLiteral("x"), cashier(), nobody).error().code,
              QStringLiteral("refund.not_approved"));
    Cashier locked = supervisor();
    locked.locked = true;
    EXPECT_EQ(refunds().refund(shown.value(), QStringLiteral("x"), cashier(), locked).error().code,
              QStringLiteral("refund.not_approved"));
    EXPECT_EQ(
        refunds().refund(shown.value(), QStringLiteral("  "), cashier(), supervisor()).error().code,
        QStringLiteral("refund.no_reason"));
    EXPECT_TRUE(refundsOf(paid.orderId).empty());
    EXPECT_TRUE(alipay().refundRequests.empty());
    EXPECT_EQ(audits("refund.approved"), 0);

    Cashier admin = supervisor();
    admin.role = Role::Admin;
    alipay().refundScript.fallback = refunded();
    auto done = refunds().refund(shown.value(), QStringLiteral("damaged"), cashier(), admin);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->approvedBy, admin.code);
    EXPECT_EQ(done->requestedBy, QStringLiteral("1001"));
    EXPECT_EQ(done->kind, RefundKind::Requested);
}

TEST_F(RefundServiceTest, ApprovalIsAuditedAndTheRefundIsWrittenBeforeItLeaves)
{
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.fallback = refunded();
    alipay().refundScript.delayMs = 50;
    auto done = approved(paid.outTradeNo, fen(400));
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    // The request is out, the answer not yet in: the refund is already durable.
    ASSERT_EQ(alipay().refundRequests.size(), 1u);
    EXPECT_EQ(refundNo(done->outRequestNo).state, RefundState::Sent);
    EXPECT_EQ(alipay().refundRequests[0].outRequestNo, done->outRequestNo);
    EXPECT_EQ(alipay().refundRequests[0].refundAmount, fen(400));
    EXPECT_EQ(alipay().refundRequests[0].totalAmount, fen(1000));
    EXPECT_EQ(alipay().refundRequests[0].channelTradeNo, QStringLiteral("ALI-1"));
    EXPECT_EQ(audits("refund.approved"), 1);
    EXPECT_EQ(waitForRefund(done->outRequestNo, RefundState::Succeeded), RefundState::Succeeded);
    EXPECT_EQ(refundNo(done->outRequestNo).channelRefundNo, QStringLiteral("CH-REFUND-1"));
    EXPECT_TRUE(waitIdle());
}

TEST_F(RefundServiceTest, EachRefundOfAPaymentHasItsOwnNumber)
{
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.fallback = refunded();
    QStringList numbers;
    for (qint64 amount : {300, 300, 400}) {
        auto done = approved(paid.outTradeNo, fen(amount));
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
        numbers << done->outRequestNo;
        ASSERT_EQ(waitForRefund(done->outRequestNo, RefundState::Succeeded),
                  RefundState::Succeeded);
    }
    numbers.removeDuplicates();
    EXPECT_EQ(numbers.size(), 3);
    auto over = refunds().preview(paid.outTradeNo, fen(1));
    EXPECT_EQ(over.error().code, QStringLiteral("refund.over_cap"));
}

TEST_F(RefundServiceTest, RefundOverTheCapIsRefusedEvenWithAForgedPreview)
{
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.fallback = refunded();
    ASSERT_TRUE(approved(paid.outTradeNo, fen(800)).ok());
    RefundPreview forged;
    forged.orderId = paid.orderId;
    forged.outTradeNo = paid.outTradeNo;
    forged.channel = paid.channel;
    forged.method = paid.method;
    forged.paid = fen(1000);
    forged.alreadyRefunded = fen(800);
    forged.thisRefund = fen(300);
    forged.remainingAfter = fen(0);
    auto refused = refunds().refund(forged, QStringLiteral("x"), cashier(), supervisor());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("refund.over_cap"));
    EXPECT_EQ(alipay().refundRequests.size(), 1u);
}

TEST_F(RefundServiceTest, APreviewOverTakenByAnotherRefundIsStale)
{
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.fallback = refunded();
    auto shown = refunds().preview(paid.outTradeNo, fen(300));
    ASSERT_TRUE(shown.ok());
    // Meanwhile another supervisor refunds part of the same payment.
    ASSERT_TRUE(approved(paid.outTradeNo, fen(200)).ok());
    auto stale = refunds().refund(shown.value(), QStringLiteral("x"), cashier(), supervisor());
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, QStringLiteral("refund.stale_preview"));
    EXPECT_EQ(refundsOf(paid.orderId).size(), 1u);
    // Shown again, it goes through.
    EXPECT_TRUE(approved(paid.outTradeNo, fen(300)).ok());
}

TEST_F(RefundServiceTest, CashRefundIsDoneAtTheCounter)
{
    const PaymentAttempt paid = paidByCash();
    auto shown = refunds().preview(paid.outTradeNo, fen(250));
    ASSERT_TRUE(shown.ok());
    EXPECT_FALSE(shown->byHand);
    auto done = refunds().refund(shown.value(), QStringLiteral("x"), cashier(), supervisor());
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->state, RefundState::Succeeded);
    EXPECT_EQ(refundNo(done->outRequestNo).state, RefundState::Succeeded);
    EXPECT_EQ(refunds().activeCount(), 0);
    EXPECT_EQ(refunds().preview(paid.outTradeNo, fen(751)).error().code,
              QStringLiteral("refund.over_cap"));
}

TEST_F(RefundServiceTest, ChannelWithoutRefundApiGivesTheSupervisorATask)
{
    const PaymentAttempt paid = paidByCode();
    channels::Capabilities noRefund = test::ScriptedChannel::everything();
    noRefund.refund = noRefund.refundQuery = false;
    alipay().setCapabilities(noRefund);

    auto shown = refunds().preview(paid.outTradeNo, fen(1000));
    ASSERT_TRUE(shown.ok());
    EXPECT_TRUE(shown->byHand) << "the supervisor must know before confirming";
    auto task = refunds().refund(shown.value(), QStringLiteral("x"), cashier(), supervisor());
    ASSERT_TRUE(task.ok());
    EXPECT_EQ(task->state, RefundState::ByHand);
    EXPECT_TRUE(alipay().refundRequests.empty());
    EXPECT_EQ(refunds().preview(paid.outTradeNo, fen(1)).error().code,
              QStringLiteral("refund.over_cap"))
        << "an open task holds the cap";
    EXPECT_EQ(storage::RefundRepository(db()).listByHandOpen()->size(), 1u);

    EXPECT_EQ(refunds()
                  .closeByHand(task->outRequestNo, QStringLiteral("BANK-778"), cashier())
                  .error()
                  .code,
              QStringLiteral("refund.not_approved"));
    EXPECT_EQ(
        refunds().closeByHand(task->outRequestNo, QStringLiteral(" "), supervisor()).error().code,
        QStringLiteral("refund.no_reference"));
    EXPECT_EQ(refundNo(task->outRequestNo).state, RefundState::ByHand);

    ASSERT_TRUE(
        refunds().closeByHand(task->outRequestNo, QStringLiteral("BANK-778"), supervisor()).ok());
    const Refund closed = refundNo(task->outRequestNo);
    EXPECT_EQ(closed.state, RefundState::ByHandDone);
    EXPECT_EQ(closed.manualReference, QStringLiteral("BANK-778"));
    EXPECT_EQ(audits("refund.by_hand_closed"), 1);
    EXPECT_TRUE(storage::RefundRepository(db()).listByHandOpen()->empty());
    EXPECT_EQ(refunds()
                  .closeByHand(task->outRequestNo, QStringLiteral("AGAIN"), supervisor())
                  .error()
                  .code,
              QStringLiteral("refund.not_by_hand"));
}

TEST_F(RefundServiceTest, ProcessingRefundIsPolledByRefundQueryUntilDone)
{
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.then(ChannelResult::userPaying(QStringLiteral("processing")));
    alipay()
        .refundQueryScript.then(ChannelResult::userPaying(QStringLiteral("still processing")))
        .then(ChannelResult::userPaying(QStringLiteral("still processing")))
        .then(refunded());
    auto done = approved(paid.outTradeNo, fen(107));
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(waitForRefund(done->outRequestNo, RefundState::Succeeded), RefundState::Succeeded);
    EXPECT_EQ(m_refundPath.value(done->outRequestNo),
              (QStringList{QStringLiteral("sent"), QStringLiteral("processing"),
                           QStringLiteral("succeeded")}));
    EXPECT_EQ(alipay().refundRequests.size(), 1u) << "asked once, then only queried";
    EXPECT_EQ(alipay().refundQueries.size(), 3u);
    for (const auto &asked : alipay().refundQueries) {
        EXPECT_EQ(asked.outRequestNo, done->outRequestNo);
    }
    EXPECT_TRUE(waitIdle());
}

TEST_F(RefundServiceTest, UnknownRefundIsSentAgainWithTheSameNumber)
{
    const PaymentAttempt paid = paidByCode();
    alipay()
        .refundScript.then(ChannelResult::unknown(QStringLiteral("timeout")))
        .then(ChannelResult::unknown(QStringLiteral("connection reset")))
        .then(refunded());
    auto done = approved(paid.outTradeNo, fen(500));
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(waitForRefund(done->outRequestNo, RefundState::Succeeded), RefundState::Succeeded);
    ASSERT_EQ(alipay().refundRequests.size(), 3u);
    for (const auto &sent : alipay().refundRequests) {
        EXPECT_EQ(sent.outRequestNo, done->outRequestNo) << "never a new number for a retry";
        EXPECT_EQ(sent.refundAmount, fen(500));
    }
    EXPECT_EQ(refundsOf(paid.orderId).size(), 1u);
}

TEST_F(RefundServiceTest, RefusedRefundFailsAndFreesTheCap)
{
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.then(
        ChannelResult::failed(QStringLiteral("seller balance not enough"),
                              QStringLiteral("ACQ.SELLER_BALANCE_NOT_ENOUGH")));
    auto done = approved(paid.outTradeNo, fen(1000));
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(waitForRefund(done->outRequestNo, RefundState::Failed), RefundState::Failed);
    EXPECT_EQ(alipay().refundRequests.size(), 1u) << "a refusal is final: not retried";
    auto again = refunds().preview(paid.outTradeNo, fen(1000));
    ASSERT_TRUE(again.ok()) << "nothing moved, so everything is refundable again";
    EXPECT_EQ(again->alreadyRefunded, fen(0));
    alipay().refundScript.fallback = refunded();
    auto second = refunds().refund(again.value(), QStringLiteral("x"), cashier(), supervisor());
    ASSERT_TRUE(second.ok());
    EXPECT_NE(second->outRequestNo, done->outRequestNo);
    EXPECT_EQ(waitForRefund(second->outRequestNo, RefundState::Succeeded), RefundState::Succeeded);
}

// Seen in the crash harness (UnionPay, origRespCode 30): the channel holds the refund and says
// it failed; sending it again would only be refused as a duplicate, for ever.
TEST_F(RefundServiceTest, RefundQueryThatFindsAFailedRefundEndsIt)
{
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.then(ChannelResult::userPaying(QStringLiteral("processing")));
    alipay().refundQueryScript.then(
        ChannelResult::failed(QStringLiteral("交易失败"), QStringLiteral("30")));
    auto done = approved(paid.outTradeNo, fen(300));
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(waitForRefund(done->outRequestNo, RefundState::Failed), RefundState::Failed);
    EXPECT_EQ(alipay().refundRequests.size(), 1u) << "never re-sent";
}

TEST_F(RefundServiceTest, RefundQueryThatFindsNothingIsNotAFailure)
{
    const PaymentAttempt paid = paidByCode();
    alipay()
        .refundScript.then(ChannelResult::userPaying(QStringLiteral("processing")))
        .then(refunded());
    alipay().refundQueryScript.then(
        ChannelResult::failed(QStringLiteral("no such refund"), channels::kTradeNotFound));
    auto done = approved(paid.outTradeNo, fen(300));
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(waitForRefund(done->outRequestNo, RefundState::Succeeded), RefundState::Succeeded);
    ASSERT_EQ(alipay().refundRequests.size(), 2u) << "re-sent after the query found nothing";
    EXPECT_EQ(alipay().refundRequests[1].outRequestNo, done->outRequestNo);
    EXPECT_EQ(alipay().refundQueries.size(), 1u);
}

TEST_F(RefundServiceTest, AutomaticRefundReturnsTheRestWithAnAuditRecord)
{
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.fallback = refunded();
    ASSERT_TRUE(approved(paid.outTradeNo, fen(300)).ok());
    auto automatic = refunds().refundAutomatically(paid.outTradeNo, QStringLiteral("paid twice"));
    ASSERT_TRUE(automatic.ok()) << automatic.error().message.toStdString();
    EXPECT_EQ(automatic->amount, fen(700));
    EXPECT_EQ(automatic->kind, RefundKind::Automatic);
    EXPECT_EQ(automatic->approvedBy, QStringLiteral("system"));
    EXPECT_EQ(audits("refund.automatic"), 1);
    EXPECT_EQ(waitForRefund(automatic->outRequestNo, RefundState::Succeeded),
              RefundState::Succeeded);
    EXPECT_EQ(refunds().refundAutomatically(paid.outTradeNo, QStringLiteral("again")).error().code,
              QStringLiteral("refund.nothing_left"));
    EXPECT_EQ(audits("refund.automatic"), 1);
}

TEST_F(RefundServiceTest, RecoveryAfterARestartDrivesEveryOpenRefundToAnEnd)
{
    // Three refunds left open when the process "died": one sent without an answer, one
    // uncertain, one processing.
    const PaymentAttempt paid = paidByCode();
    alipay().refundScript.delayMs = 60000; // the first process never hears back
    auto sent = approved(paid.outTradeNo, fen(100));
    ASSERT_TRUE(sent.ok());
    storage::RefundRepository repository(db());
    auto unknown = approved(paid.outTradeNo, fen(200));
    ASSERT_TRUE(unknown.ok());
    auto processing = approved(paid.outTradeNo, fen(300));
    ASSERT_TRUE(processing.ok());
    for (auto [number, state] : {std::pair{unknown->outRequestNo, RefundState::Unknown},
                                 std::pair{processing->outRequestNo, RefundState::Processing}}) {
        Refund moved = repository.findByOutRequestNo(number).value();
        ASSERT_TRUE(moved.transitionTo(state).ok());
        ASSERT_TRUE(repository.saveTransition(moved, RefundState::Sent).ok());
    }
    ASSERT_EQ(repository.listUnresolved()->size(), 3u);

    alipay().refundScript.delayMs = 0;
    alipay().refundScript.fallback = refunded();
    alipay().refundQueryScript.fallback = refunded();
    const std::size_t refundsBefore = alipay().refundRequests.size();
    test::PaymentCore &restarted = restart();
    restarted.payments.recover(); // the payment service recovers refunds too
    for (const QString &number :
         {sent->outRequestNo, unknown->outRequestNo, processing->outRequestNo}) {
        EXPECT_EQ(waitForRefund(number, RefundState::Succeeded), RefundState::Succeeded)
            << number.toStdString();
    }
    // The uncertain ones were asked again under their own numbers; the processing one queried.
    QStringList resent;
    for (std::size_t i = refundsBefore; i < alipay().refundRequests.size(); ++i) {
        resent << alipay().refundRequests[i].outRequestNo;
    }
    resent.sort();
    QStringList expected{sent->outRequestNo, unknown->outRequestNo};
    expected.sort();
    EXPECT_EQ(resent, expected);
    ASSERT_EQ(alipay().refundQueries.size(), 1u);
    EXPECT_EQ(alipay().refundQueries[0].outRequestNo, processing->outRequestNo);
    EXPECT_TRUE(repository.listUnresolved()->empty());
    EXPECT_EQ(refundsOf(paid.orderId).size(), 3u) << "no new refund, no new number";
}

TEST_F(RefundServiceTest, RefundNotificationWithoutRefundQueryIsTakenAsTheAnswer)
{
    const PaymentAttempt paid = paidByCode();
    channels::Capabilities noRefundQuery = test::ScriptedChannel::everything();
    noRefundQuery.refundQuery = false;
    alipay().setCapabilities(noRefundQuery);
    // Without a refund query the refund itself is asked again (same number) while processing.
    alipay().refundScript.fallback = ChannelResult::userPaying(QStringLiteral("processing"));
    auto done = approved(paid.outTradeNo, fen(300));
    ASSERT_TRUE(done.ok());
    ASSERT_EQ(waitForRefund(done->outRequestNo, RefundState::Processing), RefundState::Processing);
    refunds().onVerifiedNotification(done->outRequestNo, refunded());
    EXPECT_EQ(refundNo(done->outRequestNo).state, RefundState::Succeeded);
    EXPECT_TRUE(alipay().refundQueries.empty());
    for (const auto &sent : alipay().refundRequests) {
        EXPECT_EQ(sent.outRequestNo, done->outRequestNo);
    }
    EXPECT_TRUE(waitIdle());
}

} // namespace
} // namespace pos
