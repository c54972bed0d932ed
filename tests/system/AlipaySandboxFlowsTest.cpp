// The Alipay adapter against the real pos-channel-sim for C-scan-B (precreate, the customer
// paying later, async notifications with retries, replays and forgeries), close, refunds
// (partial, over the cap, idempotent retries, delayed, refused), the trade bill zip, network
// faults on demand, and the 长款/短款 scenarios 0007 and 0008.
#include "channels/alipay/AlipayChannel.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/ChannelTestSupport.h"
#include "system/StubGateway.h"
#include "system/SystemPrinters.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStringDecoder>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <array>
#include <memory>

namespace {

using pos::Money;
using pos::channels::ChannelResult;
using pos::channels::IncomingNotification;
using pos::channels::ParsedNotification;
using pos::channels::PaymentChannel;
using pos::channels::PayRequest;
using pos::channels::PrecreateRequest;
using pos::channels::RefundRequest;
using pos::channels::alipay::AlipayChannel;
using pos::channels::alipay::AlipayConfig;
using pos::test::alipayCode;
using pos::test::awaitChannel;
using pos::test::StubGateway;
using pos::test::waitUntil;
using Kind = ChannelResult::Kind;

Money yuan(qint64 fen)
{
    return Money::fromMinor(fen);
}

struct Http
{
    int status = 0;
    QByteArray body;
};

Http http(const QByteArray &verb, const QUrl &url, const QByteArray &body = {})
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    waitUntil([reply] { return reply->isFinished(); }, 10000);
    Http answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    delete reply;
    return answer;
}

// A merchant notify endpoint: answers "fail" to the first `failures` notifications, then
// "success"; keeps every body.
class NotifyReceiver
{
public:
    explicit NotifyReceiver(int failures = 0) : m_failures(failures)
    {
        EXPECT_TRUE(m_stub.listen());
        m_stub.setHandler([this](const StubGateway::Request &) {
            const bool fail = int(m_stub.requests().size()) <= m_failures;
            return StubGateway::httpAnswer(200, fail ? "fail" : "success", "text/plain");
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/alipay/notify").arg(m_stub.port());
    }
    std::size_t count() const { return m_stub.requests().size(); }
    QByteArray body(std::size_t i) const { return m_stub.requests().at(i).body; }

private:
    StubGateway m_stub;
    int m_failures;
};

class AlipaySandboxFlows
    : public pos::test::SharedSandboxTest<AlipaySandboxFlows, pos::test::AlipaySandbox>
{
public:
    static QStringList sandboxArguments()
    {
        return {QStringLiteral("--user-paying-seconds"),
                QStringLiteral("1"),
                QStringLiteral("--set"),
                QStringLiteral("notify.delay-scale=0.0005"),
                QStringLiteral("--set"),
                QStringLiteral("alipay.slow-ms=1500")};
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
    void TearDown() override
    {
        http("DELETE", s_sandbox->process().url(QStringLiteral("/admin/faults")));
    }

    ChannelResult pay(const QString &outTradeNo, const char *lastFour, qint64 fen,
                      PaymentChannel *channel = nullptr)
    {
        PayRequest request;
        request.outTradeNo = outTradeNo;
        request.amount = yuan(fen);
        request.authCode = alipayCode(lastFour);
        request.subject = QStringLiteral("Groceries 杂货");
        request.storeId = QStringLiteral("S001");
        request.terminalId = QStringLiteral("T01");
        request.operatorId = QStringLiteral("1001");
        return pos::test::pay(channel ? *channel : *m_channel, request);
    }
    ChannelResult precreate(const QString &outTradeNo, qint64 fen, const QString &notifyUrl)
    {
        PrecreateRequest request;
        request.outTradeNo = outTradeNo;
        request.amount = yuan(fen);
        request.subject = QStringLiteral("QR sale 扫码");
        request.storeId = QStringLiteral("S001");
        request.terminalId = QStringLiteral("T01");
        request.notifyUrl = notifyUrl;
        return pos::test::precreate(*m_channel, request);
    }
    ChannelResult query(const QString &outTradeNo, qint64 fen)
    {
        return pos::test::query(*m_channel, outTradeNo, yuan(fen));
    }
    static RefundRequest refundOf(const QString &outTradeNo, const QString &outRequestNo,
                                  qint64 fen, qint64 totalFen)
    {
        RefundRequest request;
        request.outTradeNo = outTradeNo;
        request.outRequestNo = outRequestNo;
        request.refundAmount = yuan(fen);
        request.totalAmount = yuan(totalFen);
        request.reason = QStringLiteral("退货");
        return request;
    }
    ChannelResult refund(const RefundRequest &request)
    {
        return pos::test::refund(*m_channel, request);
    }
    ChannelResult refundQuery(const RefundRequest &request)
    {
        return pos::test::refundQuery(*m_channel, request);
    }
    // Asks until the answer is not `still` or `timeoutMs` passes (the event loop runs between).
    template <typename Ask> ChannelResult askWhile(Kind still, Ask ask, int timeoutMs = 4000)
    {
        ChannelResult last = ask();
        QElapsedTimer clock;
        clock.start();
        while (last.kind == still && clock.elapsed() < timeoutMs) {
            QElapsedTimer pause;
            pause.start();
            waitUntil([&pause] { return pause.elapsed() >= 100; }, 1000);
            last = ask();
        }
        return last;
    }
    Http setFaults(const char *json)
    {
        return http("POST", s_sandbox->process().url(QStringLiteral("/admin/faults")), json);
    }

    std::unique_ptr<AlipayChannel> m_channel;
};

TEST_F(AlipaySandboxFlows, PrecreatedQrIsPaidByTheCustomerAndNotifiedUntilAcknowledged)
{
    NotifyReceiver receiver(1); // "fail" first: the sandbox must retry
    const QString order = QStringLiteral("SF_QR_PAID_1");
    const ChannelResult created = precreate(order, 1250, receiver.url());
    ASSERT_EQ(created.kind, Kind::Success) << qPrintable(created.reason);
    EXPECT_TRUE(created.qrCode.startsWith(QStringLiteral("https://qr.alipay.com/bax0")))
        << qPrintable(created.qrCode);
    EXPECT_EQ(query(order, 1250).kind, Kind::UserPaying);

    ASSERT_TRUE(waitUntil([&] { return receiver.count() >= 2; }, 8000)) << receiver.count();
    for (std::size_t i = 0; i < 2; ++i) {
        const ParsedNotification parsed =
            m_channel->parseNotification(IncomingNotification{receiver.body(i), {}});
        ASSERT_TRUE(parsed.verified) << qPrintable(parsed.rejectReason);
        EXPECT_EQ(parsed.outTradeNo, order);
        EXPECT_EQ(parsed.result.kind, Kind::Success);
        EXPECT_EQ(parsed.amount, yuan(1250));
        EXPECT_FALSE(parsed.result.channelTradeNo.isEmpty());
    }
    // A retry is the same notification (same notify_id), not a new event.
    EXPECT_EQ(
        m_channel->parseNotification(IncomingNotification{receiver.body(0), {}}).notificationId,
        m_channel->parseNotification(IncomingNotification{receiver.body(1), {}}).notificationId);
    const ChannelResult paid = query(order, 1250);
    EXPECT_EQ(paid.kind, Kind::Success);
}

TEST_F(AlipaySandboxFlows, QrEndingIn01IsNeverPaidAndCloseClosesIt)
{
    const QString order = QStringLiteral("SF_QR_UNPAID_1");
    ASSERT_EQ(precreate(order, 101, QString()).kind, Kind::Success);
    EXPECT_EQ(query(order, 101).kind, Kind::UserPaying);
    const ChannelResult closed = pos::test::close(*m_channel, order);
    EXPECT_EQ(closed.kind, Kind::Success) << qPrintable(closed.reason);
    EXPECT_EQ(query(order, 101).kind, Kind::Failed);
    const ChannelResult none = pos::test::close(*m_channel, QStringLiteral("SF_NEVER_SENT"));
    EXPECT_EQ(none.kind, Kind::Failed);
    EXPECT_EQ(none.providerCode, pos::channels::kTradeNotFound);
}

TEST_F(AlipaySandboxFlows, ForgedForeignAndReplayedNotifications)
{
    NotifyReceiver receiver;
    const QString order = QStringLiteral("SF_QR_FORGE_1");
    ASSERT_EQ(precreate(order, 990, receiver.url()).kind, Kind::Success);
    ASSERT_TRUE(waitUntil([&] { return receiver.count() >= 1; }, 6000));
    const ParsedNotification genuine =
        m_channel->parseNotification(IncomingNotification{receiver.body(0), {}});
    ASSERT_TRUE(genuine.verified) << qPrintable(genuine.rejectReason);

    // The same genuine notification is not ours under another app id.
    AlipayConfig other = s_sandbox->channelConfig();
    other.appId = QStringLiteral("2021000000009999");
    EXPECT_FALSE(AlipayChannel(other)
                     .parseNotification(IncomingNotification{receiver.body(0), {}})
                     .verified);

    QUrl forge = s_sandbox->process().url(QStringLiteral("/admin/notify/forge"));
    forge.setQuery(QUrlQuery{{QStringLiteral("out_trade_no"), order},
                             {QStringLiteral("notify_url"), receiver.url()}});
    EXPECT_EQ(http("POST", forge).status, 200);
    ASSERT_TRUE(waitUntil([&] { return receiver.count() >= 2; }, 5000));
    const ParsedNotification forged =
        m_channel->parseNotification(IncomingNotification{receiver.body(1), {}});
    EXPECT_FALSE(forged.verified);
    EXPECT_NE(forged.result.kind, Kind::Success);

    QUrl replay = s_sandbox->process().url(QStringLiteral("/admin/notify/replay"));
    replay.setQuery(QUrlQuery{{QStringLiteral("out_trade_no"), order}});
    EXPECT_EQ(http("POST", replay).status, 200);
    ASSERT_TRUE(waitUntil([&] { return receiver.count() >= 3; }, 5000));
    const ParsedNotification replayed =
        m_channel->parseNotification(IncomingNotification{receiver.body(2), {}});
    EXPECT_TRUE(replayed.verified);
    EXPECT_EQ(replayed.notificationId, genuine.notificationId);

    replay.setQuery(QUrlQuery{{QStringLiteral("out_trade_no"), QStringLiteral("SF_NONE")}});
    EXPECT_EQ(http("POST", replay).status, 404);
}

TEST_F(AlipaySandboxFlows, PartialRefundsUpToThePaidAmountIdempotentPerRequestNumber)
{
    const QString order = QStringLiteral("SF_REFUND_1");
    ASSERT_EQ(pay(order, "1234", 1000).kind, Kind::Success);
    const ChannelResult first = refund(refundOf(order, QStringLiteral("R1"), 300, 1000));
    ASSERT_EQ(first.kind, Kind::Success) << qPrintable(first.reason);
    EXPECT_EQ(first.refundedAmount, yuan(300));
    // The same number again: the same outcome, no second refund.
    EXPECT_EQ(refund(refundOf(order, QStringLiteral("R1"), 300, 1000)).kind, Kind::Success);
    EXPECT_EQ(s_sandbox->tradeFor(order)[QStringLiteral("refunded_fen")].toInt(), 300);
    // The same number with another amount, and more than what is left, are refused.
    EXPECT_EQ(refund(refundOf(order, QStringLiteral("R1"), 400, 1000)).kind, Kind::Failed);
    const ChannelResult over = refund(refundOf(order, QStringLiteral("R2"), 800, 1000));
    EXPECT_EQ(over.kind, Kind::Failed);
    EXPECT_EQ(over.providerCode, QStringLiteral("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"));
    EXPECT_EQ(refund(refundOf(order, QStringLiteral("R3"), 700, 1000)).kind, Kind::Success);
    EXPECT_EQ(s_sandbox->tradeFor(order)[QStringLiteral("refunded_fen")].toInt(), 1000);
    EXPECT_EQ(query(order, 1000).kind, Kind::Failed); // fully refunded: TRADE_CLOSED

    const ChannelResult confirmed = refundQuery(refundOf(order, QStringLiteral("R1"), 300, 1000));
    EXPECT_EQ(confirmed.kind, Kind::Success);
    EXPECT_EQ(confirmed.refundedAmount, yuan(300));
    const ChannelResult never = refundQuery(refundOf(order, QStringLiteral("R9"), 100, 1000));
    EXPECT_EQ(never.kind, Kind::Unknown);
    EXPECT_EQ(never.providerCode, pos::channels::alipay::kRefundNotDone);
}

TEST_F(AlipaySandboxFlows, DelayedRefundIsNotDoneUntilTheChannelFinishesIt)
{
    const QString order = QStringLiteral("SF_REFUND_SLOW_1");
    ASSERT_EQ(pay(order, "1234", 1000).kind, Kind::Success);
    const RefundRequest request = refundOf(order, QStringLiteral("R1"), 207, 1000);
    EXPECT_EQ(refund(request).kind, Kind::UserPaying);
    const ChannelResult pending = refundQuery(request);
    EXPECT_EQ(pending.kind, Kind::Unknown);
    EXPECT_EQ(pending.providerCode, pos::channels::alipay::kRefundNotDone);
    const ChannelResult done = askWhile(Kind::Unknown, [&] { return refundQuery(request); });
    EXPECT_EQ(done.kind, Kind::Success) << qPrintable(done.reason);
    EXPECT_EQ(done.refundedAmount, yuan(207));
}

TEST_F(AlipaySandboxFlows, RefundRefusedByTheChannelMovesNothing)
{
    const QString order = QStringLiteral("SF_REFUND_NO_1");
    ASSERT_EQ(pay(order, "1234", 1000).kind, Kind::Success);
    const ChannelResult refused = refund(refundOf(order, QStringLiteral("R1"), 108, 1000));
    EXPECT_EQ(refused.kind, Kind::Failed);
    EXPECT_EQ(refused.providerCode, QStringLiteral("ACQ.SELLER_BALANCE_NOT_ENOUGH"));
    EXPECT_EQ(s_sandbox->tradeFor(order)[QStringLiteral("refunded_fen")].toInt(), 0);
    EXPECT_EQ(refund(refundOf(QStringLiteral("SF_NO_SUCH"), QStringLiteral("R1"), 100, 100)).kind,
              Kind::Failed);
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k) {
            crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
    }
    return crc ^ 0xFFFFFFFFu;
}

quint32 le(const QByteArray &bytes, qsizetype at, int size)
{
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i) {
        value = (value << 8) | quint8(bytes.at(at + i));
    }
    return value;
}

// Stored entries of a zip, by name, after checking each CRC.
QMap<QString, QByteArray> unzipStored(const QByteArray &zip)
{
    QMap<QString, QByteArray> files;
    qsizetype at = 0;
    while (at + 30 <= zip.size() && le(zip, at, 4) == 0x04034b50) {
        EXPECT_EQ(le(zip, at + 8, 2), 0u) << "method: stored";
        const quint32 crc = le(zip, at + 14, 4);
        const quint32 size = le(zip, at + 18, 4);
        const quint32 nameLength = le(zip, at + 26, 2);
        const quint32 extraLength = le(zip, at + 28, 2);
        const QString name = QString::fromUtf8(zip.mid(at + 30, nameLength));
        const QByteArray data = zip.mid(at + 30 + nameLength + extraLength, size);
        EXPECT_EQ(crc32(data), crc) << qPrintable(name);
        files.insert(name, data);
        at += 30 + nameLength + extraLength + size;
    }
    EXPECT_EQ(le(zip, zip.size() - 22, 4), 0x06054b50u) << "end of central directory";
    EXPECT_EQ(le(zip, zip.size() - 22 + 10, 2), quint32(files.size()));
    return files;
}

TEST_F(AlipaySandboxFlows, TradeBillIsAZipOfGbkCsvWithTheDaysTradesAndRefunds)
{
    ASSERT_EQ(pay(QStringLiteral("SF_BILL_1"), "1234", 2345).kind, Kind::Success);
    ASSERT_EQ(pay(QStringLiteral("SF_BILL_2"), "1234", 500).kind, Kind::Success);
    ASSERT_EQ(
        refund(refundOf(QStringLiteral("SF_BILL_2"), QStringLiteral("SF_BILL_2_R1"), 120, 500))
            .kind,
        Kind::Success);
    const QDate chinaToday = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    auto answer = std::make_shared<std::optional<pos::Result<QByteArray>>>();
    m_channel->downloadBill(chinaToday,
                            [answer](const pos::Result<QByteArray> &zip) { *answer = zip; });
    ASSERT_TRUE(waitUntil([answer] { return answer->has_value(); }, 10000));
    ASSERT_TRUE(answer->value().ok()) << qPrintable(answer->value().error().message);

    const QMap<QString, QByteArray> files = unzipStored(answer->value().value());
    ASSERT_EQ(files.size(), 2);
    const QString day = chinaToday.toString(QStringLiteral("yyyyMMdd"));
    QString detailName, summaryName;
    for (const QString &name : files.keys()) {
        if (name.endsWith(day + QStringLiteral("_业务明细.csv"))) {
            detailName = name;
        } else if (name.endsWith(day + QStringLiteral("_业务明细(汇总).csv"))) {
            summaryName = name;
        }
    }
    ASSERT_FALSE(detailName.isEmpty()) << qPrintable(files.keys().join(QLatin1Char(' ')));
    ASSERT_FALSE(summaryName.isEmpty());

    QStringDecoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid()) << "Qt without a GBK decoder";
    const QString detail = gbk(files[detailName]);
    ASSERT_FALSE(gbk.hasError());
    EXPECT_TRUE(files[detailName].contains("\r\n"));
    const QStringList lines = detail.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 8);
    EXPECT_EQ(lines[0], QStringLiteral("#支付宝业务明细查询"));
    EXPECT_TRUE(lines.last().startsWith(QStringLiteral("#导出时间：")));
    const QStringList columns = lines[4].split(QLatin1Char(','));
    ASSERT_EQ(columns.size(), 25);
    EXPECT_EQ(columns[0], QStringLiteral("支付宝交易号"));
    EXPECT_EQ(columns[21], QStringLiteral("退款批次号/请求号"));
    auto rowFor = [&lines](const QString &order, const QString &type) {
        for (const QString &line : lines) {
            const QStringList cells = line.split(QLatin1Char(','));
            if (cells.size() == 25 && cells[1] == order + QLatin1Char('\t') &&
                cells[2] == type + QLatin1Char('\t')) {
                return cells;
            }
        }
        return QStringList();
    };
    const QStringList sale = rowFor(QStringLiteral("SF_BILL_1"), QStringLiteral("交易"));
    ASSERT_EQ(sale.size(), 25);
    EXPECT_TRUE(sale[0].endsWith(QLatin1Char('\t')));
    EXPECT_EQ(sale[3], QStringLiteral("Groceries 杂货"));
    EXPECT_EQ(sale[11], QStringLiteral("23.45"));
    EXPECT_EQ(sale[9], QStringLiteral("T01\t"));
    const QStringList back = rowFor(QStringLiteral("SF_BILL_2"), QStringLiteral("退款"));
    ASSERT_EQ(back.size(), 25);
    EXPECT_EQ(back[11], QStringLiteral("-1.20"));
    EXPECT_EQ(back[21], QStringLiteral("SF_BILL_2_R1\t"));

    const QString summary = gbk(files[summaryName]);
    EXPECT_TRUE(summary.startsWith(QStringLiteral("#支付宝业务汇总查询")));
    EXPECT_TRUE(summary.contains(QStringLiteral("合计,")));
}

TEST_F(AlipaySandboxFlows, FaultsMakeTheOutcomeUnknown)
{
    EXPECT_EQ(setFaults(R"({"latency_ms":1500})").status, 200);
    const Http shown = http("GET", s_sandbox->process().url(QStringLiteral("/admin/faults")));
    EXPECT_EQ(QJsonDocument::fromJson(shown.body)[QStringLiteral("latency_ms")].toInt(), 1500);
    AlipayChannel impatient(s_sandbox->channelConfig(400));
    const ChannelResult slow = pay(QStringLiteral("SF_FAULT_SLOW"), "1234", 100, &impatient);
    EXPECT_EQ(slow.kind, Kind::Unknown);
    EXPECT_EQ(slow.providerCode, QStringLiteral("pos.network"));
    http("DELETE", s_sandbox->process().url(QStringLiteral("/admin/faults")));
    // The latency held the answer back, but the channel did the work.
    EXPECT_EQ(query(QStringLiteral("SF_FAULT_SLOW"), 100).kind, Kind::Success);

    EXPECT_EQ(setFaults(R"({"reset_next":3})").status, 200);
    const ChannelResult reset = pay(QStringLiteral("SF_FAULT_RESET"), "1234", 100);
    EXPECT_EQ(reset.kind, Kind::Unknown);
    EXPECT_EQ(reset.providerCode, QStringLiteral("pos.network")) << qPrintable(reset.reason);
    http("DELETE", s_sandbox->process().url(QStringLiteral("/admin/faults")));
    EXPECT_EQ(query(QStringLiteral("SF_FAULT_RESET"), 100).providerCode,
              pos::channels::kTradeNotFound); // reset requests are never processed

    EXPECT_EQ(setFaults(R"({"http_5xx_next":1})").status, 200);
    const ChannelResult unavailable = pay(QStringLiteral("SF_FAULT_503"), "1234", 100);
    EXPECT_EQ(unavailable.kind, Kind::Unknown);
    EXPECT_EQ(unavailable.providerCode, QStringLiteral("pos.network"));
    // Counted down: the next request goes through.
    EXPECT_EQ(pay(QStringLiteral("SF_FAULT_503"), "1234", 100).kind, Kind::Success);

    EXPECT_EQ(setFaults(R"({"latency_ms":-1})").status, 400);
    EXPECT_EQ(setFaults("not json").status, 400);
}

TEST_F(AlipaySandboxFlows, SlowAnswerThatSucceededIsATimeOutAndQueryFindsItPaid)
{
    AlipayChannel impatient(s_sandbox->channelConfig(500));
    const ChannelResult result = pay(QStringLiteral("SF_0007_1"), "0007", 4200, &impatient);
    EXPECT_EQ(result.kind, Kind::Unknown);
    EXPECT_EQ(result.providerCode, QStringLiteral("pos.network"));
    const ChannelResult truth = query(QStringLiteral("SF_0007_1"), 4200);
    EXPECT_EQ(truth.kind, Kind::Success); // 长款 unless the client queries
}

TEST_F(AlipaySandboxFlows, PaymentTheChannelLaterReversesEndsClosed)
{
    const QString order = QStringLiteral("SF_0008_1");
    ASSERT_EQ(pay(order, "0008", 3100).kind, Kind::Success);
    const ChannelResult later = askWhile(Kind::Success, [&] { return query(order, 3100); });
    EXPECT_EQ(later.kind, Kind::Failed);
    EXPECT_EQ(later.providerCode, QStringLiteral("TRADE_CLOSED"));
    const QJsonObject trade = s_sandbox->tradeFor(order);
    EXPECT_EQ(trade[QStringLiteral("refunded_fen")].toInt(), 3100);
}

TEST(AlipaySandboxSettings, DuplicateNotificationsOnDemandAndBadSettingsRefused)
{
    pos::test::AlipaySandbox sandbox;
    ASSERT_TRUE(
        sandbox.start({QStringLiteral("--user-paying-seconds"), QStringLiteral("0"),
                       QStringLiteral("--set"), QStringLiteral("notify.duplicates=2"),
                       QStringLiteral("--set"), QStringLiteral("notify.delay-scale=0.001")}))
        << qPrintable(sandbox.errorText());
    AlipayChannel channel(sandbox.channelConfig());
    NotifyReceiver receiver;
    PrecreateRequest request;
    request.outTradeNo = QStringLiteral("SF_DUP_1");
    request.amount = yuan(500);
    request.subject = QStringLiteral("dup");
    request.notifyUrl = receiver.url();
    ASSERT_EQ(pos::test::precreate(channel, request).kind, Kind::Success);
    ASSERT_TRUE(waitUntil([&] { return receiver.count() >= 3; }, 6000)) << receiver.count();
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(channel.parseNotification(IncomingNotification{receiver.body(i), {}}).outTradeNo,
                  QStringLiteral("SF_DUP_1"));
    }

    pos::test::AlipaySandbox bad;
    EXPECT_FALSE(bad.start({QStringLiteral("--set"), QStringLiteral("notify.delay-scale=fast")}));
}

} // namespace
