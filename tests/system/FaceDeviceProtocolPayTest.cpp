// Face pay end to end through the device protocol: FacePayFlow and the PaymentService of a demo
// terminal against the channel sandbox, with the terminal's JsonLinesFaceDevice talking JSON
// lines over TCP to FaceDeviceSimulatorServer.
#include "DemoTerminalSuite.h"
#include "support/TestSupport.h"

#include "demo/DemoData.h"
#include "demo/DemoSandbox.h"
#include "face/FaceDeviceLink.h"
#include "face/FaceDeviceSimulatorServer.h"
#include "face/JsonLinesFaceDevice.h"
#include "payments/FacePayFlow.h"
#include "runtime/TerminalRuntime.h"
#include "storage/AttemptRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#include <gtest/gtest.h>

using namespace pos;

namespace {

// Passes everything to the real channel and keeps what face pay asked and was issued, so the test
// can compare the authinfo the channel issued with the one the device received.
class AuthInfoWitness : public channels::PaymentChannel
{
public:
    explicit AuthInfoWitness(channels::PaymentChannel &inner) : m_inner(inner) {}

    QString id() const override { return m_inner.id(); }
    channels::Capabilities capabilities() const override { return m_inner.capabilities(); }
    void pay(const channels::PayRequest &request, Callback done) override
    {
        m_inner.pay(request, std::move(done));
    }
    void faceAuthInfo(const channels::FaceAuthRequest &request, AuthInfoCallback done) override
    {
        asked.append(request);
        m_inner.faceAuthInfo(request, [this, done](const Result<QString> &authInfo) {
            if (authInfo) {
                issued.append(authInfo.value());
            }
            done(authInfo);
        });
    }

    QList<channels::FaceAuthRequest> asked;
    QStringList issued;

private:
    channels::PaymentChannel &m_inner;
};

class FaceDeviceProtocolPayTest : public test::DemoTerminalSuite
{
protected:
    void SetUp() override
    {
        DemoTerminalSuite::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(m_simulator.listen().ok());
        m_simulator.setScanDelayMs(30);
        m_device = std::make_unique<devices::JsonLinesFaceDevice>(
            new devices::TcpFaceDeviceLink(QStringLiteral("127.0.0.1"), m_simulator.port()));
        m_device->setTimeouts(3000, 10000);
        for (const char *id : {"wechat", "alipay"}) {
            channels::PaymentChannel *real = s_runtime->channels().find(QString::fromLatin1(id));
            ASSERT_NE(real, nullptr) << id << " must be configured in demo mode";
            m_witnesses.push_back(std::make_unique<AuthInfoWitness>(*real));
            m_faceChannels.add(m_witnesses.back().get());
        }
        m_flow = std::make_unique<payments::FacePayFlow>(s_runtime->payments(), m_faceChannels,
                                                         *m_device);
        QObject::connect(m_flow.get(), &payments::FacePayFlow::stageChanged, m_flow.get(),
                         [this](const QString &stage) { m_stages << stage; });
        QObject::connect(m_flow.get(), &payments::FacePayFlow::attemptStarted, m_flow.get(),
                         [this](const PaymentAttempt &attempt) { m_started = attempt; });
        QObject::connect(m_flow.get(), &payments::FacePayFlow::stopped, m_flow.get(),
                         [this](const QString &why) { m_stopped = why; });
    }

    AuthInfoWitness &witness(const char *channel)
    {
        return *m_witnesses[QLatin1String(channel) == QLatin1String("wechat") ? 0 : 1];
    }

    QString checkedOutOrder()
    {
        sale::SaleService &sale = s_runtime->sale();
        sale.startSale(Cashier{});
        EXPECT_TRUE(sale.addByBarcode(demo::demoBarcode(3)).ok()); // milk ¥3.00
        auto id = sale.checkout();
        EXPECT_TRUE(id.ok());
        return id.value();
    }

    Status startFacePay(const QString &orderId, const char *channel)
    {
        m_started.reset();
        m_stopped.clear();
        m_stages.clear();
        return m_flow->start(orderId, Money::fromMinor(300), QString::fromLatin1(channel),
                             QStringLiteral("S001"), QStringLiteral("Demo Shop"));
    }

    PaymentAttempt settle(const PaymentAttempt &started)
    {
        PaymentAttempt latest = started;
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

    // GET `path` from the sandbox's admin API.
    static QJsonObject sandboxJson(const QString &path)
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(s_sandbox->port()).arg(path)));
        request.setTransferTimeout(5000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        test::waitUntil([&reply] { return reply->isFinished(); }, 10000);
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    static QJsonObject sandboxTrade(const QString &ledgerPath, const QString &outTradeNo)
    {
        for (const QJsonValue &trade :
             sandboxJson(ledgerPath)[QStringLiteral("trades")].toArray()) {
            if (trade[QStringLiteral("out_trade_no")].toString() == outTradeNo) {
                return trade.toObject();
            }
        }
        return {};
    }

    static qsizetype sandboxTradeCount()
    {
        return sandboxJson(QStringLiteral("/admin/ledger"))[QStringLiteral("trades")]
                   .toArray()
                   .size() +
               sandboxJson(QStringLiteral("/admin/wechat/ledger"))[QStringLiteral("trades")]
                   .toArray()
                   .size();
    }

    devices::FaceDeviceSimulatorServer m_simulator{QStringLiteral("FACE-PROTO-01")};
    std::unique_ptr<devices::JsonLinesFaceDevice> m_device;
    std::vector<std::unique_ptr<AuthInfoWitness>> m_witnesses;
    payments::ChannelRegistry m_faceChannels;
    std::unique_ptr<payments::FacePayFlow> m_flow;
    QStringList m_stages;
    std::optional<PaymentAttempt> m_started;
    QString m_stopped;
};

TEST_F(FaceDeviceProtocolPayTest, WechatFaceCodeFromTheDeviceIsPaidByMicropay)
{
    const QString orderId = checkedOutOrder();
    ASSERT_TRUE(startFacePay(orderId, "wechat").ok());
    ASSERT_TRUE(test::waitUntil([&] { return m_started.has_value() || !m_stopped.isEmpty(); }))
        << "face pay neither started a payment nor stopped";
    ASSERT_TRUE(m_started.has_value()) << m_stopped.toStdString();
    EXPECT_EQ(m_stages, (QStringList{QStringLiteral("authorising"), QStringLiteral("scanning"),
                                     QStringLiteral("paying")}));

    // rawdata → get_wxpayface_authinfo → the device got exactly what the channel issued.
    AuthInfoWitness &wechat = witness("wechat");
    ASSERT_EQ(wechat.asked.size(), 1);
    EXPECT_TRUE(wechat.asked[0].rawdata.startsWith(QStringLiteral("SIM-RAWDATA-FACE-PROTO-01")));
    EXPECT_EQ(wechat.asked[0].deviceId, QStringLiteral("FACE-PROTO-01"));
    ASSERT_EQ(wechat.issued.size(), 1);
    EXPECT_TRUE(wechat.issued[0].startsWith(QStringLiteral("SANDBOX-AUTHINFO-")));
    ASSERT_EQ(m_simulator.starts().size(), 1);
    const devices::FaceDeviceRequest &start = m_simulator.starts()[0];
    EXPECT_EQ(start.authInfo, wechat.issued[0]);
    EXPECT_EQ(start.channel, QStringLiteral("wechat"));
    EXPECT_EQ(start.amountFen, 300) << "¥3.00 travels as 300 fen";
    EXPECT_EQ(start.currency, QStringLiteral("CNY"));

    EXPECT_EQ(m_started->method, PaymentMethod::FacePay);
    EXPECT_FALSE(m_started->maskedCode.contains(m_simulator.lastCode()))
        << "the face code is stored masked";
    const PaymentAttempt outcome = settle(m_started.value());
    EXPECT_EQ(outcome.state, AttemptState::Succeeded) << outcome.lastReason.toStdString();
    EXPECT_EQ(outcome.channel, QStringLiteral("wechat"));
    const QJsonObject trade =
        sandboxTrade(QStringLiteral("/admin/wechat/ledger"), outcome.outTradeNo);
    EXPECT_EQ(trade[QStringLiteral("kind")].toString(), QStringLiteral("MICROPAY"));
    EXPECT_EQ(trade[QStringLiteral("amount_fen")].toInteger(), 300);
    EXPECT_EQ(trade[QStringLiteral("state")].toString(), QStringLiteral("SUCCESS"));
}

TEST_F(FaceDeviceProtocolPayTest, AlipayFtokenFromTheDeviceIsPaidByTradePay)
{
    const QString orderId = checkedOutOrder();
    ASSERT_TRUE(startFacePay(orderId, "alipay").ok());
    ASSERT_TRUE(test::waitUntil([&] { return m_started.has_value() || !m_stopped.isEmpty(); }));
    ASSERT_TRUE(m_started.has_value()) << m_stopped.toStdString();

    ASSERT_EQ(m_simulator.starts().size(), 1);
    EXPECT_EQ(m_simulator.starts()[0].channel, QStringLiteral("alipay"));
    EXPECT_EQ(m_simulator.starts()[0].amountFen, 300);
    EXPECT_TRUE(m_simulator.starts()[0].authInfo.isEmpty()) << "Alipay issues no authinfo";
    EXPECT_TRUE(m_simulator.lastCode().startsWith(QStringLiteral("fp")));

    EXPECT_EQ(m_started->method, PaymentMethod::FacePay);
    const PaymentAttempt outcome = settle(m_started.value());
    EXPECT_EQ(outcome.state, AttemptState::Succeeded) << outcome.lastReason.toStdString();
    EXPECT_EQ(outcome.channel, QStringLiteral("alipay"));
    const QJsonObject trade = sandboxTrade(QStringLiteral("/admin/ledger"), outcome.outTradeNo);
    EXPECT_EQ(trade[QStringLiteral("amount_fen")].toInteger(), 300);
    EXPECT_EQ(trade[QStringLiteral("status")].toString(), QStringLiteral("TRADE_SUCCESS"));
    EXPECT_TRUE(trade[QStringLiteral("auth_code")].toString().startsWith(QStringLiteral("fp")))
        << "trade.pay was sent the ftoken (scene security_code)";
}

TEST_F(FaceDeviceProtocolPayTest, DeviceUnpluggedMidScanPaysNothingAndSaysWhy)
{
    const QString orderId = checkedOutOrder();
    const qsizetype tradesBefore = sandboxTradeCount();
    m_simulator.setScanDelayMs(60000);
    QObject::connect(&m_simulator, &devices::FaceDeviceSimulatorServer::scanStarted, &m_simulator,
                     [this] { m_simulator.dropTerminal(); });
    ASSERT_TRUE(startFacePay(orderId, "wechat").ok());
    ASSERT_TRUE(test::waitUntil([&] { return !m_stopped.isEmpty(); }, 5000));
    EXPECT_TRUE(m_stopped.contains(QStringLiteral("face-pay device disconnected")))
        << m_stopped.toStdString();
    EXPECT_FALSE(m_started.has_value());
    EXPECT_FALSE(m_flow->isRunning());
    auto attempts = storage::AttemptRepository(s_runtime->database()).listForOrder(orderId);
    ASSERT_TRUE(attempts.ok());
    EXPECT_TRUE(attempts->empty()) << "nothing is stored without a face code";
    EXPECT_EQ(sandboxTradeCount(), tradesBefore) << "nothing reached a channel";

    // Plugged back in: the next face pay reconnects and goes through.
    QObject::disconnect(&m_simulator, &devices::FaceDeviceSimulatorServer::scanStarted,
                        &m_simulator, nullptr);
    m_simulator.setScanDelayMs(30);
    ASSERT_TRUE(startFacePay(orderId, "alipay").ok());
    ASSERT_TRUE(test::waitUntil([&] { return m_started.has_value() || !m_stopped.isEmpty(); }));
    ASSERT_TRUE(m_started.has_value()) << m_stopped.toStdString();
    EXPECT_EQ(settle(m_started.value()).state, AttemptState::Succeeded);
    EXPECT_EQ(m_simulator.connectionsAccepted(), 2);
}

} // namespace
