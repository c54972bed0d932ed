// The demo terminal talks to Alipay, WeChat Pay and UnionPay through the one sandbox it starts:
// each takes a scanned payment code and shows a QR, over real loopback HTTP.
#include "DemoTerminalSuite.h"
#include "support/TestSupport.h"

#include "demo/DemoData.h"
#include "demo/DemoSandbox.h"
#include "face/SimulatedFaceDevice.h"
#include "payments/FacePayFlow.h"
#include "runtime/TerminalRuntime.h"
#include "storage/AttemptRepository.h"

#include <QTemporaryDir>

#include <optional>

#include <gtest/gtest.h>

using namespace pos;

namespace {

class DemoChannelsTest : public test::DemoTerminalSuite
{
protected:
    QString checkedOutOrder()
    {
        sale::SaleService &sale = s_runtime->sale();
        sale.startSale(Cashier{});
        EXPECT_TRUE(sale.addByBarcode(demo::demoBarcode(3)).ok()); // milk ¥3.00
        auto id = sale.checkout();
        EXPECT_TRUE(id.ok());
        return id.value();
    }

    PaymentAttempt settle(const Result<PaymentAttempt> &started)
    {
        EXPECT_TRUE(started.ok()) << (started.ok() ? "" : started.error().message.toStdString());
        if (!started) {
            return {};
        }
        PaymentAttempt latest = started.value();
        QObject context;
        QObject::connect(&s_runtime->payments(), &payments::PaymentService::attemptUpdated,
                         &context, [&latest](const PaymentAttempt &updated) {
                             if (updated.outTradeNo == latest.outTradeNo) {
                                 latest = updated;
                             }
                         });
        EXPECT_TRUE(test::waitUntil(
            [&] { return latest.state == AttemptState::Succeeded || isFinal(latest.state); },
            20000));
        return latest;
    }
};

struct ChannelCase
{
    const char *channel;
    const char *paymentCode;
    const char *qrPrefix;
};

class DemoChannelCaseTest : public DemoChannelsTest,
                            public ::testing::WithParamInterface<ChannelCase>
{
};

TEST_P(DemoChannelCaseTest, ScannedPaymentCodeIsPaidThroughTheSandbox)
{
    const QString orderId = checkedOutOrder();
    const PaymentAttempt outcome = settle(s_runtime->payments().payByCode(
        orderId, Money::fromMinor(300), QString::fromLatin1(GetParam().paymentCode)));
    EXPECT_EQ(outcome.channel, QString::fromLatin1(GetParam().channel));
    EXPECT_EQ(outcome.state, AttemptState::Succeeded) << outcome.lastReason.toStdString();
    EXPECT_FALSE(outcome.channelTradeNo.isEmpty());
}

TEST_P(DemoChannelCaseTest, CustomerQrIsShownAndPaid)
{
    const QString orderId = checkedOutOrder();
    QString shownQr;
    QObject context;
    QObject::connect(&s_runtime->payments(), &payments::PaymentService::attemptUpdated, &context,
                     [&shownQr](const PaymentAttempt &updated) {
                         if (!updated.qrCode.isEmpty()) {
                             shownQr = updated.qrCode;
                         }
                     });
    const PaymentAttempt outcome = settle(s_runtime->payments().payByCustomerQr(
        orderId, Money::fromMinor(300), QString::fromLatin1(GetParam().channel)));
    EXPECT_TRUE(shownQr.startsWith(QString::fromLatin1(GetParam().qrPrefix)))
        << shownQr.toStdString();
    EXPECT_EQ(outcome.method, PaymentMethod::CustomerQr);
    EXPECT_EQ(outcome.state, AttemptState::Succeeded) << outcome.lastReason.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    AllChannels, DemoChannelCaseTest,
    ::testing::Values(ChannelCase{"alipay", "280000000000000000", "https://qr.alipay.com/"},
                      ChannelCase{"wechat", "130000000000000000", "weixin://wxpay/"},
                      ChannelCase{"unionpay", "6200000000000000000", "https://qr.95516.com/"}),
    [](const auto &testCase) { return std::string(testCase.param.channel); });

class DemoFacePayTest : public DemoChannelsTest, public ::testing::WithParamInterface<const char *>
{
protected:
    QString channel() const { return QString::fromLatin1(GetParam()); }
};

TEST_P(DemoFacePayTest, FaceTokenFromTheDeviceIsPaidWithTheFaceScene)
{
    const QString orderId = checkedOutOrder();
    devices::SimulatedFaceDevice device;
    device.setScanDelayMs(20);
    payments::FacePayFlow flow(s_runtime->payments(), s_runtime->channels(), device);
    QStringList stages;
    std::optional<PaymentAttempt> started;
    QObject::connect(&flow, &payments::FacePayFlow::stageChanged,
                     [&stages](const QString &stage) { stages << stage; });
    QObject::connect(&flow, &payments::FacePayFlow::attemptStarted,
                     [&started](const PaymentAttempt &attempt) { started = attempt; });

    ASSERT_TRUE(flow.start(orderId, Money::fromMinor(300), channel(), QStringLiteral("S001"),
                           QStringLiteral("Demo Shop"))
                    .ok());
    ASSERT_TRUE(test::waitUntil([&] { return started.has_value(); }));
    EXPECT_EQ(stages, (QStringList{QStringLiteral("authorising"), QStringLiteral("scanning"),
                                   QStringLiteral("paying")}));
    if (channel() == QLatin1String("wechat")) {
        EXPECT_TRUE(device.lastAuthInfo().startsWith(QStringLiteral("SANDBOX-AUTHINFO-")))
            << "WeChat face pay starts with get_wxpayface_authinfo";
    } else {
        EXPECT_TRUE(device.lastAuthInfo().isEmpty());
    }
    EXPECT_EQ(started->method, PaymentMethod::FacePay);
    const PaymentAttempt outcome = settle(Result<PaymentAttempt>(started.value()));
    EXPECT_EQ(outcome.state, AttemptState::Succeeded) << outcome.lastReason.toStdString();
    EXPECT_EQ(outcome.channel, channel());
}

TEST_P(DemoFacePayTest, CancelledOrTimedOutScanSendsNothing)
{
    const QString orderId = checkedOutOrder();
    devices::SimulatedFaceDevice device;
    device.setScanDelayMs(20);
    device.queueOutcome(payments::FaceCaptureResult::Kind::Timeout);
    payments::FacePayFlow flow(s_runtime->payments(), s_runtime->channels(), device);
    QString stoppedWhy;
    QString stage;
    QObject::connect(&flow, &payments::FacePayFlow::stopped,
                     [&stoppedWhy](const QString &why) { stoppedWhy = why; });
    QObject::connect(&flow, &payments::FacePayFlow::stageChanged,
                     [&stage](const QString &now) { stage = now; });
    const auto start = [&](qint64 fen) {
        return flow.start(orderId, Money::fromMinor(fen), channel(), QStringLiteral("S001"),
                          QStringLiteral("Demo Shop"));
    };
    ASSERT_TRUE(start(300).ok());
    EXPECT_FALSE(start(300).ok()) << "one face payment at a time";
    ASSERT_TRUE(test::waitUntil([&] { return !stoppedWhy.isEmpty(); }));
    EXPECT_TRUE(stoppedWhy.contains(QLatin1String("in time"))) << stoppedWhy.toStdString();

    stoppedWhy.clear();
    device.setScanDelayMs(60000);
    ASSERT_TRUE(start(300).ok());
    ASSERT_TRUE(test::waitUntil([&] { return stage == QLatin1String("scanning"); }));
    flow.cancel();
    EXPECT_TRUE(stoppedWhy.contains(QLatin1String("cancelled")));
    EXPECT_FALSE(flow.isRunning());
    auto attempts = storage::AttemptRepository(s_runtime->database()).listForOrder(orderId);
    ASSERT_TRUE(attempts.ok());
    EXPECT_TRUE(attempts->empty()) << "nothing is stored or sent before the device gives a token";
    EXPECT_FALSE(start(301).ok()) << "more than the amount due is refused";
}

INSTANTIATE_TEST_SUITE_P(FaceChannels, DemoFacePayTest, ::testing::Values("wechat", "alipay"),
                         [](const auto &testCase) { return std::string(testCase.param); });

TEST_F(DemoChannelsTest, CodeOfAChannelNobodyConfiguredIsRefusedClearly)
{
    const QString orderId = checkedOutOrder();
    auto attempt = s_runtime->payments().payByCode(orderId, Money::fromMinor(300),
                                                   QStringLiteral("0100000000000000000"));
    ASSERT_FALSE(attempt.ok()) << "e-CNY codes are recognised but no e-CNY channel is configured";
    EXPECT_EQ(attempt.error().code, QStringLiteral("payment.channel_unavailable"));
    auto unknown = s_runtime->payments().payByCode(orderId, Money::fromMinor(300),
                                                   QStringLiteral("9912345678"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, QStringLiteral("code.unknown_channel"));
}

} // namespace
