// Weak channels (seed 000): attempts on a channel with no query and no notification stay
// Pending-Statement and are settled by importing the channel's statement.
#include "TemporaryDatabase.h"
#include "support/TestSupport.h"

#include "channels/ManualChannel.h"
#include "demo/DemoData.h"
#include "payments/PaymentService.h"
#include "payments/RefundService.h"
#include "reconciliation/PendingStatementImport.h"
#include "sale/SaleService.h"
#include "storage/AttemptRepository.h"
#include "storage/OrderRepository.h"
#include "storage/RefundRepository.h"

#include <gtest/gtest.h>

using namespace pos;

namespace {

class StatementImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open().ok());
        ASSERT_TRUE(demo::seedIfEmpty(m_db.database()).ok());
        m_router.addRule({QStringLiteral("manual"), {QStringLiteral("99")}, 10, 10, true});
        m_registry.add(&m_manual);
        m_service = std::make_unique<payments::PaymentService>(
            m_db.database(), m_registry, m_router, payments::PaymentSchedule{});
    }

    // An order paid in full on the manual channel, left Pending-Statement.
    PaymentAttempt pendingPayment()
    {
        sale::SaleService sale(m_db.database(), {}, BusinessCalendar(0));
        sale.startSale(Cashier{});
        EXPECT_TRUE(sale.addByBarcode(demo::demoBarcode(0)).ok());
        auto orderId = sale.checkout();
        EXPECT_TRUE(orderId.ok());
        auto attempt = m_service->payByCode(orderId.value(), sale.order().total(),
                                            QStringLiteral("9900000001"));
        EXPECT_TRUE(attempt.ok());
        EXPECT_TRUE(test::waitUntil(
            [&] { return stored(attempt->outTradeNo).state == AttemptState::PendingStatement; }));
        return stored(attempt->outTradeNo);
    }

    PaymentAttempt stored(const QString &outTradeNo)
    {
        return storage::AttemptRepository(m_db.database()).findByOutTradeNo(outTradeNo).value();
    }

    OrderStatus orderStatus(const QString &orderId)
    {
        return storage::OrderRepository(m_db.database()).summary(orderId)->status;
    }

    static QByteArray csv(const QList<QByteArray> &rows)
    {
        QByteArray text = "out_trade_no,amount,channel_trade_no\n";
        for (const QByteArray &row : rows) {
            text += row + '\n';
        }
        return text;
    }

    const QDate m_today = QDate::currentDate();
    test::TemporaryDatabase m_db;
    channels::ManualChannel m_manual;
    channels::PaymentCodeRouter m_router;
    payments::ChannelRegistry m_registry;
    std::unique_ptr<payments::PaymentService> m_service;
};

TEST_F(StatementImportTest, ParsesTheDocumentedFormat)
{
    auto parsed = reconciliation::parseStatementCsv(
        "\xEF\xBB\xBFout_trade_no,amount,channel_trade_no\n# comment\nA1,12.30,BANK1\r\nB2,0.01,\n",
        QStringLiteral("manual"), m_today);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->lines.size(), 2u);
    EXPECT_EQ(parsed->lines[0].outTradeNo, QStringLiteral("A1"));
    EXPECT_EQ(parsed->lines[0].amount, Money::fromMinor(1230));
    EXPECT_EQ(parsed->lines[0].channelTradeNo, QStringLiteral("BANK1"));
    EXPECT_EQ(parsed->lines[1].lineNumber, 4);
    EXPECT_TRUE(parsed->lines[1].channelTradeNo.isEmpty());
}

TEST_F(StatementImportTest, RefusesHostileFilesWithTheLineNumber)
{
    const struct
    {
        QByteArray bytes;
        const char *mentions;
    } cases[] = {
        {"", "empty"},
        {"order,amount\nA1,1.00\n", "header"},
        {csv({"A1,1.00"}), "line 2"},
        {csv({"A1,-1.00,X"}), "more than zero"},
        {csv({"A1,1.005,X"}), "line 2"},
        {csv({"A1,abc,X"}), "line 2"},
        {csv({"A1,1.00,X", "A1,1.00,Y"}), "twice"},
        {csv({"A1;DROP TABLE,1.00,X"}), "not a merchant order number"},
        {csv({"A1,1.00,X,extra"}), "3 fields"},
    };
    for (const auto &bad : cases) {
        auto parsed =
            reconciliation::parseStatementCsv(bad.bytes, QStringLiteral("manual"), m_today);
        ASSERT_FALSE(parsed.ok()) << bad.bytes.toStdString();
        EXPECT_TRUE(parsed.error().message.contains(QLatin1String(bad.mentions)))
            << parsed.error().message.toStdString();
    }
    EXPECT_FALSE(
        reconciliation::parseStatementCsv(csv({}), QStringLiteral("manual"), QDate()).ok());
}

TEST_F(StatementImportTest, ALineSettlesAPendingAttemptAsPaidAndTheOrderIsPaidOnce)
{
    const PaymentAttempt attempt = pendingPayment();
    int ordersPaid = 0;
    QObject::connect(m_service.get(), &payments::PaymentService::orderPaid,
                     [&ordersPaid](const QString &) { ++ordersPaid; });
    auto statement = reconciliation::parseStatementCsv(
        csv({attempt.outTradeNo.toLatin1() + ',' + attempt.amount.toDecimalString().toLatin1() +
             ",BANK77"}),
        QStringLiteral("manual"), m_today);
    ASSERT_TRUE(statement.ok());

    auto summary = reconciliation::applyStatement(statement.value(), m_db.database(), *m_service);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->paid, 1);
    EXPECT_EQ(summary->notPaid, 0);
    EXPECT_EQ(stored(attempt.outTradeNo).state, AttemptState::Succeeded);
    EXPECT_EQ(stored(attempt.outTradeNo).channelTradeNo, QStringLiteral("BANK77"));
    EXPECT_EQ(orderStatus(attempt.orderId), OrderStatus::Paid);

    // The same statement imported again changes nothing.
    auto again = reconciliation::applyStatement(statement.value(), m_db.database(), *m_service);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->paid, 0);
    EXPECT_EQ(again->alreadySettled, 1);
    EXPECT_EQ(ordersPaid, 1);
}

TEST_F(StatementImportTest, AbsenceFromTheDaysStatementClosesTheAttempt)
{
    const PaymentAttempt attempt = pendingPayment();
    auto statement = reconciliation::parseStatementCsv(csv({"SOMEONEELSE1,5.00,X"}),
                                                       QStringLiteral("manual"), m_today);
    ASSERT_TRUE(statement.ok());
    auto summary = reconciliation::applyStatement(statement.value(), m_db.database(), *m_service);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->notPaid, 1);
    EXPECT_EQ(summary->unmatched, QStringList{QStringLiteral("SOMEONEELSE1")});
    EXPECT_EQ(stored(attempt.outTradeNo).state, AttemptState::Closed);
    EXPECT_EQ(orderStatus(attempt.orderId), OrderStatus::Open);
    auto due = m_service->amountDue(attempt.orderId);
    ASSERT_TRUE(due.ok());
    EXPECT_EQ(due.value(), attempt.amount) << "the cashier can now take the money another way";
}

TEST_F(StatementImportTest, AStatementOfAnotherDayDoesNotCloseTodaysAttempts)
{
    const PaymentAttempt attempt = pendingPayment();
    auto statement =
        reconciliation::parseStatementCsv(csv({}), QStringLiteral("manual"), m_today.addDays(-1));
    ASSERT_TRUE(statement.ok());
    auto summary = reconciliation::applyStatement(statement.value(), m_db.database(), *m_service);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->notPaid, 0);
    EXPECT_EQ(stored(attempt.outTradeNo).state, AttemptState::PendingStatement);
}

TEST_F(StatementImportTest, AnAmountThatContradictsOurRecordSettlesNothing)
{
    const PaymentAttempt attempt = pendingPayment();
    auto statement = reconciliation::parseStatementCsv(
        csv({attempt.outTradeNo.toLatin1() + ",0.01,BANK1"}), QStringLiteral("manual"), m_today);
    ASSERT_TRUE(statement.ok());
    auto summary = reconciliation::applyStatement(statement.value(), m_db.database(), *m_service);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->paid, 0);
    ASSERT_EQ(summary->problems.size(), 1);
    EXPECT_TRUE(summary->problems.first().contains(QLatin1String("0.01")));
    EXPECT_EQ(stored(attempt.outTradeNo).state, AttemptState::PendingStatement);
}

TEST_F(StatementImportTest, APendingAttemptOfACancelledSaleFoundPaidIsReturnedByHand)
{
    const PaymentAttempt attempt = pendingPayment();
    ASSERT_TRUE(m_service->cancelCheckout(attempt.orderId, QStringLiteral("customer left")).ok());
    payments::RefundService refunds(m_db.database(), m_registry, payments::PaymentSchedule{});
    m_service->setRefundService(&refunds);
    auto statement = reconciliation::parseStatementCsv(
        csv({attempt.outTradeNo.toLatin1() + ',' + attempt.amount.toDecimalString().toLatin1() +
             ",BANK9"}),
        QStringLiteral("manual"), m_today);
    ASSERT_TRUE(statement.ok());
    ASSERT_TRUE(
        reconciliation::applyStatement(statement.value(), m_db.database(), *m_service).ok());
    EXPECT_EQ(stored(attempt.outTradeNo).state, AttemptState::Succeeded);
    auto tasks = storage::RefundRepository(m_db.database()).listByHandOpen();
    ASSERT_TRUE(tasks.ok());
    ASSERT_EQ(tasks->size(), 1u) << "no refund API: the supervisor gets a refund-by-hand task";
    EXPECT_EQ(tasks->front().amount, attempt.amount);
    EXPECT_EQ(tasks->front().kind, RefundKind::Automatic);
}

} // namespace
