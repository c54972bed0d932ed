#pragma once

// The payment core on a real SQLite file with scripted channels: demo catalog and accounts, a
// PaymentService and a RefundService wired like TerminalRuntime wires them, and a millisecond
// schedule. `restart()` builds a second set of services on a new connection to the same file,
// as the process would after a crash.

#include "ScriptedChannel.h"
#include "TemporaryDatabase.h"

#include "channels/CashChannel.h"
#include "demo/DemoData.h"
#include "payments/NotificationInbox.h"
#include "payments/PaymentService.h"
#include "payments/RefundService.h"
#include "sale/SaleService.h"
#include "storage/AttemptRepository.h"
#include "storage/AuditLog.h"
#include "storage/OrderRepository.h"
#include "storage/RefundRepository.h"
#include "support/TestSupport.h"

#include <QHash>

#include <gtest/gtest.h>

#include <memory>

namespace pos::test {

inline payments::PaymentSchedule millisecondSchedule()
{
    payments::PaymentSchedule schedule;
    schedule.userPayingPollMs = 5;
    schedule.codeLifetimeMs = 2000;
    schedule.qrLifetimeMs = 2000;
    schedule.unknownFirstQueryMs = 5;
    schedule.unknownQueryIntervalMs = 5;
    schedule.unknownMaxQueries = 3;
    schedule.reversalRetryMs = 10;
    schedule.recoveryIntervalMs = 60000;
    schedule.refundPollMs = 5;
    schedule.refundRetryMs = 10;
    return schedule;
}

// One terminal's payment core: services on one connection to the database file.
struct PaymentCore
{
    PaymentCore(storage::Database &database, payments::ChannelRegistry &channels,
                const payments::PaymentSchedule &schedule)
        : payments(database, channels, channels::PaymentCodeRouter(), schedule),
          refunds(database, channels, schedule), inbox(database, channels, payments, refunds)
    {
        payments.setRefundService(&refunds);
    }

    bool idle() const { return payments.activeCount() == 0 && refunds.activeCount() == 0; }

    payments::PaymentService payments;
    payments::RefundService refunds;
    payments::NotificationInbox inbox;
};

class PaymentTestBed : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open().ok());
        m_alipay = std::make_unique<ScriptedChannel>(QStringLiteral("alipay"),
                                                     ScriptedChannel::everything());
        m_wechat = std::make_unique<ScriptedChannel>(QStringLiteral("wechat"),
                                                     ScriptedChannel::everything());
        m_registry.add(&m_cash);
        m_registry.add(m_alipay.get());
        m_registry.add(m_wechat.get());
        m_core = std::make_unique<PaymentCore>(m_db.database(), m_registry, schedule());
        QObject::connect(&m_core->payments, &payments::PaymentService::orderPaid, &m_core->payments,
                         [this](const QString &id) { m_paid << id; });
        QObject::connect(&m_core->refunds, &payments::RefundService::refundUpdated,
                         &m_core->refunds, [this](const Refund &refund) {
                             m_refundPath[refund.outRequestNo] << refundStateName(refund.state);
                         });
    }

    void TearDown() override
    {
        // Services go before the channels and the database they use.
        m_restarted.reset();
        m_core.reset();
        m_restartedDb.close();
    }

    virtual payments::PaymentSchedule schedule() const { return millisecondSchedule(); }

    storage::Database &db() { return m_db.database(); }
    payments::PaymentService &payments() { return m_core->payments; }
    payments::RefundService &refunds() { return m_core->refunds; }
    payments::NotificationInbox &inbox() { return m_core->inbox; }
    ScriptedChannel &alipay() { return *m_alipay; }
    ScriptedChannel &wechat() { return *m_wechat; }

    // Rings up the first `count` of water 2.00, cola 3.50 and noodles 4.50, and checks out.
    // (No catalog: seeding the demo accounts would hash PINs, which is slow on purpose.)
    QString checkedOutOrder(int count = 3)
    {
        static const Product kItems[] = {
            {QStringLiteral("D001"), demo::demoBarcode(0), QStringLiteral("矿泉水"),
             QStringLiteral("Water"), Money::fromMinor(200), SaleUnit::Piece},
            {QStringLiteral("D002"), demo::demoBarcode(1), QStringLiteral("可乐"),
             QStringLiteral("Cola"), Money::fromMinor(350), SaleUnit::Piece},
            {QStringLiteral("D003"), demo::demoBarcode(2), QStringLiteral("方便面"),
             QStringLiteral("Noodles"), Money::fromMinor(450), SaleUnit::Piece},
        };
        sale::SaleService sale(db(), {}, BusinessCalendar(0));
        sale.startSale(Cashier{});
        for (int i = 0; i < count; ++i) {
            EXPECT_TRUE(sale.addProduct(kItems[i]).ok());
        }
        auto id = sale.checkout();
        EXPECT_TRUE(id.ok());
        return id ? id.value() : QString();
    }

    // Simulates a restart: a new connection to the same file and fresh services on it.
    PaymentCore &restart()
    {
        EXPECT_TRUE(m_db.openInto(m_restartedDb).ok());
        m_restarted = std::make_unique<PaymentCore>(m_restartedDb, m_registry, schedule());
        return *m_restarted;
    }

    bool idle() const { return m_core->idle() && (!m_restarted || m_restarted->idle()); }
    bool waitIdle(int timeoutMs = 5000)
    {
        return waitUntil([this] { return idle(); }, timeoutMs);
    }

    PaymentAttempt attempt(const QString &outTradeNo)
    {
        auto found = storage::AttemptRepository(db()).findByOutTradeNo(outTradeNo);
        EXPECT_TRUE(found.ok()) << outTradeNo.toStdString();
        return found ? found.value() : PaymentAttempt{};
    }
    AttemptState stateOf(const QString &outTradeNo) { return attempt(outTradeNo).state; }
    OrderStatus orderStatus(const QString &orderId)
    {
        return storage::OrderRepository(db()).summary(orderId)->status;
    }
    std::vector<Refund> refundsOf(const QString &orderId)
    {
        auto list = storage::RefundRepository(db()).listForOrder(orderId);
        EXPECT_TRUE(list.ok());
        return list ? list.value() : std::vector<Refund>{};
    }
    Refund refundNo(const QString &outRequestNo)
    {
        auto found = storage::RefundRepository(db()).findByOutRequestNo(outRequestNo);
        EXPECT_TRUE(found.ok()) << outRequestNo.toStdString();
        return found ? found.value() : Refund{};
    }
    int audits(const char *action)
    {
        return storage::AuditLog(db()).countOf(QLatin1String(action)).value();
    }

    static Cashier cashier()
    {
        return Cashier{1,    QStringLiteral("1001"), QStringLiteral("Cashier"), Role::Cashier, 0,
                       false};
    }
    static Cashier supervisor()
    {
        return Cashier{
            3, QStringLiteral("2001"), QStringLiteral("Supervisor"), Role::Supervisor, 0, false};
    }

    TemporaryDatabase m_db;
    storage::Database m_restartedDb;
    channels::CashChannel m_cash;
    std::unique_ptr<ScriptedChannel> m_alipay;
    std::unique_ptr<ScriptedChannel> m_wechat;
    payments::ChannelRegistry m_registry;
    std::unique_ptr<PaymentCore> m_core;
    std::unique_ptr<PaymentCore> m_restarted;
    QStringList m_paid;                       // orderPaid signals of the first core
    QHash<QString, QStringList> m_refundPath; // refundUpdated states of the first core
};

} // namespace pos::test
