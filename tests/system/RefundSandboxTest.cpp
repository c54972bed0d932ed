// Refunds end to end: TerminalRuntime on a real SQLite file, the Alipay adapter and the real
// pos-channel-sim (invariant 5). Refund amounts ending in .07 are processed late (found by refund
// query), .08 refused; partial refunds stop at what was paid, on our side and the channel's; and
// a QR the customer paid just before the cashier cancelled is refunded automatically.
#include "channels/alipay/AlipayChannel.h"
#include "config/TerminalConfig.h"
#include "demo/DemoData.h"
#include "runtime/TerminalRuntime.h"
#include "storage/AttemptRepository.h"
#include "storage/AuditLog.h"
#include "storage/CashierRepository.h"
#include "storage/OrderRepository.h"
#include "storage/RefundRepository.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/AttemptHistory.h"
#include "system/ChannelTestSupport.h"
#include "system/SystemPrinters.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

using pos::AttemptState;
using pos::Money;
using pos::PaymentAttempt;
using pos::Refund;
using pos::RefundState;
using pos::test::alipayCode;
using pos::test::waitUntil;

Money fen(qint64 minor)
{
    return Money::fromMinor(minor);
}

class RefundSandboxTest
    : public pos::test::SharedSandboxTest<RefundSandboxTest, pos::test::AlipaySandbox>
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
        config.identity.terminalId = QStringLiteral("RF%1").arg(++s_terminal);
        ASSERT_TRUE(s_sandbox->configureTerminal(m_dir.path(), &config.alipay, 3000));
        // The terminal looks at a shown QR only when the test says so (a poll far away), so the
        // customer can pay before the terminal notices.
        config.schedule.userPayingPollMs = 30000;
        config.schedule.qrLifetimeMs = 60000;
        config.schedule.codeLifetimeMs = 3000;
        config.schedule.unknownFirstQueryMs = 100;
        config.schedule.unknownQueryIntervalMs = 100;
        config.schedule.reversalRetryMs = 100;
        config.schedule.refundPollMs = 150;
        config.schedule.refundRetryMs = 150;
        auto opened = m_runtime.open(m_dir.path(), config, true);
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    }

    void TearDown() override
    {
        if (m_runtime.database().isOpen()) {
            const QStringList problems = pos::test::attemptHistoryProblems(m_runtime.database());
            EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QLatin1Char('\n')));
        }
    }

    pos::storage::Database &db() { return m_runtime.database(); }

    pos::Cashier account(const char *code)
    {
        auto found = pos::storage::CashierRepository(db()).findByCode(QLatin1String(code));
        EXPECT_TRUE(found.ok());
        return found ? found.value() : pos::Cashier{};
    }

    // Rings up demo items 0..2 (10.00), pays them by an Alipay code and waits for the success.
    PaymentAttempt paidOrder()
    {
        auto &sale = m_runtime.sale();
        sale.startSale(account("1001"));
        for (int i = 0; i < 3; ++i) {
            EXPECT_TRUE(sale.addByBarcode(pos::demo::demoBarcode(i)).ok());
        }
        auto order = sale.checkout();
        EXPECT_TRUE(order.ok());
        auto attempt = m_runtime.payments().payByCode(order.value(), fen(1000), alipayCode("1234"));
        EXPECT_TRUE(attempt.ok());
        EXPECT_TRUE(waitUntil(
            [&] { return stateOf(attempt->outTradeNo) == AttemptState::Succeeded; }, 5000));
        return pos::storage::AttemptRepository(db()).findByOutTradeNo(attempt->outTradeNo).value();
    }

    AttemptState stateOf(const QString &outTradeNo)
    {
        auto attempt = pos::storage::AttemptRepository(db()).findByOutTradeNo(outTradeNo);
        return attempt ? attempt->state : AttemptState::Created;
    }

    Refund refundNo(const QString &outRequestNo)
    {
        auto refund = pos::storage::RefundRepository(db()).findByOutRequestNo(outRequestNo);
        EXPECT_TRUE(refund.ok());
        return refund ? refund.value() : Refund{};
    }

    bool waitForRefund(const QString &outRequestNo, RefundState state, int timeoutMs = 6000)
    {
        return waitUntil([&] { return refundNo(outRequestNo).state == state; }, timeoutMs);
    }

    // Preview, confirm, approve by the demo supervisor.
    pos::Result<Refund> refund(const QString &outTradeNo, qint64 amount)
    {
        auto shown = m_runtime.refunds().preview(outTradeNo, fen(amount));
        if (!shown) {
            return shown.error();
        }
        return m_runtime.refunds().refund(shown.value(), QStringLiteral("退货 returned"),
                                          account("1001"), account("2001"));
    }

    // What the sandbox's ledger holds for one refund number.
    QJsonObject channelRefund(const QString &outRequestNo)
    {
        return pos::test::firstWith(s_sandbox->ledger().value(QStringLiteral("refunds")).toArray(),
                                    QStringLiteral("out_request_no"), outRequestNo);
    }

    qint64 refundedOnTheChannel(const QString &outTradeNo)
    {
        return s_sandbox->tradeFor(outTradeNo)[QStringLiteral("refunded_fen")].toInteger();
    }

    static inline int s_terminal = 0;
    QTemporaryDir m_dir;
    pos::runtime::TerminalRuntime m_runtime;
};

TEST_F(RefundSandboxTest, PlainRefundSucceedsAtOnce)
{
    const PaymentAttempt paid = paidOrder();
    auto done = refund(paid.outTradeNo, 250);
    ASSERT_TRUE(done.ok()) << qPrintable(done.error().message);
    ASSERT_TRUE(waitForRefund(done->outRequestNo, RefundState::Succeeded));
    EXPECT_EQ(refundedOnTheChannel(paid.outTradeNo), 250);
    EXPECT_EQ(channelRefund(done->outRequestNo)[QStringLiteral("amount_fen")].toInteger(), 250);
    EXPECT_EQ(pos::storage::AuditLog(db()).countOf(QStringLiteral("refund.approved")).value(), 1);
}

TEST_F(RefundSandboxTest, DelayedRefundIsProcessingUntilTheRefundQueryFindsItDone)
{
    const PaymentAttempt paid = paidOrder();
    QStringList path;
    QObject::connect(
        &m_runtime.refunds(), &pos::payments::RefundService::refundUpdated, &m_runtime,
        [&path](const Refund &updated) { path << pos::refundStateName(updated.state); });
    auto done = refund(paid.outTradeNo, 107);
    ASSERT_TRUE(done.ok()) << qPrintable(done.error().message);
    ASSERT_TRUE(waitForRefund(done->outRequestNo, RefundState::Succeeded));
    EXPECT_TRUE(path.contains(QStringLiteral("processing"))) << qPrintable(path.join(u' '));
    EXPECT_EQ(path.last(), QStringLiteral("succeeded"));
    EXPECT_EQ(refundedOnTheChannel(paid.outTradeNo), 107);
    const QStringList methods = s_sandbox->methodsFor(paid.outTradeNo);
    EXPECT_TRUE(methods.contains(QStringLiteral("alipay.trade.fastpay.refund.query")))
        << qPrintable(methods.join(u' '));
    // However often it was asked, it is one refund under one number.
    const QJsonArray all = s_sandbox->ledger().value(QStringLiteral("refunds")).toArray();
    int ours = 0;
    for (const QJsonValue &row : all) {
        ours += row[QStringLiteral("out_trade_no")].toString() == paid.outTradeNo ? 1 : 0;
    }
    EXPECT_EQ(ours, 1);
}

TEST_F(RefundSandboxTest, RefusedRefundFailsAndFreesTheCap)
{
    const PaymentAttempt paid = paidOrder();
    auto refused = refund(paid.outTradeNo, 1008);
    EXPECT_EQ(refused.error().code, QStringLiteral("refund.over_cap")) << "more than was paid";
    auto done = refund(paid.outTradeNo, 508);
    ASSERT_TRUE(done.ok());
    ASSERT_TRUE(waitForRefund(done->outRequestNo, RefundState::Failed));
    EXPECT_EQ(refundedOnTheChannel(paid.outTradeNo), 0);
    auto shown = m_runtime.refunds().preview(paid.outTradeNo, fen(1000));
    ASSERT_TRUE(shown.ok()) << "a refused refund moved nothing";
    EXPECT_EQ(shown->alreadyRefunded, fen(0));
    auto full = refund(paid.outTradeNo, 1000);
    ASSERT_TRUE(full.ok());
    ASSERT_TRUE(waitForRefund(full->outRequestNo, RefundState::Succeeded));
    EXPECT_EQ(refundedOnTheChannel(paid.outTradeNo), 1000);
}

TEST_F(RefundSandboxTest, PartialRefundsStopAtWhatWasPaid)
{
    const PaymentAttempt paid = paidOrder();
    for (qint64 amount : {300, 300, 399}) {
        auto done = refund(paid.outTradeNo, amount);
        ASSERT_TRUE(done.ok()) << qPrintable(done.error().message);
        ASSERT_TRUE(waitForRefund(done->outRequestNo, RefundState::Succeeded));
    }
    auto shown = m_runtime.refunds().preview(paid.outTradeNo, fen(1));
    ASSERT_TRUE(shown.ok());
    EXPECT_EQ(shown->alreadyRefunded, fen(999));
    EXPECT_EQ(shown->remainingAfter, fen(0));
    EXPECT_EQ(refund(paid.outTradeNo, 2).error().code, QStringLiteral("refund.over_cap"));
    auto last = refund(paid.outTradeNo, 1);
    ASSERT_TRUE(last.ok());
    ASSERT_TRUE(waitForRefund(last->outRequestNo, RefundState::Succeeded));
    EXPECT_EQ(refund(paid.outTradeNo, 1).error().code, QStringLiteral("refund.over_cap"));
    EXPECT_EQ(refundedOnTheChannel(paid.outTradeNo), 1000);
    EXPECT_EQ(pos::storage::RefundRepository(db()).listForAttempt(paid.id)->size(), 4u);
}

TEST_F(RefundSandboxTest, QrPaidJustBeforeTheCashierCancelledIsRefundedAutomatically)
{
    auto &sale = m_runtime.sale();
    sale.startSale(account("1001"));
    ASSERT_TRUE(sale.addByBarcode(pos::demo::demoBarcode(2)).ok()); // 4.50
    auto order = sale.checkout();
    ASSERT_TRUE(order.ok());
    auto shown =
        m_runtime.payments().payByCustomerQr(order.value(), fen(450), QStringLiteral("alipay"));
    ASSERT_TRUE(shown.ok()) << qPrintable(shown.error().message);
    const QString number = shown->outTradeNo;
    ASSERT_TRUE(waitUntil([&] { return stateOf(number) == AttemptState::UserPaying; }, 5000));
    // The customer pays (after --user-paying-seconds); the terminal has not looked yet when the
    // cashier gives up. The close is refused (the trade is paid), the query finds the money.
    ASSERT_TRUE(waitUntil(
        [&] {
            return s_sandbox->tradeFor(number)[QStringLiteral("status")].toString() ==
                   QStringLiteral("TRADE_SUCCESS");
        },
        5000));
    ASSERT_TRUE(m_runtime.payments().cancel(number).ok());

    ASSERT_TRUE(waitUntil([&] { return stateOf(number) == AttemptState::Succeeded; }, 5000));
    ASSERT_TRUE(waitUntil(
        [&] {
            auto back = pos::storage::RefundRepository(db()).listForOrder(order.value());
            return back && back->size() == 1 && back->front().state == RefundState::Succeeded;
        },
        5000));
    const Refund back = pos::storage::RefundRepository(db()).listForOrder(order.value())->front();
    EXPECT_EQ(back.kind, pos::RefundKind::Automatic);
    EXPECT_EQ(back.amount, fen(450));
    EXPECT_EQ(refundedOnTheChannel(number), 450);
    EXPECT_EQ(pos::storage::AuditLog(db()).countOf(QStringLiteral("refund.automatic")).value(), 1);
    const QStringList methods = s_sandbox->methodsFor(number);
    EXPECT_TRUE(methods.contains(QStringLiteral("alipay.trade.close")))
        << qPrintable(methods.join(u' '));
    EXPECT_EQ(pos::storage::OrderRepository(db()).summary(order.value())->status,
              pos::OrderStatus::Open);
    EXPECT_EQ(m_runtime.payments().amountDue(order.value()).value(), fen(450))
        << "the money went back: the whole amount is still due";
}

} // namespace
