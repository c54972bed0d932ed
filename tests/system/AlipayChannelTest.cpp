// The Alipay adapter against the real pos-channel-sim over loopback HTTP (real RSA2 both ways),
// against stub gateways that fail in the ways networks do, and its response mapping branch by
// branch. Invariants 3 and 4: nothing unverified or unrecognised is ever Success.
#include "channels/alipay/AlipayChannel.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/ChannelTestSupport.h"
#include "system/StubGateway.h"
#include "system/SystemPrinters.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <memory>

namespace {

using pos::Money;
using pos::channels::ChannelResult;
using pos::channels::PaymentChannel;
using pos::channels::PayRequest;
using pos::channels::alipay::AlipayChannel;
using pos::channels::alipay::AlipayConfig;
using pos::test::alipayCode;
using pos::test::awaitChannel;
using pos::test::cancel;
using pos::test::pay;
using pos::test::query;
using Kind = ChannelResult::Kind;

const QString kBadSignature = QStringLiteral("pos.bad_signature");

Money yuan(qint64 fen)
{
    return Money::fromMinor(fen);
}

// payRequest() with Alipay's store and operator.
PayRequest payRequest(const QString &outTradeNo, const QString &code, const Money &amount)
{
    PayRequest request = pos::test::payRequest(outTradeNo, code, amount);
    request.storeId = QStringLiteral("S001");
    request.operatorId = QStringLiteral("1001");
    return request;
}

// One sandbox for the whole suite (each test uses its own out_trade_no); the user-paying
// scenario completes one second after the pay call.
class AlipayChannelTest
    : public pos::test::SharedSandboxTest<AlipayChannelTest, pos::test::AlipaySandbox>
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
        m_channel = std::make_unique<AlipayChannel>(s_sandbox->channelConfig());
    }

    // Queries every 100 ms (between queries the event loop runs) until the channel answers
    // something other than UserPaying or `timeoutMs` passes; returns the last answer.
    ChannelResult queryWhileUserPaying(const QString &outTradeNo, const Money &amount,
                                       int timeoutMs)
    {
        return pos::test::whileUserPaying([&] { return query(*m_channel, outTradeNo, amount); },
                                          timeoutMs);
    }

    std::unique_ptr<AlipayChannel> m_channel;
};

TEST_F(AlipayChannelTest, PaySucceedsAndReturnsTheChannelTradeNumber)
{
    const ChannelResult result =
        pay(*m_channel, payRequest(QStringLiteral("AC_OK_1"), alipayCode("1234"), yuan(1230)));
    ASSERT_EQ(result.kind, Kind::Success) << qPrintable(result.reason);
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^\\d{22}$")).match(result.channelTradeNo).hasMatch())
        << qPrintable(result.channelTradeNo);
    EXPECT_EQ(result.paidAmount, yuan(1230));
    const QJsonObject trade = s_sandbox->tradeFor(QStringLiteral("AC_OK_1"));
    EXPECT_EQ(trade[QStringLiteral("status")].toString(), QStringLiteral("TRADE_SUCCESS"));
    EXPECT_EQ(trade[QStringLiteral("trade_no")].toString(), result.channelTradeNo);
}

TEST_F(AlipayChannelTest, InsufficientBalanceFailsWithTheProviderCode)
{
    const ChannelResult result =
        pay(*m_channel, payRequest(QStringLiteral("AC_POOR_1"), alipayCode("0001"), yuan(8800)));
    EXPECT_EQ(result.kind, Kind::Failed);
    EXPECT_EQ(result.providerCode, QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    EXPECT_FALSE(result.reason.isEmpty());
}

TEST_F(AlipayChannelTest, InvalidPaymentCodeFails)
{
    const ChannelResult result =
        pay(*m_channel, payRequest(QStringLiteral("AC_BADCODE_1"), alipayCode("0005"), yuan(100)));
    EXPECT_EQ(result.kind, Kind::Failed);
    EXPECT_EQ(result.providerCode, QStringLiteral("ACQ.PAYMENT_AUTH_CODE_INVALID"));
}

TEST_F(AlipayChannelTest, UserPayingBecomesSuccessOnQueryAfterTheConfiguredSeconds)
{
    const QString number = QStringLiteral("AC_WAIT_1");
    QElapsedTimer clock;
    clock.start();
    const ChannelResult first = pay(*m_channel, payRequest(number, alipayCode("0002"), yuan(350)));
    EXPECT_EQ(first.kind, Kind::UserPaying) << qPrintable(first.reason);
    EXPECT_EQ(query(*m_channel, number, yuan(350)).kind, Kind::UserPaying);

    const ChannelResult settled = queryWhileUserPaying(number, yuan(350), 8000);
    ASSERT_EQ(settled.kind, Kind::Success) << qPrintable(settled.reason);
    EXPECT_GE(clock.elapsed(), 900); // the sandbox was told one second
    EXPECT_FALSE(settled.channelTradeNo.isEmpty());
    EXPECT_EQ(settled.paidAmount, yuan(350));
}

TEST_F(AlipayChannelTest, SystemErrorIsUnknownAndQueryFindsTheTradePaid)
{
    const QString number = QStringLiteral("AC_LONG_1");
    const ChannelResult first = pay(*m_channel, payRequest(number, alipayCode("0003"), yuan(999)));
    EXPECT_EQ(first.kind, Kind::Unknown);
    EXPECT_EQ(first.providerCode, QStringLiteral("ACQ.SYSTEM_ERROR"));

    const ChannelResult confirmed = query(*m_channel, number, yuan(999));
    EXPECT_EQ(confirmed.kind, Kind::Success) << qPrintable(confirmed.reason);
    EXPECT_FALSE(confirmed.channelTradeNo.isEmpty());
}

TEST_F(AlipayChannelTest, SystemErrorWithoutTradeIsUnknownThenQueryReportsTradeNotFound)
{
    const QString number = QStringLiteral("AC_GONE_1");
    EXPECT_EQ(pay(*m_channel, payRequest(number, alipayCode("0006"), yuan(100))).kind,
              Kind::Unknown);
    const ChannelResult answer = query(*m_channel, number, yuan(100));
    EXPECT_EQ(answer.kind, Kind::Failed);
    EXPECT_EQ(answer.providerCode, pos::channels::kTradeNotFound);
}

TEST_F(AlipayChannelTest, QueryOfATradeNeverSentReportsTradeNotFound)
{
    const ChannelResult answer = query(*m_channel, QStringLiteral("AC_NEVER_1"), yuan(100));
    EXPECT_EQ(answer.kind, Kind::Failed);
    EXPECT_EQ(answer.providerCode, pos::channels::kTradeNotFound);
}

TEST_F(AlipayChannelTest, QueryWithADifferentAmountThanOursIsUnknownMismatch)
{
    const QString number = QStringLiteral("AC_AMOUNT_1");
    ASSERT_EQ(pay(*m_channel, payRequest(number, alipayCode("1234"), yuan(500))).kind,
              Kind::Success);
    const ChannelResult answer = query(*m_channel, number, yuan(501));
    EXPECT_EQ(answer.kind, Kind::Unknown);
    EXPECT_EQ(answer.providerCode, QStringLiteral("pos.mismatch"));
}

TEST_F(AlipayChannelTest, CancelOfAPaidTradeRefundsIt)
{
    const QString number = QStringLiteral("AC_UNDO_1");
    ASSERT_EQ(pay(*m_channel, payRequest(number, alipayCode("1234"), yuan(1500))).kind,
              Kind::Success);
    const ChannelResult undone = cancel(*m_channel, number);
    EXPECT_EQ(undone.kind, Kind::Success) << qPrintable(undone.reason);
    EXPECT_EQ(undone.action, QStringLiteral("refund"));
    EXPECT_EQ(query(*m_channel, number, yuan(1500)).kind, Kind::Failed); // TRADE_CLOSED
    EXPECT_EQ(s_sandbox->tradeFor(number)[QStringLiteral("refunded_fen")].toInteger(), 1500);
}

TEST_F(AlipayChannelTest, CancelOfAWaitingTradeClosesItWithoutRefund)
{
    const QString number = QStringLiteral("AC_STUCK_1");
    ASSERT_EQ(pay(*m_channel, payRequest(number, alipayCode("0004"), yuan(200))).kind,
              Kind::UserPaying);
    const ChannelResult undone = cancel(*m_channel, number);
    EXPECT_EQ(undone.kind, Kind::Success) << qPrintable(undone.reason);
    EXPECT_EQ(undone.action, QStringLiteral("close"));
    const ChannelResult after = query(*m_channel, number, yuan(200));
    EXPECT_EQ(after.kind, Kind::Failed);
    EXPECT_EQ(after.providerCode, QStringLiteral("TRADE_CLOSED"));
}

TEST_F(AlipayChannelTest, TamperedResponseSignatureIsUnknownNeverSuccess)
{
    const QString number = QStringLiteral("AC_EVIL_1");
    const ChannelResult result =
        pay(*m_channel, payRequest(number, alipayCode("0009"), yuan(5000)));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, kBadSignature);
    EXPECT_TRUE(result.channelTradeNo.isEmpty());
    // The properly signed query tells the truth.
    EXPECT_EQ(query(*m_channel, number, yuan(5000)).kind, Kind::Success);
}

TEST_F(AlipayChannelTest, WrongAlipayPublicKeyRejectsEveryAnswer)
{
    AlipayConfig config = s_sandbox->channelConfig();
    config.alipayPublicKey = pos::security::RsaKey::generate(2048).value();
    AlipayChannel misconfigured(config);
    const QString number = QStringLiteral("AC_WRONGKEY_1");

    const ChannelResult paid =
        pay(misconfigured, payRequest(number, alipayCode("1234"), yuan(700)));
    EXPECT_EQ(paid.kind, Kind::Unknown);
    EXPECT_EQ(paid.providerCode, kBadSignature);
    const ChannelResult queried = query(misconfigured, number, yuan(700));
    EXPECT_EQ(queried.kind, Kind::Unknown);
    EXPECT_EQ(queried.providerCode, kBadSignature);
    // The sandbox did take the money: only the right key can tell, and it says so.
    EXPECT_EQ(query(*m_channel, number, yuan(700)).kind, Kind::Success);
    const ChannelResult cancelled = cancel(misconfigured, number);
    EXPECT_EQ(cancelled.kind, Kind::Unknown);
    EXPECT_EQ(cancelled.providerCode, kBadSignature);
}

TEST_F(AlipayChannelTest, RequestSignedWithAKeyTheGatewayDoesNotKnowFails)
{
    AlipayConfig config = s_sandbox->channelConfig();
    config.appPrivateKey = pos::security::RsaKey::generate(2048).value();
    AlipayChannel stranger(config);
    const ChannelResult result =
        pay(stranger, payRequest(QStringLiteral("AC_STRANGER_1"), alipayCode("1234"), yuan(100)));
    EXPECT_EQ(result.kind, Kind::Failed);
    EXPECT_EQ(result.providerCode, QStringLiteral("isv.invalid-signature"));
    EXPECT_TRUE(s_sandbox->tradeFor(QStringLiteral("AC_STRANGER_1")).isEmpty());
}

TEST_F(AlipayChannelTest, GatewayDownIsUnknownNetwork)
{
    AlipayConfig config = s_sandbox->channelConfig(2000);
    const quint16 port = pos::test::closedLoopbackPort();
    ASSERT_NE(port, 0);
    config.gatewayUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/gateway.do").arg(port));
    AlipayChannel unreachable(config);
    const ChannelResult result =
        pay(unreachable, payRequest(QStringLiteral("AC_DOWN_1"), alipayCode("1234"), yuan(100)));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.network"));
    EXPECT_EQ(query(unreachable, QStringLiteral("AC_DOWN_1"), yuan(100)).providerCode,
              QStringLiteral("pos.network"));
    EXPECT_EQ(cancel(unreachable, QStringLiteral("AC_DOWN_1")).providerCode,
              QStringLiteral("pos.network"));
}

TEST_F(AlipayChannelTest, GatewayThatNeverAnswersTimesOutAsUnknown)
{
    pos::test::StubGateway silent; // accepts, reads, never answers
    ASSERT_TRUE(silent.listen());
    AlipayConfig config = s_sandbox->channelConfig(300);
    config.gatewayUrl = silent.gatewayUrl();
    AlipayChannel channel(config);

    QElapsedTimer clock;
    clock.start();
    const ChannelResult result = awaitChannel(
        [&](PaymentChannel::Callback done) {
            channel.pay(payRequest(QStringLiteral("AC_SILENT_1"), alipayCode("1234"), yuan(100)),
                        done);
        },
        5000);
    const qint64 elapsed = clock.elapsed();
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.network")) << qPrintable(result.reason);
    EXPECT_GE(elapsed, 250);
    EXPECT_LT(elapsed, 3000);
    ASSERT_EQ(silent.requests().size(), 1u);
    EXPECT_EQ(silent.requests()[0].apiMethod(), QStringLiteral("alipay.trade.pay"));
    EXPECT_EQ(silent.requests()[0].outTradeNo(), QStringLiteral("AC_SILENT_1"));
}

TEST_F(AlipayChannelTest, UnsignedSuccessFromAnImpostorGatewayIsNeverSuccess)
{
    pos::test::StubGateway impostor;
    ASSERT_TRUE(impostor.listen());
    impostor.setHandler([](const pos::test::StubGateway::Request &request) {
        const QByteArray inner =
            R"({"code":"10000","msg":"Success","trade_no":"2024000000000000000001",)"
            R"("out_trade_no":")" +
            request.outTradeNo().toUtf8() + R"(","total_amount":"1.00"})";
        return pos::test::StubGateway::httpAnswer(200, R"({"alipay_trade_pay_response":)" + inner +
                                                           R"(,"sign":"bm90IGEgc2lnbmF0dXJl"})");
    });
    AlipayConfig config = s_sandbox->channelConfig();
    config.gatewayUrl = impostor.gatewayUrl();
    AlipayChannel channel(config);
    const ChannelResult result =
        pay(channel, payRequest(QStringLiteral("AC_IMPOSTOR_1"), alipayCode("1234"), yuan(100)));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, kBadSignature);
}

TEST_F(AlipayChannelTest, HttpErrorAndGarbageAnswersAreUnknown)
{
    pos::test::StubGateway broken;
    ASSERT_TRUE(broken.listen());
    int answered = 0;
    broken.setHandler([&answered](const pos::test::StubGateway::Request &) {
        return ++answered == 1
                   ? pos::test::StubGateway::httpAnswer(502, "Bad Gateway", "text/plain")
                   : pos::test::StubGateway::httpAnswer(200, "<html>maintenance</html>",
                                                        "text/html");
    });
    AlipayConfig config = s_sandbox->channelConfig();
    config.gatewayUrl = broken.gatewayUrl();
    AlipayChannel channel(config);
    const ChannelResult first =
        pay(channel, payRequest(QStringLiteral("AC_BROKEN_1"), alipayCode("1234"), yuan(100)));
    EXPECT_EQ(first.kind, Kind::Unknown);
    EXPECT_EQ(first.providerCode, QStringLiteral("pos.network"));
    const ChannelResult second = query(channel, QStringLiteral("AC_BROKEN_1"), yuan(100));
    EXPECT_EQ(second.kind, Kind::Unknown);
    EXPECT_EQ(second.providerCode, kBadSignature);
}

// ---- mapping of verified answers, branch by branch ----

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

using pos::channels::alipay::mapCancelResponse;
using pos::channels::alipay::mapPayResponse;
using pos::channels::alipay::mapQueryResponse;

const QString kOurs = QStringLiteral("T01_20260101_0001_A1");

TEST(AlipayResponseMapping, PaySuccessMatchingOurRecordIsSuccess)
{
    const ChannelResult result = mapPayResponse(
        json(R"({"code":"10000","msg":"Success","trade_no":"2026010122001400000000000001",
                 "out_trade_no":"T01_20260101_0001_A1","total_amount":"12.30"})"),
        kOurs, yuan(1230));
    EXPECT_EQ(result.kind, Kind::Success);
    EXPECT_EQ(result.channelTradeNo, QStringLiteral("2026010122001400000000000001"));
    EXPECT_EQ(result.paidAmount, yuan(1230));
}

TEST(AlipayResponseMapping, PaySuccessWithAnotherAmountIsUnknownMismatch)
{
    const ChannelResult result =
        mapPayResponse(json(R"({"code":"10000","trade_no":"1","out_trade_no":"T01_20260101_0001_A1",
                 "total_amount":"1.23"})"),
                       kOurs, yuan(1230));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.mismatch"));
}

TEST(AlipayResponseMapping, PaySuccessForAnotherOrderNumberIsUnknownMismatch)
{
    const ChannelResult result =
        mapPayResponse(json(R"({"code":"10000","trade_no":"1","out_trade_no":"T01_20260101_0002_A1",
                 "total_amount":"12.30"})"),
                       kOurs, yuan(1230));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.mismatch"));
}

TEST(AlipayResponseMapping, PaySuccessWithoutAnAmountIsUnknownMismatch)
{
    const ChannelResult result = mapPayResponse(
        json(R"({"code":"10000","trade_no":"1","out_trade_no":"T01_20260101_0001_A1"})"), kOurs,
        yuan(1230));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.mismatch"));
}

TEST(AlipayResponseMapping, SuccessThatDoesNotNameOurOrderNumberIsNotTrusted)
{
    // Invariant 3: a success is accepted only when the order number matches ours; an answer
    // that does not name the order cannot be matched to it.
    const ChannelResult result = mapPayResponse(
        json(R"({"code":"10000","trade_no":"1","total_amount":"12.30"})"), kOurs, yuan(1230));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.mismatch"));
    const ChannelResult queried =
        mapQueryResponse(json(R"({"code":"10000","trade_status":"TRADE_SUCCESS","trade_no":"1",
                 "total_amount":"12.30"})"),
                         kOurs, yuan(1230));
    EXPECT_EQ(queried.kind, Kind::Unknown);
    EXPECT_EQ(queried.providerCode, QStringLiteral("pos.mismatch"));
}

TEST(AlipayResponseMapping, PayInProcessIsUserPaying)
{
    EXPECT_EQ(mapPayResponse(json(R"({"code":"10003","msg":"order success pay inprocess"})"), kOurs,
                             yuan(100))
                  .kind,
              Kind::UserPaying);
}

TEST(AlipayResponseMapping, PayBusinessRefusalsFailWithTheSubCode)
{
    for (const char *subCode :
         {"ACQ.BUYER_BALANCE_NOT_ENOUGH", "ACQ.PAYMENT_AUTH_CODE_INVALID", "ACQ.TRADE_HAS_CLOSE"}) {
        QJsonObject answer = json(R"({"code":"40004","msg":"Business Failed"})");
        answer.insert(QStringLiteral("sub_code"), QLatin1String(subCode));
        answer.insert(QStringLiteral("sub_msg"), QStringLiteral("refused"));
        const ChannelResult result = mapPayResponse(answer, kOurs, yuan(100));
        EXPECT_EQ(result.kind, Kind::Failed) << subCode;
        EXPECT_EQ(result.providerCode, QLatin1String(subCode));
        EXPECT_EQ(result.reason, QStringLiteral("refused"));
    }
}

TEST(AlipayResponseMapping, PayAnswersThatMayHideAPaidTradeAreUnknown)
{
    for (const char *text :
         {R"({"code":"40004","sub_code":"ACQ.SYSTEM_ERROR"})",
          R"({"code":"40004","sub_code":"ACQ.TRADE_HAS_SUCCESS"})",
          R"({"code":"20000","msg":"Service Currently Unavailable","sub_code":"ACQ.SYSTEM_ERROR"})",
          R"({"code":"20000","msg":"Service Currently Unavailable"})", R"({"code":"99999"})",
          R"({"msg":"no code at all"})", R"({})"}) {
        EXPECT_EQ(mapPayResponse(json(text), kOurs, yuan(100)).kind, Kind::Unknown) << text;
    }
}

TEST(AlipayResponseMapping, PayRefusedByTheGatewayItselfFails)
{
    const ChannelResult invalid = mapPayResponse(
        json(R"({"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature"})"),
        kOurs, yuan(100));
    EXPECT_EQ(invalid.kind, Kind::Failed);
    EXPECT_EQ(invalid.providerCode, QStringLiteral("isv.invalid-signature"));
    const ChannelResult unauthorised = mapPayResponse(
        json(R"({"code":"20001","msg":"Insufficient Token Permissions"})"), kOurs, yuan(100));
    EXPECT_EQ(unauthorised.kind, Kind::Failed);
    EXPECT_EQ(unauthorised.providerCode, QStringLiteral("20001"));
}

TEST(AlipayResponseMapping, QueryPaidStatusesMatchingOurRecordAreSuccess)
{
    for (const char *status : {"TRADE_SUCCESS", "TRADE_FINISHED"}) {
        QJsonObject answer = json(R"({"code":"10000","trade_no":"77",
            "out_trade_no":"T01_20260101_0001_A1","total_amount":"0.01"})");
        answer.insert(QStringLiteral("trade_status"), QLatin1String(status));
        const ChannelResult result = mapQueryResponse(answer, kOurs, yuan(1));
        EXPECT_EQ(result.kind, Kind::Success) << status;
        EXPECT_EQ(result.channelTradeNo, QStringLiteral("77"));
    }
}

TEST(AlipayResponseMapping, QueryPaidButNotMatchingOurRecordIsUnknownMismatch)
{
    const ChannelResult amount =
        mapQueryResponse(json(R"({"code":"10000","trade_status":"TRADE_SUCCESS","trade_no":"77",
                 "out_trade_no":"T01_20260101_0001_A1","total_amount":"100.00"})"),
                         kOurs, yuan(1));
    EXPECT_EQ(amount.kind, Kind::Unknown);
    EXPECT_EQ(amount.providerCode, QStringLiteral("pos.mismatch"));
    const ChannelResult number =
        mapQueryResponse(json(R"({"code":"10000","trade_status":"TRADE_SUCCESS","trade_no":"77",
                 "out_trade_no":"SOMEONE_ELSE","total_amount":"0.01"})"),
                         kOurs, yuan(1));
    EXPECT_EQ(number.kind, Kind::Unknown);
    EXPECT_EQ(number.providerCode, QStringLiteral("pos.mismatch"));
}

TEST(AlipayResponseMapping, QueryWaitingIsUserPayingAndClosedIsFailed)
{
    EXPECT_EQ(mapQueryResponse(json(R"({"code":"10000","trade_status":"WAIT_BUYER_PAY",
                                        "out_trade_no":"T01_20260101_0001_A1"})"),
                               kOurs, yuan(100))
                  .kind,
              Kind::UserPaying);
    const ChannelResult closed = mapQueryResponse(
        json(R"({"code":"10000","trade_status":"TRADE_CLOSED"})"), kOurs, yuan(100));
    EXPECT_EQ(closed.kind, Kind::Failed);
    EXPECT_EQ(closed.providerCode, QStringLiteral("TRADE_CLOSED"));
    EXPECT_NE(closed.providerCode, pos::channels::kTradeNotFound);
}

TEST(AlipayResponseMapping, QueryUnrecognisedTradeStatusIsUnknownNeverSuccess)
{
    for (const char *status : {"TRADE_PENDING", "trade_success", "", "SUCCESS"}) {
        QJsonObject answer = json(R"({"code":"10000","trade_no":"77",
            "out_trade_no":"T01_20260101_0001_A1","total_amount":"1.00"})");
        answer.insert(QStringLiteral("trade_status"), QLatin1String(status));
        EXPECT_EQ(mapQueryResponse(answer, kOurs, yuan(100)).kind, Kind::Unknown) << status;
    }
    EXPECT_EQ(mapQueryResponse(json(R"({"code":"10000","trade_no":"77","total_amount":"1.00"})"),
                               kOurs, yuan(100))
                  .kind,
              Kind::Unknown);
}

TEST(AlipayResponseMapping, QueryOfNoSuchTradeFailsWithTradeNotFound)
{
    const ChannelResult result = mapQueryResponse(
        json(R"({"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST"})"), kOurs,
        yuan(100));
    EXPECT_EQ(result.kind, Kind::Failed);
    EXPECT_EQ(result.providerCode, pos::channels::kTradeNotFound);
}

TEST(AlipayResponseMapping, QueryErrorsAreUnknown)
{
    for (const char *text : {R"({"code":"20000","sub_code":"ACQ.SYSTEM_ERROR"})",
                             R"({"code":"40004","sub_code":"ACQ.INVALID_PARAMETER"})",
                             R"({"code":"40002","sub_code":"isv.invalid-signature"})", R"({})"}) {
        EXPECT_EQ(mapQueryResponse(json(text), kOurs, yuan(100)).kind, Kind::Unknown) << text;
    }
}

TEST(AlipayResponseMapping, CancelSuccessCarriesTheAction)
{
    for (const char *action : {"close", "refund"}) {
        QJsonObject answer = json(R"({"code":"10000","msg":"Success","trade_no":"77",
                                      "out_trade_no":"T01_20260101_0001_A1","retry_flag":"N"})");
        answer.insert(QStringLiteral("action"), QLatin1String(action));
        const ChannelResult result = mapCancelResponse(answer);
        EXPECT_EQ(result.kind, Kind::Success) << action;
        EXPECT_EQ(result.action, QLatin1String(action));
    }
}

TEST(AlipayResponseMapping, CancelAskingForARetryOrFailingIsUnknown)
{
    for (const char *text :
         {R"({"code":"10000","action":"close","retry_flag":"Y"})",
          R"({"code":"40004","sub_code":"ACQ.SYSTEM_ERROR","retry_flag":"Y"})",
          R"({"code":"40004","sub_code":"ACQ.REASON_TRADE_BEEN_FREEZEN","retry_flag":"N"})",
          R"({"code":"20000"})", R"({})"}) {
        EXPECT_EQ(mapCancelResponse(json(text)).kind, Kind::Unknown) << text;
    }
}

} // namespace
