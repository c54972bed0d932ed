// Invariant 1 (write ahead) and 2 (one order, many attempts), observed from outside: a stub
// gateway on loopback stands where the channel would be, and the moment a request arrives it
// reads the terminal's database through a SECOND SQLite connection. Whatever it finds there was
// committed before the request left the process.
#include "channels/alipay/AlipayChannel.h"
#include "demo/DemoData.h"
#include "payments/ChannelRegistry.h"
#include "payments/PaymentService.h"
#include "sale/SaleService.h"
#include "storage/AttemptRepository.h"
#include "storage/CashierRepository.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/AttemptHistory.h"
#include "system/StubGateway.h"
#include "system/SystemPrinters.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace {

using pos::AttemptState;
using pos::Money;
using pos::PaymentAttempt;
using pos::test::StubGateway;

// What a second connection saw in the database for one out_trade_no.
struct Observation
{
    QString outTradeNo;
    QString apiMethod;
    bool found = false;
    QString state;
    QString orderId;
    qint64 amountMinor = 0;
    int events = 0;
    QString error;
};

Observation observe(const QString &databasePath, const QString &outTradeNo)
{
    static int s_connections = 0;
    const QString name = QStringLiteral("write-ahead-observer-%1").arg(++s_connections);
    Observation seen;
    seen.outTradeNo = outTradeNo;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            seen.error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT a.state, a.order_id, a.amount_minor, (SELECT COUNT(*) FROM attempt_events "
                "e WHERE e.attempt_id = a.id) FROM payment_attempts a WHERE a.out_trade_no = ?"));
            query.addBindValue(outTradeNo);
            if (!query.exec()) {
                seen.error = query.lastError().text();
            } else if (query.next()) {
                seen.found = true;
                seen.state = query.value(0).toString();
                seen.orderId = query.value(1).toString();
                seen.amountMinor = query.value(2).toLongLong();
                seen.events = query.value(3).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return seen;
}

class WriteAheadTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_gateway.listen());
        m_path = m_dir.filePath(QStringLiteral("pos.sqlite"));
        auto opened = m_database.open(m_path, QStringLiteral("write-ahead-terminal"));
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
        ASSERT_TRUE(pos::demo::seedIfEmpty(m_database).ok());

        // Every pay request is checked against the database the instant it arrives.
        m_gateway.setHandler([this](const StubGateway::Request &request) {
            Observation seen = observe(m_path, request.outTradeNo());
            seen.apiMethod = request.apiMethod();
            m_observations.push_back(seen);
            return m_answer;
        });

        m_sale = std::make_unique<pos::sale::SaleService>(m_database, pos::sale::TerminalIdentity{},
                                                          pos::BusinessCalendar(4));
        pos::payments::PaymentSchedule schedule; // long waits: nothing moves unless asked
        schedule.unknownFirstQueryMs = 60000;
        schedule.userPayingPollMs = 60000;
        m_payments = std::make_unique<pos::payments::PaymentService>(
            m_database, m_registry, pos::channels::PaymentCodeRouter(), schedule);
        pos::channels::alipay::AlipayConfig config;
        config.gatewayUrl = m_gateway.gatewayUrl();
        config.appId = QStringLiteral("2021000000000001");
        config.appPrivateKey = pos::test::testAppKey();
        config.alipayPublicKey = pos::test::testAppKey(); // the stub never signs anything
        config.requestTimeoutMs = 5000;
        m_channel = std::make_unique<pos::channels::alipay::AlipayChannel>(config);
        m_registry.add(m_channel.get());
    }

    void TearDown() override
    {
        const QStringList problems = pos::test::attemptHistoryProblems(m_database);
        EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QLatin1Char('\n')));
    }

    QString ringUp()
    {
        auto cashier =
            pos::storage::CashierRepository(m_database).findByCode(QStringLiteral("1001"));
        EXPECT_TRUE(cashier.ok());
        m_sale->startSale(cashier ? cashier.value() : pos::Cashier{});
        for (int i = 0; i < 3; ++i) { // 2.00 + 3.50 + 4.50
            EXPECT_TRUE(m_sale->addByBarcode(pos::demo::demoBarcode(i)).ok());
        }
        auto id = m_sale->checkout();
        EXPECT_TRUE(id.ok());
        return id ? id.value() : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    StubGateway m_gateway;
    QByteArray m_answer; // empty: the stub stays silent
    std::vector<Observation> m_observations;
    pos::storage::Database m_database;
    pos::payments::ChannelRegistry m_registry;
    std::unique_ptr<pos::sale::SaleService> m_sale;
    std::unique_ptr<pos::payments::PaymentService> m_payments;
    // Declared last so it goes first: an answer cut short by its destruction still finds the
    // payment service alive.
    std::unique_ptr<pos::channels::alipay::AlipayChannel> m_channel;
};

TEST_F(WriteAheadTest, AttemptIsCommittedAsSentBeforeThePayRequestReachesTheChannel)
{
    m_answer = StubGateway::httpAnswer(503, "busy", "text/plain");
    const QString order = ringUp();
    auto attempt =
        m_payments->payByCode(order, Money::fromMinor(1000), pos::test::alipayCode("1234"));
    ASSERT_TRUE(attempt.ok()) << qPrintable(attempt ? QString() : attempt.error().message);
    ASSERT_TRUE(pos::test::waitUntil([this]() { return !m_observations.empty(); }));

    const Observation &seen = m_observations.front();
    EXPECT_EQ(seen.apiMethod, QStringLiteral("alipay.trade.pay"));
    EXPECT_EQ(seen.outTradeNo, attempt->outTradeNo);
    EXPECT_TRUE(seen.error.isEmpty()) << qPrintable(seen.error);
    ASSERT_TRUE(seen.found) << "the pay request left before its attempt was committed";
    EXPECT_EQ(seen.state, QStringLiteral("sent"));
    EXPECT_EQ(seen.orderId, order);
    EXPECT_EQ(seen.amountMinor, 1000);
    EXPECT_EQ(seen.events, 1); // created -> sent, in the same commit

    // The 503 leaves the outcome unknown: stored as such, never failed or succeeded.
    ASSERT_TRUE(pos::test::waitUntil([&]() {
        auto stored =
            pos::storage::AttemptRepository(m_database).findByOutTradeNo(attempt->outTradeNo);
        return stored && stored->state == AttemptState::Unknown;
    }));
}

TEST_F(WriteAheadTest, EachAttemptOfOneOrderIsSentWithItsOwnStoredOutTradeNo)
{
    const QString order = ringUp();
    auto first = m_payments->payByCode(order, Money::fromMinor(400), pos::test::alipayCode("1234"));
    auto second =
        m_payments->payByCode(order, Money::fromMinor(600), pos::test::alipayCode("5678"));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_NE(first->outTradeNo, second->outTradeNo);
    ASSERT_TRUE(pos::test::waitUntil([this]() { return m_observations.size() == 2; }));

    QStringList sentNumbers;
    for (const Observation &seen : m_observations) {
        EXPECT_TRUE(seen.found) << qPrintable(seen.outTradeNo);
        EXPECT_EQ(seen.state, QStringLiteral("sent")) << qPrintable(seen.outTradeNo);
        EXPECT_EQ(seen.orderId, order);
        sentNumbers << seen.outTradeNo;
    }
    sentNumbers.sort();
    QStringList stored{first->outTradeNo, second->outTradeNo};
    stored.sort();
    EXPECT_EQ(sentNumbers, stored);
    // Only letters, digits and underscores: what every channel accepts as a merchant number.
    for (const QString &number : stored) {
        EXPECT_TRUE(
            QRegularExpression(QStringLiteral("^[A-Za-z0-9_]{1,32}$")).match(number).hasMatch())
            << qPrintable(number);
    }
    // Nothing more is due while both are out.
    EXPECT_EQ(m_payments->amountDue(order).value(), Money::fromMinor(0));
}

TEST_F(WriteAheadTest, RefusedPaymentsNeverReachTheChannel)
{
    const QString order = ringUp();
    EXPECT_FALSE(
        m_payments->payByCode(order, Money::fromMinor(1001), pos::test::alipayCode("1234")).ok());
    EXPECT_FALSE(m_payments->payByCode(order, Money::fromMinor(100), QStringLiteral("12345")).ok());
    EXPECT_FALSE(m_payments
                     ->payByCode(QStringLiteral("NO-SUCH-ORDER"), Money::fromMinor(100),
                                 pos::test::alipayCode("1234"))
                     .ok());
    // Give a stray request every chance to arrive.
    pos::test::waitUntil([this]() { return m_gateway.connectionCount() > 0; }, 300);
    EXPECT_EQ(m_gateway.connectionCount(), 0);
    EXPECT_TRUE(pos::storage::AttemptRepository(m_database).listForOrder(order)->empty());
}

TEST_F(WriteAheadTest, AttemptLeftSentByAStoppedTerminalIsResolvedByRecovery)
{
    const QString order = ringUp();
    auto attempt =
        m_payments->payByCode(order, Money::fromMinor(1000), pos::test::alipayCode("1234"));
    ASSERT_TRUE(attempt.ok());
    ASSERT_TRUE(pos::test::waitUntil([this]() { return !m_observations.empty(); }));
    ASSERT_TRUE(m_observations.front().found);

    // The terminal stops while the request is out (the stub never answers): a new process opens
    // the same file with its own connection, talks to the real channel and recovers.
    m_channel.reset(); // the request dies with it; a real crash would not even record that
    m_payments.reset();
    pos::test::AlipaySandbox sandbox;
    ASSERT_TRUE(sandbox.start()) << qPrintable(sandbox.errorText());
    pos::storage::Database reopened;
    ASSERT_TRUE(reopened.open(m_path, QStringLiteral("write-ahead-restarted")).ok());
    auto found = pos::storage::AttemptRepository(reopened).findByOutTradeNo(attempt->outTradeNo);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->state == AttemptState::Sent || found->state == AttemptState::Unknown)
        << qPrintable(pos::attemptStateName(found->state));

    pos::channels::alipay::AlipayChannel channel(sandbox.channelConfig());
    pos::payments::ChannelRegistry registry;
    registry.add(&channel);
    pos::payments::PaymentSchedule schedule;
    schedule.unknownFirstQueryMs = 100;
    schedule.unknownQueryIntervalMs = 100;
    schedule.reversalRetryMs = 200;
    pos::payments::PaymentService restarted(reopened, registry, pos::channels::PaymentCodeRouter(),
                                            schedule);
    restarted.recover();
    ASSERT_TRUE(pos::test::waitUntil([&]() {
        auto now = pos::storage::AttemptRepository(reopened).findByOutTradeNo(attempt->outTradeNo);
        return now && now->state == AttemptState::Closed;
    }));
    EXPECT_EQ(
        sandbox.methodsFor(attempt->outTradeNo),
        (QStringList{QStringLiteral("alipay.trade.query"), QStringLiteral("alipay.trade.cancel")}));
}

} // namespace
