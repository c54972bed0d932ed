// The payment service end to end: TerminalRuntime on a real SQLite file, the Alipay adapter
// talking to the real pos-channel-sim, and a short schedule. Invariants 1, 2 and 4: every attempt
// is stored before it is sent, an order is paid exactly once, and uncertain outcomes are driven
// to a final state by query and cancel, never to a success the channel did not confirm.
#include "payments/PaymentService.h"
#include "channels/alipay/AlipayChannel.h"
#include "config/TerminalConfig.h"
#include "demo/DemoData.h"
#include "runtime/TerminalRuntime.h"
#include "storage/AttemptRepository.h"
#include "storage/CashierRepository.h"
#include "storage/OrderRepository.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/AttemptHistory.h"
#include "system/ChannelTestSupport.h"
#include "system/SystemPrinters.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using pos::AttemptState;
using pos::Money;
using pos::OrderStatus;
using pos::PaymentAttempt;
using pos::payments::PaymentService;
using pos::test::alipayCode;
using pos::test::waitUntil;

constexpr int kLifetimeMs = 3000;

pos::payments::PaymentSchedule shortSchedule()
{
    pos::payments::PaymentSchedule schedule;
    schedule.userPayingPollMs = 100;
    schedule.codeLifetimeMs = kLifetimeMs;
    schedule.unknownFirstQueryMs = 100;
    schedule.unknownQueryIntervalMs = 100;
    schedule.unknownMaxQueries = 3;
    schedule.reversalRetryMs = 200;
    schedule.recoveryIntervalMs = 60000;
    return schedule;
}

Money yuan(qint64 fen)
{
    return Money::fromMinor(fen);
}

class PaymentServiceTest
    : public pos::test::SharedSandboxTest<PaymentServiceTest, pos::test::AlipaySandbox>
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

        pos::config::TerminalConfig config;
        // One sandbox serves the suite: a terminal id per test keeps out_trade_no values apart.
        config.identity.terminalId = QStringLiteral("PS%1").arg(++s_terminal);
        ASSERT_TRUE(s_sandbox->configureTerminal(m_dir.path(), &config.alipay, 3000));
        config.schedule = shortSchedule();
        auto opened = m_runtime.open(m_dir.path(), config, true);
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
        watch(m_runtime.payments());
    }

    void TearDown() override
    {
        if (m_runtime.database().isOpen()) {
            const QStringList problems = pos::test::attemptHistoryProblems(m_runtime.database());
            EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QLatin1Char('\n')));
        }
    }

    void watch(PaymentService &service)
    {
        QObject::connect(&service, &PaymentService::attemptUpdated, &service,
                         [this](const PaymentAttempt &attempt) {
                             m_seen[attempt.outTradeNo] << pos::attemptStateName(attempt.state);
                         });
        QObject::connect(&service, &PaymentService::orderPaid, &service,
                         [this](const QString &orderId) { m_paid << orderId; });
    }

    PaymentService &payments() { return m_runtime.payments(); }

    // Rings up demo items 0..count-1 (2.00 + 3.50 + 4.50 + ...) and checks out.
    QString ringUp(int count = 3)
    {
        auto cashier = pos::storage::CashierRepository(m_runtime.database())
                           .findByCode(QStringLiteral("1001"));
        EXPECT_TRUE(cashier.ok());
        if (!cashier) {
            return {};
        }
        auto &sale = m_runtime.sale();
        sale.startSale(cashier.value());
        for (int i = 0; i < count; ++i) {
            auto added = sale.addByBarcode(pos::demo::demoBarcode(i));
            EXPECT_TRUE(added.ok()) << qPrintable(added.error().message);
        }
        auto id = sale.checkout();
        EXPECT_TRUE(id.ok()) << qPrintable(id ? QString() : id.error().message);
        return id ? id.value() : QString();
    }

    Money total(const QString &orderId)
    {
        return pos::storage::OrderRepository(m_runtime.database()).summary(orderId)->total;
    }

    OrderStatus orderStatus(const QString &orderId)
    {
        return pos::storage::OrderRepository(m_runtime.database()).summary(orderId)->status;
    }

    Money due(const QString &orderId)
    {
        auto amount = payments().amountDue(orderId);
        EXPECT_TRUE(amount.ok());
        return amount ? amount.value() : Money();
    }

    std::vector<PaymentAttempt> attempts(const QString &orderId)
    {
        auto list = pos::storage::AttemptRepository(m_runtime.database()).listForOrder(orderId);
        EXPECT_TRUE(list.ok());
        return list ? list.value() : std::vector<PaymentAttempt>{};
    }

    AttemptState stateOf(const QString &outTradeNo)
    {
        auto attempt =
            pos::storage::AttemptRepository(m_runtime.database()).findByOutTradeNo(outTradeNo);
        return attempt ? attempt->state : AttemptState::Created;
    }

    bool waitForState(const QString &outTradeNo, AttemptState state, int timeoutMs = 8000)
    {
        return waitUntil([&]() { return stateOf(outTradeNo) == state; }, timeoutMs);
    }

    // Pays the whole amount due by code and returns the attempt's number.
    QString payDueByCode(const QString &orderId, const QString &code)
    {
        auto attempt = payments().payByCode(orderId, due(orderId), code);
        EXPECT_TRUE(attempt.ok()) << qPrintable(attempt ? QString() : attempt.error().message);
        if (!attempt) {
            return {};
        }
        EXPECT_EQ(attempt->state, AttemptState::Sent);
        return attempt->outTradeNo;
    }

    static int s_terminal;
    QTemporaryDir m_dir;
    pos::runtime::TerminalRuntime m_runtime;
    QHash<QString, QStringList> m_seen; // states announced by attemptUpdated, per attempt
    QStringList m_paid;                 // orderPaid signals
};

int PaymentServiceTest::s_terminal = 0;

TEST_F(PaymentServiceTest, CashWithChangePaysTheOrderInOneAttempt)
{
    const QString order = ringUp();
    ASSERT_EQ(total(order), yuan(1000));
    auto attempt = payments().payCash(order, yuan(5000));
    ASSERT_TRUE(attempt.ok()) << qPrintable(attempt ? QString() : attempt.error().message);
    EXPECT_EQ(attempt->state, AttemptState::Succeeded);
    EXPECT_EQ(attempt->amount, yuan(1000));
    EXPECT_EQ(attempt->tendered, yuan(5000));
    EXPECT_EQ(attempt->change(), yuan(4000));
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(attempts(order).size(), 1u);
    EXPECT_EQ(m_paid, QStringList{order});
    EXPECT_EQ(due(order), yuan(0));
}

TEST_F(PaymentServiceTest, CashBelowTheTotalLeavesTheRestDue)
{
    const QString order = ringUp();
    auto attempt = payments().payCash(order, yuan(300));
    ASSERT_TRUE(attempt.ok());
    EXPECT_EQ(attempt->change(), yuan(0));
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), yuan(700));
    EXPECT_TRUE(m_paid.isEmpty());
}

TEST_F(PaymentServiceTest, SplitTenderCashThenCodePaysTheOrderExactlyOnce)
{
    const QString order = ringUp();
    ASSERT_TRUE(payments().payCash(order, yuan(400)).ok());
    EXPECT_EQ(due(order), yuan(600));
    EXPECT_TRUE(m_paid.isEmpty());

    const QString number = payDueByCode(order, alipayCode("1234"));
    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded));
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(due(order), yuan(0));
    const auto all = attempts(order);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_NE(all[0].outTradeNo, all[1].outTradeNo);
    EXPECT_EQ(all[1].amount, yuan(600));
    EXPECT_EQ(s_sandbox->tradeFor(number)[QStringLiteral("amount_fen")].toInteger(), 600);
    // Whatever else runs on the event loop, the order is announced paid once.
    waitUntil([]() { return false; }, 300);
    EXPECT_EQ(m_paid, QStringList{order});
}

TEST_F(PaymentServiceTest, CodePaymentSucceedsAndKeepsTheChannelTradeNumber)
{
    const QString order = ringUp();
    const QString number = payDueByCode(order, alipayCode("1234"));
    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded));
    const PaymentAttempt stored = attempts(order).at(0);
    EXPECT_EQ(stored.channel, QStringLiteral("alipay"));
    EXPECT_EQ(stored.channelTradeNo,
              s_sandbox->tradeFor(number)[QStringLiteral("trade_no")].toString());
    EXPECT_FALSE(stored.channelTradeNo.isEmpty());
    EXPECT_EQ(stored.maskedCode, QStringLiteral("2876**********1234")); // 18 digits
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(m_paid, QStringList{order});
    EXPECT_EQ(m_seen.value(number),
              (QStringList{QStringLiteral("sent"), QStringLiteral("succeeded")}));
}

TEST_F(PaymentServiceTest, InsufficientBalanceFailsAndLeavesTheOrderOpenWithTheSameDue)
{
    const QString order = ringUp();
    const Money before = due(order);
    const QString number = payDueByCode(order, alipayCode("0001"));
    ASSERT_TRUE(waitForState(number, AttemptState::Failed));
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), before);
    EXPECT_TRUE(m_paid.isEmpty());
    EXPECT_EQ(s_sandbox->methodsFor(number), QStringList{QStringLiteral("alipay.trade.pay")});
}

TEST_F(PaymentServiceTest, AfterAFailedAttemptTheNextOneUsesAFreshNumberAndPays)
{
    const QString order = ringUp();
    const QString first = payDueByCode(order, alipayCode("0001"));
    ASSERT_TRUE(waitForState(first, AttemptState::Failed));
    const QString second = payDueByCode(order, alipayCode("4321"));
    EXPECT_NE(first, second);
    ASSERT_TRUE(waitForState(second, AttemptState::Succeeded));
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(m_paid, QStringList{order});
}

TEST_F(PaymentServiceTest, UserPayingIsPolledUntilSucceeded)
{
    const QString order = ringUp();
    const QString number = payDueByCode(order, alipayCode("0002"));
    ASSERT_TRUE(waitForState(number, AttemptState::UserPaying, 3000));
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), yuan(0)); // pending money is not asked for twice
    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded, 6000));
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(m_paid, QStringList{order});
    const QStringList methods = s_sandbox->methodsFor(number);
    EXPECT_GE(methods.count(QStringLiteral("alipay.trade.query")), 2);
    EXPECT_FALSE(methods.contains(QStringLiteral("alipay.trade.cancel")));
}

TEST_F(PaymentServiceTest, SystemErrorIsUnknownThenSucceededByQuery)
{
    const QString order = ringUp();
    const QString number = payDueByCode(order, alipayCode("0003"));
    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded));
    EXPECT_EQ(m_seen.value(number), (QStringList{QStringLiteral("sent"), QStringLiteral("unknown"),
                                                 QStringLiteral("succeeded")}));
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(m_paid, QStringList{order});
}

TEST_F(PaymentServiceTest, SystemErrorWithoutATradeIsClosedAfterTheQueryFindsNothing)
{
    const QString order = ringUp();
    const QString number = payDueByCode(order, alipayCode("0006"));
    ASSERT_TRUE(waitForState(number, AttemptState::Closed));
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), total(order));
    // The door is closed on the channel too: a late pay with this number cannot succeed.
    EXPECT_EQ(s_sandbox->methodsFor(number),
              (QStringList{QStringLiteral("alipay.trade.pay"), QStringLiteral("alipay.trade.query"),
                           QStringLiteral("alipay.trade.cancel")}));
}

TEST_F(PaymentServiceTest, UserPayingForeverIsCancelledAfterTheCodeLifetime)
{
    const QString order = ringUp();
    QElapsedTimer clock;
    clock.start();
    const QString number = payDueByCode(order, alipayCode("0004"));
    ASSERT_TRUE(waitForState(number, AttemptState::UserPaying, 3000));
    ASSERT_TRUE(waitForState(number, AttemptState::Closed, kLifetimeMs + 4000));
    EXPECT_GE(clock.elapsed(), kLifetimeMs - 100);
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), total(order));
    EXPECT_TRUE(m_paid.isEmpty());
    EXPECT_EQ(s_sandbox->tradeFor(number)[QStringLiteral("status")].toString(),
              QStringLiteral("TRADE_CLOSED"));
    EXPECT_EQ(payments().activeCount(), 0);
}

TEST_F(PaymentServiceTest, CashierCancelWhileTheCustomerIsPayingClosesTheAttempt)
{
    const QString order = ringUp();
    QElapsedTimer clock;
    clock.start();
    const QString number = payDueByCode(order, alipayCode("0004"));
    ASSERT_TRUE(waitForState(number, AttemptState::UserPaying, 3000));
    auto cancelled = payments().cancel(number);
    ASSERT_TRUE(cancelled.ok()) << qPrintable(cancelled ? QString() : cancelled.error().message);
    ASSERT_TRUE(waitForState(number, AttemptState::Closed, 3000));
    EXPECT_LT(clock.elapsed(), kLifetimeMs); // did not wait for the code to expire
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), total(order));
    EXPECT_EQ(s_sandbox->tradeFor(number)[QStringLiteral("status")].toString(),
              QStringLiteral("TRADE_CLOSED"));
    // A final attempt cannot be cancelled again.
    auto again = payments().cancel(number);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("payment.not_cancellable"));
}

TEST_F(PaymentServiceTest, CashierCancelWhileThePayIsInFlightReversesAPaidTrade)
{
    const QString order = ringUp();
    const QString number = payDueByCode(order, alipayCode("1234"));
    // The cashier gives up before the channel has answered; the customer's money was taken.
    ASSERT_TRUE(payments().cancel(number).ok());
    ASSERT_TRUE(waitForState(number, AttemptState::Reversed));
    EXPECT_EQ(m_seen.value(number),
              (QStringList{QStringLiteral("sent"), QStringLiteral("succeeded"),
                           QStringLiteral("reversed")}));
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), total(order));
    EXPECT_TRUE(m_paid.isEmpty());
    const QJsonObject trade = s_sandbox->tradeFor(number);
    EXPECT_EQ(trade[QStringLiteral("status")].toString(), QStringLiteral("TRADE_CLOSED"));
    EXPECT_EQ(trade[QStringLiteral("refunded_fen")].toInteger(), total(order).minor());
}

TEST_F(PaymentServiceTest, TamperedSignatureIsUnknownUntilASignedQueryConfirmsThePayment)
{
    const QString order = ringUp();
    const QString number = payDueByCode(order, alipayCode("0009"));
    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded));
    // The pay answer was rejected (Unknown); the only other thing the channel was asked is the
    // query, so that signed query is what made the attempt succeed.
    EXPECT_EQ(m_seen.value(number), (QStringList{QStringLiteral("sent"), QStringLiteral("unknown"),
                                                 QStringLiteral("succeeded")}));
    EXPECT_EQ(s_sandbox->methodsFor(number), (QStringList{QStringLiteral("alipay.trade.pay"),
                                                          QStringLiteral("alipay.trade.query")}));
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(m_paid, QStringList{order});
}

TEST_F(PaymentServiceTest, AmountOverTheDueIsRefusedAndNothingIsStored)
{
    const QString order = ringUp();
    auto attempt = payments().payByCode(order, yuan(1001), alipayCode("1234"));
    ASSERT_FALSE(attempt.ok());
    EXPECT_EQ(attempt.error().code, QStringLiteral("payment.over_due"));
    auto zero = payments().payByCode(order, yuan(0), alipayCode("1234"));
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().code, QStringLiteral("payment.bad_amount"));
    EXPECT_TRUE(attempts(order).empty());
    EXPECT_TRUE(m_seen.isEmpty());
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
}

TEST_F(PaymentServiceTest, UnknownPaymentCodeIsRefusedAndNothingIsStored)
{
    const QString order = ringUp();
    for (const QString &code :
         {QStringLiteral("9912345678901234"), QStringLiteral("hello"), QStringLiteral("")}) {
        auto attempt = payments().payByCode(order, due(order), code);
        ASSERT_FALSE(attempt.ok()) << qPrintable(code);
        EXPECT_EQ(attempt.error().code, QStringLiteral("code.unknown_channel")) << qPrintable(code);
    }
    EXPECT_TRUE(attempts(order).empty());
    EXPECT_TRUE(m_seen.isEmpty());
}

TEST_F(PaymentServiceTest, CodeOfAChannelThisTerminalDoesNotHaveIsRefused)
{
    const QString order = ringUp();
    auto attempt = payments().payByCode(order, due(order), QStringLiteral("134567890123456789"));
    ASSERT_FALSE(attempt.ok());
    EXPECT_EQ(attempt.error().code, QStringLiteral("payment.channel_unavailable"));
    EXPECT_TRUE(attempts(order).empty());
}

TEST_F(PaymentServiceTest, PaidOrderCannotBePaidAgain)
{
    const QString order = ringUp();
    ASSERT_TRUE(payments().payCash(order, yuan(1000)).ok());
    ASSERT_EQ(orderStatus(order), OrderStatus::Paid);

    auto byCode = payments().payByCode(order, yuan(100), alipayCode("1234"));
    ASSERT_FALSE(byCode.ok());
    EXPECT_EQ(byCode.error().code, QStringLiteral("payment.order_not_open"));
    auto byCash = payments().payCash(order, yuan(100));
    ASSERT_FALSE(byCash.ok());
    EXPECT_EQ(byCash.error().code, QStringLiteral("payment.order_not_open"));
    EXPECT_EQ(attempts(order).size(), 1u);
    EXPECT_EQ(m_paid, QStringList{order});
}

TEST_F(PaymentServiceTest, RecoveryFindsASentAttemptPaidOnTheChannelAndPaysTheOrder)
{
    const QString order = ringUp();
    const Money amount = total(order);
    QString number = order;
    number.replace(QLatin1Char('-'), QLatin1Char('_'));
    number += QStringLiteral("_A1");

    // The request left and the customer paid; then the process died before the answer arrived.
    pos::channels::alipay::AlipayChannel direct(s_sandbox->channelConfig());
    pos::channels::PayRequest request;
    request.outTradeNo = number;
    request.amount = amount;
    request.authCode = alipayCode("1234");
    request.subject = QStringLiteral("Order");
    const auto paid = pos::test::awaitChannel(
        [&](pos::channels::PaymentChannel::Callback done) { direct.pay(request, done); });
    ASSERT_TRUE(paid.isSuccess()) << qPrintable(paid.reason);

    PaymentAttempt attempt;
    attempt.orderId = order;
    attempt.outTradeNo = number;
    attempt.channel = QStringLiteral("alipay");
    attempt.method = pos::PaymentMethod::PaymentCode;
    attempt.amount = amount;
    attempt.tendered = yuan(0);
    attempt.maskedCode = pos::maskPaymentCode(request.authCode);
    ASSERT_TRUE(attempt.transitionTo(AttemptState::Sent).ok());
    ASSERT_TRUE(pos::storage::AttemptRepository(m_runtime.database()).insert(attempt).ok());

    PaymentService restarted(m_runtime.database(), m_runtime.channels(),
                             pos::channels::PaymentCodeRouter(), shortSchedule());
    watch(restarted);
    restarted.recover();
    ASSERT_TRUE(waitForState(number, AttemptState::Succeeded));
    EXPECT_EQ(orderStatus(order), OrderStatus::Paid);
    EXPECT_EQ(m_paid, QStringList{order});
    EXPECT_EQ(attempts(order).at(0).channelTradeNo, paid.channelTradeNo);
    EXPECT_EQ(pos::test::attemptStatePath(m_runtime.database(), number),
              (QStringList{QStringLiteral("created"), QStringLiteral("sent"),
                           QStringLiteral("unknown"), QStringLiteral("succeeded")}));
    EXPECT_EQ(s_sandbox->methodsFor(number), (QStringList{QStringLiteral("alipay.trade.pay"),
                                                          QStringLiteral("alipay.trade.query")}));
}

TEST_F(PaymentServiceTest, RecoveryClosesASentAttemptTheChannelNeverReceived)
{
    const QString order = ringUp();
    PaymentAttempt attempt;
    attempt.orderId = order;
    attempt.outTradeNo = QStringLiteral("%1_LOST").arg(m_runtime.config().identity.terminalId);
    attempt.channel = QStringLiteral("alipay");
    attempt.method = pos::PaymentMethod::PaymentCode;
    attempt.amount = total(order);
    attempt.tendered = yuan(0);
    ASSERT_TRUE(attempt.transitionTo(AttemptState::Sent).ok());
    ASSERT_TRUE(pos::storage::AttemptRepository(m_runtime.database()).insert(attempt).ok());

    PaymentService restarted(m_runtime.database(), m_runtime.channels(),
                             pos::channels::PaymentCodeRouter(), shortSchedule());
    restarted.recover();
    ASSERT_TRUE(waitForState(attempt.outTradeNo, AttemptState::Closed));
    EXPECT_EQ(orderStatus(order), OrderStatus::Open);
    EXPECT_EQ(due(order), total(order));
    // Closed on the channel as well, so the lost request can never be charged later.
    EXPECT_EQ(s_sandbox->tradeFor(attempt.outTradeNo)[QStringLiteral("status")].toString(),
              QStringLiteral("TRADE_CLOSED"));
}

TEST_F(PaymentServiceTest, RecoveryFailsAnAttemptThatWasNeverSent)
{
    const QString order = ringUp();
    PaymentAttempt attempt;
    attempt.orderId = order;
    attempt.outTradeNo = QStringLiteral("%1_UNSENT").arg(m_runtime.config().identity.terminalId);
    attempt.channel = QStringLiteral("alipay");
    attempt.method = pos::PaymentMethod::PaymentCode;
    attempt.amount = total(order);
    attempt.tendered = yuan(0);
    ASSERT_TRUE(pos::storage::AttemptRepository(m_runtime.database()).insert(attempt).ok());

    PaymentService restarted(m_runtime.database(), m_runtime.channels(),
                             pos::channels::PaymentCodeRouter(), shortSchedule());
    restarted.recover();
    EXPECT_EQ(stateOf(attempt.outTradeNo), AttemptState::Failed);
    EXPECT_TRUE(s_sandbox->methodsFor(attempt.outTradeNo).isEmpty());
    EXPECT_EQ(due(order), total(order));
}

} // namespace
