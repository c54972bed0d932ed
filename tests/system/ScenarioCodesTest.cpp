// Every sandbox scenario code (the last four digits of a payment code, README) driven through the
// PaymentService end to end against the real pos-channel-sim. Alipay 0001-0004, 0006 and 0009
// are in PaymentServiceTest; here are Alipay 0005, 0007, 0008 and 0010, and all of WeChat Pay's
// 0001-0010 (whose 0007, 0008 and 0010 are signed answers naming another app id, another amount
// and another merchant id: never taken as success, resolved by query).
#include "channels/wechatpay/WechatChannel.h"
#include "config/TerminalConfig.h"
#include "demo/DemoData.h"
#include "payments/PaymentService.h"
#include "runtime/TerminalRuntime.h"
#include "sale/SaleService.h"
#include "storage/AttemptRepository.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/AttemptHistory.h"
#include "system/ChannelTestSupport.h"
#include "system/SystemPrinters.h"
#include "system/WechatSandbox.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

using pos::AttemptState;
using pos::Money;
using pos::OrderStatus;
using pos::PaymentAttempt;
using pos::test::waitUntil;

Money fen(qint64 minor)
{
    return Money::fromMinor(minor);
}

QStringList statePath(const char *a, const char *b, const char *c = nullptr)
{
    QStringList path{QLatin1String(a), QLatin1String(b)};
    if (c) {
        path << QLatin1String(c);
    }
    return path;
}

// ---- Alipay through TerminalRuntime ----------------------------------------------------------

class AlipayScenarioCodesTest
    : public pos::test::SharedSandboxTest<AlipayScenarioCodesTest, pos::test::AlipaySandbox>
{
public:
    static QStringList sandboxArguments()
    {
        return {QStringLiteral("--user-paying-seconds"), QStringLiteral("1"),
                QStringLiteral("--set"), QStringLiteral("alipay.slow-ms=1500")};
    }

protected:
    void SetUp() override
    {
        SharedSandboxTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(m_dir.isValid());
        pos::config::TerminalConfig config;
        config.identity.terminalId = QStringLiteral("SC%1").arg(++s_terminal);
        // A time-out shorter than the held-back answer of 0007.
        ASSERT_TRUE(s_sandbox->configureTerminal(m_dir.path(), &config.alipay, 700));
        config.schedule.userPayingPollMs = 100;
        config.schedule.codeLifetimeMs = 3000;
        config.schedule.unknownFirstQueryMs = 100;
        config.schedule.unknownQueryIntervalMs = 100;
        config.schedule.reversalRetryMs = 200;
        auto opened = m_runtime.open(m_dir.path(), config, true);
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
        QObject::connect(&m_runtime.payments(), &pos::payments::PaymentService::orderPaid,
                         &m_runtime, [this](const QString &id) { m_paid << id; });
    }

    void TearDown() override
    {
        if (m_runtime.database().isOpen()) {
            const QStringList problems = pos::test::attemptHistoryProblems(m_runtime.database());
            EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QLatin1Char('\n')));
        }
    }

    // Rings up one water (2.00), pays it with the Alipay test code ending in `lastFour` and waits
    // until the attempt has settled; returns it.
    PaymentAttempt payAndSettle(const char *lastFour)
    {
        auto &sale = m_runtime.sale();
        sale.startSale(pos::Cashier{});
        EXPECT_TRUE(sale.addByBarcode(pos::demo::demoBarcode(0)).ok());
        auto order = sale.checkout();
        EXPECT_TRUE(order.ok());
        auto started = m_runtime.payments().payByCode(order.value(), fen(200),
                                                      pos::test::alipayCode(lastFour));
        EXPECT_TRUE(started.ok()) << (started ? "" : qPrintable(started.error().message));
        if (!started) {
            return {};
        }
        EXPECT_TRUE(waitUntil([&] { return m_runtime.payments().activeCount() == 0; }, 8000));
        return pos::storage::AttemptRepository(m_runtime.database())
            .findByOutTradeNo(started->outTradeNo)
            .value();
    }

    OrderStatus orderStatus(const QString &orderId)
    {
        return pos::storage::OrderRepository(m_runtime.database()).summary(orderId)->status;
    }

    QStringList path(const PaymentAttempt &attempt)
    {
        QStringList states = pos::test::attemptStatePath(m_runtime.database(), attempt.outTradeNo);
        states.removeFirst(); // "created"
        return states;
    }

    static inline int s_terminal = 0;
    QTemporaryDir m_dir;
    pos::runtime::TerminalRuntime m_runtime;
    QStringList m_paid;
};

TEST_F(AlipayScenarioCodesTest, Code0005InvalidCodeFailsWithoutATrade)
{
    const PaymentAttempt attempt = payAndSettle("0005");
    EXPECT_EQ(attempt.state, AttemptState::Failed);
    EXPECT_EQ(path(attempt), statePath("sent", "failed"));
    EXPECT_EQ(orderStatus(attempt.orderId), OrderStatus::Open);
    EXPECT_TRUE(s_sandbox->tradeFor(attempt.outTradeNo).isEmpty());
    EXPECT_EQ(s_sandbox->methodsFor(attempt.outTradeNo),
              QStringList{QStringLiteral("alipay.trade.pay")});
}

TEST_F(AlipayScenarioCodesTest, Code0007AnswerHeldBackPastTheTimeoutIsFoundPaidByQuery)
{
    const PaymentAttempt attempt = payAndSettle("0007");
    EXPECT_EQ(attempt.state, AttemptState::Succeeded);
    EXPECT_EQ(path(attempt), statePath("sent", "unknown", "succeeded"));
    EXPECT_FALSE(attempt.channelTradeNo.isEmpty());
    EXPECT_EQ(orderStatus(attempt.orderId), OrderStatus::Paid);
    EXPECT_EQ(m_paid, QStringList{attempt.orderId});
    const QStringList methods = s_sandbox->methodsFor(attempt.outTradeNo);
    EXPECT_EQ(methods.count(QStringLiteral("alipay.trade.pay")), 1) << "never paid twice";
    EXPECT_FALSE(methods.contains(QStringLiteral("alipay.trade.cancel")));
}

TEST_F(AlipayScenarioCodesTest, Code0008PaidThenReversedByTheChannelIsLeftToReconciliation)
{
    // The channel confirms the payment, then reverses it on its own a second later (短款). The
    // payment service recorded what the channel confirmed; only the statement shows the reversal.
    const PaymentAttempt attempt = payAndSettle("0008");
    EXPECT_EQ(attempt.state, AttemptState::Succeeded);
    EXPECT_EQ(path(attempt), statePath("sent", "succeeded"));
    EXPECT_EQ(orderStatus(attempt.orderId), OrderStatus::Paid);
    ASSERT_TRUE(waitUntil(
        [&] {
            return s_sandbox->tradeFor(attempt.outTradeNo)[QStringLiteral("status")].toString() ==
                   QStringLiteral("TRADE_CLOSED");
        },
        4000));
    EXPECT_EQ(s_sandbox->tradeFor(attempt.outTradeNo)[QStringLiteral("refunded_fen")].toInteger(),
              200);
}

TEST_F(AlipayScenarioCodesTest, Code0010IsAnOrdinaryPaymentOnAlipay)
{
    const PaymentAttempt attempt = payAndSettle("0010");
    EXPECT_EQ(attempt.state, AttemptState::Succeeded);
    EXPECT_EQ(path(attempt), statePath("sent", "succeeded"));
    EXPECT_EQ(m_paid, QStringList{attempt.orderId});
}

// ---- WeChat Pay through a PaymentService wired by hand -------------------------------------

struct WechatCase
{
    const char *lastFour;
    AttemptState outcome;
    bool viaUnknown; // the pay answer was not trusted: the query decided
};

class WechatScenarioCodesTest
    : public pos::test::SharedSandboxTest<WechatScenarioCodesTest, pos::test::WechatSandbox>,
      public ::testing::WithParamInterface<WechatCase>
{
public:
    static QStringList sandboxArguments()
    {
        return {QStringLiteral("--user-paying-seconds"), QStringLiteral("1")};
    }

protected:
    void SetUp() override
    {
        SharedSandboxTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_database
                        .open(m_dir.filePath(QStringLiteral("pos.sqlite")),
                              QStringLiteral("wechat-codes-%1").arg(++s_terminal))
                        .ok());
        ASSERT_TRUE(pos::demo::seedIfEmpty(m_database).ok());
        m_channel =
            std::make_unique<pos::channels::wechatpay::WechatChannel>(s_sandbox->channelConfig());
        m_registry.add(m_channel.get());
        pos::payments::PaymentSchedule schedule;
        schedule.userPayingPollMs = 100;
        schedule.codeLifetimeMs = 1500;
        schedule.unknownFirstQueryMs = 100;
        schedule.unknownQueryIntervalMs = 100;
        schedule.reversalRetryMs = 100;
        m_payments = std::make_unique<pos::payments::PaymentService>(
            m_database, m_registry, pos::channels::PaymentCodeRouter(), schedule);
        m_identity.terminalId = QStringLiteral("WS%1").arg(s_terminal);
    }

    void TearDown() override
    {
        if (m_database.isOpen()) {
            const QStringList problems = pos::test::attemptHistoryProblems(m_database);
            EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QLatin1Char('\n')));
        }
        m_payments.reset();
        m_channel.reset();
    }

    static inline int s_terminal = 0;
    QTemporaryDir m_dir;
    pos::storage::Database m_database;
    pos::payments::ChannelRegistry m_registry;
    std::unique_ptr<pos::channels::wechatpay::WechatChannel> m_channel;
    std::unique_ptr<pos::payments::PaymentService> m_payments;
    pos::sale::TerminalIdentity m_identity;
};

TEST_P(WechatScenarioCodesTest, CodeEndsInTheDocumentedState)
{
    const WechatCase scenario = GetParam();
    pos::sale::SaleService sale(m_database, m_identity, pos::BusinessCalendar(0));
    sale.startSale(pos::Cashier{});
    ASSERT_TRUE(sale.addByBarcode(pos::demo::demoBarcode(1)).ok()); // 3.50
    auto order = sale.checkout();
    ASSERT_TRUE(order.ok());
    QStringList paid;
    QObject::connect(m_payments.get(), &pos::payments::PaymentService::orderPaid, m_payments.get(),
                     [&paid](const QString &id) { paid << id; });

    auto started = m_payments->payByCode(order.value(), fen(350),
                                         pos::test::wechatCode(scenario.lastFour, s_terminal));
    ASSERT_TRUE(started.ok()) << qPrintable(started.error().message);
    ASSERT_TRUE(waitUntil([&] { return m_payments->activeCount() == 0; }, 8000));
    const PaymentAttempt attempt =
        pos::storage::AttemptRepository(m_database).findByOutTradeNo(started->outTradeNo).value();
    EXPECT_EQ(attempt.state, scenario.outcome) << qPrintable(attempt.lastReason);
    const QStringList path = pos::test::attemptStatePath(m_database, attempt.outTradeNo);
    EXPECT_EQ(path.contains(QStringLiteral("unknown")), scenario.viaUnknown)
        << qPrintable(path.join(u' '));
    const bool succeeded = scenario.outcome == AttemptState::Succeeded;
    EXPECT_EQ(paid, succeeded ? QStringList{order.value()} : QStringList{});
    EXPECT_EQ(m_payments->amountDue(order.value()).value(), succeeded ? fen(0) : fen(350));
    const QString channelState =
        s_sandbox->tradeFor(attempt.outTradeNo)[QStringLiteral("state")].toString();
    if (succeeded) {
        EXPECT_EQ(channelState, QStringLiteral("SUCCESS"));
        EXPECT_FALSE(attempt.channelTradeNo.isEmpty());
    } else {
        EXPECT_NE(channelState, QStringLiteral("SUCCESS")) << "no money kept for a failed sale";
    }
}

INSTANTIATE_TEST_SUITE_P(Codes0001To0010, WechatScenarioCodesTest,
                         ::testing::Values(WechatCase{"0001", AttemptState::Failed, false},
                                           WechatCase{"0002", AttemptState::Succeeded, false},
                                           WechatCase{"0003", AttemptState::Succeeded, true},
                                           WechatCase{"0004", AttemptState::Closed, false},
                                           WechatCase{"0005", AttemptState::Failed, false},
                                           WechatCase{"0006", AttemptState::Closed, true},
                                           WechatCase{"0007", AttemptState::Succeeded, true},
                                           WechatCase{"0008", AttemptState::Succeeded, true},
                                           WechatCase{"0009", AttemptState::Succeeded, true},
                                           WechatCase{"0010", AttemptState::Succeeded, true}),
                         [](const ::testing::TestParamInfo<WechatCase> &paramInfo) {
                             return std::string("Code") + paramInfo.param.lastFour;
                         });

} // namespace
