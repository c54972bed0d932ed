// The local notification endpoint (app/notify) over real HTTP on loopback: the real sandbox pays
// customer QRs and POSTs its signed notifications to the terminal, which verifies, stores once and
// only then acknowledges in the provider's format. Forged, mismatched and unknown notifications
// are refused and recorded; while the database cannot be written nothing is acknowledged, so the
// provider retries. The payment service's poll interval is a minute here: within these tests only
// a notification can settle a QR payment.
#include "notify/NotificationEndpoint.h"
#include "notify/LocalNotifications.h"

#include "channels/alipay/AlipayChannel.h"
#include "channels/alipay/AlipaySignature.h"
#include "channels/wechatpay/WechatKeyFolder.h"
#include "demo/DemoData.h"
#include "runtime/TerminalRuntime.h"
#include "storage/AttemptRepository.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/AttemptHistory.h"
#include "system/ChannelTestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace {

using namespace pos;
using test::waitUntil;

struct Http
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

Http send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
          const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    waitUntil([reply] { return reply->isFinished(); }, 10000);
    Http answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    delete reply;
    return answer;
}

QByteArray formEncode(const QMap<QString, QString> &form)
{
    QByteArray body;
    for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(it.key()) + '=' +
                QUrl::toPercentEncoding(it.value());
    }
    return body;
}

// One row of the terminal's notifications table.
struct StoredNotification
{
    QString verdict;
    QString via;
    QString detail;
    QString dedupKey;
};

class NotificationEndpointTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_sandbox = new test::AlipaySandbox;
        s_started = s_sandbox->start(
            {QStringLiteral("--user-paying-seconds"), QStringLiteral("1"), QStringLiteral("--set"),
             QStringLiteral("notify.delay-scale=0.001"), QStringLiteral("--set"),
             QStringLiteral("notify.duplicates=2"), QStringLiteral("--set"),
             QStringLiteral("wechat.notify-duplicates=2")});
        if (!s_started) {
            return;
        }
        s_dir = new QTemporaryDir;
        const QString privateKey = s_dir->filePath(QStringLiteral("app_private.pem"));
        test::writeFile(privateKey, test::testAppKey().privatePem());
        const QString simDir = s_sandbox->process().dataDir();
        const QUrl base = s_sandbox->process().url({});
        config::TerminalConfig config;
        config.alipay = {
            true,       s_sandbox->gatewayUrl(),          QStringLiteral("2021000000000001"),
            privateKey, s_sandbox->alipayPublicKeyPath(), 5000};
        config.wechat = {true,
                         base,
                         QStringLiteral("1900000109"),
                         QStringLiteral("wx2421b1c4370ec43b"),
                         simDir + QStringLiteral("/wechat"),
                         5000};
        config.unionpay = {
            true, base, QStringLiteral("777290058110048"), {}, simDir + QStringLiteral("/unionpay"),
            5000};
        config.schedule.userPayingPollMs = 60000; // only a notification settles within a test
        config.notify.enabled = true;
        config.notify.port = 0;
        s_runtime = new runtime::TerminalRuntime;
        s_opened = s_runtime->open(s_dir->path(), config, true).ok();
        if (s_opened) {
            s_local =
                new notify::LocalNotifications(notify::startLocalNotifications(*s_runtime, false));
        }
    }

    static void TearDownTestSuite()
    {
        delete s_local;
        delete s_runtime;
        delete s_dir;
        delete s_sandbox;
        s_local = nullptr;
        s_runtime = nullptr;
        s_dir = nullptr;
        s_sandbox = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_started) << qPrintable(s_sandbox->errorText());
        ASSERT_TRUE(s_opened) << "the runtime must open with all three sandbox channels";
        ASSERT_TRUE(s_local->endpoint) << qPrintable(s_local->problem);
    }

    static notify::NotificationEndpoint &endpoint() { return *s_local->endpoint; }
    static QUrl notifyUrl(const QString &channel)
    {
        return QUrl(payments::notifyUrlFor(s_local->notifyBase, channel));
    }

    // Checks out a ¥3.00 order and starts a customer-QR payment of `fen` on `channel`; returns
    // its out_trade_no once the QR is shown (UserPaying), empty when it is not.
    static QString startQrPayment(const QString &channel, qint64 fen)
    {
        sale::SaleService &sale = s_runtime->sale();
        sale.startSale(Cashier{});
        if (!sale.addByBarcode(demo::demoBarcode(3)).ok()) { // milk ¥3.00
            return {};
        }
        auto orderId = sale.checkout();
        if (!orderId) {
            return {};
        }
        auto started =
            s_runtime->payments().payByCustomerQr(orderId.value(), Money::fromMinor(fen), channel);
        if (!started) {
            ADD_FAILURE() << qPrintable(started.error().message);
            return {};
        }
        const QString outTradeNo = started->outTradeNo;
        if (!waitUntil([&] { return stateOf(outTradeNo) == AttemptState::UserPaying; }, 5000)) {
            ADD_FAILURE() << "no QR for " << qPrintable(outTradeNo) << ": "
                          << qPrintable(attemptStateName(stateOf(outTradeNo)));
            return {};
        }
        return outTradeNo;
    }

    static AttemptState stateOf(const QString &outTradeNo)
    {
        auto attempt =
            storage::AttemptRepository(s_runtime->database()).findByOutTradeNo(outTradeNo);
        return attempt ? attempt->state : AttemptState::Created;
    }

    static QList<StoredNotification> storedFor(const QString &outTradeNo)
    {
        QList<StoredNotification> rows;
        auto query = s_runtime->database().exec(
            QStringLiteral("SELECT verdict, via, detail, dedup_key FROM notifications "
                           "WHERE out_trade_no = ? ORDER BY id"),
            {outTradeNo});
        while (query && query->next()) {
            rows.append({query->value(0).toString(), query->value(1).toString(),
                         query->value(2).toString(), query->value(3).toString()});
        }
        return rows;
    }

    static QStringList verdictsFor(const QString &outTradeNo)
    {
        QStringList verdicts;
        for (const StoredNotification &row : storedFor(outTradeNo)) {
            verdicts << row.verdict;
        }
        return verdicts;
    }

    // The sandbox's own account of delivering one notification (its pos.sim.notify log): one
    // "try N status S acknowledged|not acknowledged" per POST it made, in order.
    static QStringList deliveries(const QString &deliveryId)
    {
        const QRegularExpression line(
            QStringLiteral("notification \"%1\" (try \\d+ status \\d+ (?:not )?acknowledged)")
                .arg(QRegularExpression::escape(deliveryId)));
        QStringList tries;
        auto it = line.globalMatch(s_sandbox->errorText());
        while (it.hasNext()) {
            tries << it.next().captured(1);
        }
        return tries;
    }

    // A trade_status_sync notification signed with the sandbox's own Alipay key, as Alipay would
    // send it, for whatever out_trade_no and amount the test names.
    static QMap<QString, QString>
    signedAlipayForm(const QString &outTradeNo, const QString &totalAmount, const QString &notifyId)
    {
        QMap<QString, QString> form{
            {QStringLiteral("notify_type"), QStringLiteral("trade_status_sync")},
            {QStringLiteral("notify_id"), notifyId},
            {QStringLiteral("notify_time"), QStringLiteral("2026-11-25 10:00:00")},
            {QStringLiteral("app_id"), QStringLiteral("2021000000000001")},
            {QStringLiteral("charset"), QStringLiteral("utf-8")},
            {QStringLiteral("version"), QStringLiteral("1.0")},
            {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
            {QStringLiteral("trade_no"), QStringLiteral("2026112522001499999999")},
            {QStringLiteral("out_trade_no"), outTradeNo},
            {QStringLiteral("trade_status"), QStringLiteral("TRADE_SUCCESS")},
            {QStringLiteral("total_amount"), totalAmount},
        };
        QFile keyFile(s_sandbox->process().dataDir() + QStringLiteral("/alipay_private.pem"));
        EXPECT_TRUE(keyFile.open(QIODevice::ReadOnly));
        auto key = security::RsaKey::fromPem(keyFile.readAll());
        EXPECT_TRUE(key.ok());
        auto signature = key->signSha256(channels::alipay::signContent(
            form, {QStringLiteral("sign"), QStringLiteral("sign_type")}));
        EXPECT_TRUE(signature.ok());
        form.insert(QStringLiteral("sign"), QString::fromLatin1(signature->toBase64()));
        return form;
    }

    static inline test::AlipaySandbox *s_sandbox = nullptr;
    static inline QTemporaryDir *s_dir = nullptr;
    static inline runtime::TerminalRuntime *s_runtime = nullptr;
    static inline notify::LocalNotifications *s_local = nullptr;
    static inline bool s_started = false;
    static inline bool s_opened = false;
};

TEST_F(NotificationEndpointTest, ChannelsAreToldTheEndpointsAddress)
{
    EXPECT_EQ(endpoint().baseUrl().host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(endpoint().baseUrl().port(), 0);
    EXPECT_EQ(s_local->notifyBase, endpoint().baseUrl().toString());
    EXPECT_EQ(s_runtime->payments().context().notifyUrl, s_local->notifyBase);
    EXPECT_TRUE(s_local->problem.isEmpty());
}

TEST_F(NotificationEndpointTest, EveryChannelsQrPaymentIsSettledByItsNotification)
{
    const QStringList channels{QStringLiteral("alipay"), QStringLiteral("wechat"),
                               QStringLiteral("unionpay")};
    QMap<QString, QString> outTradeNos;
    for (const QString &channel : channels) {
        outTradeNos.insert(channel, startQrPayment(channel, 300));
        ASSERT_FALSE(outTradeNos.value(channel).isEmpty()) << qPrintable(channel);
    }
    // The sandbox's customer pays a second after the QR; the poll would come after a minute.
    for (const QString &channel : channels) {
        const QString outTradeNo = outTradeNos.value(channel);
        SCOPED_TRACE(channel.toStdString());
        EXPECT_TRUE(waitUntil([&] { return stateOf(outTradeNo) == AttemptState::Succeeded; }, 8000))
            << qPrintable(attemptStateName(stateOf(outTradeNo)));
        const auto rows = storedFor(outTradeNo);
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows.first().verdict, QStringLiteral("accepted"));
        EXPECT_EQ(rows.first().via, QStringLiteral("local"));
        // WeChat names a delivery by the notification id, the others by the order number.
        const QString deliveryId = channel == QLatin1String("wechat")
                                       ? rows.first().dedupKey
                                       : channel + QLatin1Char(':') + outTradeNo;
        EXPECT_TRUE(waitUntil([&] { return !deliveries(deliveryId).isEmpty(); }, 3000));
        EXPECT_EQ(deliveries(deliveryId).value(0), QStringLiteral("try 1 status 200 acknowledged"))
            << "the sandbox took the terminal's answer as the provider's acknowledgement";
        EXPECT_EQ(test::attemptStatePath(s_runtime->database(), outTradeNo).mid(1),
                  (QStringList{QStringLiteral("sent"), QStringLiteral("user_paying"),
                               QStringLiteral("succeeded")}));
    }
    EXPECT_GE(endpoint().accepted(), 3);
    EXPECT_GE(endpoint().received(), endpoint().accepted());
}

TEST_F(NotificationEndpointTest, DuplicatedAndReplayedNotificationsAreStoredOnceAndChangeNothing)
{
    const QString outTradeNo = startQrPayment(QStringLiteral("alipay"), 300);
    ASSERT_FALSE(outTradeNo.isEmpty());
    const QString deliveryId = QStringLiteral("alipay:") + outTradeNo;
    // notify.duplicates=2: after the acknowledgement the sandbox sends the same notification twice.
    ASSERT_TRUE(waitUntil([&] { return deliveries(deliveryId).size() == 3; }, 8000))
        << qPrintable(deliveries(deliveryId).join(QLatin1Char('\n')));
    ASSERT_TRUE(waitUntil([&] { return stateOf(outTradeNo) == AttemptState::Succeeded; }, 3000));
    const QStringList path = test::attemptStatePath(s_runtime->database(), outTradeNo);

    const Http replay =
        send("POST", s_sandbox->process().url(QStringLiteral("/admin/notify/replay?out_trade_no=") +
                                              outTradeNo));
    ASSERT_EQ(replay.status, 200) << replay.body.constData();
    ASSERT_TRUE(waitUntil([&] { return deliveries(deliveryId).size() == 4; }, 3000));

    for (const QString &delivery : deliveries(deliveryId)) {
        EXPECT_TRUE(delivery.endsWith(QLatin1String("status 200 acknowledged")))
            << qPrintable(delivery);
    }
    EXPECT_EQ(verdictsFor(outTradeNo), QStringList{QStringLiteral("accepted")});
    EXPECT_EQ(stateOf(outTradeNo), AttemptState::Succeeded);
    EXPECT_EQ(test::attemptStatePath(s_runtime->database(), outTradeNo), path);
    EXPECT_TRUE(test::attemptHistoryProblems(s_runtime->database()).isEmpty());
}

TEST_F(NotificationEndpointTest, ForgedNotificationIsRefusedInTheProvidersFormatAndRecorded)
{
    // Amounts ending in .01 are never paid by the sandbox: the attempt waits for its customer.
    const QString outTradeNo = startQrPayment(QStringLiteral("alipay"), 101);
    ASSERT_FALSE(outTradeNo.isEmpty());
    QUrlQuery forge;
    forge.addQueryItem(QStringLiteral("out_trade_no"), outTradeNo);
    forge.addQueryItem(QStringLiteral("notify_url"),
                       notifyUrl(QStringLiteral("alipay")).toString());
    QUrl forgeUrl = s_sandbox->process().url(QStringLiteral("/admin/notify/forge"));
    forgeUrl.setQuery(forge);
    const Http sent = send("POST", forgeUrl);
    ASSERT_EQ(sent.status, 200) << sent.body.constData();

    const QString deliveryId = QStringLiteral("alipay:") + outTradeNo;
    ASSERT_TRUE(waitUntil([&] { return !deliveries(deliveryId).isEmpty(); }, 3000));
    EXPECT_EQ(deliveries(deliveryId),
              QStringList{QStringLiteral("try 1 status 200 not acknowledged")});
    const auto rows = storedFor(outTradeNo);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().verdict, QStringLiteral("rejected"));
    EXPECT_TRUE(rows.first().detail.contains(QLatin1String("signature")))
        << qPrintable(rows.first().detail);
    EXPECT_EQ(stateOf(outTradeNo), AttemptState::UserPaying);
    EXPECT_EQ(test::attemptStatePath(s_runtime->database(), outTradeNo).last(),
              QStringLiteral("user_paying"));

    // The same, posted directly so the answers' bodies show: each provider's failure format.
    auto form = signedAlipayForm(outTradeNo, QStringLiteral("1.01"), QStringLiteral("tampered-1"));
    form.insert(QStringLiteral("total_amount"), QStringLiteral("0.01")); // after signing
    const Http alipay = send("POST", notifyUrl(QStringLiteral("alipay")), formEncode(form));
    EXPECT_EQ(alipay.status, 200);
    EXPECT_EQ(alipay.body, QByteArrayLiteral("fail"));
    EXPECT_TRUE(alipay.contentType.startsWith("text/plain")) << alipay.contentType.constData();

    // WeChat: the sandbox platform certificate's serial, a signature that is not its key's.
    auto wechatKeys = channels::wechatpay::loadKeyFolder(
        s_sandbox->process().dataDir() + QStringLiteral("/wechat"), s_sandbox->process().url({}),
        QStringLiteral("wx2421b1c4370ec43b"), QStringLiteral("1900000109"));
    ASSERT_TRUE(wechatKeys.ok());
    ASSERT_FALSE(wechatKeys->platformKeys.isEmpty());
    const QByteArray wechatBody =
        QByteArrayLiteral(R"({"id":"forged-1","event_type":"TRANSACTION.SUCCESS"})");
    const Http wechat =
        send("POST", notifyUrl(QStringLiteral("wechat")), wechatBody,
             {{"Content-Type", "application/json"},
              {"Wechatpay-Timestamp", QByteArray::number(QDateTime::currentSecsSinceEpoch())},
              {"Wechatpay-Nonce", "n0nce"},
              {"Wechatpay-Serial", wechatKeys->platformKeys.firstKey().toLatin1()},
              {"Wechatpay-Signature", test::testAppKey().signSha256(wechatBody)->toBase64()}});
    EXPECT_EQ(wechat.status, 500);
    EXPECT_TRUE(wechat.body.contains("\"FAIL\"")) << wechat.body.constData();
    EXPECT_TRUE(wechat.contentType.startsWith("application/json"))
        << wechat.contentType.constData();

    const QByteArray unionpayBody = QByteArrayLiteral("orderId=") + outTradeNo.toLatin1() +
                                    QByteArrayLiteral("&txnAmt=101&respCode=00&signMethod=01"
                                                      "&signature=Zm9yZ2Vk");
    const Http unionpay = send("POST", notifyUrl(QStringLiteral("unionpay")), unionpayBody);
    EXPECT_EQ(unionpay.status, 500);
    EXPECT_EQ(unionpay.body, QByteArrayLiteral("fail"));

    EXPECT_EQ(verdictsFor(outTradeNo), QStringList(2, QStringLiteral("rejected")))
        << "the sandbox's forgery and the tampered form name this order";
    // The WeChat and UnionPay adapters read the order only from a verified notification: these
    // forgeries are recorded under the hash of their bodies.
    for (const QByteArray &body : {wechatBody, unionpayBody}) {
        auto row = s_runtime->database().exec(
            QStringLiteral("SELECT verdict FROM notifications WHERE dedup_key = ?"),
            {QString::fromLatin1(
                QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())});
        ASSERT_TRUE(row && row->next()) << body.constData();
        EXPECT_EQ(row->value(0).toString(), QStringLiteral("rejected"));
    }
    EXPECT_EQ(stateOf(outTradeNo), AttemptState::UserPaying);
}

TEST_F(NotificationEndpointTest, GenuinelySignedNotificationWithAnotherAmountIsRefused)
{
    const QString outTradeNo = startQrPayment(QStringLiteral("alipay"), 101);
    ASSERT_FALSE(outTradeNo.isEmpty());
    const Http answer = send("POST", notifyUrl(QStringLiteral("alipay")),
                             formEncode(signedAlipayForm(outTradeNo, QStringLiteral("9.99"),
                                                         QStringLiteral("amount-") + outTradeNo)));
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(answer.body, QByteArrayLiteral("fail"));
    const auto rows = storedFor(outTradeNo);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().verdict, QStringLiteral("rejected"));
    EXPECT_TRUE(rows.first().detail.contains(QLatin1String("9.99")))
        << qPrintable(rows.first().detail);
    EXPECT_EQ(stateOf(outTradeNo), AttemptState::UserPaying);
}

TEST_F(NotificationEndpointTest, NotificationForATradeThatIsNotOursIsRefusedAndRetriedByTheSandbox)
{
    // Another merchant system on the same app precreates a QR with our notify URL.
    channels::alipay::AlipayChannel stranger(s_sandbox->channelConfig());
    channels::PrecreateRequest request;
    request.outTradeNo = QStringLiteral("NOTOURS%1").arg(QDateTime::currentMSecsSinceEpoch());
    request.amount = Money::fromMinor(200);
    request.subject = QStringLiteral("Somebody else's");
    request.notifyUrl = notifyUrl(QStringLiteral("alipay")).toString();
    const auto created = test::precreate(stranger, request);
    ASSERT_EQ(created.kind, channels::ChannelResult::Kind::Success) << qPrintable(created.reason);

    const QString deliveryId = QStringLiteral("alipay:") + request.outTradeNo;
    ASSERT_TRUE(waitUntil([&] { return deliveries(deliveryId).size() >= 2; }, 5000))
        << qPrintable(deliveries(deliveryId).join(QLatin1Char('\n')));
    EXPECT_EQ(deliveries(deliveryId).mid(0, 2),
              (QStringList{QStringLiteral("try 1 status 200 not acknowledged"),
                           QStringLiteral("try 2 status 200 not acknowledged")}));
    const auto rows = storedFor(request.outTradeNo);
    ASSERT_GE(rows.size(), 2);
    for (const StoredNotification &row : rows) {
        EXPECT_EQ(row.verdict, QStringLiteral("rejected"));
        EXPECT_TRUE(row.detail.contains(QLatin1String("no payment"))) << qPrintable(row.detail);
    }
}

TEST_F(NotificationEndpointTest, NothingIsAcknowledgedWhileTheNotificationCannotBeStored)
{
    const QString outTradeNo = startQrPayment(QStringLiteral("alipay"), 300);
    ASSERT_FALSE(outTradeNo.isEmpty());
    // Another connection takes the notifications table away: every insert now fails.
    const QString connection = QStringLiteral("notification-saboteur");
    {
        QSqlDatabase saboteur = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        saboteur.setDatabaseName(s_dir->filePath(QStringLiteral("pos.sqlite")));
        ASSERT_TRUE(saboteur.open()) << qPrintable(saboteur.lastError().text());
        QSqlQuery rename(saboteur);
        ASSERT_TRUE(rename.exec(
            QStringLiteral("ALTER TABLE notifications RENAME TO notifications_offline")))
            << qPrintable(rename.lastError().text());
    }
    auto restore = [&connection] {
        QSqlDatabase saboteur = QSqlDatabase::database(connection);
        QSqlQuery rename(saboteur);
        const bool ok = rename.exec(
            QStringLiteral("ALTER TABLE notifications_offline RENAME TO notifications"));
        return ok;
    };

    const QString deliveryId = QStringLiteral("alipay:") + outTradeNo;
    const bool refusedTwice = waitUntil([&] { return deliveries(deliveryId).size() >= 2; }, 5000);
    const QStringList whileBroken = deliveries(deliveryId);
    const AttemptState stateWhileBroken = stateOf(outTradeNo);
    const bool restored = restore();
    QSqlDatabase::removeDatabase(connection);
    ASSERT_TRUE(restored);
    ASSERT_TRUE(refusedTwice) << qPrintable(whileBroken.join(QLatin1Char('\n')));
    for (const QString &delivery : whileBroken) {
        EXPECT_TRUE(delivery.endsWith(QLatin1String("not acknowledged"))) << qPrintable(delivery);
    }
    EXPECT_EQ(stateWhileBroken, AttemptState::UserPaying)
        << "a notification that was not stored must not have been acted on";

    // The provider's next retry finds the database writable again.
    ASSERT_TRUE(waitUntil(
        [&] {
            return deliveries(deliveryId)
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("status 200 acknowledged"));
        },
        5000))
        << qPrintable(deliveries(deliveryId).join(QLatin1Char('\n')));
    EXPECT_TRUE(waitUntil([&] { return stateOf(outTradeNo) == AttemptState::Succeeded; }, 3000));
    EXPECT_EQ(verdictsFor(outTradeNo), QStringList{QStringLiteral("accepted")});
}

TEST_F(NotificationEndpointTest, UnknownPathsAre404AndOversizedBodiesAre413)
{
    const int received = endpoint().received();
    EXPECT_EQ(send("POST", notifyUrl(QStringLiteral("nosuchpay")), "a=b").status, 404);
    EXPECT_EQ(send("POST", notifyUrl(QStringLiteral("cash")), "a=b").status, 404)
        << "cash takes no notifications";
    EXPECT_EQ(send("GET", notifyUrl(QStringLiteral("alipay"))).status, 404);
    EXPECT_EQ(
        send("POST", endpoint().baseUrl().resolved(QUrl(QStringLiteral("/notify"))), "a=b").status,
        404);
    EXPECT_EQ(
        send("POST", endpoint().baseUrl().resolved(QUrl(QStringLiteral("/gateway.do"))), "a=b")
            .status,
        404);

    // 64 KiB exactly reaches the inbox (and is refused there: not signed); one byte more does not.
    const auto padded = [](const char *notifyId, qsizetype size) {
        QByteArray body = QByteArrayLiteral("notify_id=") + notifyId + QByteArrayLiteral("&pad=");
        return body + QByteArray(size - body.size(), 'x');
    };
    const Http atLimit = send("POST", notifyUrl(QStringLiteral("alipay")),
                              padded("limit-probe", notify::NotificationEndpoint::kMaxBodyBytes));
    EXPECT_EQ(atLimit.status, 200);
    EXPECT_EQ(atLimit.body, QByteArrayLiteral("fail"));
    const Http over =
        send("POST", notifyUrl(QStringLiteral("alipay")),
             padded("oversize-probe", notify::NotificationEndpoint::kMaxBodyBytes + 1));
    EXPECT_EQ(over.status, 413);

    auto count = [](const char *dedupKey) {
        auto query = s_runtime->database().exec(
            QStringLiteral("SELECT COUNT(*) FROM notifications WHERE dedup_key = ?"),
            {QString::fromLatin1(dedupKey)});
        return query && query->next() ? query->value(0).toInt() : -1;
    };
    EXPECT_EQ(count("limit-probe"), 1);
    EXPECT_EQ(count("oversize-probe"), 0) << "an oversized body must not reach the inbox";
    EXPECT_GE(endpoint().received(), received + 4) << "POSTs to /notify/<channel> are counted";
}

// Without the sandbox: what the terminal does when it cannot, or need not, listen.
class NotificationEndpointStartTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    runtime::TerminalRuntime &open(const config::TerminalConfig &config)
    {
        EXPECT_TRUE(m_runtime.open(m_dir.path(), config, false).ok());
        return m_runtime;
    }

    QTemporaryDir m_dir;
    runtime::TerminalRuntime m_runtime;
};

TEST_F(NotificationEndpointStartTest, NothingListensUnlessConfiguredOrInDemoMode)
{
    auto &runtime = open(config::TerminalConfig{});
    const auto local = notify::startLocalNotifications(runtime, false);
    EXPECT_EQ(local.endpoint, nullptr);
    EXPECT_TRUE(local.problem.isEmpty());
    EXPECT_TRUE(runtime.payments().context().notifyUrl.isEmpty());

    const auto demo = notify::startLocalNotifications(runtime, true);
    ASSERT_NE(demo.endpoint, nullptr) << qPrintable(demo.problem);
    EXPECT_EQ(runtime.payments().context().notifyUrl, demo.endpoint->baseUrl().toString());
}

TEST_F(NotificationEndpointStartTest, BusyPortIsReportedAndTheTerminalCarriesOn)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    config::TerminalConfig config;
    config.notify.enabled = true;
    config.notify.port = occupant.serverPort();
    auto &runtime = open(config);
    const auto local = notify::startLocalNotifications(runtime, false);
    EXPECT_EQ(local.endpoint, nullptr);
    EXPECT_TRUE(local.problem.contains(QString::number(occupant.serverPort())))
        << qPrintable(local.problem);
    EXPECT_TRUE(runtime.payments().context().notifyUrl.isEmpty())
        << "channels must not be told an address nobody listens on";
}

TEST_F(NotificationEndpointStartTest, PublicUrlIsWhatChannelsAreTold)
{
    config::TerminalConfig config;
    config.notify.enabled = true;
    config.notify.publicUrl = QStringLiteral("https://shop.example.com/pos");
    auto &runtime = open(config);
    const auto local = notify::startLocalNotifications(runtime, false);
    ASSERT_NE(local.endpoint, nullptr) << qPrintable(local.problem);
    EXPECT_EQ(runtime.payments().context().notifyUrl, config.notify.publicUrl);
}

TEST_F(NotificationEndpointStartTest, AnAddressThatIsNotAnIpIsRefused)
{
    auto &runtime = open(config::TerminalConfig{});
    notify::NotificationEndpoint endpoint(runtime.notifications());
    auto listening = endpoint.listen(QStringLiteral("shop-router"), 0);
    ASSERT_FALSE(listening.ok());
    EXPECT_EQ(listening.error().code, QStringLiteral("notify.address"));
    EXPECT_FALSE(endpoint.isListening());
}

} // namespace
