// The Alipay adapter's precreate, close, refund, refund query and notification handling, pinned
// to answers Alipay itself signed (the published vectors, channel-research.md section 5) served
// byte for byte by a stub gateway, and the mapping of each answer branch by branch.
#include "channels/alipay/AlipayChannel.h"
#include "channels/alipay/AlipaySignature.h"
#include "core/AlipayVectors.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/StubGateway.h"
#include "system/SystemPrinters.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrl>

#include <gtest/gtest.h>

namespace {

using pos::Money;
using pos::channels::ChannelResult;
using pos::channels::IncomingNotification;
using pos::channels::ParsedNotification;
using pos::channels::PaymentChannel;
using pos::channels::PrecreateRequest;
using pos::channels::RefundRequest;
using pos::channels::alipay::AlipayChannel;
using pos::channels::alipay::AlipayConfig;
using pos::security::RsaKey;
using pos::test::awaitChannel;
using pos::test::StubGateway;
namespace alipay = pos::channels::alipay;
namespace vectors = pos::test::vectors;
using Kind = ChannelResult::Kind;

RsaKey vectorKey(const char *name)
{
    QFile file(pos::test::dataFile(QStringLiteral("core/vectors/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    auto key = RsaKey::fromPem(file.readAll());
    EXPECT_TRUE(key.ok()) << name;
    return key ? key.value() : RsaKey();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A gateway answering every request with Alipay's published answer for `vector`, optionally
// with one byte of the signed content changed.
class PublishedGateway
{
public:
    PublishedGateway(const vectors::SignedResponse &vector, bool spoilOneByte = false)
    {
        QByteArray content(vector.content);
        if (spoilOneByte) {
            // The last digit before the closing quote of the last value.
            const qsizetype at = content.lastIndexOf('"', content.size() - 2) - 1;
            content[at] = content[at] == '1' ? '2' : '1';
        }
        const QByteArray node = alipay::responseNodeName(QString::fromLatin1(vector.method));
        m_body = "{\"" + node + "\":" + content + ",\"sign\":\"" + vector.signature + "\"}";
        EXPECT_TRUE(m_stub.listen());
        m_stub.setHandler(
            [this](const StubGateway::Request &) { return StubGateway::httpAnswer(200, m_body); });
    }

    AlipayConfig config(const QString &appId = QStringLiteral("9021000122682882"))
    {
        AlipayConfig config;
        config.gatewayUrl = m_stub.gatewayUrl();
        config.appId = appId;
        config.appPrivateKey = pos::test::testAppKey();
        config.alipayPublicKey = vectorKey("yansongda_alipay_public_key.pem");
        config.requestTimeoutMs = 5000;
        return config;
    }

    StubGateway &stub() { return m_stub; }

private:
    StubGateway m_stub;
    QByteArray m_body;
};

RefundRequest refundRequest(const char *outTradeNo, const char *outRequestNo, qint64 fen)
{
    RefundRequest request;
    request.outTradeNo = QLatin1String(outTradeNo);
    request.outRequestNo = QLatin1String(outRequestNo);
    request.refundAmount = Money::fromMinor(fen);
    request.totalAmount = Money::fromMinor(fen);
    request.reason = QStringLiteral("customer returned goods");
    return request;
}

PrecreateRequest precreateRequest(const QString &outTradeNo, qint64 fen)
{
    PrecreateRequest request;
    request.outTradeNo = outTradeNo;
    request.amount = Money::fromMinor(fen);
    request.subject = QStringLiteral("Groceries 杂货");
    request.storeId = QStringLiteral("S001");
    request.terminalId = QStringLiteral("T01");
    request.notifyUrl = QStringLiteral("http://127.0.0.1:1/notify");
    request.validSeconds = 300;
    return request;
}

// ---- published answers through the adapter, over HTTP ----

TEST(AlipayPublishedAnswers, PrecreateQrCodeVerifiesOverTheRawEscapedSlashes)
{
    PublishedGateway gateway(vectors::kA2Responses[vectors::kA2PrecreateIndex]);
    AlipayChannel channel(gateway.config());
    const ChannelResult result = awaitChannel([&](PaymentChannel::Callback done) {
        channel.precreate(precreateRequest(QStringLiteral("1704093802"), 1), done);
    });
    ASSERT_EQ(result.kind, Kind::Success) << qPrintable(result.reason);
    EXPECT_EQ(result.qrCode, QStringLiteral("https://qr.alipay.com/bax07651xvtprxfkmxyf00a9"));

    // What went out: the precreate biz_content and the notify_url of the request.
    ASSERT_EQ(gateway.stub().requests().size(), 1u);
    const StubGateway::Request &sent = gateway.stub().requests()[0];
    EXPECT_EQ(sent.apiMethod(), QStringLiteral("alipay.trade.precreate"));
    EXPECT_EQ(sent.form.value(QStringLiteral("notify_url")),
              QStringLiteral("http://127.0.0.1:1/notify"));
    EXPECT_EQ(sent.bizContent.value(QStringLiteral("total_amount")).toString(),
              QStringLiteral("0.01"));
    EXPECT_EQ(sent.bizContent.value(QStringLiteral("timeout_express")).toString(),
              QStringLiteral("5m"));
    EXPECT_EQ(sent.bizContent.value(QStringLiteral("store_id")).toString(), QStringLiteral("S001"));
    EXPECT_EQ(sent.bizContent.value(QStringLiteral("terminal_id")).toString(),
              QStringLiteral("T01"));
}

TEST(AlipayPublishedAnswers, PrecreateWithOneByteChangedIsUnknownBadSignature)
{
    PublishedGateway gateway(vectors::kA2Responses[vectors::kA2PrecreateIndex], true);
    AlipayChannel channel(gateway.config());
    const ChannelResult result = awaitChannel([&](PaymentChannel::Callback done) {
        channel.precreate(precreateRequest(QStringLiteral("1704093802"), 1), done);
    });
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.bad_signature"));
    EXPECT_TRUE(result.qrCode.isEmpty());
}

TEST(AlipayPublishedAnswers, RefundCloseAndRefundQueryVerifyAndMap)
{
    {
        PublishedGateway gateway(vectors::kA2Responses[2]); // refund, fund_change Y
        AlipayChannel channel(gateway.config());
        const ChannelResult result = awaitChannel([&](PaymentChannel::Callback done) {
            channel.refund(refundRequest("1703141270", "1703141270", 1), done);
        });
        ASSERT_EQ(result.kind, Kind::Success) << qPrintable(result.reason);
        EXPECT_EQ(result.refundedAmount, Money::fromMinor(1));
        EXPECT_EQ(result.channelTradeNo, QStringLiteral("2023122122001499160501586202"));
        const StubGateway::Request &sent = gateway.stub().requests().at(0);
        EXPECT_EQ(sent.apiMethod(), QStringLiteral("alipay.trade.refund"));
        EXPECT_EQ(sent.bizContent.value(QStringLiteral("refund_amount")).toString(),
                  QStringLiteral("0.01"));
        EXPECT_EQ(sent.bizContent.value(QStringLiteral("out_request_no")).toString(),
                  QStringLiteral("1703141270"));
        EXPECT_EQ(sent.bizContent.value(QStringLiteral("refund_reason")).toString(),
                  QStringLiteral("customer returned goods"));
    }
    {
        PublishedGateway gateway(vectors::kA2Responses[3]); // close
        AlipayChannel channel(gateway.config());
        const ChannelResult result = awaitChannel([&](PaymentChannel::Callback done) {
            channel.close(QStringLiteral("1703226647"), done);
        });
        ASSERT_EQ(result.kind, Kind::Success) << qPrintable(result.reason);
        EXPECT_EQ(result.channelTradeNo, QStringLiteral("2023122222001499160501602106"));
    }
    {
        PublishedGateway gateway(vectors::kA2Responses[4]); // refund query, REFUND_SUCCESS
        AlipayChannel channel(gateway.config());
        const ChannelResult result = awaitChannel([&](PaymentChannel::Callback done) {
            channel.refundQuery(refundRequest("1703141270", "1703141270", 1), done);
        });
        ASSERT_EQ(result.kind, Kind::Success) << qPrintable(result.reason);
        EXPECT_EQ(result.refundedAmount, Money::fromMinor(1));
    }
}

TEST(AlipayPublishedAnswers, RefundCloseAndRefundQueryWithOneByteChangedAreUnknown)
{
    for (std::size_t index : {std::size_t(2), std::size_t(3), std::size_t(4)}) {
        PublishedGateway gateway(vectors::kA2Responses[index], true);
        AlipayChannel channel(gateway.config());
        const ChannelResult result = awaitChannel([&](PaymentChannel::Callback done) {
            if (index == 2) {
                channel.refund(refundRequest("1703141270", "1703141270", 1), done);
            } else if (index == 3) {
                channel.close(QStringLiteral("1703226647"), done);
            } else {
                channel.refundQuery(refundRequest("1703141270", "1703141270", 1), done);
            }
        });
        EXPECT_EQ(result.kind, Kind::Unknown) << index;
        EXPECT_EQ(result.providerCode, QStringLiteral("pos.bad_signature")) << index;
    }
}

QByteArray formBody(const QMap<QString, QString> &form)
{
    QByteArray body;
    for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(it.key()) + '=' +
                QUrl::toPercentEncoding(it.value());
    }
    return body;
}

template <std::size_t N>
QMap<QString, QString> notifyForm(const std::array<vectors::Field, N> &fields, const char *sign)
{
    QMap<QString, QString> form;
    for (const auto &[key, value] : fields) {
        form.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    }
    form.insert(QStringLiteral("sign"), QString::fromLatin1(sign));
    return form;
}

ParsedNotification parseWith(const AlipayConfig &config, const QMap<QString, QString> &form)
{
    AlipayChannel channel(config);
    return channel.parseNotification(IncomingNotification{formBody(form), {}});
}

AlipayConfig notifyConfig(const char *appId, const char *keyFile)
{
    AlipayConfig config;
    config.appId = QLatin1String(appId);
    config.alipayPublicKey = vectorKey(keyFile);
    return config;
}

TEST(AlipayPublishedNotifications, SandboxTradeNotificationVerifiesAndIsAPayment)
{
    const auto form = notifyForm(vectors::kA3Notify, vectors::kA3Signature);
    const ParsedNotification parsed =
        parseWith(notifyConfig("9021000122682882", "yansongda_alipay_public_key.pem"), form);
    ASSERT_TRUE(parsed.verified) << qPrintable(parsed.rejectReason);
    EXPECT_EQ(parsed.event, ParsedNotification::Event::Payment);
    EXPECT_EQ(parsed.outTradeNo, QStringLiteral("1703147160"));
    EXPECT_EQ(parsed.result.kind, Kind::Success);
    EXPECT_EQ(parsed.result.channelTradeNo, QStringLiteral("2023122122001499160501589436"));
    EXPECT_EQ(parsed.amount, Money::fromMinor(1));
    EXPECT_EQ(parsed.notificationId, QStringLiteral("2023122101222162644199160501632046"));
    EXPECT_EQ(parsed.ackStatus, 200);
    EXPECT_EQ(parsed.ackBody, QByteArrayLiteral("success"));
    EXPECT_EQ(parsed.nackBody, QByteArrayLiteral("fail"));
}

TEST(AlipayPublishedNotifications, ProductionNotificationVerifies)
{
    const auto form = notifyForm(vectors::kA5Notify, vectors::kA5Signature);
    const ParsedNotification parsed = parseWith(
        notifyConfig("2019073166072302", "alipay-sdk-nodejs_notify_public_key_v1.pem"), form);
    ASSERT_TRUE(parsed.verified) << qPrintable(parsed.rejectReason);
    EXPECT_EQ(parsed.result.kind, Kind::Success);
    EXPECT_EQ(parsed.amount, Money::fromMinor(10));
}

TEST(AlipayPublishedNotifications, OneChangedByteOrAnotherAppIdIsRejected)
{
    const AlipayConfig config = notifyConfig("9021000122682882", "yansongda_alipay_public_key.pem");
    auto tampered = notifyForm(vectors::kA3Notify, vectors::kA3Signature);
    tampered.insert(QStringLiteral("total_amount"), QStringLiteral("0.02"));
    const ParsedNotification forged = parseWith(config, tampered);
    EXPECT_FALSE(forged.verified);
    EXPECT_NE(forged.result.kind, Kind::Success);
    EXPECT_EQ(forged.nackBody, QByteArrayLiteral("fail"));

    const ParsedNotification notOurs =
        parseWith(notifyConfig("2021000000000001", "yansongda_alipay_public_key.pem"),
                  notifyForm(vectors::kA3Notify, vectors::kA3Signature));
    EXPECT_FALSE(notOurs.verified);
    EXPECT_TRUE(notOurs.rejectReason.contains(QStringLiteral("app_id")))
        << qPrintable(notOurs.rejectReason);

    AlipayChannel channel(config);
    EXPECT_FALSE(channel.parseNotification(IncomingNotification{"a=1&a=2", {}}).verified);
    EXPECT_FALSE(channel.parseNotification(IncomingNotification{"", {}}).verified);
}

// ---- mapping, branch by branch ----

const QString kOurs = QStringLiteral("T01_20260101_0001_A1");

TEST(AlipayMapping, PrecreateSuccessMustNameOurOrderAndCarryAQr)
{
    const ChannelResult ok = alipay::mapPrecreateResponse(
        json(R"({"code":"10000","msg":"Success","out_trade_no":"T01_20260101_0001_A1",)"
             R"("qr_code":"https://qr.alipay.com/bax01"})"),
        kOurs);
    EXPECT_EQ(ok.kind, Kind::Success);
    EXPECT_EQ(ok.qrCode, QStringLiteral("https://qr.alipay.com/bax01"));
    EXPECT_EQ(alipay::mapPrecreateResponse(
                  json(R"({"code":"10000","out_trade_no":"OTHER","qr_code":"x"})"), kOurs)
                  .providerCode,
              QStringLiteral("pos.mismatch"));
    EXPECT_EQ(alipay::mapPrecreateResponse(
                  json(R"({"code":"10000","out_trade_no":"T01_20260101_0001_A1"})"), kOurs)
                  .kind,
              Kind::Unknown);
    EXPECT_EQ(alipay::mapPrecreateResponse(
                  json(R"({"code":"40004","sub_code":"ACQ.TRADE_HAS_CLOSE"})"), kOurs)
                  .kind,
              Kind::Failed);
    EXPECT_EQ(alipay::mapPrecreateResponse(
                  json(R"({"code":"40004","sub_code":"ACQ.SYSTEM_ERROR"})"), kOurs)
                  .kind,
              Kind::Unknown);
    EXPECT_EQ(alipay::mapPrecreateResponse(
                  json(R"({"code":"20000","sub_code":"isp.unknow-error"})"), kOurs)
                  .kind,
              Kind::Unknown);
}

TEST(AlipayMapping, CloseOfAnUnscannedQrIsTradeNotFoundAndOfAPaidTradeFails)
{
    EXPECT_EQ(alipay::mapCloseResponse(json(R"({"code":"10000","out_trade_no":"OTHER"})"), kOurs)
                  .providerCode,
              QStringLiteral("pos.mismatch"));
    const ChannelResult missing = alipay::mapCloseResponse(
        json(R"({"code":"40004","sub_code":"ACQ.TRADE_NOT_EXIST"})"), kOurs);
    EXPECT_EQ(missing.kind, Kind::Failed);
    EXPECT_EQ(missing.providerCode, pos::channels::kTradeNotFound);
    const ChannelResult paid = alipay::mapCloseResponse(
        json(R"({"code":"40004","sub_code":"ACQ.TRADE_STATUS_ERROR"})"), kOurs);
    EXPECT_EQ(paid.kind, Kind::Failed);
    EXPECT_EQ(paid.providerCode, QStringLiteral("ACQ.TRADE_STATUS_ERROR"));
    EXPECT_EQ(alipay::mapCloseResponse(json(R"({"code":"20000"})"), kOurs).kind, Kind::Unknown);
}

TEST(AlipayMapping, RefundOutcomes)
{
    const RefundRequest request = refundRequest("T01_20260101_0001_A1", "R1", 500);
    const ChannelResult moved = alipay::mapRefundResponse(
        json(R"({"code":"10000","fund_change":"Y","out_trade_no":"T01_20260101_0001_A1",)"
             R"("refund_fee":"8.00","trade_no":"2026"})"),
        request);
    EXPECT_EQ(moved.kind, Kind::Success);
    EXPECT_EQ(moved.refundedAmount, Money::fromMinor(500)); // this refund, not the 8.00 total
    EXPECT_EQ(alipay::mapRefundResponse(
                  json(R"({"code":"10000","fund_change":"N","out_trade_no":"T01_20260101_0001_A1",)"
                       R"("refund_fee":"5.00"})"),
                  request)
                  .kind,
              Kind::UserPaying);
    // Success that names another order, or a refunded total below this refund, is not trusted.
    EXPECT_EQ(alipay::mapRefundResponse(
                  json(R"({"code":"10000","fund_change":"Y","out_trade_no":"OTHER",)"
                       R"("refund_fee":"5.00"})"),
                  request)
                  .providerCode,
              QStringLiteral("pos.mismatch"));
    EXPECT_EQ(alipay::mapRefundResponse(
                  json(R"({"code":"10000","fund_change":"Y","out_trade_no":"T01_20260101_0001_A1",)"
                       R"("refund_fee":"4.99"})"),
                  request)
                  .providerCode,
              QStringLiteral("pos.mismatch"));
    const ChannelResult systemError = alipay::mapRefundResponse(
        json(R"({"code":"40004","sub_code":"ACQ.SYSTEM_ERROR"})"), request);
    EXPECT_EQ(systemError.kind, Kind::Unknown);
    const ChannelResult refused = alipay::mapRefundResponse(
        json(
            R"({"code":"40004","sub_code":"ACQ.REFUND_AMT_NOT_EQUAL_TOTAL","sub_msg":"退款金额超限"})"),
        request);
    EXPECT_EQ(refused.kind, Kind::Failed);
    EXPECT_EQ(refused.providerCode, QStringLiteral("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"));
    EXPECT_EQ(alipay::mapRefundResponse(json(R"({"code":"20000"})"), request).kind, Kind::Unknown);
}

TEST(AlipayMapping, RefundQueryWithoutStatusIsNotDoneYetNeverFailedOrSuccess)
{
    const RefundRequest request = refundRequest("T01_20260101_0001_A1", "R1", 500);
    const ChannelResult notYet = alipay::mapRefundQueryResponse(
        json(R"({"code":"10000","out_trade_no":"T01_20260101_0001_A1","out_request_no":"R1"})"),
        request);
    EXPECT_EQ(notYet.kind, Kind::Unknown);
    EXPECT_EQ(notYet.providerCode, alipay::kRefundNotDone);
    const ChannelResult done = alipay::mapRefundQueryResponse(
        json(R"({"code":"10000","out_trade_no":"T01_20260101_0001_A1","out_request_no":"R1",)"
             R"("refund_status":"REFUND_SUCCESS","refund_amount":"5.00"})"),
        request);
    EXPECT_EQ(done.kind, Kind::Success);
    EXPECT_EQ(done.refundedAmount, Money::fromMinor(500));
    EXPECT_EQ(alipay::mapRefundQueryResponse(
                  json(R"({"code":"10000","out_trade_no":"T01_20260101_0001_A1",)"
                       R"("out_request_no":"R2","refund_status":"REFUND_SUCCESS",)"
                       R"("refund_amount":"5.00"})"),
                  request)
                  .providerCode,
              QStringLiteral("pos.mismatch"));
    EXPECT_EQ(alipay::mapRefundQueryResponse(
                  json(R"({"code":"10000","out_trade_no":"T01_20260101_0001_A1",)"
                       R"("refund_status":"REFUND_SUCCESS","refund_amount":"4.00"})"),
                  request)
                  .providerCode,
              QStringLiteral("pos.mismatch"));
    EXPECT_EQ(alipay::mapRefundQueryResponse(json(R"({"code":"20000"})"), request).kind,
              Kind::Unknown);
}

TEST(AlipayMapping, BillUrlNeedsAnHttpUrl)
{
    EXPECT_TRUE(
        alipay::mapBillUrlResponse(
            json(R"({"code":"10000","bill_download_url":"https://dwbillcenter.alipay.com/x"})"))
            .ok());
    EXPECT_FALSE(alipay::mapBillUrlResponse(json(R"({"code":"10000"})")).ok());
    EXPECT_EQ(
        alipay::mapBillUrlResponse(json(R"({"code":"40004","sub_code":"isp.bill_not_exist"})"))
            .error()
            .code,
        QStringLiteral("isp.bill_not_exist"));
}

TEST(AlipayMapping, NotificationStatusesAndRefunds)
{
    const RsaKey key = pos::test::testAppKey(); // stands in for "Alipay's" key here
    auto signedForm = [&key](QMap<QString, QString> form) {
        const QByteArray content =
            alipay::signContent(form, {QStringLiteral("sign"), QStringLiteral("sign_type")});
        form.insert(QStringLiteral("sign"),
                    QString::fromLatin1(key.signSha256(content)->toBase64()));
        form.insert(QStringLiteral("sign_type"), QStringLiteral("RSA2"));
        return form;
    };
    QMap<QString, QString> base{{QStringLiteral("app_id"), QStringLiteral("2021000000000001")},
                                {QStringLiteral("out_trade_no"), kOurs},
                                {QStringLiteral("trade_no"), QStringLiteral("2026")},
                                {QStringLiteral("total_amount"), QStringLiteral("12.30")},
                                {QStringLiteral("notify_id"), QStringLiteral("n1")}};
    const QString appId = QStringLiteral("2021000000000001");
    auto withStatus = [&](const char *status) {
        QMap<QString, QString> form = base;
        form.insert(QStringLiteral("trade_status"), QLatin1String(status));
        return alipay::parseNotificationForm(signedForm(form), appId, key);
    };
    EXPECT_EQ(withStatus("TRADE_SUCCESS").result.kind, Kind::Success);
    EXPECT_EQ(withStatus("TRADE_SUCCESS").amount, Money::fromMinor(1230));
    EXPECT_EQ(withStatus("TRADE_FINISHED").result.kind, Kind::Success);
    EXPECT_EQ(withStatus("TRADE_CLOSED").result.kind, Kind::Failed);
    EXPECT_EQ(withStatus("WAIT_BUYER_PAY").result.kind, Kind::UserPaying);
    EXPECT_EQ(withStatus("SOMETHING_NEW").result.kind, Kind::Unknown);

    QMap<QString, QString> refund = base;
    refund.insert(QStringLiteral("trade_status"), QStringLiteral("TRADE_SUCCESS"));
    refund.insert(QStringLiteral("refund_fee"), QStringLiteral("2.00"));
    refund.insert(QStringLiteral("out_biz_no"), QStringLiteral("R1"));
    refund.insert(QStringLiteral("gmt_refund"), QStringLiteral("2026-01-01 10:00:00"));
    const ParsedNotification parsed = alipay::parseNotificationForm(signedForm(refund), appId, key);
    ASSERT_TRUE(parsed.verified);
    EXPECT_EQ(parsed.event, ParsedNotification::Event::Refund);
    EXPECT_EQ(parsed.outRequestNo, QStringLiteral("R1"));
    EXPECT_EQ(parsed.result.refundedAmount, Money::fromMinor(200));
}

TEST(AlipayMapping, CapabilitiesAreHonest)
{
    AlipayChannel channel(AlipayConfig{});
    const auto caps = channel.capabilities();
    EXPECT_TRUE(caps.merchantScansCustomer && caps.customerScansMerchant && caps.facePay &&
                caps.query && caps.cancel && caps.close && caps.refund && caps.refundQuery &&
                caps.asyncNotify && caps.billDownload && caps.remote);
}

} // namespace
