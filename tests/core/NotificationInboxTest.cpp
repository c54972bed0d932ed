// NotificationInbox with a scripted channel whose parseNotification the test controls
// (invariant 3): what is not verified or does not match our records is rejected and refused,
// what is verified is stored once, handed over, confirmed by a query where the channel has one,
// and acknowledged only after the durable write; refund notifications reach the RefundService.
#include "CorePrinters.h"
#include "PaymentTestBed.h"

#include "storage/NotificationRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

namespace pos {
namespace {

using channels::ChannelResult;
using channels::IncomingNotification;
using channels::ParsedNotification;
using test::qrAnswer;
using test::ScriptedChannel;
using test::waitUntil;
using Event = ParsedNotification::Event;

Money fen(qint64 minor)
{
    return Money::fromMinor(minor);
}

ParsedNotification replyFormats(ParsedNotification parsed)
{
    parsed.ackStatus = 200;
    parsed.ackBody = QByteArrayLiteral("{\"code\":\"SUCCESS\"}");
    parsed.nackStatus = 500;
    parsed.nackBody = QByteArrayLiteral("{\"code\":\"FAIL\"}");
    return parsed;
}

ParsedNotification paid(const QString &outTradeNo, const Money &amount,
                        const QString &id = QStringLiteral("N-1"))
{
    ParsedNotification parsed;
    parsed.verified = true;
    parsed.event = Event::Payment;
    parsed.outTradeNo = outTradeNo;
    parsed.result = ChannelResult::success(QStringLiteral("WX-PAID"), amount);
    parsed.amount = amount;
    parsed.notificationId = id;
    return replyFormats(parsed);
}

ParsedNotification refunded(const QString &outTradeNo, const QString &outRequestNo,
                            const Money &amount, const QString &id = QStringLiteral("RN-1"))
{
    ParsedNotification parsed = paid(outTradeNo, amount, id);
    parsed.event = Event::Refund;
    parsed.outRequestNo = outRequestNo;
    parsed.result = ChannelResult::success(QStringLiteral("WX-REFUND"));
    return parsed;
}

const IncomingNotification kBody{QByteArrayLiteral("{\"id\":\"N-1\"}"), {}};

class NotificationInboxTest : public test::PaymentTestBed
{
protected:
    // Only notifications make the service look: no polling of its own during a test.
    payments::PaymentSchedule schedule() const override
    {
        payments::PaymentSchedule quiet = test::millisecondSchedule();
        quiet.userPayingPollMs = 60000;
        quiet.qrLifetimeMs = 120000;
        quiet.refundPollMs = 60000;
        quiet.refundRetryMs = 60000;
        return quiet;
    }

    // A WeChat QR of 10.00 shown to the customer (UserPaying); returns its number.
    QString shownQr()
    {
        wechat().precreateScript.then(qrAnswer(QStringLiteral("weixin://wxpay/1")));
        const QString order = checkedOutOrder();
        auto started = payments().payByCustomerQr(order, fen(1000), QStringLiteral("wechat"));
        EXPECT_TRUE(started.ok());
        EXPECT_TRUE(
            waitUntil([&] { return stateOf(started->outTradeNo) == AttemptState::UserPaying; }));
        return started->outTradeNo;
    }

    payments::NotificationReply deliver(const ParsedNotification &parsed,
                                        const QString &channel = QStringLiteral("wechat"),
                                        const QString &via = QStringLiteral("local"))
    {
        wechat().parser = [parsed](const IncomingNotification &) { return parsed; };
        alipay().parser = wechat().parser;
        return inbox().handle(channel, kBody, via);
    }

    int accepted(const char *channel = "wechat")
    {
        return storage::NotificationRepository(db()).countAccepted(QLatin1String(channel)).value();
    }
    int rejected(const char *channel = "wechat")
    {
        return storage::NotificationRepository(db()).countRejected(QLatin1String(channel)).value();
    }

    void expectRefused(const payments::NotificationReply &reply)
    {
        EXPECT_EQ(reply.status, 500);
        EXPECT_EQ(reply.body, QByteArrayLiteral("{\"code\":\"FAIL\"}"));
    }
    void expectAcknowledged(const payments::NotificationReply &reply)
    {
        EXPECT_EQ(reply.status, 200);
        EXPECT_EQ(reply.body, QByteArrayLiteral("{\"code\":\"SUCCESS\"}"));
    }
};

TEST_F(NotificationInboxTest, UnverifiedNotificationIsRejectedAndRefused)
{
    const QString number = shownQr();
    ParsedNotification forged = paid(number, fen(1000));
    forged.verified = false;
    forged.rejectReason = QStringLiteral("signature does not verify");
    expectRefused(deliver(forged));
    EXPECT_EQ(rejected(), 1);
    EXPECT_EQ(accepted(), 0);
    EXPECT_EQ(wechat().queryScript.calls, 0);
    EXPECT_EQ(stateOf(number), AttemptState::UserPaying);
}

TEST_F(NotificationInboxTest, UnverifiedNotificationWithoutAReasonIsStillRejected)
{
    const QString number = shownQr();
    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-1"), fen(1000));
    ParsedNotification careless = paid(number, fen(1000));
    careless.verified = false; // an adapter that forgot to say why
    expectRefused(deliver(careless));
    EXPECT_EQ(rejected(), 1);
    EXPECT_EQ(accepted(), 0);
    EXPECT_EQ(wechat().queryScript.calls, 0);
}

TEST_F(NotificationInboxTest, NotificationsThatDoNotMatchOurRecordsAreRejected)
{
    const QString number = shownQr();
    expectRefused(deliver(paid(QStringLiteral("NOT-OURS-1"), fen(1000), QStringLiteral("A"))));
    expectRefused(deliver(paid(number, fen(999), QStringLiteral("B"))));
    expectRefused(deliver(paid(number, fen(1000), QStringLiteral("C")), QStringLiteral("alipay")));
    EXPECT_EQ(rejected(), 2);
    EXPECT_EQ(rejected("alipay"), 1) << "a payment made on WeChat is not Alipay's to report";
    expectRefused(deliver(refunded(number, QStringLiteral("NO-SUCH-REFUND"), fen(100))));
    EXPECT_EQ(rejected(), 3);
    EXPECT_EQ(accepted(), 0);
    EXPECT_EQ(accepted("alipay"), 0);
    EXPECT_EQ(wechat().queryScript.calls + alipay().queryScript.calls, 0);
    EXPECT_EQ(stateOf(number), AttemptState::UserPaying);
    auto details = db().exec(QStringLiteral("SELECT detail FROM notifications ORDER BY id"));
    ASSERT_TRUE(details.ok());
    ASSERT_TRUE(details->next());
    EXPECT_TRUE(details->value(0).toString().contains(QStringLiteral("NOT-OURS-1")));
}

TEST_F(NotificationInboxTest, ChannelThatSendsNoNotificationsIsNotListenedTo)
{
    channels::Capabilities silent = ScriptedChannel::everything();
    silent.asyncNotify = false;
    wechat().setCapabilities(silent);
    const auto reply = deliver(paid(QStringLiteral("X"), fen(1)));
    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(inbox().handle(QStringLiteral("nope"), kBody).status, 404);
    EXPECT_EQ(wechat().parsedCount, 0) << "not even parsed";
}

TEST_F(NotificationInboxTest, VerifiedNotificationIsStoredThenConfirmedByQueryThenAcknowledged)
{
    const QString number = shownQr();
    wechat().queryScript.then(ChannelResult::success(QStringLiteral("WX-Q"), fen(1000)));
    const auto reply =
        deliver(paid(number, fen(1000)), QStringLiteral("wechat"), QStringLiteral("relay"));
    expectAcknowledged(reply);
    EXPECT_EQ(accepted(), 1);
    EXPECT_EQ(wechat().queryScript.calls, 1) << "the notification says when to look";
    ASSERT_TRUE(waitUntil([&] { return stateOf(number) == AttemptState::Succeeded; }));
    EXPECT_EQ(attempt(number).channelTradeNo, QStringLiteral("WX-Q")) << "the query's word";
    auto stored = db().exec(QStringLiteral("SELECT via, event, out_trade_no FROM notifications"));
    ASSERT_TRUE(stored.ok() && stored->next());
    EXPECT_EQ(stored->value(0).toString(), QStringLiteral("relay"));
    EXPECT_EQ(stored->value(1).toString(), QStringLiteral("payment"));
    EXPECT_EQ(stored->value(2).toString(), number);
}

TEST_F(NotificationInboxTest, NotificationTheQueryContradictsChangesNothing)
{
    const QString number = shownQr();
    wechat().queryScript.then(ChannelResult::userPaying());
    expectAcknowledged(deliver(paid(number, fen(1000))));
    ASSERT_TRUE(waitUntil([&] { return wechat().queryScript.calls == 1; }));
    waitUntil([] { return false; }, 30);
    EXPECT_EQ(stateOf(number), AttemptState::UserPaying) << "the query is the truth";
    EXPECT_TRUE(m_paid.isEmpty());
}

TEST_F(NotificationInboxTest, DuplicateNotificationIsStoredOnceAndChangesNothing)
{
    const QString number = shownQr();
    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-Q"), fen(1000));
    expectAcknowledged(deliver(paid(number, fen(1000))));
    ASSERT_TRUE(waitUntil([&] { return stateOf(number) == AttemptState::Succeeded; }));
    ASSERT_TRUE(waitIdle());
    const int queries = wechat().queryScript.calls;

    expectAcknowledged(deliver(paid(number, fen(1000))));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(accepted(), 1);
    EXPECT_EQ(stateOf(number), AttemptState::Succeeded);
    EXPECT_LE(wechat().queryScript.calls, queries + 1);
    EXPECT_EQ(m_paid.size(), 1);
    EXPECT_TRUE(refundsOf(attempt(number).orderId).empty());
}

TEST_F(NotificationInboxTest, StoredButUnhandledNotificationIsHandedOverWhenTheProviderRetries)
{
    channels::Capabilities noQuery = ScriptedChannel::everything();
    noQuery.query = false;
    wechat().setCapabilities(noQuery);
    const QString number = shownQr();
    // The process stored the notification, then died before acting on it or acknowledging it,
    // so the provider sends it again.
    storage::NotificationRecord record;
    record.channel = QStringLiteral("wechat");
    record.dedupKey = QStringLiteral("N-1");
    record.event = QStringLiteral("payment");
    record.outTradeNo = number;
    record.detail = QStringLiteral("success");
    record.via = QStringLiteral("local");
    ASSERT_TRUE(storage::NotificationRepository(db()).acceptOnce(record).value());

    expectAcknowledged(deliver(paid(number, fen(1000), QStringLiteral("N-1"))));
    EXPECT_EQ(accepted(), 1) << "still stored once";
    EXPECT_EQ(stateOf(number), AttemptState::Succeeded) << "the retry is not lost as a duplicate";
    EXPECT_EQ(m_paid.size(), 1);
}

TEST_F(NotificationInboxTest, WithoutAQueryTheVerifiedNotificationIsTheEvidence)
{
    channels::Capabilities noQuery = ScriptedChannel::everything();
    noQuery.query = false;
    wechat().setCapabilities(noQuery);
    const QString number = shownQr();
    expectAcknowledged(deliver(paid(number, fen(1000))));
    EXPECT_EQ(stateOf(number), AttemptState::Succeeded);
    EXPECT_EQ(attempt(number).channelTradeNo, QStringLiteral("WX-PAID"));
    EXPECT_EQ(wechat().queryScript.calls, 0);
    EXPECT_EQ(m_paid.size(), 1);
}

TEST_F(NotificationInboxTest, NotificationThatCannotBeStoredIsRefusedSoTheProviderRetries)
{
    const QString number = shownQr();
    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-Q"), fen(1000));
    ASSERT_TRUE(db().exec(QStringLiteral("DROP TABLE notifications")).ok());
    expectRefused(deliver(paid(number, fen(1000))));
    EXPECT_EQ(wechat().queryScript.calls, 0) << "nothing is done with what was not stored";
    EXPECT_EQ(stateOf(number), AttemptState::UserPaying);
}

TEST_F(NotificationInboxTest, RefundNotificationCompletesAProcessingRefund)
{
    channels::Capabilities noRefundQuery = ScriptedChannel::everything();
    noRefundQuery.refundQuery = false;
    wechat().setCapabilities(noRefundQuery);
    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-Q"), fen(1000));
    wechat().refundScript.fallback = ChannelResult::userPaying(QStringLiteral("processing"));
    const QString number = shownQr();
    ASSERT_TRUE(deliver(paid(number, fen(1000))).status == 200);
    ASSERT_TRUE(waitUntil([&] { return stateOf(number) == AttemptState::Succeeded; }));
    auto shown = refunds().preview(number, fen(300));
    ASSERT_TRUE(shown.ok());
    auto refund = refunds().refund(shown.value(), QStringLiteral("x"), cashier(), supervisor());
    ASSERT_TRUE(refund.ok());
    ASSERT_TRUE(
        waitUntil([&] { return refundNo(refund->outRequestNo).state == RefundState::Processing; }));

    // The provider states either this refund's amount or the whole payment's.
    expectRefused(deliver(refunded(number, refund->outRequestNo, fen(299), QStringLiteral("R0"))));
    EXPECT_EQ(refundNo(refund->outRequestNo).state, RefundState::Processing);
    expectAcknowledged(deliver(refunded(number, refund->outRequestNo, fen(300))));
    EXPECT_EQ(refundNo(refund->outRequestNo).state, RefundState::Succeeded);
    EXPECT_EQ(refundNo(refund->outRequestNo).channelRefundNo, QStringLiteral("WX-REFUND"));
    auto event = db().exec(QStringLiteral("SELECT event, out_request_no FROM notifications WHERE "
                                          "verdict = 'accepted' ORDER BY id DESC"));
    ASSERT_TRUE(event.ok() && event->next());
    EXPECT_EQ(event->value(0).toString(), QStringLiteral("refund"));
    EXPECT_EQ(event->value(1).toString(), refund->outRequestNo);
}

TEST_F(NotificationInboxTest, RefundNotificationIsConfirmedByRefundQueryWhereThereIsOne)
{
    wechat().queryScript.fallback = ChannelResult::success(QStringLiteral("WX-Q"), fen(1000));
    wechat().refundScript.fallback = ChannelResult::userPaying(QStringLiteral("processing"));
    wechat().refundQueryScript.then(ChannelResult::success(QStringLiteral("WX-RQ")));
    const QString number = shownQr();
    ASSERT_TRUE(deliver(paid(number, fen(1000))).status == 200);
    ASSERT_TRUE(waitUntil([&] { return stateOf(number) == AttemptState::Succeeded; }));
    auto shown = refunds().preview(number, fen(1000));
    ASSERT_TRUE(shown.ok());
    auto refund = refunds().refund(shown.value(), QStringLiteral("x"), cashier(), supervisor());
    ASSERT_TRUE(refund.ok());
    ASSERT_TRUE(
        waitUntil([&] { return refundNo(refund->outRequestNo).state == RefundState::Processing; }));

    expectAcknowledged(deliver(refunded(number, refund->outRequestNo, fen(1000))));
    ASSERT_TRUE(
        waitUntil([&] { return refundNo(refund->outRequestNo).state == RefundState::Succeeded; }));
    ASSERT_EQ(wechat().refundQueries.size(), 1u);
    EXPECT_EQ(wechat().refundQueries[0].outRequestNo, refund->outRequestNo);
    EXPECT_EQ(refundNo(refund->outRequestNo).channelRefundNo, QStringLiteral("WX-RQ"));
}

} // namespace
} // namespace pos
