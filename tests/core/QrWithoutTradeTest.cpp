// A customer QR the channel has no trade for. Alipay creates the trade only when the buyer scans,
// so query and close answer "no such trade" (kTradeNotFound) for a QR nobody scanned yet, and a
// precreate that never arrived leaves nothing to close at all. Found by the crash harness
// (tests/crash, --faults): a precreate met a 503, and close was retried for ever.
#include "CorePrinters.h"
#include "PaymentTestBed.h"

#include <gtest/gtest.h>

namespace pos {
namespace {

using channels::ChannelResult;
using test::qrAnswer;
using test::waitUntil;

constexpr int kQrLifetimeMs = 300;

ChannelResult noSuchTrade()
{
    return ChannelResult::failed(QStringLiteral("the channel has no such trade"),
                                 channels::kTradeNotFound);
}

class QrWithoutTradeTest : public test::PaymentTestBed
{
protected:
    payments::PaymentSchedule schedule() const override
    {
        payments::PaymentSchedule shortLived = test::millisecondSchedule();
        shortLived.qrLifetimeMs = kQrLifetimeMs;
        shortLived.userPayingPollMs = 20;
        shortLived.reversalRetryMs = 20;
        return shortLived;
    }

    bool waitForState(const QString &outTradeNo, AttemptState state, int timeoutMs = 3000)
    {
        return waitUntil([&] { return stateOf(outTradeNo) == state; }, timeoutMs);
    }
};

TEST_F(QrWithoutTradeTest, QrWhosePrecreateNeverArrivedIsClosedWhenItsLifetimeEnds)
{
    alipay().precreateScript.then(
        ChannelResult::unknown(QStringLiteral("503 Service Unavailable"), QStringLiteral("5xx")));
    alipay().queryScript.fallback = noSuchTrade();
    alipay().closeScript.fallback = noSuchTrade();
    const QString order = checkedOutOrder(1);
    auto started =
        payments().payByCustomerQr(order, Money::fromMinor(200), QStringLiteral("alipay"));
    ASSERT_TRUE(started.ok());
    const QString number = started->outTradeNo;

    ASSERT_TRUE(waitForState(number, AttemptState::Closed))
        << attemptStateName(stateOf(number)).toStdString();
    ASSERT_TRUE(waitIdle());
    EXPECT_GE(attempt(number).updatedAt.toMSecsSinceEpoch() -
                  attempt(number).createdAt.toMSecsSinceEpoch(),
              kQrLifetimeMs - 5)
        << "closed before the QR could have expired";
    EXPECT_FALSE(alipay().closed.isEmpty());
    EXPECT_TRUE(refundsOf(order).empty());
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(payments().amountDue(order).value(), Money::fromMinor(200));
}

TEST_F(QrWithoutTradeTest, QrNobodyScannedYetIsWatchedAndPaidWhenTheCustomerScans)
{
    alipay().precreateScript.then(qrAnswer(QStringLiteral("https://qr.alipay.com/bax01")));
    // Not scanned for the first polls, then scanned and paid, well inside the QR's lifetime.
    alipay().queryScript.then(noSuchTrade()).then(noSuchTrade()).then(noSuchTrade());
    alipay().queryScript.fallback =
        ChannelResult::success(QStringLiteral("ALI-QR"), Money::fromMinor(200));
    alipay().closeScript.fallback = noSuchTrade();
    const QString order = checkedOutOrder(1);
    auto started =
        payments().payByCustomerQr(order, Money::fromMinor(200), QStringLiteral("alipay"));
    ASSERT_TRUE(started.ok());
    const QString number = started->outTradeNo;

    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded))
        << attemptStateName(stateOf(number)).toStdString();
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(alipay().closed.isEmpty()) << "a QR shown to the customer was closed while valid";
    EXPECT_FALSE(attempt(number).cancelRequested);
    EXPECT_TRUE(refundsOf(order).empty()) << "the customer's payment was refunded";
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
}

TEST_F(QrWithoutTradeTest, QrNobodyScannedIsClosedWhenItsLifetimeEnds)
{
    alipay().precreateScript.then(qrAnswer(QStringLiteral("https://qr.alipay.com/bax02")));
    alipay().queryScript.fallback = noSuchTrade();
    alipay().closeScript.fallback = noSuchTrade();
    const QString order = checkedOutOrder(1);
    auto started =
        payments().payByCustomerQr(order, Money::fromMinor(200), QStringLiteral("alipay"));
    ASSERT_TRUE(started.ok());
    const QString number = started->outTradeNo;

    ASSERT_TRUE(waitForState(number, AttemptState::Closed))
        << attemptStateName(stateOf(number)).toStdString();
    ASSERT_TRUE(waitIdle());
    EXPECT_GE(alipay().queryScript.calls, 3) << "the QR was not watched until it expired";
    EXPECT_TRUE(refundsOf(order).empty());
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
}

} // namespace
} // namespace pos
