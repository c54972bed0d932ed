// Seed 000: providers that lack query, cancel, notification or refund APIs. The payment
// service must read Capabilities and never call what a provider does not have.
#include "TemporaryDatabase.h"
#include "support/TestSupport.h"

#include "channels/ManualChannel.h"
#include "channels/RestrictedChannel.h"
#include "demo/DemoData.h"
#include "payments/PaymentService.h"
#include "sale/SaleService.h"
#include "storage/AttemptRepository.h"
#include "storage/OrderRepository.h"

#include <QTimer>

#include <gtest/gtest.h>

using namespace pos;
using channels::Capabilities;
using channels::ChannelResult;

namespace {

// A full-featured provider that answers every payment "unknown" and counts what it is asked.
class CountingChannel : public channels::PaymentChannel
{
public:
    QString id() const override { return QStringLiteral("alipay"); }
    Capabilities capabilities() const override
    {
        Capabilities all;
        all.merchantScansCustomer = all.customerScansMerchant = all.query = all.cancel = all.close =
            true;
        all.refund = all.refundQuery = all.asyncNotify = all.billDownload = true;
        return all;
    }
    void pay(const channels::PayRequest &, Callback done) override
    {
        ++pays;
        QTimer::singleShot(0, this,
                           [done] { done(ChannelResult::unknown(QStringLiteral("timeout"))); });
    }
    void query(const QString &, const Money &, Callback done) override
    {
        ++queries;
        QTimer::singleShot(
            0, this, [done] { done(ChannelResult::unknown(QStringLiteral("still unknown"))); });
    }
    void cancel(const QString &, Callback done) override
    {
        ++cancels;
        QTimer::singleShot(0, this, [done] { done(ChannelResult::success()); });
    }
    int pays = 0;
    int queries = 0;
    int cancels = 0;
};

class WeakChannelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open().ok());
        ASSERT_TRUE(demo::seedIfEmpty(m_db.database()).ok());
    }

    QString checkedOutOrder()
    {
        sale::SaleService sale(m_db.database(), {}, BusinessCalendar(0));
        sale.startSale(Cashier{});
        EXPECT_TRUE(sale.addByBarcode(demo::demoBarcode(0)).ok());
        auto id = sale.checkout();
        EXPECT_TRUE(id.ok());
        return id.value();
    }

    payments::PaymentSchedule fastSchedule() const
    {
        payments::PaymentSchedule schedule;
        schedule.unknownFirstQueryMs = schedule.unknownQueryIntervalMs = schedule.reversalRetryMs =
            5;
        schedule.unknownMaxQueries = 2;
        schedule.codeLifetimeMs = 300; // how long a notification is waited for
        return schedule;
    }

    test::TemporaryDatabase m_db;
};

TEST_F(WeakChannelTest, UnknownCapabilityNameIsRefused)
{
    auto restricted =
        channels::RestrictedChannel::restrict(Capabilities{}, {QStringLiteral("teleport")});
    ASSERT_FALSE(restricted.ok());
    EXPECT_TRUE(restricted.error().message.contains(QStringLiteral("teleport")));
}

TEST_F(WeakChannelTest, RestrictionRemovesExactlyTheNamedApis)
{
    CountingChannel full;
    auto allowed = channels::RestrictedChannel::restrict(
        full.capabilities(),
        {QStringLiteral("query"), QStringLiteral("notify"), QStringLiteral("refund")});
    ASSERT_TRUE(allowed.ok());
    EXPECT_FALSE(allowed->query);
    EXPECT_FALSE(allowed->asyncNotify);
    EXPECT_FALSE(allowed->refund);
    EXPECT_FALSE(allowed->refundQuery) << "no refund API means no refund query either";
    EXPECT_TRUE(allowed->cancel);
    EXPECT_TRUE(allowed->billDownload);
}

TEST_F(WeakChannelTest, ServiceNeverQueriesOrCancelsAProviderWithoutThoseApis)
{
    CountingChannel provider;
    auto allowed = channels::RestrictedChannel::restrict(
        provider.capabilities(), {QStringLiteral("query"), QStringLiteral("cancel")});
    ASSERT_TRUE(allowed.ok());
    channels::RestrictedChannel weak(&provider, allowed.value());
    payments::ChannelRegistry registry;
    registry.add(&weak);
    payments::PaymentService service(m_db.database(), registry, channels::PaymentCodeRouter(),
                                     fastSchedule());
    const QString orderId = checkedOutOrder();

    auto attempt =
        service.payByCode(orderId, Money::fromMinor(200), QStringLiteral("280000000000000000"));
    ASSERT_TRUE(attempt.ok()) << attempt.error().message.toStdString();
    ASSERT_TRUE(test::waitUntil([&] { return service.activeCount() == 0; }));

    EXPECT_EQ(provider.pays, 1);
    EXPECT_EQ(provider.queries, 0);
    EXPECT_EQ(provider.cancels, 0);
    auto stored = storage::AttemptRepository(m_db.database()).findByOutTradeNo(attempt->outTradeNo);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->state, AttemptState::PendingStatement)
        << "never reported as success nor failure without proof";
    EXPECT_GE(stored->updatedAt.msecsTo(QDateTime::currentDateTimeUtc()), 0);
    EXPECT_GE(attempt->createdAt.msecsTo(stored->updatedAt), 300 - 50)
        << "a channel that notifies is given the code's lifetime to do so";
}

TEST_F(WeakChannelTest, FullProviderIsQueriedThenCancelledForComparison)
{
    CountingChannel provider;
    payments::ChannelRegistry registry;
    registry.add(&provider);
    payments::PaymentService service(m_db.database(), registry, channels::PaymentCodeRouter(),
                                     fastSchedule());
    auto attempt = service.payByCode(checkedOutOrder(), Money::fromMinor(200),
                                     QStringLiteral("280000000000000000"));
    ASSERT_TRUE(attempt.ok());
    ASSERT_TRUE(test::waitUntil([&] { return service.activeCount() == 0; }));
    EXPECT_EQ(provider.queries, 2);
    EXPECT_EQ(provider.cancels, 1);
    auto stored = storage::AttemptRepository(m_db.database()).findByOutTradeNo(attempt->outTradeNo);
    EXPECT_EQ(stored->state, AttemptState::Closed);
}

TEST_F(WeakChannelTest, ManualChannelPaymentWaitsForTheStatement)
{
    channels::ManualChannel manual;
    EXPECT_FALSE(manual.capabilities().query);
    EXPECT_FALSE(manual.capabilities().cancel);
    EXPECT_FALSE(manual.capabilities().refund);
    EXPECT_FALSE(manual.capabilities().asyncNotify);
    EXPECT_FALSE(manual.capabilities().billDownload);

    channels::PaymentCodeRouter router;
    router.addRule({QStringLiteral("manual"), {QStringLiteral("99")}, 10, 10, true});
    payments::ChannelRegistry registry;
    registry.add(&manual);
    payments::PaymentService service(m_db.database(), registry, router, fastSchedule());
    auto attempt =
        service.payByCode(checkedOutOrder(), Money::fromMinor(200), QStringLiteral("9900000001"));
    ASSERT_TRUE(attempt.ok()) << attempt.error().message.toStdString();
    ASSERT_TRUE(test::waitUntil([&] { return service.activeCount() == 0; }));
    auto stored = storage::AttemptRepository(m_db.database()).findByOutTradeNo(attempt->outTradeNo);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->state, AttemptState::PendingStatement);
    EXPECT_TRUE(stored->lastReason.contains(QStringLiteral("statement")));
    auto due = service.amountDue(stored->orderId);
    ASSERT_TRUE(due.ok());
    auto order = storage::OrderRepository(m_db.database()).summary(stored->orderId);
    ASSERT_TRUE(order.ok());
    EXPECT_EQ(due.value(), order->total.minus(Money::fromMinor(200)).value())
        << "pending money is not asked for twice";
}

TEST_F(WeakChannelTest, RestrictedChannelAnswersMissingApisWithoutReachingTheProvider)
{
    CountingChannel provider;
    channels::RestrictedChannel weak(&provider, Capabilities{});
    ChannelResult answer;
    bool answered = false;
    weak.query(QStringLiteral("X"), Money::fromMinor(1), [&](const ChannelResult &result) {
        answer = result;
        answered = true;
    });
    ASSERT_TRUE(test::waitUntil([&] { return answered; }));
    EXPECT_EQ(answer.kind, ChannelResult::Kind::Unknown);
    EXPECT_EQ(answer.providerCode, QStringLiteral("pos.unsupported"));
    EXPECT_EQ(provider.queries, 0);
    EXPECT_FALSE(weak.parseNotification({}).verified);
}

} // namespace
