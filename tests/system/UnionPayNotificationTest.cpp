// UnionPay back notifications from the real pos-channel-sim to a merchant endpoint in the test:
// retried until HTTP 200, verified by parseNotification (signature, certificate chain, merId,
// orderId, amount), and rejected when anything is tampered with.
#include "channels/unionpay/UnionPayChannel.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/ChannelTestSupport.h"
#include "system/SystemPrinters.h"
#include "system/UnionPaySandbox.h"

#include <QHostAddress>
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
using pos::channels::unionpay::UnionPayChannel;
using pos::test::awaitChannel;
using Kind = ChannelResult::Kind;

// A tiny HTTP endpoint: records each POST body and answers with the next status in its list
// (200 once the list is used up).
class MerchantEndpoint
{
public:
    explicit MerchantEndpoint(QList<int> statuses) : m_statuses(std::move(statuses))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0) {
                        return;
                    }
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:")) {
                            length = line.mid(15).trimmed().toLongLong();
                        }
                    }
                    if (buffer->size() < end + 4 + length) {
                        return;
                    }
                    bodies << buffer->mid(end + 4, length);
                    const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
                    const QByteArray text = status == 200 ? QByteArray("ok") : QByteArray("fail");
                    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                                  (status == 200 ? " OK" : " Internal Server Error") +
                                  "\r\nContent-Type: text/plain\r\nContent-Length: " +
                                  QByteArray::number(text.size()) +
                                  "\r\nConnection: close\r\n\r\n" + text);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/unionpay/notify").arg(m_server.serverPort());
    }

    QList<QByteArray> bodies;

private:
    QTcpServer m_server;
    QList<int> m_statuses;
};

class UnionPayNotificationTest
    : public pos::test::SharedSandboxTest<UnionPayNotificationTest, pos::test::UnionPaySandbox>
{
public:
    static QStringList sandboxArguments()
    {
        return {QStringLiteral("--user-paying-seconds"), QStringLiteral("1"),
                QStringLiteral("--set"), QStringLiteral("notify.delay-scale=0.001")};
    }

protected:
};

TEST_F(UnionPayNotificationTest, QrPaymentIsNotifiedRetriedAfter500AndVerifies)
{
    MerchantEndpoint endpoint({500});
    UnionPayChannel channel(s_sandbox->channelConfig());
    pos::channels::PrecreateRequest request;
    request.outTradeNo = QStringLiteral("UPN_QR_1");
    request.amount = Money::fromMinor(1230);
    request.notifyUrl = endpoint.url();
    const ChannelResult created = pos::test::precreate(channel, request);
    ASSERT_EQ(created.kind, Kind::Success) << qPrintable(created.reason);

    ASSERT_TRUE(pos::test::waitUntil([&] { return endpoint.bodies.size() >= 2; }, 8000))
        << "notifications received: " << endpoint.bodies.size();
    EXPECT_EQ(endpoint.bodies.at(0), endpoint.bodies.at(1)); // the retry is the same notification
    const ParsedNotification parsed =
        channel.parseNotification(IncomingNotification{endpoint.bodies.at(1), {}});
    ASSERT_TRUE(parsed.verified) << qPrintable(parsed.rejectReason);
    EXPECT_EQ(parsed.event, ParsedNotification::Event::Payment);
    EXPECT_EQ(parsed.outTradeNo, QStringLiteral("UPN_QR_1"));
    EXPECT_EQ(parsed.amount, Money::fromMinor(1230));
    EXPECT_EQ(parsed.result.kind, Kind::Success);
    EXPECT_FALSE(parsed.result.channelTradeNo.isEmpty());
    EXPECT_EQ(parsed.ackStatus, 200);
    EXPECT_EQ(parsed.ackBody, QByteArray("ok"));
    EXPECT_EQ(parsed.nackStatus, 500);

    // Acknowledged: no third try.
    pos::test::waitUntil([] { return false; }, 300);
    EXPECT_EQ(endpoint.bodies.size(), 2);

    // Tampered amount, another merchant, a foreign root, an oversized body: all rejected.
    QByteArray tampered = endpoint.bodies.at(1);
    tampered.replace("txnAmt=1230", "txnAmt=1");
    EXPECT_FALSE(channel.parseNotification(IncomingNotification{tampered, {}}).verified);

    auto otherMerchant = s_sandbox->channelConfig();
    otherMerchant.merId = QStringLiteral("777290058119999");
    EXPECT_FALSE(UnionPayChannel(otherMerchant)
                     .parseNotification(IncomingNotification{endpoint.bodies.at(1), {}})
                     .verified);

    const auto rootKey = pos::security::RsaKey::generate(2048).value();
    auto otherRoot = pos::channels::unionpay::X509Certificate::issue(
        {QStringLiteral("Other Root"), QStringLiteral("X"), true, 365}, rootKey, nullptr, rootKey);
    auto otherTrust = s_sandbox->channelConfig();
    otherTrust.trustedCertificates = {otherRoot.value()};
    EXPECT_FALSE(UnionPayChannel(otherTrust)
                     .parseNotification(IncomingNotification{endpoint.bodies.at(1), {}})
                     .verified);

    const QByteArray huge = endpoint.bodies.at(1) + "&reserved=" + QByteArray(70 * 1024, 'x');
    EXPECT_FALSE(channel.parseNotification(IncomingNotification{huge, {}}).verified);
}

TEST_F(UnionPayNotificationTest, RefundIsNotifiedAsARefundEvent)
{
    MerchantEndpoint endpoint({});
    auto config = s_sandbox->channelConfig();
    config.backUrl = endpoint.url();
    UnionPayChannel channel(config);
    pos::channels::PayRequest pay;
    pay.outTradeNo = QStringLiteral("UPN_REF_1");
    pay.amount = Money::fromMinor(3000);
    pay.authCode = pos::test::unionPayCode("1234");
    const ChannelResult paid = pos::test::pay(channel, pay);
    ASSERT_EQ(paid.kind, Kind::Success) << qPrintable(paid.reason);

    pos::channels::RefundRequest refund;
    refund.outTradeNo = pay.outTradeNo;
    refund.channelTradeNo = paid.channelTradeNo;
    refund.outRequestNo = QStringLiteral("UPN_REF_1_R1");
    refund.refundAmount = Money::fromMinor(500);
    EXPECT_EQ(pos::test::refund(channel, refund).kind, Kind::UserPaying);

    ASSERT_TRUE(pos::test::waitUntil([&] { return endpoint.bodies.size() >= 2; }, 8000));
    QList<ParsedNotification> parsed;
    for (const QByteArray &body : endpoint.bodies) {
        parsed << channel.parseNotification(IncomingNotification{body, {}});
        ASSERT_TRUE(parsed.last().verified) << qPrintable(parsed.last().rejectReason);
    }
    const auto refundEvent =
        std::find_if(parsed.begin(), parsed.end(), [](const ParsedNotification &n) {
            return n.event == ParsedNotification::Event::Refund;
        });
    ASSERT_NE(refundEvent, parsed.end());
    EXPECT_EQ(refundEvent->outRequestNo, QStringLiteral("UPN_REF_1_R1"));
    EXPECT_EQ(refundEvent->result.kind, Kind::Success);
    EXPECT_EQ(refundEvent->result.refundedAmount, Money::fromMinor(500));
}

} // namespace
