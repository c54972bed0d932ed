// The WeChat Pay adapter against the real pos-channel-sim over loopback HTTP: v2 XML with real
// MD5/HMAC signatures, v3 JSON with real RSA both ways. Every sandbox scenario (app/
// pos-channel-sim/wechat/WechatScenario.h) and every operation; nothing unverified, foreign or
// contradicting our record is ever Success.
#include "channels/wechatpay/WechatChannel.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/ChannelTestSupport.h"
#include "system/SystemPrinters.h"
#include "system/WechatSandbox.h"

#include <QDateTime>

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <memory>

namespace {

using pos::Money;
using pos::channels::ChannelResult;
using pos::channels::PaymentChannel;
using pos::channels::PayRequest;
using pos::channels::PrecreateRequest;
using pos::channels::RefundRequest;
using pos::channels::wechatpay::WechatChannel;
using pos::test::awaitChannel;
using pos::test::payRequest;
using pos::test::wechatCode;
using pos::test::wechatOrderNo;
using Kind = ChannelResult::Kind;

Money fen(qint64 value)
{
    return Money::fromMinor(value);
}

class WechatChannelTest
    : public pos::test::SharedSandboxTest<WechatChannelTest, pos::test::WechatSandbox>
{
public:
    static QStringList sandboxArguments()
    {
        return {QStringLiteral("--user-paying-seconds"), QStringLiteral("1"),
                QStringLiteral("--set"), QStringLiteral("notify.delay-scale=0.001")};
    }

protected:
    void SetUp() override
    {
        SharedSandboxTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        m_channel = std::make_unique<WechatChannel>(s_sandbox->channelConfig());
    }

    ChannelResult pay(const PayRequest &request) { return pos::test::pay(*m_channel, request); }
    ChannelResult query(const QString &no, const Money &amount)
    {
        return pos::test::query(*m_channel, no, amount);
    }
    ChannelResult queryV3(const QString &no, const Money &amount)
    {
        return awaitChannel(
            [&](PaymentChannel::Callback done) { m_channel->queryV3(no, amount, done); });
    }
    ChannelResult cancel(const QString &no) { return pos::test::cancel(*m_channel, no); }
    ChannelResult close(const QString &no) { return pos::test::close(*m_channel, no); }
    ChannelResult precreate(const QString &no, const Money &amount)
    {
        PrecreateRequest request;
        request.outTradeNo = no;
        request.amount = amount;
        request.subject = QStringLiteral("QR sale");
        return pos::test::precreate(*m_channel, request);
    }
    ChannelResult refund(const RefundRequest &request)
    {
        return pos::test::refund(*m_channel, request);
    }
    ChannelResult refundQuery(const RefundRequest &request)
    {
        return pos::test::refundQuery(*m_channel, request);
    }
    // A paid micropay trade of `amount`.
    QString paidTrade(qint64 amount)
    {
        const QString no = wechatOrderNo("PAID");
        EXPECT_EQ(pay(payRequest(no, wechatCode("0000"), fen(amount))).kind, Kind::Success);
        return no;
    }
    RefundRequest refundRequest(const QString &no, qint64 refundFen, qint64 totalFen)
    {
        RefundRequest request;
        request.outTradeNo = no;
        request.outRequestNo = wechatOrderNo("RF");
        request.refundAmount = fen(refundFen);
        request.totalAmount = fen(totalFen);
        request.reason = QStringLiteral("customer returned goods");
        return request;
    }

    std::unique_ptr<WechatChannel> m_channel;
};

TEST_F(WechatChannelTest, CapabilitiesAreHonest)
{
    const auto caps = m_channel->capabilities();
    EXPECT_TRUE(caps.merchantScansCustomer && caps.customerScansMerchant && caps.facePay);
    EXPECT_TRUE(caps.query && caps.cancel && caps.close && caps.refund && caps.refundQuery);
    EXPECT_TRUE(caps.asyncNotify && caps.billDownload && caps.remote);
}

TEST_F(WechatChannelTest, SandboxWritesItsCredentialsAndReadme)
{
    for (const char *name :
         {"merchant_private.pem", "merchant_cert.pem", "platform_private.pem", "platform_cert.pem",
          "api_key_v2.txt", "api_key_v3.txt", "README.txt"}) {
        EXPECT_FALSE(s_sandbox->file(QLatin1String(name)).isEmpty()) << name;
    }
    EXPECT_EQ(s_sandbox->file(QStringLiteral("api_key_v3.txt")).trimmed().size(), 32);
    EXPECT_TRUE(s_sandbox->file(QStringLiteral("README.txt")).contains("1900000109"));
}

TEST_F(WechatChannelTest, MicropaySucceedsAndQueryConfirms)
{
    const QString no = wechatOrderNo("OK");
    const ChannelResult paid = pay(payRequest(no, wechatCode("0000"), fen(1234)));
    ASSERT_EQ(paid.kind, Kind::Success) << paid.reason.toStdString();
    EXPECT_FALSE(paid.channelTradeNo.isEmpty());
    EXPECT_EQ(paid.paidAmount, fen(1234));
    const ChannelResult queried = query(no, fen(1234));
    EXPECT_EQ(queried.kind, Kind::Success);
    EXPECT_EQ(queried.channelTradeNo, paid.channelTradeNo);
    // The same order paid again answers the stored trade (idempotent retry).
    EXPECT_EQ(pay(payRequest(no, wechatCode("0000"), fen(1234))).kind, Kind::Success);
}

TEST_F(WechatChannelTest, Md5SignedRequestsWorkToo)
{
    auto config = s_sandbox->channelConfig();
    config.useHmacSha256 = false;
    WechatChannel md5Channel(config);
    const QString no = wechatOrderNo("MD5");
    const auto paid = pos::test::pay(md5Channel, payRequest(no, wechatCode("0000"), fen(500)));
    EXPECT_EQ(paid.kind, Kind::Success) << paid.reason.toStdString();
}

TEST_F(WechatChannelTest, NotEnoughFailsAndQueryShowsPayError)
{
    const QString no = wechatOrderNo("NE");
    const ChannelResult paid = pay(payRequest(no, wechatCode("0001"), fen(100)));
    EXPECT_EQ(paid.kind, Kind::Failed);
    EXPECT_EQ(paid.providerCode, QStringLiteral("NOTENOUGH"));
    const ChannelResult queried = query(no, fen(100));
    EXPECT_EQ(queried.kind, Kind::Failed);
    EXPECT_EQ(queried.providerCode, QStringLiteral("PAYERROR"));
}

TEST_F(WechatChannelTest, UserPayingBecomesSuccessOnQuery)
{
    const QString no = wechatOrderNo("UP");
    EXPECT_EQ(pay(payRequest(no, wechatCode("0002"), fen(200))).kind, Kind::UserPaying);
    EXPECT_EQ(query(no, fen(200)).kind, Kind::UserPaying);
    EXPECT_TRUE(pos::test::waitUntil([&] { return query(no, fen(200)).isSuccess(); }, 8000));
}

TEST_F(WechatChannelTest, SystemErrorIsUnknownButQueryFindsItPaid)
{
    const QString no = wechatOrderNo("SE");
    const ChannelResult paid = pay(payRequest(no, wechatCode("0003"), fen(300)));
    EXPECT_EQ(paid.kind, Kind::Unknown);
    EXPECT_EQ(paid.providerCode, QStringLiteral("SYSTEMERROR"));
    EXPECT_EQ(query(no, fen(300)).kind, Kind::Success);
}

TEST_F(WechatChannelTest, UserPayingForeverIsReversedAfterARecall)
{
    const QString no = wechatOrderNo("UF");
    EXPECT_EQ(pay(payRequest(no, wechatCode("0004"), fen(400))).kind, Kind::UserPaying);
    EXPECT_EQ(query(no, fen(400)).kind, Kind::UserPaying);
    const ChannelResult first = cancel(no);
    EXPECT_EQ(first.kind, Kind::Unknown);
    EXPECT_EQ(first.providerCode, QStringLiteral("recall"));
    EXPECT_EQ(cancel(no).kind, Kind::Success);
    const ChannelResult queried = query(no, fen(400));
    EXPECT_EQ(queried.kind, Kind::Failed);
    EXPECT_EQ(queried.providerCode, QStringLiteral("REVOKED"));
}

TEST_F(WechatChannelTest, ReverseRightAfterMicropayWaitsTheMinimumDelay)
{
    const QString no = wechatOrderNo("RW");
    QElapsedTimer sincePay;
    sincePay.start();
    EXPECT_EQ(pay(payRequest(no, wechatCode("0004"), fen(400))).kind, Kind::UserPaying);
    const ChannelResult first = cancel(no);
    EXPECT_GE(sincePay.elapsed(), 300) << "WeChat forbids a reverse right after micropay";
    EXPECT_EQ(first.providerCode, QStringLiteral("recall"));
    EXPECT_EQ(cancel(no).kind, Kind::Success);
}

TEST_F(WechatChannelTest, InvalidAuthCodeFails)
{
    const ChannelResult paid = pay(payRequest(wechatOrderNo("AI"), wechatCode("0005"), fen(100)));
    EXPECT_EQ(paid.kind, Kind::Failed);
    EXPECT_EQ(paid.providerCode, QStringLiteral("AUTH_CODE_INVALID"));
    const ChannelResult notWechat =
        pay(payRequest(wechatOrderNo("AI"), QStringLiteral("281234567890123456"), fen(100)));
    EXPECT_EQ(notWechat.kind, Kind::Failed);
}

TEST_F(WechatChannelTest, SystemErrorWithoutTradeQueriesAsNotFound)
{
    const QString no = wechatOrderNo("NT");
    EXPECT_EQ(pay(payRequest(no, wechatCode("0006"), fen(100))).kind, Kind::Unknown);
    const ChannelResult queried = query(no, fen(100));
    EXPECT_EQ(queried.kind, Kind::Failed);
    EXPECT_EQ(queried.providerCode, pos::channels::kTradeNotFound);
}

TEST_F(WechatChannelTest, ForgedSignatureIsUnknownNeverSuccess)
{
    const QString no = wechatOrderNo("FS");
    const ChannelResult paid = pay(payRequest(no, wechatCode("0009"), fen(100)));
    EXPECT_EQ(paid.kind, Kind::Unknown);
    EXPECT_EQ(paid.providerCode, QStringLiteral("pos.bad_signature"));
    EXPECT_EQ(query(no, fen(100)).kind, Kind::Success); // the truth, properly signed
}

TEST_F(WechatChannelTest, ForeignAppIdOrMchIdIsUnknown)
{
    for (const char *code : {"0007", "0010"}) {
        const ChannelResult paid = pay(payRequest(wechatOrderNo("ID"), wechatCode(code), fen(100)));
        EXPECT_EQ(paid.kind, Kind::Unknown) << code;
        EXPECT_EQ(paid.providerCode, QStringLiteral("pos.mismatch")) << code;
    }
}

TEST_F(WechatChannelTest, AmountDifferingFromOursIsUnknown)
{
    const QString no = wechatOrderNo("AM");
    const ChannelResult paid = pay(payRequest(no, wechatCode("0008"), fen(100)));
    EXPECT_EQ(paid.kind, Kind::Unknown);
    EXPECT_EQ(paid.providerCode, QStringLiteral("pos.mismatch"));
    // A query with another amount than the channel's is not trusted either.
    EXPECT_EQ(query(no, fen(99)).kind, Kind::Unknown);
    EXPECT_EQ(query(no, fen(100)).kind, Kind::Success);
}

TEST_F(WechatChannelTest, WrongApiKeyIsUnknown)
{
    auto config = s_sandbox->channelConfig();
    config.apiKeyV2 = "00000000000000000000000000000000";
    WechatChannel wrongKey(config);
    const auto paid =
        pos::test::pay(wrongKey, payRequest(wechatOrderNo("WK"), wechatCode("0000"), fen(100)));
    EXPECT_EQ(paid.kind, Kind::Unknown);
}

TEST_F(WechatChannelTest, UnreachableChannelIsUnknown)
{
    auto config = s_sandbox->channelConfig(2000);
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    WechatChannel offline(config);
    const auto paid =
        pos::test::pay(offline, payRequest(wechatOrderNo("NW"), wechatCode("0000"), fen(100)));
    EXPECT_EQ(paid.kind, Kind::Unknown);
    EXPECT_EQ(paid.providerCode, QStringLiteral("pos.network"));
}

TEST_F(WechatChannelTest, FaceAuthInfoThenFaceCodePays)
{
    std::optional<pos::Result<QString>> authInfo;
    m_channel->faceAuthInfo({QStringLiteral("RAWDATA-FROM-DEVICE"), QStringLiteral("S001"),
                             QStringLiteral("Store 1"), QStringLiteral("FACE-01")},
                            [&](const pos::Result<QString> &answer) { authInfo = answer; });
    ASSERT_TRUE(pos::test::waitUntil([&] { return authInfo.has_value(); }));
    ASSERT_TRUE(authInfo->ok()) << authInfo->error().message.toStdString();
    EXPECT_TRUE(authInfo->value().startsWith(QStringLiteral("SANDBOX-AUTHINFO-")));

    PayRequest request = payRequest(wechatOrderNo("FACE"), wechatCode("0000"), fen(880));
    request.scene = PayRequest::Scene::FaceToken;
    EXPECT_EQ(pay(request).kind, Kind::Success);
}

TEST_F(WechatChannelTest, NativeQrIsPaidByTheCustomerAndCannotBeClosedThen)
{
    const QString no = wechatOrderNo("QR");
    const ChannelResult created = precreate(no, fen(1500));
    ASSERT_EQ(created.kind, Kind::Success) << created.reason.toStdString();
    EXPECT_TRUE(created.qrCode.startsWith(QStringLiteral("weixin://wxpay/bizpayurl?pr=")));
    EXPECT_EQ(queryV3(no, fen(1500)).kind, Kind::UserPaying);
    EXPECT_TRUE(pos::test::waitUntil([&] { return queryV3(no, fen(1500)).isSuccess(); }, 8000));
    EXPECT_EQ(query(no, fen(1500)).kind, Kind::Success); // v2 orderquery sees it too
    EXPECT_EQ(queryV3(no, fen(1499)).kind, Kind::Unknown);
    EXPECT_EQ(close(no).kind, Kind::Failed);
}

TEST_F(WechatChannelTest, NativeQrEndingIn01IsNeverPaidAndCloses)
{
    const QString no = wechatOrderNo("QN");
    ASSERT_EQ(precreate(no, fen(1201)).kind, Kind::Success);
    EXPECT_EQ(queryV3(no, fen(1201)).kind, Kind::UserPaying);
    const ChannelResult closed = close(no);
    EXPECT_EQ(closed.kind, Kind::Success) << closed.reason.toStdString();
    const ChannelResult queried = queryV3(no, fen(1201));
    EXPECT_EQ(queried.kind, Kind::Failed);
    EXPECT_EQ(queried.providerCode, QStringLiteral("CLOSED"));
}

TEST_F(WechatChannelTest, V3QueryOfUnknownTradeIsNotFound)
{
    const ChannelResult queried = queryV3(wechatOrderNo("NX"), fen(100));
    EXPECT_EQ(queried.kind, Kind::Failed);
    EXPECT_EQ(queried.providerCode, pos::channels::kTradeNotFound);
}

TEST_F(WechatChannelTest, V3AnswerSignedByAnotherPlatformKeyIsUnknown)
{
    auto config = s_sandbox->channelConfig();
    const QString serial = config.platformKeys.firstKey();
    config.platformKeys.insert(serial, pos::test::testAppKey()); // not the sandbox's key
    WechatChannel forged(config);
    const auto created = awaitChannel([&](PaymentChannel::Callback done) {
        PrecreateRequest request;
        request.outTradeNo = wechatOrderNo("FK");
        request.amount = fen(100);
        forged.precreate(request, done);
    });
    EXPECT_EQ(created.kind, Kind::Unknown);
    EXPECT_EQ(created.providerCode, QStringLiteral("pos.bad_signature"));
}

TEST_F(WechatChannelTest, RefundSucceedsOnceAndIsIdempotent)
{
    const QString no = paidTrade(1000);
    const RefundRequest request = refundRequest(no, 300, 1000);
    const ChannelResult refunded = refund(request);
    ASSERT_EQ(refunded.kind, Kind::Success) << refunded.reason.toStdString();
    EXPECT_EQ(refunded.refundedAmount, fen(300));
    EXPECT_EQ(refund(request).kind, Kind::Success); // same out_refund_no: same refund
    EXPECT_EQ(refundQuery(request).kind, Kind::Success);
    EXPECT_EQ(query(no, fen(1000)).kind, Kind::Success); // REFUND state: it was paid
    // More than what is left is refused.
    EXPECT_EQ(refund(refundRequest(no, 800, 1000)).kind, Kind::Failed);
}

TEST_F(WechatChannelTest, RefundEndingIn07ProcessesThenSucceeds)
{
    const QString no = paidTrade(1000);
    const RefundRequest request = refundRequest(no, 207, 1000);
    EXPECT_EQ(refund(request).kind, Kind::UserPaying);
    EXPECT_TRUE(pos::test::waitUntil([&] { return refundQuery(request).isSuccess(); }, 8000));
}

TEST_F(WechatChannelTest, RefundEndingIn08IsRejected)
{
    const QString no = paidTrade(1000);
    const ChannelResult refused = refund(refundRequest(no, 108, 1000));
    EXPECT_EQ(refused.kind, Kind::Failed);
    EXPECT_EQ(refused.providerCode, QStringLiteral("NOT_ENOUGH"));
    const ChannelResult unknownRefund = refundQuery(refundRequest(no, 108, 1000));
    EXPECT_EQ(unknownRefund.kind, Kind::Failed);
    EXPECT_EQ(unknownRefund.providerCode, pos::channels::kTradeNotFound);
}

TEST_F(WechatChannelTest, DailyBillIsWechatsBacktickFormat)
{
    const QString no = paidTrade(2500);
    EXPECT_EQ(refund(refundRequest(no, 500, 2500)).kind, Kind::Success);
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    std::optional<pos::Result<QByteArray>> bill;
    m_channel->downloadBill(today, [&](const pos::Result<QByteArray> &answer) { bill = answer; });
    ASSERT_TRUE(pos::test::waitUntil([&] { return bill.has_value(); }));
    ASSERT_TRUE(bill->ok()) << bill->error().message.toStdString();
    const QByteArray text = bill->value();
    EXPECT_TRUE(text.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = text.mid(3).split('\n');
    ASSERT_GE(lines.size(), 5);
    EXPECT_TRUE(lines.first().startsWith(QByteArray("交易时间,公众账号ID,商户号")));
    EXPECT_TRUE(lines.first().endsWith('\r'));
    bool foundTrade = false;
    bool foundRefund = false;
    int summaryAt = -1;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].startsWith(QByteArray("总交易单数"))) {
            summaryAt = i;
            break;
        }
        for (const QByteArray &field : lines[i].trimmed().split(',')) {
            EXPECT_TRUE(field.startsWith('`')) << lines[i].toStdString();
        }
        foundTrade |= lines[i].contains(no.toUtf8()) && lines[i].contains("`SUCCESS");
        foundRefund |= lines[i].contains(no.toUtf8()) && lines[i].contains("`REFUND");
    }
    EXPECT_TRUE(foundTrade);
    EXPECT_TRUE(foundRefund);
    ASSERT_GT(summaryAt, 0);
    EXPECT_EQ(lines[summaryAt].trimmed(),
              QByteArray("总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,"
                         "订单总金额,申请退款总金额"));
    EXPECT_TRUE(lines[summaryAt + 1].startsWith('`'));
    EXPECT_EQ(lines[summaryAt + 1].trimmed().split(',').size(), 7);

    std::optional<pos::Result<QByteArray>> none;
    m_channel->downloadBill(QDate(2001, 1, 1),
                            [&](const pos::Result<QByteArray> &answer) { none = answer; });
    ASSERT_TRUE(pos::test::waitUntil([&] { return none.has_value(); }));
    EXPECT_FALSE(none->ok());
}

TEST_F(WechatChannelTest, SandboxLedgerRecordsMaskedCodes)
{
    const QString no = paidTrade(123);
    const QJsonObject trade = s_sandbox->tradeFor(no);
    EXPECT_EQ(trade.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    EXPECT_EQ(trade.value(QStringLiteral("auth_code")).toString(), QStringLiteral("1300****0000"));
}

} // namespace
