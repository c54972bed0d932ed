// The UnionPay adapter against the real pos-channel-sim over loopback HTTP: ACP 5.1.0 forms,
// certificate signatures both ways, every operation and scenario. Invariants 3 and 4: nothing
// unverified, untrusted or not ours is ever Success.
#include "channels/unionpay/UnionPayChannel.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/ChannelTestSupport.h"
#include "system/SystemPrinters.h"
#include "system/UnionPaySandbox.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <memory>

namespace {

using pos::Money;
using pos::channels::ChannelResult;
using pos::channels::PaymentChannel;
using pos::channels::PayRequest;
using pos::channels::PrecreateRequest;
using pos::channels::RefundRequest;
using pos::channels::unionpay::UnionPayChannel;
using pos::channels::unionpay::UnionPayConfig;
using pos::channels::unionpay::X509Certificate;
using pos::test::awaitChannel;
using pos::test::payRequest;
using pos::test::unionPayCode;
using Kind = ChannelResult::Kind;

Money fen(qint64 amount)
{
    return Money::fromMinor(amount);
}

RefundRequest refundRequest(const QString &orderId, const QString &tradeNo, const QString &refundNo,
                            const Money &amount)
{
    RefundRequest request;
    request.outTradeNo = orderId;
    request.channelTradeNo = tradeNo;
    request.outRequestNo = refundNo;
    request.refundAmount = amount;
    return request;
}

class UnionPayChannelTest
    : public pos::test::SharedSandboxTest<UnionPayChannelTest, pos::test::UnionPaySandbox>
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
        m_config = s_sandbox->channelConfig();
        ASSERT_FALSE(m_config.certId.isEmpty());
        m_channel = std::make_unique<UnionPayChannel>(m_config);
    }

    ChannelResult pay(const PayRequest &request) { return pos::test::pay(*m_channel, request); }
    ChannelResult query(const QString &orderId, const Money &amount)
    {
        return pos::test::query(*m_channel, orderId, amount);
    }
    ChannelResult cancel(const QString &orderId) { return pos::test::cancel(*m_channel, orderId); }
    ChannelResult precreate(const QString &orderId, const Money &amount)
    {
        PrecreateRequest request;
        request.outTradeNo = orderId;
        request.amount = amount;
        request.subject = QStringLiteral("QR");
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

    // Queries every 100 ms while the answer is UserPaying, up to `timeoutMs`.
    ChannelResult whileUserPaying(const std::function<ChannelResult()> &ask, int timeoutMs = 6000)
    {
        return pos::test::whileUserPaying(ask, timeoutMs);
    }

    UnionPayConfig m_config;
    std::unique_ptr<UnionPayChannel> m_channel;
};

TEST_F(UnionPayChannelTest, CapabilitiesAreHonest)
{
    const auto capabilities = m_channel->capabilities();
    EXPECT_TRUE(capabilities.merchantScansCustomer);
    EXPECT_TRUE(capabilities.customerScansMerchant);
    EXPECT_TRUE(capabilities.query);
    EXPECT_TRUE(capabilities.cancel);
    EXPECT_FALSE(capabilities.close); // ACP cannot close an unpaid QR
    EXPECT_FALSE(capabilities.facePay);
    EXPECT_TRUE(capabilities.refund);
    EXPECT_TRUE(capabilities.refundQuery);
    EXPECT_TRUE(capabilities.asyncNotify);
    EXPECT_TRUE(capabilities.billDownload);
}

TEST_F(UnionPayChannelTest, PayWithTheConsumerCodeSucceedsWithTheQueryId)
{
    const ChannelResult result =
        pay(payRequest(QStringLiteral("UP_OK_1"), unionPayCode("1234"), fen(1230)));
    ASSERT_EQ(result.kind, Kind::Success) << qPrintable(result.reason);
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^\\d{21}$")).match(result.channelTradeNo).hasMatch())
        << qPrintable(result.channelTradeNo);
    EXPECT_EQ(result.paidAmount, fen(1230));
    const QJsonObject txn = s_sandbox->txnFor(QStringLiteral("UP_OK_1"));
    EXPECT_EQ(txn[QStringLiteral("status")].toString(), QStringLiteral("success"));
    EXPECT_EQ(txn[QStringLiteral("queryId")].toString(), result.channelTradeNo);
    EXPECT_EQ(txn[QStringLiteral("qrNo")].toString(), QStringLiteral("6222****1234"));
    EXPECT_EQ(txn[QStringLiteral("txnSubType")].toString(), QStringLiteral("06"));
    EXPECT_EQ(query(QStringLiteral("UP_OK_1"), fen(1230)).kind, Kind::Success);
}

TEST_F(UnionPayChannelTest, InsufficientFundsFailsAndQuerySaysSo)
{
    const ChannelResult result =
        pay(payRequest(QStringLiteral("UP_POOR_1"), unionPayCode("0001"), fen(8800)));
    EXPECT_EQ(result.kind, Kind::Failed);
    EXPECT_EQ(result.providerCode, QStringLiteral("64"));
    const ChannelResult later = query(QStringLiteral("UP_POOR_1"), fen(8800));
    EXPECT_EQ(later.kind, Kind::Failed);
    EXPECT_EQ(later.providerCode, QStringLiteral("64"));
}

TEST_F(UnionPayChannelTest, InvalidCodesFail)
{
    EXPECT_EQ(
        pay(payRequest(QStringLiteral("UP_BAD_1"), unionPayCode("0005"), fen(100))).providerCode,
        QStringLiteral("61"));
    const ChannelResult malformed =
        pay(payRequest(QStringLiteral("UP_BAD_2"), QStringLiteral("1234"), fen(100)));
    EXPECT_EQ(malformed.kind, Kind::Failed);
    EXPECT_EQ(query(QStringLiteral("UP_BAD_2"), fen(100)).providerCode,
              pos::channels::kTradeNotFound);
}

TEST_F(UnionPayChannelTest, ProcessingBecomesSuccessOnQueryAfterTheConfiguredSecond)
{
    const QString orderId = QStringLiteral("UP_WAIT_1");
    QElapsedTimer clock;
    clock.start();
    EXPECT_EQ(pay(payRequest(orderId, unionPayCode("0002"), fen(350))).kind, Kind::UserPaying);
    EXPECT_EQ(query(orderId, fen(350)).kind, Kind::UserPaying);
    const ChannelResult settled = whileUserPaying([&] { return query(orderId, fen(350)); });
    ASSERT_EQ(settled.kind, Kind::Success) << qPrintable(settled.reason);
    EXPECT_GE(clock.elapsed(), 900);
    EXPECT_EQ(settled.paidAmount, fen(350));
}

TEST_F(UnionPayChannelTest, SystemErrorIsUnknownAndQueryFindsThePaymentMade)
{
    const ChannelResult first =
        pay(payRequest(QStringLiteral("UP_LONG_1"), unionPayCode("0003"), fen(999)));
    EXPECT_EQ(first.kind, Kind::Unknown);
    EXPECT_EQ(first.providerCode, QStringLiteral("03"));
    EXPECT_EQ(query(QStringLiteral("UP_LONG_1"), fen(999)).kind, Kind::Success);
}

TEST_F(UnionPayChannelTest, SystemErrorWithoutTradeIsUnknownThenQueryReportsNotFound)
{
    EXPECT_EQ(pay(payRequest(QStringLiteral("UP_GONE_1"), unionPayCode("0006"), fen(100))).kind,
              Kind::Unknown);
    const ChannelResult answer = query(QStringLiteral("UP_GONE_1"), fen(100));
    EXPECT_EQ(answer.kind, Kind::Failed);
    EXPECT_EQ(answer.providerCode, pos::channels::kTradeNotFound);
}

TEST_F(UnionPayChannelTest, ForgedSignatureIsUnknownAndQueryTellsTheTruth)
{
    const ChannelResult forged =
        pay(payRequest(QStringLiteral("UP_FORGED_1"), unionPayCode("0009"), fen(700)));
    EXPECT_EQ(forged.kind, Kind::Unknown);
    EXPECT_EQ(forged.providerCode, QStringLiteral("pos.bad_signature"));
    EXPECT_EQ(query(QStringLiteral("UP_FORGED_1"), fen(700)).kind, Kind::Success);
}

TEST_F(UnionPayChannelTest, SignedAnswerNamingAnotherMerchantIsUnknown)
{
    const ChannelResult result =
        pay(payRequest(QStringLiteral("UP_OTHERMER_1"), unionPayCode("0007"), fen(100)));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.mismatch"));
}

TEST_F(UnionPayChannelTest, SignedAnswerWithAnotherAmountIsUnknown)
{
    const ChannelResult result =
        pay(payRequest(QStringLiteral("UP_AMOUNT_1"), unionPayCode("0008"), fen(100)));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.mismatch"));
    // And a query expecting another amount than the channel's is not Success either.
    const ChannelResult mismatch = query(QStringLiteral("UP_AMOUNT_1"), fen(101));
    EXPECT_EQ(mismatch.kind, Kind::Unknown);
    EXPECT_EQ(mismatch.providerCode, QStringLiteral("pos.mismatch"));
}

TEST_F(UnionPayChannelTest, AnswerSignedByACertificateNotFromTheConfiguredRootIsUnknown)
{
    const auto rootKey = pos::security::RsaKey::generate(2048).value();
    auto otherRoot = X509Certificate::issue(
        {QStringLiteral("UnionPay Sandbox Root CA"), QStringLiteral("pos-channel-sim"), true, 365},
        rootKey, nullptr, rootKey);
    ASSERT_TRUE(otherRoot.ok());
    UnionPayConfig config = m_config;
    config.trustedCertificates = {otherRoot.value()};
    UnionPayChannel channel(config);
    const ChannelResult result = pos::test::pay(
        channel, payRequest(QStringLiteral("UP_ROOT_1"), unionPayCode("1234"), fen(100)));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.bad_signature"));
    EXPECT_TRUE(result.reason.contains(QStringLiteral("chain"))) << qPrintable(result.reason);
}

TEST_F(UnionPayChannelTest, ConfiguredWithAnotherMerIdEverythingIsUnknown)
{
    UnionPayConfig config = m_config;
    config.merId = QStringLiteral("777290058119999");
    UnionPayChannel channel(config);
    const ChannelResult result = pos::test::pay(
        channel, payRequest(QStringLiteral("UP_MERID_1"), unionPayCode("1234"), fen(100)));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.mismatch"));
}

TEST_F(UnionPayChannelTest, UnreachableGatewayIsUnknown)
{
    UnionPayConfig config = m_config;
    config.gatewayBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    UnionPayChannel channel(config);
    const ChannelResult result = pos::test::pay(
        channel, payRequest(QStringLiteral("UP_NET_1"), unionPayCode("1234"), fen(100)));
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.network"));
}

TEST_F(UnionPayChannelTest, CancelOfAPaidConsumeReturnsTheMoney)
{
    ASSERT_EQ(pay(payRequest(QStringLiteral("UP_CANCEL_1"), unionPayCode("1234"), fen(2500))).kind,
              Kind::Success);
    const ChannelResult result = cancel(QStringLiteral("UP_CANCEL_1"));
    ASSERT_EQ(result.kind, Kind::Success) << qPrintable(result.reason);
    EXPECT_EQ(result.action, QStringLiteral("refund"));
    const QJsonObject cancelTxn =
        s_sandbox->txnFor(UnionPayChannel::cancelOrderId(QStringLiteral("UP_CANCEL_1")));
    EXPECT_EQ(cancelTxn[QStringLiteral("txnType")].toString(), QStringLiteral("31"));
    EXPECT_EQ(cancelTxn[QStringLiteral("txnAmt")].toString(), QStringLiteral("2500"));
    // A retry of the same cancel is answered "duplicate" and confirmed by query.
    const ChannelResult again = cancel(QStringLiteral("UP_CANCEL_1"));
    EXPECT_EQ(again.kind, Kind::Success) << qPrintable(again.reason);
}

TEST_F(UnionPayChannelTest, CancelWhileProcessingClosesTheConsume)
{
    EXPECT_EQ(pay(payRequest(QStringLiteral("UP_CANCEL_2"), unionPayCode("0004"), fen(300))).kind,
              Kind::UserPaying);
    const ChannelResult result = cancel(QStringLiteral("UP_CANCEL_2"));
    ASSERT_EQ(result.kind, Kind::Success) << qPrintable(result.reason);
    EXPECT_EQ(result.action, QStringLiteral("close"));
    EXPECT_EQ(query(QStringLiteral("UP_CANCEL_2"), fen(300)).kind, Kind::Failed);
}

TEST_F(UnionPayChannelTest, CancelOfATradeUnionPayNeverSawIsAClose)
{
    const ChannelResult result = cancel(QStringLiteral("UP_NEVER_1"));
    ASSERT_EQ(result.kind, Kind::Success);
    EXPECT_EQ(result.action, QStringLiteral("close"));
}

TEST_F(UnionPayChannelTest, MerchantQrIsPaidByTheCustomerAfterTheConfiguredSecond)
{
    const ChannelResult created = precreate(QStringLiteral("UP_QR_1"), fen(1230));
    ASSERT_EQ(created.kind, Kind::Success) << qPrintable(created.reason);
    EXPECT_TRUE(created.qrCode.startsWith(QStringLiteral("https://qr.95516.com/")))
        << qPrintable(created.qrCode);
    EXPECT_EQ(s_sandbox->txnFor(QStringLiteral("UP_QR_1"))[QStringLiteral("txnSubType")].toString(),
              QStringLiteral("07"));
    EXPECT_EQ(query(QStringLiteral("UP_QR_1"), fen(1230)).kind, Kind::UserPaying);
    const ChannelResult paid =
        whileUserPaying([&] { return query(QStringLiteral("UP_QR_1"), fen(1230)); });
    EXPECT_EQ(paid.kind, Kind::Success) << qPrintable(paid.reason);
    EXPECT_EQ(paid.paidAmount, fen(1230));
}

TEST_F(UnionPayChannelTest, MerchantQrEndingIn01IsNeverPaidAndCancelClosesIt)
{
    ASSERT_EQ(precreate(QStringLiteral("UP_QR_2"), fen(101)).kind, Kind::Success);
    EXPECT_EQ(query(QStringLiteral("UP_QR_2"), fen(101)).kind, Kind::UserPaying);
    const ChannelResult closed = cancel(QStringLiteral("UP_QR_2"));
    ASSERT_EQ(closed.kind, Kind::Success) << qPrintable(closed.reason);
    EXPECT_EQ(closed.action, QStringLiteral("close"));
    EXPECT_EQ(query(QStringLiteral("UP_QR_2"), fen(101)).kind, Kind::Failed);
}

TEST_F(UnionPayChannelTest, RefundIsAcceptedThenConfirmedByRefundQuery)
{
    const ChannelResult paid =
        pay(payRequest(QStringLiteral("UP_REF_1"), unionPayCode("1234"), fen(5000)));
    ASSERT_EQ(paid.kind, Kind::Success);
    const RefundRequest request = refundRequest(QStringLiteral("UP_REF_1"), paid.channelTradeNo,
                                                QStringLiteral("UP_REF_1_R1"), fen(1000));
    EXPECT_EQ(refund(request).kind, Kind::UserPaying);
    const ChannelResult confirmed = refundQuery(request);
    ASSERT_EQ(confirmed.kind, Kind::Success) << qPrintable(confirmed.reason);
    EXPECT_EQ(confirmed.refundedAmount, fen(1000));
    // Retried with the same number: "duplicate", still only one refund.
    EXPECT_EQ(refund(request).kind, Kind::UserPaying);
    EXPECT_EQ(
        s_sandbox->txnFor(QStringLiteral("UP_REF_1"))[QStringLiteral("reversedAmt")].toString(),
        QStringLiteral("1000"));
}

// UnionPay names a transaction by orderId and txnTime. An adapter that restarted knows neither
// until told when the request was stored: then its query finds the trade again.
TEST_F(UnionPayChannelTest, AfterARestartAQueryFindsThePaymentOnlyUnderItsStoredTime)
{
    const QDateTime storedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    PayRequest request = payRequest(QStringLiteral("UP_RESUME_1"), unionPayCode("2345"), fen(1200));
    request.requestedAt = storedAt;
    ASSERT_EQ(pay(request).kind, Kind::Success);
    EXPECT_EQ(
        s_sandbox->txnFor(QStringLiteral("UP_RESUME_1"))[QStringLiteral("txnTime")].toString(),
        storedAt.toUTC().addSecs(8 * 3600).toString(QStringLiteral("yyyyMMddHHmmss")));

    UnionPayChannel restarted(m_config);
    const ChannelResult forgotten =
        pos::test::query(restarted, QStringLiteral("UP_RESUME_1"), fen(1200));
    EXPECT_EQ(forgotten.kind, Kind::Failed);
    EXPECT_EQ(forgotten.providerCode, pos::channels::kTradeNotFound);

    restarted.resumeRequest(QStringLiteral("UP_RESUME_1"), storedAt);
    const ChannelResult found =
        pos::test::query(restarted, QStringLiteral("UP_RESUME_1"), fen(1200));
    EXPECT_EQ(found.kind, Kind::Success) << qPrintable(found.reason);
}

TEST_F(UnionPayChannelTest, AfterARestartARefundIsRetriedAndQueriedUnderItsStoredTime)
{
    const QDateTime paidAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    PayRequest payment = payRequest(QStringLiteral("UP_RESUME_2"), unionPayCode("3456"), fen(3000));
    payment.requestedAt = paidAt;
    ASSERT_EQ(pay(payment).kind, Kind::Success);
    // The refund names the original only by number: the adapter asks UnionPay for its queryId
    // under the original's stored time.
    RefundRequest request = refundRequest(QStringLiteral("UP_RESUME_2"), QString(),
                                          QStringLiteral("UP_RESUME_2_R1"), fen(500));
    request.requestedAt = QDateTime::currentDateTimeUtc().addSecs(-20);
    request.originalRequestedAt = paidAt;
    UnionPayChannel first(m_config);
    EXPECT_EQ(pos::test::refund(first, request).kind, Kind::UserPaying);

    UnionPayChannel restarted(m_config);
    const ChannelResult confirmed = pos::test::refundQuery(restarted, request);
    ASSERT_EQ(confirmed.kind, Kind::Success) << qPrintable(confirmed.reason);
    EXPECT_EQ(confirmed.refundedAmount, fen(500));
    // Sent again by the restarted adapter: the same request, still one refund.
    EXPECT_EQ(pos::test::refund(restarted, request).kind, Kind::UserPaying);
    EXPECT_EQ(
        s_sandbox->txnFor(QStringLiteral("UP_RESUME_2"))[QStringLiteral("reversedAmt")].toString(),
        QStringLiteral("500"));
}

TEST_F(UnionPayChannelTest, RefundEndingIn07IsProcessingThenSucceeds)
{
    const ChannelResult paid =
        pay(payRequest(QStringLiteral("UP_REF_2"), unionPayCode("1234"), fen(5000)));
    ASSERT_EQ(paid.kind, Kind::Success);
    // Without the channel's trade number the adapter queries for it first.
    const RefundRequest request = refundRequest(QStringLiteral("UP_REF_2"), QString(),
                                                QStringLiteral("UP_REF_2_R1"), fen(1007));
    EXPECT_EQ(refund(request).kind, Kind::UserPaying);
    EXPECT_EQ(refundQuery(request).kind, Kind::UserPaying);
    const ChannelResult done = whileUserPaying([&] { return refundQuery(request); });
    EXPECT_EQ(done.kind, Kind::Success) << qPrintable(done.reason);
}

TEST_F(UnionPayChannelTest, RefundEndingIn08IsRejectedAndOverRefundIsRefused)
{
    const ChannelResult paid =
        pay(payRequest(QStringLiteral("UP_REF_3"), unionPayCode("1234"), fen(2000)));
    ASSERT_EQ(paid.kind, Kind::Success);
    const RefundRequest rejected = refundRequest(QStringLiteral("UP_REF_3"), paid.channelTradeNo,
                                                 QStringLiteral("UP_REF_3_R1"), fen(108));
    const ChannelResult answer = refund(rejected);
    EXPECT_EQ(answer.kind, Kind::Failed);
    EXPECT_EQ(answer.providerCode, QStringLiteral("30"));
    EXPECT_EQ(refundQuery(rejected).kind, Kind::Failed);
    const ChannelResult tooMuch = refund(refundRequest(
        QStringLiteral("UP_REF_3"), paid.channelTradeNo, QStringLiteral("UP_REF_3_R2"), fen(2001)));
    EXPECT_EQ(tooMuch.kind, Kind::Failed);
}

TEST_F(UnionPayChannelTest, StatementOfTodayListsTheDaysTransactions)
{
    const ChannelResult paid =
        pay(payRequest(QStringLiteral("UP_BILL_1"), unionPayCode("1234"), fen(4321)));
    ASSERT_EQ(paid.kind, Kind::Success);
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    std::optional<pos::Result<QByteArray>> bill;
    m_channel->downloadBill(today,
                            [&bill](const pos::Result<QByteArray> &result) { bill = result; });
    ASSERT_TRUE(pos::test::waitUntil([&bill] { return bill.has_value(); }, 10000));
    ASSERT_TRUE(bill->ok()) << qPrintable(bill->error().message);
    const QString text = QString::fromUtf8(bill->value());
    EXPECT_TRUE(
        text.startsWith(QStringLiteral("#UNIONPAY SANDBOX STATEMENT|merId=777290058110048")));
    EXPECT_TRUE(text.contains(QStringLiteral("01|06|UP_BILL_1|%1||").arg(paid.channelTradeNo)))
        << qPrintable(text);
}

TEST_F(UnionPayChannelTest, AmountsOtherThanPositiveCnyAreNotSent)
{
    const ChannelResult result =
        pay(payRequest(QStringLiteral("UP_ZERO_1"), unionPayCode("1234"), fen(0)));
    EXPECT_EQ(result.kind, Kind::Failed);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.amount"));
    EXPECT_TRUE(s_sandbox->txnFor(QStringLiteral("UP_ZERO_1")).isEmpty());
}

} // namespace
