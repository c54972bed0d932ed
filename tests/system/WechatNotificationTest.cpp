// v3 notifications end to end: the real sandbox POSTs an encrypted, signed TRANSACTION.SUCCESS
// (and REFUND.SUCCESS) to a QTcpServer in the test; a nack (500) makes it retry, an ack (200)
// stops it; parseNotification verifies the signature, decrypts the resource and checks the
// merchant; a tampered or forged notification is rejected.
#include "channels/wechatpay/WechatChannel.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/ChannelTestSupport.h"
#include "system/WechatSandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <memory>

namespace {

using pos::Money;
using pos::channels::ChannelResult;
using pos::channels::IncomingNotification;
using pos::channels::ParsedNotification;
using pos::channels::PaymentChannel;
using pos::channels::PrecreateRequest;
using pos::channels::wechatpay::WechatChannel;
using pos::test::awaitChannel;
using pos::test::wechatOrderNo;

// A minimal HTTP endpoint: records each request, answers from a script (status, body) per
// request number, the last entry repeating.
class NotifyEndpoint : public QObject
{
public:
    struct Answer
    {
        int status;
        QByteArray body;
    };
    explicit NotifyEndpoint(QList<Answer> script) : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    tryAnswer(socket, *buffer);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/wechat/notify").arg(m_server.serverPort());
    }
    const QList<IncomingNotification> &received() const { return m_received; }

private:
    void tryAnswer(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        IncomingNotification request;
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            const QString name = QString::fromLatin1(lines[i].left(colon).trimmed()).toLower();
            const QString value = QString::fromUtf8(lines[i].mid(colon + 1).trimmed());
            request.headers.insert(name, value);
            if (name == QLatin1String("content-length")) {
                length = value.toLongLong();
            }
        }
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.clear();
        const Answer answer = m_script.at(qMin(m_received.size(), m_script.size() - 1));
        m_received << request;
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) +
                      " X\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<Answer> m_script;
    QList<IncomingNotification> m_received;
};

class WechatNotificationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(
            m_sandbox.start({QStringLiteral("--user-paying-seconds"), QStringLiteral("0"),
                             QStringLiteral("--set"), QStringLiteral("notify.delay-scale=0.001")}))
            << m_sandbox.errorText().toStdString();
        m_channel = std::make_unique<WechatChannel>(m_sandbox.channelConfig());
    }

    pos::test::WechatSandbox m_sandbox;
    std::unique_ptr<WechatChannel> m_channel;
};

TEST_F(WechatNotificationTest, PaymentNotificationIsRetriedAfterNackVerifiedAndDecrypted)
{
    // What the channel tells us to answer is exactly what the endpoint answers.
    ParsedNotification answers = m_channel->parseNotification({});
    NotifyEndpoint endpoint(
        {{answers.nackStatus, answers.nackBody}, {answers.ackStatus, answers.ackBody}});
    EXPECT_EQ(answers.ackStatus, 200);
    EXPECT_EQ(QJsonDocument::fromJson(answers.ackBody)[QStringLiteral("code")].toString(),
              QStringLiteral("SUCCESS"));
    EXPECT_EQ(answers.nackStatus, 500);
    EXPECT_EQ(QJsonDocument::fromJson(answers.nackBody)[QStringLiteral("code")].toString(),
              QStringLiteral("FAIL"));
    EXPECT_FALSE(answers.verified); // an empty notification is never verified

    const QString no = wechatOrderNo("NTF");
    PrecreateRequest request;
    request.outTradeNo = no;
    request.amount = Money::fromMinor(4321);
    request.notifyUrl = endpoint.url();
    const ChannelResult created = pos::test::precreate(*m_channel, request);
    ASSERT_EQ(created.kind, ChannelResult::Kind::Success) << created.reason.toStdString();

    ASSERT_TRUE(pos::test::waitUntil([&] { return endpoint.received().size() >= 2; }, 10000));
    const IncomingNotification &first = endpoint.received().at(0);
    const IncomingNotification &retry = endpoint.received().at(1);
    EXPECT_EQ(first.body, retry.body);

    const ParsedNotification parsed = m_channel->parseNotification(retry);
    ASSERT_TRUE(parsed.verified) << parsed.rejectReason.toStdString();
    EXPECT_EQ(parsed.event, ParsedNotification::Event::Payment);
    EXPECT_EQ(parsed.outTradeNo, no);
    EXPECT_EQ(parsed.amount, Money::fromMinor(4321));
    EXPECT_EQ(parsed.result.kind, ChannelResult::Kind::Success);
    EXPECT_FALSE(parsed.result.channelTradeNo.isEmpty());
    EXPECT_FALSE(parsed.notificationId.isEmpty());

    // Tampered body: the signature no longer verifies.
    IncomingNotification tampered = retry;
    tampered.body.replace("TRANSACTION.SUCCESS", "TRANSACTION.SUCCES5");
    const ParsedNotification rejected = m_channel->parseNotification(tampered);
    EXPECT_FALSE(rejected.verified);
    EXPECT_NE(rejected.result.kind, ChannelResult::Kind::Success);

    // Forged: re-signed with a key that is not the platform's.
    IncomingNotification forged = retry;
    const auto signature = pos::test::testAppKey().signSha256(
        forged.headers.value(QStringLiteral("wechatpay-timestamp")).toLatin1() + '\n' +
        forged.headers.value(QStringLiteral("wechatpay-nonce")).toLatin1() + '\n' + forged.body +
        '\n');
    ASSERT_TRUE(signature.ok());
    forged.headers.insert(QStringLiteral("wechatpay-signature"),
                          QString::fromLatin1(signature.value().toBase64()));
    EXPECT_FALSE(m_channel->parseNotification(forged).verified);

    // Another serial, or missing headers.
    IncomingNotification otherSerial = retry;
    otherSerial.headers.insert(QStringLiteral("wechatpay-serial"), QStringLiteral("ABCDEF"));
    EXPECT_FALSE(m_channel->parseNotification(otherSerial).verified);
    IncomingNotification bare = retry;
    bare.headers.clear();
    EXPECT_FALSE(m_channel->parseNotification(bare).verified);

    // Replayed much later: outside the 5-minute window.
    WechatChannel later(m_sandbox.channelConfig());
    later.setClock([] { return QDateTime::currentSecsSinceEpoch() + 600; });
    EXPECT_FALSE(later.parseNotification(retry).verified);

    // Another merchant's channel (other appid) refuses the decrypted content.
    auto foreignConfig = m_sandbox.channelConfig();
    foreignConfig.appId = QStringLiteral("wx0000000000000000");
    WechatChannel foreign(foreignConfig);
    EXPECT_FALSE(foreign.parseNotification(retry).verified);

    // Wrong APIv3 key: decryption fails.
    auto wrongKeyConfig = m_sandbox.channelConfig();
    wrongKeyConfig.apiKeyV3 = "0123456789abcdef0123456789abcdef";
    WechatChannel wrongKey(wrongKeyConfig);
    EXPECT_FALSE(wrongKey.parseNotification(retry).verified);

    // Oversized bodies are not even parsed.
    IncomingNotification huge = retry;
    huge.body = QByteArray(70 * 1024, '{');
    EXPECT_FALSE(m_channel->parseNotification(huge).verified);
}

TEST_F(WechatNotificationTest, RefundNotificationIsVerifiedAndRead)
{
    NotifyEndpoint endpoint({{200, QByteArrayLiteral("{\"code\":\"SUCCESS\"}")}});
    const QString no = wechatOrderNo("NRF");
    pos::channels::PayRequest pay;
    pay.outTradeNo = no;
    pay.amount = Money::fromMinor(900);
    pay.authCode = pos::test::wechatCode("0000");
    ASSERT_EQ(pos::test::pay(*m_channel, pay).kind, ChannelResult::Kind::Success);
    pos::channels::RefundRequest refund;
    refund.outTradeNo = no;
    refund.outRequestNo = wechatOrderNo("R");
    refund.refundAmount = Money::fromMinor(100);
    refund.totalAmount = Money::fromMinor(900);
    refund.notifyUrl = endpoint.url();
    ASSERT_EQ(pos::test::refund(*m_channel, refund).kind, ChannelResult::Kind::Success);
    ASSERT_TRUE(pos::test::waitUntil([&] { return !endpoint.received().isEmpty(); }, 10000));
    const ParsedNotification parsed = m_channel->parseNotification(endpoint.received().first());
    ASSERT_TRUE(parsed.verified) << parsed.rejectReason.toStdString();
    EXPECT_EQ(parsed.event, ParsedNotification::Event::Refund);
    EXPECT_EQ(parsed.outTradeNo, no);
    EXPECT_EQ(parsed.outRequestNo, refund.outRequestNo);
    EXPECT_EQ(parsed.amount, Money::fromMinor(100));
    EXPECT_EQ(parsed.result.kind, ChannelResult::Kind::Success);
    EXPECT_EQ(parsed.result.refundedAmount, Money::fromMinor(100));
}

} // namespace
