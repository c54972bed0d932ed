// System tests of pos-channel-sim: the real binary on a loopback port, real HTTP, real RSA2.
#include "channels/alipay/AlipaySignature.h"
#include "security/RsaKey.h"
#include "support/ChannelSimProcess.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <optional>

using pos::security::RsaKey;
namespace alipay = pos::channels::alipay;

namespace {

const QString kAppId = QStringLiteral("2021000000000001");
const QString kPay = QStringLiteral("alipay.trade.pay");
const QString kQuery = QStringLiteral("alipay.trade.query");
const QString kCancel = QStringLiteral("alipay.trade.cancel");
const QString kClose = QStringLiteral("alipay.trade.close");

struct HttpAnswer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// A payment code whose last four digits choose the sandbox scenario (see Scenario.h).
QString authCode(const char *lastFour)
{
    return QStringLiteral("28763443825664") + QLatin1String(lastFour);
}

// Form encoding as Alipay's SDKs do it: space as '+', everything else reserved as %XX.
QByteArray formEncode(const QMap<QString, QString> &params)
{
    QByteArray out;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        QByteArray value = QUrl::toPercentEncoding(it.value(), " ");
        value.replace(' ', '+');
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(it.key()) + '=' + value;
    }
    return out;
}

QJsonObject payBiz(const QString &outTradeNo, const QString &code, const QString &amount)
{
    return QJsonObject{{QStringLiteral("out_trade_no"), outTradeNo},
                       {QStringLiteral("scene"), QStringLiteral("bar_code")},
                       {QStringLiteral("auth_code"), code},
                       {QStringLiteral("subject"), QStringLiteral("Groceries")},
                       {QStringLiteral("total_amount"), amount}};
}

QJsonObject byOutTradeNo(const QString &outTradeNo)
{
    return QJsonObject{{QStringLiteral("out_trade_no"), outTradeNo}};
}

class ChannelSimTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_appKey = new RsaKey(RsaKey::generate(2048).value());
        s_strangerKey = new RsaKey(RsaKey::generate(2048).value());
    }

    static void TearDownTestSuite()
    {
        delete s_appKey;
        delete s_strangerKey;
        s_appKey = nullptr;
        s_strangerKey = nullptr;
    }

    void SetUp() override
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        startSim();
    }

    void TearDown() override { m_sim.stop(); }

    void startSim(const QStringList &extraArgs = {})
    {
        ASSERT_TRUE(m_sim.start(s_appKey->publicPem(), extraArgs)) << qPrintable(m_sim.errorText());
        auto key = RsaKey::fromPem(m_sim.alipayPublicKeyPem());
        ASSERT_TRUE(key.ok());
        m_alipayKey = key.value();
    }

    HttpAnswer send(QNetworkReply *reply)
    {
        const bool finished =
            pos::test::waitUntil([reply]() { return reply->isFinished(); }, 15000);
        HttpAnswer answer;
        if (finished) {
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            answer.body = reply->readAll();
        } else {
            reply->abort();
        }
        reply->deleteLater();
        return answer;
    }

    HttpAnswer post(const QUrl &url, const QByteArray &body)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded;charset=utf-8"));
        return send(m_network.post(request, body));
    }

    HttpAnswer get(const QString &path)
    {
        return send(m_network.get(QNetworkRequest(m_sim.url(path))));
    }

    // The common parameters of a request, signed with `key`.
    QMap<QString, QString> signedParams(const QString &method, const QJsonObject &biz,
                                        const RsaKey &key,
                                        const QMap<QString, QString> &overrides = {})
    {
        QMap<QString, QString> params{
            {QStringLiteral("app_id"), kAppId},
            {QStringLiteral("method"), method},
            {QStringLiteral("format"), QStringLiteral("JSON")},
            {QStringLiteral("charset"), QStringLiteral("utf-8")},
            {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
            {QStringLiteral("timestamp"),
             QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
            {QStringLiteral("version"), QStringLiteral("1.0")},
            {QStringLiteral("biz_content"),
             QString::fromUtf8(QJsonDocument(biz).toJson(QJsonDocument::Compact))},
        };
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
            params.insert(it.key(), it.value());
        }
        params.insert(QStringLiteral("sign"), alipay::signParams(params, key).value());
        return params;
    }

    HttpAnswer call(const QString &method, const QJsonObject &biz, const RsaKey *key = nullptr,
                    const QMap<QString, QString> &overrides = {})
    {
        return post(m_sim.gatewayUrl(),
                    formEncode(signedParams(method, biz, key ? *key : *s_appKey, overrides)));
    }

    // The inner object under `node`, parsed from the exact bytes the signature covers.
    static QJsonObject inner(const HttpAnswer &answer, const QByteArray &node)
    {
        return QJsonDocument::fromJson(alipay::rawJsonNode(answer.body, node)).object();
    }

    static QJsonObject inner(const HttpAnswer &answer, const QString &method)
    {
        return inner(answer, alipay::responseNodeName(method));
    }

    bool signatureVerifies(const HttpAnswer &answer, const QByteArray &node) const
    {
        const QByteArray raw = alipay::rawJsonNode(answer.body, node);
        const QByteArray signature = QByteArray::fromBase64(alipay::responseSignature(answer.body));
        return !raw.isEmpty() && m_alipayKey.verifySha256(raw, signature);
    }

    QJsonObject queryTrade(const QString &outTradeNo)
    {
        const HttpAnswer answer = call(kQuery, byOutTradeNo(outTradeNo));
        EXPECT_TRUE(signatureVerifies(answer, alipay::responseNodeName(kQuery)));
        return inner(answer, kQuery);
    }

    QJsonObject ledger()
    {
        const HttpAnswer answer = get(QStringLiteral("/admin/ledger"));
        EXPECT_EQ(answer.status, 200);
        return QJsonDocument::fromJson(answer.body).object();
    }

    std::optional<QJsonObject> ledgerTrade(const QString &outTradeNo)
    {
        for (const QJsonValue &trade : ledger().value(QStringLiteral("trades")).toArray()) {
            if (trade[QStringLiteral("out_trade_no")].toString() == outTradeNo) {
                return trade.toObject();
            }
        }
        return std::nullopt;
    }

    static RsaKey *s_appKey;
    static RsaKey *s_strangerKey;
    pos::test::ChannelSimProcess m_sim;
    RsaKey m_alipayKey;
    QNetworkAccessManager m_network;
};

RsaKey *ChannelSimTest::s_appKey = nullptr;
RsaKey *ChannelSimTest::s_strangerKey = nullptr;

TEST_F(ChannelSimTest, CorrectlySignedPaySucceedsAndResponseSignatureVerifies)
{
    QJsonObject biz = payBiz(QStringLiteral("T1-0001"), authCode("1234"), QStringLiteral("12.30"));
    // Form decoding must keep '+', '&', '=', '%' and Chinese intact, or the signature fails.
    biz.insert(QStringLiteral("subject"), QStringLiteral("A+B & C=D 100% 中文 café"));
    const HttpAnswer answer = call(kPay, biz);

    ASSERT_EQ(answer.status, 200) << answer.body.constData();
    EXPECT_TRUE(answer.contentType.startsWith("application/json"));
    const QJsonObject pay = inner(answer, kPay);
    EXPECT_EQ(pay[QStringLiteral("code")].toString(), QStringLiteral("10000"))
        << answer.body.constData();
    EXPECT_EQ(pay[QStringLiteral("msg")].toString(), QStringLiteral("Success"));
    EXPECT_EQ(pay[QStringLiteral("out_trade_no")].toString(), QStringLiteral("T1-0001"));
    EXPECT_EQ(pay[QStringLiteral("total_amount")].toString(), QStringLiteral("12.30"));
    EXPECT_EQ(pay[QStringLiteral("receipt_amount")].toString(), QStringLiteral("12.30"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{22}$"))
                    .match(pay[QStringLiteral("trade_no")].toString())
                    .hasMatch());
    EXPECT_EQ(pay[QStringLiteral("buyer_logon_id")].toString(), QStringLiteral("158****1234"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                    .match(pay[QStringLiteral("gmt_payment")].toString())
                    .hasMatch());
    EXPECT_TRUE(signatureVerifies(answer, alipay::responseNodeName(kPay)));
}

TEST_F(ChannelSimTest, CommonParametersInTheUrlAndBizContentInTheBodyAreAccepted)
{
    // Alipay's SDKs put the common parameters in the query string and biz_content in the body.
    auto params = signedParams(
        kPay, payBiz(QStringLiteral("T-SPLIT"), authCode("1234"), QStringLiteral("1.00")),
        *s_appKey);
    const QMap<QString, QString> body{
        {QStringLiteral("biz_content"), params.take(QStringLiteral("biz_content"))}};
    QUrl url = m_sim.gatewayUrl();
    url.setQuery(QString::fromLatin1(formEncode(params)), QUrl::StrictMode);
    const HttpAnswer answer = post(url, formEncode(body));
    EXPECT_EQ(inner(answer, kPay)[QStringLiteral("code")].toString(), QStringLiteral("10000"))
        << answer.body.constData();
}

TEST_F(ChannelSimTest, RequestSignedWithTheWrongKeyIsRefused)
{
    const HttpAnswer answer =
        call(kPay, payBiz(QStringLiteral("T-FORGED"), authCode("1234"), QStringLiteral("5.00")),
             s_strangerKey);
    const QJsonObject error = inner(answer, QByteArrayLiteral("error_response"));
    EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("40002"))
        << answer.body.constData();
    EXPECT_EQ(error[QStringLiteral("sub_code")].toString(),
              QStringLiteral("isv.invalid-signature"));
    EXPECT_TRUE(signatureVerifies(answer, QByteArrayLiteral("error_response")));
    EXPECT_FALSE(ledgerTrade(QStringLiteral("T-FORGED")).has_value());
}

TEST_F(ChannelSimTest, WrongAppIdAndUnknownMethodAreRefused)
{
    const HttpAnswer wrongApp =
        call(kQuery, byOutTradeNo(QStringLiteral("T-X")), nullptr,
             {{QStringLiteral("app_id"), QStringLiteral("2021000000009999")}});
    EXPECT_EQ(
        inner(wrongApp, QByteArrayLiteral("error_response"))[QStringLiteral("sub_code")].toString(),
        QStringLiteral("isv.invalid-app-id"));

    const HttpAnswer unknown =
        call(QStringLiteral("alipay.trade.teleport"), byOutTradeNo(QStringLiteral("T-X")));
    const QJsonObject error = inner(unknown, QByteArrayLiteral("error_response"));
    EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("40002"));
    EXPECT_EQ(error[QStringLiteral("sub_code")].toString(), QStringLiteral("isv.invalid-method"));
}

TEST_F(ChannelSimTest, MalformedBizContentIsRefused)
{
    for (const QString &amount :
         {QStringLiteral("12.345"), QStringLiteral("-1.00"), QStringLiteral("0.00"),
          QStringLiteral("1e3"), QStringLiteral("12,30"), QStringLiteral("")}) {
        const HttpAnswer answer =
            call(kPay, payBiz(QStringLiteral("T-AMT"), authCode("1234"), amount));
        const QJsonObject pay = inner(answer, kPay);
        EXPECT_EQ(pay[QStringLiteral("code")].toString(), QStringLiteral("40002"))
            << qPrintable(amount);
        EXPECT_TRUE(pay[QStringLiteral("sub_code")].toString().startsWith(QStringLiteral("isv.")))
            << qPrintable(amount);
    }
    QJsonObject numeric = payBiz(QStringLiteral("T-AMT"), authCode("1234"), QString());
    numeric.insert(QStringLiteral("total_amount"), 12.3); // a float amount is never accepted
    EXPECT_EQ(inner(call(kPay, numeric), kPay)[QStringLiteral("sub_code")].toString(),
              QStringLiteral("isv.invalid-parameter"));

    QJsonObject noCode = payBiz(QStringLiteral("T-AMT"), authCode("1234"), QStringLiteral("1.00"));
    noCode.remove(QStringLiteral("auth_code"));
    EXPECT_EQ(inner(call(kPay, noCode), kPay)[QStringLiteral("sub_code")].toString(),
              QStringLiteral("isv.missing-parameter"));

    const HttpAnswer notJson =
        call(kPay, {}, nullptr, {{QStringLiteral("biz_content"), QStringLiteral("{oops")}});
    EXPECT_EQ(inner(notJson, kPay)[QStringLiteral("sub_code")].toString(),
              QStringLiteral("isv.invalid-parameter"));
    EXPECT_FALSE(ledgerTrade(QStringLiteral("T-AMT")).has_value());
}

TEST_F(ChannelSimTest, InsufficientBalanceFailsAndNothingIsCharged)
{
    const HttpAnswer answer =
        call(kPay, payBiz(QStringLiteral("T-POOR"), authCode("0001"), QStringLiteral("88.00")));
    const QJsonObject pay = inner(answer, kPay);
    EXPECT_EQ(pay[QStringLiteral("code")].toString(), QStringLiteral("40004"));
    EXPECT_EQ(pay[QStringLiteral("sub_code")].toString(),
              QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    EXPECT_TRUE(signatureVerifies(answer, alipay::responseNodeName(kPay)));
    EXPECT_EQ(queryTrade(QStringLiteral("T-POOR"))[QStringLiteral("trade_status")].toString(),
              QStringLiteral("TRADE_CLOSED"));
    EXPECT_EQ(ledgerTrade(QStringLiteral("T-POOR")).value()[QStringLiteral("status")].toString(),
              QStringLiteral("TRADE_CLOSED"));
}

TEST_F(ChannelSimTest, DuplicateOutTradeNoIsNeverChargedTwice)
{
    const QJsonObject biz =
        payBiz(QStringLiteral("T-DUP"), authCode("1234"), QStringLiteral("20.00"));
    EXPECT_EQ(inner(call(kPay, biz), kPay)[QStringLiteral("code")].toString(),
              QStringLiteral("10000"));

    const QJsonObject again = inner(call(kPay, biz), kPay);
    EXPECT_EQ(again[QStringLiteral("code")].toString(), QStringLiteral("40004"));
    EXPECT_EQ(again[QStringLiteral("sub_code")].toString(),
              QStringLiteral("ACQ.TRADE_HAS_SUCCESS"));

    const QJsonObject otherAmount = inner(
        call(kPay, payBiz(QStringLiteral("T-DUP"), authCode("5678"), QStringLiteral("30.00"))),
        kPay);
    EXPECT_EQ(otherAmount[QStringLiteral("code")].toString(), QStringLiteral("40004"));

    int successes = 0;
    for (const QJsonValue &trade : ledger()[QStringLiteral("trades")].toArray()) {
        if (trade[QStringLiteral("out_trade_no")].toString() == QLatin1String("T-DUP")) {
            EXPECT_EQ(trade[QStringLiteral("amount_fen")].toInteger(), 2000);
            successes +=
                trade[QStringLiteral("status")].toString() == QLatin1String("TRADE_SUCCESS");
        }
    }
    EXPECT_EQ(successes, 1);
    int payRequests = 0;
    for (const QJsonValue &request : ledger()[QStringLiteral("requests")].toArray()) {
        payRequests += request[QStringLiteral("out_trade_no")].toString() == QLatin1String("T-DUP");
    }
    EXPECT_EQ(payRequests, 3);
}

TEST_F(ChannelSimTest, UserPayingTradeSucceedsAfterTheConfiguredSeconds)
{
    m_sim.stop();
    startSim({QStringLiteral("--user-paying-seconds"), QStringLiteral("1")});
    const QJsonObject pay = inner(
        call(kPay, payBiz(QStringLiteral("T-WAIT"), authCode("0002"), QStringLiteral("3.50"))),
        kPay);
    EXPECT_EQ(pay[QStringLiteral("code")].toString(), QStringLiteral("10003"));
    EXPECT_EQ(queryTrade(QStringLiteral("T-WAIT"))[QStringLiteral("trade_status")].toString(),
              QStringLiteral("WAIT_BUYER_PAY"));
    // Poll as a terminal would, the event loop running between queries.
    const bool paid = pos::test::waitUntil(
        [this]() {
            pos::test::waitUntil([]() { return false; }, 200);
            return queryTrade(QStringLiteral("T-WAIT"))[QStringLiteral("trade_status")]
                       .toString() == QLatin1String("TRADE_SUCCESS");
        },
        8000);
    EXPECT_TRUE(paid);
}

TEST_F(ChannelSimTest, UserPayingForeverStaysWaitingUntilCancelled)
{
    const QJsonObject pay = inner(
        call(kPay, payBiz(QStringLiteral("T-STUCK"), authCode("0004"), QStringLiteral("3.50"))),
        kPay);
    EXPECT_EQ(pay[QStringLiteral("code")].toString(), QStringLiteral("10003"));
    EXPECT_EQ(queryTrade(QStringLiteral("T-STUCK"))[QStringLiteral("trade_status")].toString(),
              QStringLiteral("WAIT_BUYER_PAY"));
    const QJsonObject cancel =
        inner(call(kCancel, byOutTradeNo(QStringLiteral("T-STUCK"))), kCancel);
    EXPECT_EQ(cancel[QStringLiteral("code")].toString(), QStringLiteral("10000"));
    EXPECT_EQ(cancel[QStringLiteral("action")].toString(), QStringLiteral("close"));
    EXPECT_EQ(queryTrade(QStringLiteral("T-STUCK"))[QStringLiteral("trade_status")].toString(),
              QStringLiteral("TRADE_CLOSED"));
}

TEST_F(ChannelSimTest, SystemErrorThatActuallySucceededIsFoundByQuery)
{
    const HttpAnswer answer =
        call(kPay, payBiz(QStringLiteral("T-LONG"), authCode("0003"), QStringLiteral("9.99")));
    const QJsonObject pay = inner(answer, kPay);
    EXPECT_EQ(pay[QStringLiteral("code")].toString(), QStringLiteral("20000"));
    EXPECT_EQ(pay[QStringLiteral("sub_code")].toString(), QStringLiteral("ACQ.SYSTEM_ERROR"));
    const QJsonObject query = queryTrade(QStringLiteral("T-LONG"));
    EXPECT_EQ(query[QStringLiteral("code")].toString(), QStringLiteral("10000"));
    EXPECT_EQ(query[QStringLiteral("trade_status")].toString(), QStringLiteral("TRADE_SUCCESS"));
    EXPECT_EQ(query[QStringLiteral("total_amount")].toString(), QStringLiteral("9.99"));
}

TEST_F(ChannelSimTest, SystemErrorWithoutTradeAndInvalidCodesLeaveNoTrade)
{
    const QJsonObject error = inner(
        call(kPay, payBiz(QStringLiteral("T-GONE"), authCode("0006"), QStringLiteral("1.00"))),
        kPay);
    EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("20000"));
    EXPECT_EQ(queryTrade(QStringLiteral("T-GONE"))[QStringLiteral("sub_code")].toString(),
              QStringLiteral("ACQ.TRADE_NOT_EXIST"));

    for (const QString &code :
         {authCode("0005"), QStringLiteral("12345"), QStringLiteral("28abc")}) {
        const QJsonObject refused = inner(
            call(kPay, payBiz(QStringLiteral("T-BADCODE"), code, QStringLiteral("1.00"))), kPay);
        EXPECT_EQ(refused[QStringLiteral("sub_code")].toString(),
                  QStringLiteral("ACQ.PAYMENT_AUTH_CODE_INVALID"))
            << qPrintable(code);
    }
    EXPECT_FALSE(ledgerTrade(QStringLiteral("T-BADCODE")).has_value());
}

TEST_F(ChannelSimTest, CancelOfAPaidTradeRefundsIt)
{
    call(kPay, payBiz(QStringLiteral("T-UNDO"), authCode("1234"), QStringLiteral("15.00")));
    const HttpAnswer answer = call(kCancel, byOutTradeNo(QStringLiteral("T-UNDO")));
    const QJsonObject cancel = inner(answer, kCancel);
    EXPECT_EQ(cancel[QStringLiteral("code")].toString(), QStringLiteral("10000"));
    EXPECT_EQ(cancel[QStringLiteral("action")].toString(), QStringLiteral("refund"));
    EXPECT_EQ(cancel[QStringLiteral("retry_flag")].toString(), QStringLiteral("N"));
    EXPECT_TRUE(signatureVerifies(answer, alipay::responseNodeName(kCancel)));
    EXPECT_EQ(queryTrade(QStringLiteral("T-UNDO"))[QStringLiteral("trade_status")].toString(),
              QStringLiteral("TRADE_CLOSED"));
    EXPECT_EQ(
        ledgerTrade(QStringLiteral("T-UNDO")).value()[QStringLiteral("refunded_fen")].toInteger(),
        1500);
}

TEST_F(ChannelSimTest, CancelBeforeThePayArrivesBlocksALatePay)
{
    const QJsonObject cancel =
        inner(call(kCancel, byOutTradeNo(QStringLiteral("T-LATE"))), kCancel);
    EXPECT_EQ(cancel[QStringLiteral("code")].toString(), QStringLiteral("10000"));
    EXPECT_EQ(cancel[QStringLiteral("action")].toString(), QStringLiteral("close"));
    const QJsonObject pay = inner(
        call(kPay, payBiz(QStringLiteral("T-LATE"), authCode("1234"), QStringLiteral("1.00"))),
        kPay);
    EXPECT_EQ(pay[QStringLiteral("sub_code")].toString(), QStringLiteral("ACQ.TRADE_HAS_CLOSE"));
    EXPECT_EQ(ledgerTrade(QStringLiteral("T-LATE")).value()[QStringLiteral("status")].toString(),
              QStringLiteral("TRADE_CLOSED"));
}

TEST_F(ChannelSimTest, CloseRefusesAPaidTradeAndAnUnknownOne)
{
    call(kPay, payBiz(QStringLiteral("T-PAID"), authCode("1234"), QStringLiteral("2.00")));
    EXPECT_EQ(inner(call(kClose, byOutTradeNo(QStringLiteral("T-PAID"))),
                    kClose)[QStringLiteral("sub_code")]
                  .toString(),
              QStringLiteral("ACQ.TRADE_STATUS_ERROR"));
    EXPECT_EQ(inner(call(kClose, byOutTradeNo(QStringLiteral("T-NONE"))),
                    kClose)[QStringLiteral("sub_code")]
                  .toString(),
              QStringLiteral("ACQ.TRADE_NOT_EXIST"));
    call(kPay, payBiz(QStringLiteral("T-OPEN"), authCode("0004"), QStringLiteral("2.00")));
    EXPECT_EQ(
        inner(call(kClose, byOutTradeNo(QStringLiteral("T-OPEN"))), kClose)[QStringLiteral("code")]
            .toString(),
        QStringLiteral("10000"));
    EXPECT_EQ(queryTrade(QStringLiteral("T-OPEN"))[QStringLiteral("trade_status")].toString(),
              QStringLiteral("TRADE_CLOSED"));
}

TEST_F(ChannelSimTest, TamperedResponseSignatureFailsVerification)
{
    const HttpAnswer answer =
        call(kPay, payBiz(QStringLiteral("T-EVIL"), authCode("0009"), QStringLiteral("50.00")));
    EXPECT_EQ(inner(answer, kPay)[QStringLiteral("code")].toString(), QStringLiteral("10000"));
    const auto signature = QByteArray::fromBase64Encoding(alipay::responseSignature(answer.body),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    ASSERT_TRUE(signature);
    EXPECT_EQ(signature.decoded.size(),
              256); // a well-formed RSA-2048 signature, just not over these bytes
    EXPECT_FALSE(signatureVerifies(answer, alipay::responseNodeName(kPay)));
    // The truth is available through a properly signed query.
    EXPECT_EQ(queryTrade(QStringLiteral("T-EVIL"))[QStringLiteral("trade_status")].toString(),
              QStringLiteral("TRADE_SUCCESS"));
}

TEST_F(ChannelSimTest, AdminLedgerListsTradesAndRequests)
{
    call(kPay, payBiz(QStringLiteral("T-L1"), authCode("1234"), QStringLiteral("0.01")));
    call(kPay, payBiz(QStringLiteral("T-L2"), authCode("0001"), QStringLiteral("1234.50")));
    call(kQuery, byOutTradeNo(QStringLiteral("T-L1")));

    const QJsonObject book = ledger();
    const QJsonArray trades = book[QStringLiteral("trades")].toArray();
    ASSERT_EQ(trades.size(), 2);
    EXPECT_EQ(trades[0][QStringLiteral("out_trade_no")].toString(), QStringLiteral("T-L1"));
    EXPECT_EQ(trades[0][QStringLiteral("total_amount")].toString(), QStringLiteral("0.01"));
    EXPECT_EQ(trades[0][QStringLiteral("amount_fen")].toInteger(), 1);
    EXPECT_EQ(trades[0][QStringLiteral("status")].toString(), QStringLiteral("TRADE_SUCCESS"));
    EXPECT_EQ(trades[0][QStringLiteral("scenario")].toString(), QStringLiteral("success"));
    EXPECT_FALSE(trades[0][QStringLiteral("trade_no")].toString().isEmpty());
    EXPECT_EQ(trades[0][QStringLiteral("auth_code")].toString(), QStringLiteral("2876****1234"));
    EXPECT_EQ(trades[1][QStringLiteral("total_amount")].toString(), QStringLiteral("1234.50"));
    EXPECT_EQ(trades[1][QStringLiteral("amount_fen")].toInteger(), 123450);
    EXPECT_EQ(trades[1][QStringLiteral("scenario")].toString(),
              QStringLiteral("insufficient_balance"));

    const QJsonArray requests = book[QStringLiteral("requests")].toArray();
    ASSERT_EQ(requests.size(), 3);
    EXPECT_EQ(requests[0][QStringLiteral("method")].toString(), kPay);
    EXPECT_EQ(requests[2][QStringLiteral("method")].toString(), kQuery);
    EXPECT_EQ(requests[2][QStringLiteral("out_trade_no")].toString(), QStringLiteral("T-L1"));
}

TEST_F(ChannelSimTest, PrecreateAnswerEscapesSlashesAndIsSignedOverTheRawBytes)
{
    QJsonObject biz{{QStringLiteral("out_trade_no"), QStringLiteral("T-QR-1")},
                    {QStringLiteral("total_amount"), QStringLiteral("8.80")},
                    {QStringLiteral("subject"), QStringLiteral("QR")},
                    {QStringLiteral("timeout_express"), QStringLiteral("5m")}};
    const QString method = QStringLiteral("alipay.trade.precreate");
    const HttpAnswer answer = call(method, biz);
    ASSERT_EQ(answer.status, 200);
    // Alipay writes "https:\/\/qr.alipay.com\/bax0...": the bytes on the wire keep the escapes.
    EXPECT_TRUE(answer.body.contains(R"("qr_code":"https:\/\/qr.alipay.com\/bax0)"))
        << answer.body.constData();
    EXPECT_TRUE(signatureVerifies(answer, alipay::responseNodeName(method)));
    EXPECT_TRUE(inner(answer, method)[QStringLiteral("qr_code")].toString().startsWith(
        QStringLiteral("https://qr.alipay.com/bax0")));
    // A repeated precreate of the waiting trade answers the same QR.
    EXPECT_EQ(inner(call(method, biz), method)[QStringLiteral("qr_code")],
              inner(answer, method)[QStringLiteral("qr_code")]);
    biz.insert(QStringLiteral("timeout_express"), QStringLiteral("5 minutes"));
    biz.insert(QStringLiteral("out_trade_no"), QStringLiteral("T-QR-2"));
    EXPECT_EQ(inner(call(method, biz), method)[QStringLiteral("code")].toString(),
              QStringLiteral("40002"));
}

TEST_F(ChannelSimTest, HealthOversizedBodyAndWrongVerb)
{
    const HttpAnswer health = get(QStringLiteral("/health"));
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.body, QByteArrayLiteral("ok"));
    EXPECT_EQ(post(m_sim.gatewayUrl(), QByteArray(65 * 1024, 'a')).status, 413);
    EXPECT_EQ(get(QStringLiteral("/gateway.do")).status, 404);
}

TEST_F(ChannelSimTest, KeysAndLedgerSurviveARestart)
{
    call(kPay, payBiz(QStringLiteral("T-KEEP"), authCode("1234"), QStringLiteral("7.00")));
    const QByteArray firstKey = m_sim.alipayPublicKeyPem();
    m_sim.stop();
    startSim();
    EXPECT_EQ(m_sim.alipayPublicKeyPem(), firstKey);
    EXPECT_EQ(queryTrade(QStringLiteral("T-KEEP"))[QStringLiteral("trade_status")].toString(),
              QStringLiteral("TRADE_SUCCESS"));
}

TEST(ChannelSimStartup, MissingAppPublicKeyExitsWithCode2)
{
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(POS_CHANNEL_SIM_PATH),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--app-public-key"),
                   dir.filePath(QStringLiteral("no-such-key.pem"))});
    ASSERT_TRUE(pos::test::waitUntil(
        [&process]() { return process.state() == QProcess::NotRunning; }, 15000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("no-such-key.pem"));
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
}

} // namespace
