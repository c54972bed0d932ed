// PaymentService in depth with scripted channels: split tender paid exactly once, a cancelled
// checkout returning every fen (reversal, automatic refund, cash back), money that arrives after
// the terminal gave up (never a silent 长款), weak channels left to the statement, recovery
// after a restart, and face pay (invariants 2, 3 and 4).
#include "CorePrinters.h"
#include "PaymentTestBed.h"

#include "storage/AuditLog.h"

#include <gtest/gtest.h>

namespace pos {
namespace {

using channels::ChannelResult;
using test::closedAnswer;
using test::qrAnswer;
using test::reversedAnswer;
using test::ScriptedChannel;
using test::waitUntil;

Money fen(qint64 minor)
{
    return Money::fromMinor(minor);
}

const QString kAlipayCode = QStringLiteral("280000000000001234");

class PaymentServiceDepthTest : public test::PaymentTestBed
{
protected:
    bool waitForState(const QString &outTradeNo, AttemptState state, int timeoutMs = 3000)
    {
        return waitUntil([&] { return stateOf(outTradeNo) == state; }, timeoutMs);
    }

    Money due(const QString &orderId) { return payments().amountDue(orderId).value(); }

    // Pays `amount` of `orderId` by code on the scripted Alipay and waits for `state`.
    QString payByCode(const QString &orderId, qint64 amount, AttemptState state)
    {
        auto started = payments().payByCode(orderId, fen(amount), kAlipayCode);
        EXPECT_TRUE(started.ok()) << (started ? "" : started.error().message.toStdString());
        if (!started) {
            return {};
        }
        EXPECT_TRUE(waitForState(started->outTradeNo, state))
            << attemptStateName(stateOf(started->outTradeNo)).toStdString();
        return started->outTradeNo;
    }

    QString payByWechatQr(const QString &orderId, qint64 amount, AttemptState state)
    {
        auto started = payments().payByCustomerQr(orderId, fen(amount), QStringLiteral("wechat"));
        EXPECT_TRUE(started.ok()) << (started ? "" : started.error().message.toStdString());
        if (!started) {
            return {};
        }
        EXPECT_TRUE(waitForState(started->outTradeNo, state))
            << attemptStateName(stateOf(started->outTradeNo)).toStdString();
        return started->outTradeNo;
    }

    // An attempt stored as a crashed process would have left it.
    PaymentAttempt storedAttempt(const QString &orderId, const QString &channel,
                                 PaymentMethod method, qint64 amount,
                                 std::initializer_list<AttemptState> path, bool cancelRequested)
    {
        PaymentAttempt stored;
        stored.orderId = orderId;
        stored.outTradeNo =
            QStringLiteral("%1X%2").arg(QString(orderId).remove(QLatin1Char('-'))).arg(++m_stored);
        stored.channel = channel;
        stored.method = method;
        stored.amount = fen(amount);
        stored.tendered = fen(0);
        for (AttemptState state : path) {
            EXPECT_TRUE(stored.transitionTo(state).ok());
        }
        storage::AttemptRepository attempts(db());
        EXPECT_TRUE(attempts.insert(stored).ok());
        if (cancelRequested) {
            EXPECT_TRUE(attempts.markCancelRequested(stored.outTradeNo).ok());
        }
        return stored;
    }

    int m_stored = 0;
};

// A lifetime short enough to let codes and QRs expire inside a test.
class ShortLifetimeTest : public PaymentServiceDepthTest
{
protected:
    payments::PaymentSchedule schedule() const override
    {
        payments::PaymentSchedule shortLived = test::millisecondSchedule();
        shortLived.codeLifetimeMs = 150;
        shortLived.qrLifetimeMs = 150;
        return shortLived;
    }
};

TEST_F(PaymentServiceDepthTest, SplitTenderCashAndCodePaysTheOrderExactlyOnce)
{
    alipay().payScript.then(ChannelResult::success(QStringLiteral("ALI-1"), fen(600)));
    alipay().queryScript.fallback = ChannelResult::success(QStringLiteral("ALI-1"), fen(600));
    const QString order = checkedOutOrder();
    auto cash = payments().payCash(order, fen(400));
    ASSERT_TRUE(cash.ok());
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), fen(600));
    EXPECT_EQ(payments().payByCode(order, fen(601), kAlipayCode).error().code,
              QStringLiteral("payment.over_due"));

    const QString code = payByCode(order, 600, AttemptState::Succeeded);
    EXPECT_NE(code, cash->outTradeNo);
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(due(order), fen(0));
    // A late duplicate notification and a recovery sweep find nothing more to pay.
    payments().onVerifiedNotification(code,
                                      ChannelResult::success(QStringLiteral("ALI-1"), fen(600)));
    payments().recover();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(m_paid, QStringList{order});
    EXPECT_EQ(stateOf(code), AttemptState::Succeeded);
    EXPECT_TRUE(refundsOf(order).empty());
}

TEST_F(PaymentServiceDepthTest, CancelledCheckoutReversesPaidCancelsPendingAndGivesCashBack)
{
    alipay()
        .payScript.then(ChannelResult::success(QStringLiteral("ALI-1"), fen(350)))
        .then(ChannelResult::userPaying(QStringLiteral("waiting for the password")));
    alipay().queryScript.fallback = ChannelResult::userPaying();
    alipay().cancelScript.fallback = closedAnswer();
    const QString order = checkedOutOrder();
    const QString cash = payments().payCash(order, fen(200))->outTradeNo;
    const QString paid = payByCode(order, 350, AttemptState::Succeeded);
    const QString pending = payByCode(order, 450, AttemptState::UserPaying);
    EXPECT_EQ(due(order), fen(0));

    ASSERT_TRUE(payments().cancelCheckout(order, QStringLiteral("customer left")).ok());
    EXPECT_EQ(orderStatus(order), OrderStatus::Cancelled);
    ASSERT_TRUE(waitForState(paid, AttemptState::Reversed));
    ASSERT_TRUE(waitForState(pending, AttemptState::Closed));
    ASSERT_TRUE(waitIdle());
    QStringList cancelled = alipay().cancelled;
    cancelled.removeDuplicates();
    cancelled.sort();
    QStringList both{paid, pending};
    both.sort();
    EXPECT_EQ(cancelled, both);
    EXPECT_TRUE(alipay().refundRequests.empty()) << "a reversal needs no refund";

    const std::vector<Refund> back = refundsOf(order);
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].outTradeNo, cash);
    EXPECT_EQ(back[0].amount, fen(200));
    EXPECT_EQ(back[0].state, RefundState::Succeeded);
    EXPECT_EQ(back[0].kind, RefundKind::Automatic);
    EXPECT_EQ(audits("checkout.cancelled"), 1);
    EXPECT_TRUE(m_paid.isEmpty());
    EXPECT_EQ(payments().cancelCheckout(order, QStringLiteral("again")).error().code,
              QStringLiteral("payment.order_not_open"));
}

TEST_F(PaymentServiceDepthTest, CancelledCheckoutRefundsAPaidQrAndACodeOnAChannelWithoutCancel)
{
    wechat().precreateScript.then(qrAnswer(QStringLiteral("weixin://wxpay/1")));
    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-1"), fen(500));
    wechat().refundScript.fallback = ChannelResult::success(QStringLiteral("WX-R"));
    channels::Capabilities noCancel = ScriptedChannel::everything();
    noCancel.cancel = false;
    alipay().setCapabilities(noCancel);
    alipay().payScript.then(ChannelResult::success(QStringLiteral("ALI-1"), fen(300)));
    alipay().refundScript.fallback = ChannelResult::success(QStringLiteral("ALI-R"));
    const QString order = checkedOutOrder();
    const QString qr = payByWechatQr(order, 500, AttemptState::Succeeded);
    const QString code = payByCode(order, 300, AttemptState::Succeeded);
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);

    ASSERT_TRUE(payments().cancelCheckout(order, QStringLiteral("wrong items")).ok());
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(alipay().cancelled.isEmpty());
    EXPECT_TRUE(wechat().cancelled.isEmpty()) << "a paid QR is refunded, not cancelled";
    const std::vector<Refund> back = refundsOf(order);
    ASSERT_EQ(back.size(), 2u);
    for (const Refund &refund : back) {
        EXPECT_EQ(refund.state, RefundState::Succeeded) << refund.outRequestNo.toStdString();
        EXPECT_EQ(refund.kind, RefundKind::Automatic);
        EXPECT_EQ(refund.amount, attempt(refund.outTradeNo).amount);
    }
    ASSERT_EQ(wechat().refundRequests.size(), 1u);
    EXPECT_EQ(wechat().refundRequests[0].outTradeNo, qr);
    ASSERT_EQ(alipay().refundRequests.size(), 1u);
    EXPECT_EQ(alipay().refundRequests[0].outTradeNo, code);
    EXPECT_EQ(audits("refund.automatic"), 2);
    EXPECT_TRUE(m_paid.isEmpty());
}

TEST_F(PaymentServiceDepthTest, CodePaidWhileTheCashierCancelledIsReversedWithAnAuditRecord)
{
    alipay().payScript.then(ChannelResult::userPaying());
    alipay().queryScript.then(ChannelResult::success(QStringLiteral("ALI-1"), fen(1000)));
    alipay().queryScript.hold = true; // the query is out when the cashier gives up
    alipay().cancelScript.fallback = reversedAnswer();
    const QString order = checkedOutOrder();
    const QString number = payByCode(order, 1000, AttemptState::UserPaying);
    ASSERT_TRUE(waitUntil([&] { return alipay().heldCount() == 1; }));
    ASSERT_TRUE(payments().cancel(number).ok());
    EXPECT_TRUE(alipay().cancelled.isEmpty()) << "one call at a time: the query is still out";
    alipay().releaseHeld(); // "paid"

    ASSERT_TRUE(waitForState(number, AttemptState::Reversed));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(alipay().cancelled, QStringList{number});
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), fen(1000));
    EXPECT_TRUE(m_paid.isEmpty()) << "never a silent success";
    EXPECT_EQ(audits("reversal.automatic"), 1);
}

TEST_F(PaymentServiceDepthTest, QrPaidJustBeforeTheCloseIsRefundedAndNotCountedForTheOrder)
{
    wechat().precreateScript.then(qrAnswer(QStringLiteral("weixin://wxpay/2")));
    wechat().queryScript.fallback = ChannelResult::userPaying();
    // The customer paid a moment before the close arrived: the channel refuses to close.
    wechat().closeScript.fallback =
        ChannelResult::failed(QStringLiteral("order paid"), QStringLiteral("ORDERPAID"));
    wechat().refundScript.fallback = ChannelResult::success(QStringLiteral("WX-R"));
    const QString order = checkedOutOrder();
    auto started = payments().payByCustomerQr(order, fen(1000), QStringLiteral("wechat"));
    ASSERT_TRUE(started.ok());
    const QString number = started->outTradeNo;
    ASSERT_TRUE(waitForState(number, AttemptState::UserPaying));
    ASSERT_TRUE(payments().cancel(number).ok());
    // From now on the channel knows the customer paid.
    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-9"), fen(1000));

    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded));
    ASSERT_TRUE(waitIdle());
    const std::vector<Refund> back = refundsOf(order);
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].kind, RefundKind::Automatic);
    EXPECT_EQ(back[0].amount, fen(1000));
    EXPECT_EQ(back[0].state, RefundState::Succeeded);
    EXPECT_EQ(audits("refund.automatic"), 1);
    EXPECT_TRUE(m_paid.isEmpty());
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    // The returned money does not pay the order: the cashier can still take the whole amount.
    EXPECT_EQ(due(order), fen(1000));
    ASSERT_TRUE(payments().payCash(order, fen(1000)).ok());
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(m_paid, QStringList{order});
}

TEST_F(ShortLifetimeTest, ExpiredQrPaidLaterIsConfirmedByQueryThenRefunded)
{
    wechat().precreateScript.then(qrAnswer(QStringLiteral("weixin://wxpay/3")));
    wechat().queryScript.fallback = ChannelResult::userPaying();
    wechat().closeScript.fallback = closedAnswer();
    wechat().refundScript.fallback = ChannelResult::success(QStringLiteral("WX-R"));
    const QString order = checkedOutOrder();
    const QString number = payByWechatQr(order, 1000, AttemptState::Closed);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(wechat().closed, QStringList{number});

    // A verified notification says the customer paid after all; the query confirms it.
    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-7"), fen(1000));
    const int queriesBefore = wechat().queryScript.calls;
    payments().onVerifiedNotification(number,
                                      ChannelResult::success(QStringLiteral("WX-7"), fen(1000)));
    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(wechat().queryScript.calls, queriesBefore + 1);
    EXPECT_EQ(attempt(number).channelTradeNo, QStringLiteral("WX-7"));
    const std::vector<Refund> back = refundsOf(order);
    ASSERT_EQ(back.size(), 1u) << "money paid to a closed QR goes back";
    EXPECT_EQ(back[0].kind, RefundKind::Automatic);
    EXPECT_EQ(back[0].state, RefundState::Succeeded);
    EXPECT_EQ(audits("refund.automatic"), 1);
    EXPECT_TRUE(m_paid.isEmpty());
    EXPECT_EQ(due(order), fen(1000));
}

TEST_F(PaymentServiceDepthTest, MoneyTheChannelKeepsRefusingToReturnBecomesARefundByHand)
{
    alipay().refundScript.fallback =
        ChannelResult::failed(QStringLiteral("refund refused"), QStringLiteral("ACQ.REFUSED"));
    const QString order = checkedOutOrder(1);
    // A QR paid after the cashier cancelled (cancel requested): its money must go back.
    const PaymentAttempt paid = storedAttempt(
        order, QStringLiteral("alipay"), PaymentMethod::CustomerQr, 200,
        {AttemptState::Sent, AttemptState::UserPaying, AttemptState::Succeeded}, true);
    const int limit = payments::RefundService::kAutomaticRefusalsBeforeByHand;
    for (int sweep = 1; sweep <= limit; ++sweep) {
        payments().recover();
        ASSERT_TRUE(waitIdle());
        const std::vector<Refund> tries = refundsOf(order);
        ASSERT_EQ(int(tries.size()), sweep);
        EXPECT_EQ(tries.back().state, RefundState::Failed);
    }
    payments().recover();
    ASSERT_TRUE(waitIdle());
    std::vector<Refund> all = refundsOf(order);
    ASSERT_EQ(int(all.size()), limit + 1);
    EXPECT_EQ(all.back().state, RefundState::ByHand) << "the supervisor gets a task";
    EXPECT_EQ(all.back().kind, RefundKind::Automatic);
    EXPECT_EQ(all.back().amount, fen(200));
    payments().recover();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(int(refundsOf(order).size()), limit + 1) << "no more tries once the task is open";
    EXPECT_EQ(alipay().refundScript.calls, limit);
    EXPECT_EQ(stateOf(paid.outTradeNo), AttemptState::Succeeded);
}

TEST_F(PaymentServiceDepthTest, RecoveryMarksPaidAnOrderWhosePaymentSucceededBeforeACrash)
{
    const QString order = checkedOutOrder(1); // water 2.00
    const PaymentAttempt half =
        storedAttempt(order, QStringLiteral("alipay"), PaymentMethod::PaymentCode, 100,
                      {AttemptState::Sent, AttemptState::Succeeded}, false);
    test::PaymentCore &after = restart();
    QStringList paid;
    QObject::connect(&after.payments, &payments::PaymentService::orderPaid,
                     [&paid](const QString &id) { paid << id; });
    after.payments.recover();
    EXPECT_EQ(orderStatus(order), OrderStatus::Open) << "half paid is not paid";

    storedAttempt(order, QStringLiteral("alipay"), PaymentMethod::PaymentCode, 100,
                  {AttemptState::Sent, AttemptState::Succeeded}, false);
    after.payments.recover();
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(paid, QStringList{order});
    after.payments.recover();
    EXPECT_EQ(paid, QStringList{order}) << "paid exactly once";
    EXPECT_EQ(half.state, AttemptState::Succeeded);
}

TEST_F(ShortLifetimeTest, RecoveryReconfirmsAClosedQrNotifiedPaidBeforeACrash)
{
    wechat().precreateScript.then(qrAnswer(QStringLiteral("weixin://wxpay/9")));
    wechat().queryScript.fallback = ChannelResult::userPaying();
    wechat().closeScript.fallback = closedAnswer();
    wechat().refundScript.fallback = ChannelResult::success(QStringLiteral("WX-R9"));
    const QString order = checkedOutOrder();
    const QString number = payByWechatQr(order, 1000, AttemptState::Closed);
    ASSERT_TRUE(waitIdle());

    // The notification is stored and acknowledged; the confirming query never answers because
    // the process dies.
    wechat().queryScript.hold = true;
    wechat().parser = [number](const channels::IncomingNotification &) {
        channels::ParsedNotification parsed;
        parsed.verified = true;
        parsed.outTradeNo = number;
        parsed.amount = fen(1000);
        parsed.result = ChannelResult::success(QStringLiteral("WX-9"), fen(1000));
        parsed.notificationId = QStringLiteral("N-9");
        parsed.ackBody = QByteArrayLiteral("ok");
        return parsed;
    };
    const auto reply = inbox().handle(QStringLiteral("wechat"), {QByteArrayLiteral("{}"), {}});
    EXPECT_TRUE(reply.acknowledged);
    EXPECT_EQ(stateOf(number), AttemptState::Closed);

    wechat().queryScript.hold = false;
    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-9"), fen(1000));
    test::PaymentCore &after = restart();
    after.payments.recover();
    ASSERT_TRUE(waitUntil([&] {
        const std::vector<Refund> back = refundsOf(order);
        return back.size() == 1 && back[0].state == RefundState::Succeeded;
    }));
    EXPECT_EQ(stateOf(number), AttemptState::Succeeded);
    EXPECT_EQ(refundsOf(order)[0].kind, RefundKind::Automatic);
    EXPECT_EQ(orderStatus(order), OrderStatus::Open) << "returned money never pays the order";
}

TEST_F(ShortLifetimeTest, ClosedQrNotificationThatTheQueryDoesNotConfirmChangesNothing)
{
    wechat().precreateScript.then(qrAnswer(QStringLiteral("weixin://wxpay/4")));
    wechat().queryScript.fallback = ChannelResult::userPaying();
    wechat().closeScript.fallback = closedAnswer();
    const QString order = checkedOutOrder();
    const QString number = payByWechatQr(order, 1000, AttemptState::Closed);
    ASSERT_TRUE(waitIdle());
    wechat().queryScript.fallback =
        ChannelResult::failed(QStringLiteral("closed"), QStringLiteral("CLOSED"));
    payments().onVerifiedNotification(number,
                                      ChannelResult::success(QStringLiteral("WX-8"), fen(1000)));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(stateOf(number), AttemptState::Closed);
    EXPECT_TRUE(refundsOf(order).empty());
}

TEST_F(ShortLifetimeTest, LateSuccessOfAnOrderAlreadyPaidAnotherWayIsRefunded)
{
    wechat().precreateScript.then(qrAnswer(QStringLiteral("weixin://wxpay/5")));
    wechat().queryScript.fallback = ChannelResult::userPaying();
    wechat().closeScript.fallback = closedAnswer();
    wechat().refundScript.fallback = ChannelResult::success(QStringLiteral("WX-R"));
    const QString order = checkedOutOrder();
    const QString number = payByWechatQr(order, 1000, AttemptState::Closed);
    ASSERT_TRUE(payments().payCash(order, fen(1000)).ok());
    ASSERT_EQ(orderStatus(order), OrderStatus::Paid);

    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-1"), fen(1000));
    payments().onVerifiedNotification(number,
                                      ChannelResult::success(QStringLiteral("WX-1"), fen(1000)));
    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded));
    ASSERT_TRUE(waitIdle());
    const std::vector<Refund> back = refundsOf(order);
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].outTradeNo, number);
    EXPECT_EQ(back[0].state, RefundState::Succeeded);
    EXPECT_EQ(m_paid, QStringList{order}) << "paid once";
}

TEST_F(PaymentServiceDepthTest, ChannelWithoutQueryOrNotificationLeavesItToTheStatement)
{
    alipay().setCapabilities(ScriptedChannel::payOnly());
    alipay()
        .payScript.then(ChannelResult::unknown(QStringLiteral("timeout")))
        .then(ChannelResult::userPaying());
    const QString order = checkedOutOrder();
    const QString first = payByCode(order, 600, AttemptState::PendingStatement);
    const QString second = payByCode(order, 400, AttemptState::PendingStatement);
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(alipay().queried.isEmpty());
    EXPECT_TRUE(alipay().cancelled.isEmpty());
    EXPECT_EQ(due(order), fen(0)) << "pending money is not asked for twice";
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);

    auto mismatch = payments().settleFromStatement(first, true, fen(599), QStringLiteral("S-1"));
    ASSERT_FALSE(mismatch.ok());
    EXPECT_EQ(mismatch.error().code, QStringLiteral("statement.amount_mismatch"));
    EXPECT_EQ(stateOf(first), AttemptState::PendingStatement);

    ASSERT_TRUE(payments().settleFromStatement(first, true, fen(600), QStringLiteral("S-1")).ok());
    EXPECT_EQ(stateOf(first), AttemptState::Succeeded);
    EXPECT_EQ(attempt(first).channelTradeNo, QStringLiteral("S-1"));
    EXPECT_TRUE(payments().settleFromStatement(first, true, fen(600), QStringLiteral("S-1")).ok())
        << "an import run twice changes nothing";
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);

    ASSERT_TRUE(payments().settleFromStatement(second, false, fen(0), {}).ok());
    EXPECT_EQ(stateOf(second), AttemptState::Closed);
    EXPECT_EQ(due(order), fen(400));
    EXPECT_EQ(
        payments().settleFromStatement(second, true, fen(400), QStringLiteral("S-2")).error().code,
        QStringLiteral("statement.not_pending"));
    EXPECT_TRUE(m_paid.isEmpty());
}

TEST_F(PaymentServiceDepthTest, StatementPaymentOfACancelledCheckoutBecomesARefundByHand)
{
    alipay().setCapabilities(ScriptedChannel::payOnly());
    alipay().payScript.then(ChannelResult::unknown(QStringLiteral("timeout")));
    const QString order = checkedOutOrder();
    const QString number = payByCode(order, 1000, AttemptState::PendingStatement);
    ASSERT_TRUE(payments().cancelCheckout(order, QStringLiteral("customer left")).ok());
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(stateOf(number), AttemptState::PendingStatement) << "only the statement can tell";
    EXPECT_TRUE(attempt(number).cancelRequested);

    ASSERT_TRUE(
        payments().settleFromStatement(number, true, fen(1000), QStringLiteral("S-9")).ok());
    ASSERT_TRUE(waitIdle());
    const std::vector<Refund> back = refundsOf(order);
    ASSERT_EQ(back.size(), 1u) << "the statement shows money we gave up: it goes back";
    EXPECT_EQ(back[0].state, RefundState::ByHand);
    EXPECT_EQ(back[0].amount, fen(1000));
    EXPECT_TRUE(m_paid.isEmpty());
}

TEST_F(ShortLifetimeTest, ChannelThatOnlyNotifiesIsGivenTheCodeLifetimeThenTheStatement)
{
    channels::Capabilities notifyOnly = ScriptedChannel::payOnly();
    notifyOnly.asyncNotify = true;
    alipay().setCapabilities(notifyOnly);
    alipay().payScript.fallback = ChannelResult::userPaying();
    const QString order = checkedOutOrder();

    // No notification: the statement will tell.
    const QString silent = payByCode(order, 500, AttemptState::UserPaying);
    ASSERT_TRUE(waitForState(silent, AttemptState::PendingStatement));
    EXPECT_GE(attempt(silent).createdAt.msecsTo(attempt(silent).updatedAt), 150 - 20);

    // A notification inside the lifetime is taken (no query exists to confirm it).
    const QString notified = payByCode(order, 500, AttemptState::UserPaying);
    payments().onVerifiedNotification(notified,
                                      ChannelResult::success(QStringLiteral("N-1"), fen(500)));
    EXPECT_EQ(stateOf(notified), AttemptState::Succeeded);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(stateOf(notified), AttemptState::Succeeded);
    EXPECT_TRUE(alipay().queried.isEmpty());
    EXPECT_TRUE(alipay().cancelled.isEmpty());
}

TEST_F(ShortLifetimeTest, ChannelThatNotifiesAndCancelsIsCancelledWhenTheCodeExpires)
{
    channels::Capabilities notifyAndCancel = ScriptedChannel::payOnly();
    notifyAndCancel.asyncNotify = notifyAndCancel.cancel = true;
    alipay().setCapabilities(notifyAndCancel);
    alipay().payScript.fallback = ChannelResult::userPaying();
    alipay().cancelScript.fallback = closedAnswer();
    const QString order = checkedOutOrder();
    const QString number = payByCode(order, 1000, AttemptState::UserPaying);
    ASSERT_TRUE(waitForState(number, AttemptState::Closed));
    EXPECT_GE(attempt(number).createdAt.msecsTo(attempt(number).updatedAt), 150 - 20);
    EXPECT_EQ(alipay().cancelled, QStringList{number});
    EXPECT_TRUE(alipay().queried.isEmpty());
    EXPECT_EQ(due(order), fen(1000));
}

TEST_F(PaymentServiceDepthTest, FailedReversalIsRetriedUntilTheChannelConfirms)
{
    alipay().payScript.then(ChannelResult::unknown(QStringLiteral("timeout")));
    alipay().queryScript.fallback = ChannelResult::unknown(QStringLiteral("system busy"));
    alipay()
        .cancelScript.then(ChannelResult::unknown(QStringLiteral("reset")))
        .then(ChannelResult::unknown(QStringLiteral("reset")))
        .then(closedAnswer());
    const QString order = checkedOutOrder();
    const QString number = payByCode(order, 1000, AttemptState::Closed);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(alipay().cancelled.size(), 3);
    EXPECT_EQ(alipay().cancelled.count(number), 3);
    EXPECT_EQ(due(order), fen(1000));
}

TEST_F(PaymentServiceDepthTest, RecoveryReversesACancelRequestedAttemptWithoutQuerying)
{
    alipay().cancelScript.fallback = closedAnswer();
    const QString order = checkedOutOrder();
    const PaymentAttempt stored =
        storedAttempt(order, QStringLiteral("alipay"), PaymentMethod::PaymentCode, 1000,
                      {AttemptState::Sent, AttemptState::UserPaying}, true);

    test::PaymentCore &restarted = restart();
    restarted.payments.recover();
    ASSERT_TRUE(waitForState(stored.outTradeNo, AttemptState::Closed));
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(alipay().queried.isEmpty()) << "the cashier's cancel stands: no need to ask";
    EXPECT_EQ(alipay().cancelled, QStringList{stored.outTradeNo});
}

TEST_F(PaymentServiceDepthTest, RecoveryReturnsMoneyOfAPaidAttemptThatWasGivenUp)
{
    wechat().refundScript.fallback = ChannelResult::success(QStringLiteral("WX-R"));
    alipay().cancelScript.fallback = reversedAnswer();
    const QString order = checkedOutOrder();
    ASSERT_TRUE(payments().cancelCheckout(order, QStringLiteral("test")).ok());
    // The process died between recording these successes and returning their money.
    const PaymentAttempt qr =
        storedAttempt(order, QStringLiteral("wechat"), PaymentMethod::CustomerQr, 600,
                      {AttemptState::Sent, AttemptState::Succeeded}, true);
    const PaymentAttempt code =
        storedAttempt(order, QStringLiteral("alipay"), PaymentMethod::PaymentCode, 400,
                      {AttemptState::Sent, AttemptState::Succeeded}, true);
    const PaymentAttempt kept =
        storedAttempt(order, QStringLiteral("alipay"), PaymentMethod::PaymentCode, 100,
                      {AttemptState::Sent, AttemptState::Succeeded}, false);
    ASSERT_EQ(storage::AttemptRepository(db()).listToReturn()->size(), 2u);

    test::PaymentCore &restarted = restart();
    restarted.payments.recover();
    ASSERT_TRUE(waitForState(code.outTradeNo, AttemptState::Reversed));
    ASSERT_TRUE(waitIdle());
    const std::vector<Refund> back = refundsOf(order);
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].outTradeNo, qr.outTradeNo);
    EXPECT_EQ(back[0].amount, fen(600));
    EXPECT_EQ(back[0].state, RefundState::Succeeded);
    EXPECT_EQ(stateOf(kept.outTradeNo), AttemptState::Succeeded);
    EXPECT_EQ(alipay().cancelled, QStringList{code.outTradeNo});
    EXPECT_TRUE(storage::AttemptRepository(db()).listToReturn()->empty());

    // A second sweep finds nothing left to return.
    restarted.payments.recover();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(refundsOf(order).size(), 1u);
    EXPECT_EQ(alipay().cancelled.size(), 1);
}

TEST_F(PaymentServiceDepthTest, FaceTokenIsPaidWithTheFaceScene)
{
    alipay().payScript.then(ChannelResult::success(QStringLiteral("ALI-F"), fen(1000)));
    const QString order = checkedOutOrder();
    const QString token = QStringLiteral("fp0123456789abcdefghij");
    auto started = payments().payByFaceToken(order, fen(1000), QStringLiteral("alipay"), token);
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    EXPECT_EQ(started->method, PaymentMethod::FacePay);
    EXPECT_EQ(started->maskedCode, maskPaymentCode(token));
    ASSERT_TRUE(waitForState(started->outTradeNo, AttemptState::Succeeded));
    ASSERT_EQ(alipay().payRequests.size(), 1u);
    EXPECT_EQ(alipay().payRequests[0].scene, channels::PayRequest::Scene::FaceToken);
    EXPECT_EQ(alipay().payRequests[0].authCode, token);
    EXPECT_EQ(m_paid, QStringList{order});

    const QString other = checkedOutOrder();
    EXPECT_EQ(payments()
                  .payByFaceToken(other, fen(100), QStringLiteral("alipay"), QStringLiteral(" "))
                  .error()
                  .code,
              QStringLiteral("payment.no_face_token"));
    channels::Capabilities noFace = ScriptedChannel::everything();
    noFace.facePay = false;
    wechat().setCapabilities(noFace);
    EXPECT_EQ(
        payments().payByFaceToken(other, fen(100), QStringLiteral("wechat"), token).error().code,
        QStringLiteral("payment.channel_unavailable"));
    EXPECT_EQ(
        payments().payByFaceToken(other, fen(100), QStringLiteral("nope"), token).error().code,
        QStringLiteral("payment.channel_unavailable"));
    EXPECT_EQ(alipay().payRequests.size(), 1u);
    EXPECT_TRUE(wechat().payRequests.empty());
}

TEST_F(PaymentServiceDepthTest, ScannedCodeIsPaidWithTheBarCodeScene)
{
    alipay().payScript.then(ChannelResult::success(QStringLiteral("ALI-2"), fen(1000)));
    const QString order = checkedOutOrder();
    payByCode(order, 1000, AttemptState::Succeeded);
    ASSERT_EQ(alipay().payRequests.size(), 1u);
    EXPECT_EQ(alipay().payRequests[0].scene, channels::PayRequest::Scene::BarCode);
}

} // namespace
} // namespace pos
