// The outbox uploader against a fake head office over real HTTP on loopback: items go out in seq
// order, once each, keyed and signed; failures of every kind (server errors, refused connections,
// silence, replies that do not confirm or are too big) leave items waiting and retried, a client
// error rejects until an operator retries, and a restarted uploader carries on without sending
// anything twice in effect (invariant 6).
#include "core/TemporaryDatabase.h"
#include "support/TestSupport.h"
#include "system/FakeHeadOffice.h"

#include "outbox/OutboxRepository.h"
#include "outbox/OutboxUploader.h"
#include "outbox/SettlementOutbox.h"
#include "runtime/TerminalRuntime.h"
#include "settlement/ReportService.h"
#include "storage/CashierRepository.h"
#include "storage/ZReportRepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace pos {
namespace {

using outbox::OutboxState;
using test::FakeHeadOffice;
using test::ReceivedUpload;
using test::ScriptedReply;
using test::waitUntil;

const QString kT01 = QStringLiteral("T01");
const QString kKind = QStringLiteral("z_report");

class OutboxUploadTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_temp.open().ok());
        m_uploader = std::make_unique<outbox::OutboxUploader>(m_temp.database());
    }

    void TearDown() override { m_uploader.reset(); }

    outbox::UploadSettings settingsFor(const QUrl &url, const QByteArray &secret = {}) const
    {
        outbox::UploadSettings settings;
        settings.baseUrl = url;
        settings.secret = secret;
        settings.timeoutMs = 2000;
        settings.retryBaseMs = 20;
        settings.retryMaxMs = 80;
        settings.idlePollMs = 50;
        return settings;
    }

    qint64 enqueue(const QString &key, int value = 1)
    {
        const QByteArray payload =
            QJsonDocument(QJsonObject{{QStringLiteral("value"), value},
                                      {QStringLiteral("name"), QStringLiteral("日结 %1").arg(key)}})
                .toJson(QJsonDocument::Compact);
        auto seq = outbox::OutboxRepository(m_temp.database()).enqueue(kKind, key, payload, kT01);
        EXPECT_TRUE(seq.ok());
        return seq ? seq.value() : 0;
    }

    outbox::OutboxItem item(qint64 seq)
    {
        auto found = outbox::OutboxRepository(m_temp.database()).find(seq);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && found->has_value() ? found->value() : outbox::OutboxItem();
    }

    OutboxState stateOf(qint64 seq) { return item(seq).state(); }

    bool sent(qint64 seq) { return stateOf(seq) == OutboxState::Sent; }

    test::TemporaryDatabase m_temp;
    FakeHeadOffice m_office;
    std::unique_ptr<outbox::OutboxUploader> m_uploader;
};

TEST_F(OutboxUploadTest, ItemsGoOutInOrderOnceEachKeyedAndSigned)
{
    ASSERT_TRUE(m_office.listen());
    const QByteArray secret = "shared-secret-of-T01";
    const qint64 first = enqueue(QStringLiteral("T01/2026-06-10/Z1"), 1);
    const qint64 second = enqueue(QStringLiteral("T01/2026-06-11/Z2"), 2);
    const qint64 third = enqueue(QStringLiteral("T01/2026-06-12/Z3"), 3);
    QSignalSpy sentSpy(m_uploader.get(), &outbox::OutboxUploader::itemSent);
    QSignalSpy changed(m_uploader.get(), &outbox::OutboxUploader::stateChanged);
    m_uploader->start(settingsFor(m_office.url(), secret));
    ASSERT_TRUE(waitUntil([&] { return sentSpy.count() == 3; }, 10000));
    EXPECT_EQ(sentSpy.at(0).at(0).toLongLong(), first);
    EXPECT_EQ(sentSpy.at(1).at(0).toLongLong(), second);
    EXPECT_EQ(sentSpy.at(2).at(0).toLongLong(), third);
    EXPECT_GE(changed.count(), 3);

    // A fourth item goes out after the first three were not sent again in between.
    const qint64 fourth = enqueue(QStringLiteral("T01/2026-06-13/Z4"), 4);
    ASSERT_TRUE(waitUntil([&] { return sent(fourth); }, 10000));
    const auto &received = m_office.received();
    ASSERT_EQ(received.size(), 4u);
    const qint64 seqs[] = {first, second, third, fourth};
    for (size_t i = 0; i < received.size(); ++i) {
        const ReceivedUpload &upload = received[i];
        EXPECT_EQ(upload.seq, seqs[i]);
        EXPECT_EQ(upload.path, QStringLiteral("/api/v1/terminals/T01/outbox"));
        EXPECT_EQ(upload.idempotencyKey, QStringLiteral("T01:%1").arg(seqs[i]).toUtf8());
        ASSERT_TRUE(upload.hasSignature);
        EXPECT_EQ(upload.signature,
                  QMessageAuthenticationCode::hash(upload.body, secret, QCryptographicHash::Sha256)
                      .toHex());
        const QJsonObject body = QJsonDocument::fromJson(upload.body).object();
        EXPECT_EQ(body.value(QStringLiteral("terminal_id")).toString(), kT01);
        EXPECT_EQ(body.value(QStringLiteral("kind")).toString(), kKind);
        const outbox::OutboxItem stored = item(seqs[i]);
        EXPECT_EQ(body.value(QStringLiteral("key")).toString(), stored.key);
        EXPECT_EQ(body.value(QStringLiteral("payload")).toObject(),
                  QJsonDocument::fromJson(stored.payload).object());
        EXPECT_EQ(stored.attempts, 1);
    }
    EXPECT_EQ(m_office.accepted().size(), 4u);
    EXPECT_EQ(m_uploader->counts().value(), (outbox::OutboxCounts{0, 0, 4}));
}

TEST_F(OutboxUploadTest, WithoutASecretUploadsAreUnsigned)
{
    ASSERT_TRUE(m_office.listen());
    const qint64 seq = enqueue(QStringLiteral("k1"));
    m_uploader->start(settingsFor(m_office.url()));
    ASSERT_TRUE(waitUntil([&] { return sent(seq); }));
    ASSERT_EQ(m_office.received().size(), 1u);
    EXPECT_FALSE(m_office.received()[0].hasSignature);
}

TEST_F(OutboxUploadTest, ServerErrorIsRetriedWithTheSameKeyThenSent)
{
    ASSERT_TRUE(m_office.listen());
    int calls = 0;
    m_office.setScript([&calls](const ReceivedUpload &) -> std::optional<ScriptedReply> {
        if (++calls == 1) {
            return ScriptedReply{500, "<html>Internal Server Error</html>", "text/html"};
        }
        return std::nullopt;
    });
    const qint64 seq = enqueue(QStringLiteral("k1"));
    m_uploader->start(settingsFor(m_office.url()));
    ASSERT_TRUE(waitUntil([&] { return sent(seq); }));
    const auto &received = m_office.received();
    ASSERT_EQ(received.size(), 2u);
    EXPECT_EQ(received[0].idempotencyKey, received[1].idempotencyKey);
    EXPECT_EQ(received[0].body, received[1].body);
    EXPECT_EQ(item(seq).attempts, 2);
}

TEST_F(OutboxUploadTest, RefusedConnectionKeepsItemsWaitingUntilHeadOfficeIsUp)
{
    const quint16 port = test::unusedPort();
    ASSERT_NE(port, 0);
    const qint64 first = enqueue(QStringLiteral("k1"));
    const qint64 second = enqueue(QStringLiteral("k2"));
    m_uploader->start(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    ASSERT_TRUE(waitUntil([&] { return item(first).attempts >= 3; }));
    EXPECT_EQ(stateOf(first), OutboxState::Waiting);
    EXPECT_FALSE(item(first).lastError.isEmpty());
    EXPECT_EQ(item(second).attempts, 0); // in seq order: the second waits behind the first
    EXPECT_EQ(m_uploader->stateOf(kKind, QStringLiteral("k1"))->state, OutboxState::Waiting);

    ASSERT_TRUE(m_office.listen(port));
    ASSERT_TRUE(waitUntil([&] { return sent(first) && sent(second); }));
    EXPECT_EQ(m_office.received().size(), 2u);
}

TEST_F(OutboxUploadTest, SilentHeadOfficeTimesOutAndTheItemIsSentLater)
{
    test::BlackHole hole;
    ASSERT_TRUE(hole.listen());
    const quint16 port = hole.port();
    const qint64 seq = enqueue(QStringLiteral("k1"));
    outbox::UploadSettings settings =
        settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    settings.timeoutMs = 150;
    m_uploader->start(settings);
    ASSERT_TRUE(waitUntil([&] { return item(seq).attempts >= 2; }));
    EXPECT_EQ(stateOf(seq), OutboxState::Waiting);
    EXPECT_TRUE(item(seq).lastError.contains(QStringLiteral("150 ms")))
        << item(seq).lastError.toStdString();

    hole.stop();
    ASSERT_TRUE(m_office.listen(port));
    ASSERT_TRUE(waitUntil([&] { return sent(seq); }));
    EXPECT_EQ(m_office.accepted().size(), 1u);
}

TEST_F(OutboxUploadTest, ConflictNamingTheSeqMeansAlreadyReceived)
{
    ASSERT_TRUE(m_office.listen());
    m_office.setScript([](const ReceivedUpload &upload) -> std::optional<ScriptedReply> {
        return ScriptedReply{409, FakeHeadOffice::acceptedBody(upload.seq)};
    });
    const qint64 seq = enqueue(QStringLiteral("k1"));
    QSignalSpy sentSpy(m_uploader.get(), &outbox::OutboxUploader::itemSent);
    m_uploader->start(settingsFor(m_office.url()));
    ASSERT_TRUE(sentSpy.wait(5000));
    EXPECT_EQ(sentSpy.at(0).at(0).toLongLong(), seq);
    EXPECT_TRUE(sent(seq));
    EXPECT_EQ(m_office.received().size(), 1u);
}

TEST_F(OutboxUploadTest, RepliesThatDoNotConfirmTheSeqNeverMarkItSent)
{
    ASSERT_TRUE(m_office.listen());
    QByteArray huge = "{\"accepted_seq\":1,\"pad\":\"";
    huge += QByteArray(200 * 1024, 'x') + "\"}";
    const std::vector<ScriptedReply> hostile{
        {200, "{\"accepted_seq\":999}"},
        {200, "<html><body>Captive portal: please log in</body></html>", "text/html"},
        {201, huge},
        {200, "{}"},
        {409, "{\"accepted_seq\":\"1\"}"}, // not the seq as a number: a conflict about something
    };
    size_t served = 0;
    m_office.setScript([&](const ReceivedUpload &) -> std::optional<ScriptedReply> {
        return hostile[served++ % 4];
    });
    const qint64 seq = enqueue(QStringLiteral("k1"));
    ASSERT_EQ(seq, 1); // the huge reply names seq 1: even a confirming oversize reply is refused
    QSignalSpy sentSpy(m_uploader.get(), &outbox::OutboxUploader::itemSent);
    m_uploader->start(settingsFor(m_office.url()));
    // Each hostile reply twice over: every one was recorded as a failed attempt.
    ASSERT_TRUE(waitUntil([&] { return item(seq).attempts >= 8; }));
    EXPECT_GE(served, 8u);
    EXPECT_EQ(sentSpy.count(), 0);
    EXPECT_EQ(stateOf(seq), OutboxState::Waiting);

    // The 409 that does not confirm rejects: head office holds something else under the key.
    m_office.setScript(
        [&](const ReceivedUpload &) -> std::optional<ScriptedReply> { return hostile[4]; });
    ASSERT_TRUE(waitUntil([&] { return stateOf(seq) == OutboxState::Rejected; }));
    EXPECT_EQ(sentSpy.count(), 0);

    m_office.setScript({});
    ASSERT_TRUE(m_uploader->retryRejected(seq).ok());
    ASSERT_TRUE(sentSpy.wait(5000));
    EXPECT_TRUE(sent(seq));
}

TEST_F(OutboxUploadTest, ClientErrorRejectsUntilAnOperatorRetries)
{
    ASSERT_TRUE(m_office.listen());
    bool refuse = true;
    m_office.setScript([&](const ReceivedUpload &upload) -> std::optional<ScriptedReply> {
        if (refuse && upload.key == QLatin1String("k1")) {
            return ScriptedReply{400, "{\"error\":\"payload misses z_number\"}"};
        }
        return std::nullopt;
    });
    const qint64 first = enqueue(QStringLiteral("k1"));
    const qint64 second = enqueue(QStringLiteral("k2"));
    QSignalSpy rejected(m_uploader.get(), &outbox::OutboxUploader::itemRejected);
    m_uploader->start(settingsFor(m_office.url()));
    ASSERT_TRUE(waitUntil([&] { return sent(second); }));
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_EQ(rejected.at(0).at(0).toLongLong(), first);
    EXPECT_TRUE(
        rejected.at(0).at(1).toString().contains(QStringLiteral("payload misses z_number")));
    auto state = m_uploader->stateOf(kKind, QStringLiteral("k1"));
    EXPECT_EQ(state->state, OutboxState::Rejected);
    EXPECT_TRUE(state->lastError.contains(QStringLiteral("HTTP 400")));

    // Not retried by itself: a later item goes out and the rejected one is not asked again.
    const qint64 third = enqueue(QStringLiteral("k3"));
    m_uploader->kick();
    ASSERT_TRUE(waitUntil([&] { return sent(third); }));
    EXPECT_EQ(m_office.requestsFor(QStringLiteral("k1")), 1);
    EXPECT_EQ(m_uploader->counts().value(), (outbox::OutboxCounts{0, 1, 2}));

    refuse = false;
    ASSERT_TRUE(m_uploader->retryRejected(first).ok());
    ASSERT_TRUE(waitUntil([&] { return sent(first); }));
    EXPECT_EQ(m_office.requestsFor(QStringLiteral("k1")), 2);
    EXPECT_EQ(m_uploader->counts().value(), (outbox::OutboxCounts{0, 0, 3}));
}

TEST_F(OutboxUploadTest, RestartedUploaderResumesWithoutDuplicates)
{
    ASSERT_TRUE(m_office.listen());
    // Head office takes the second item but its answer is lost on the way back.
    m_office.setScript([&](const ReceivedUpload &upload) -> std::optional<ScriptedReply> {
        if (upload.key == QLatin1String("k2") &&
            !m_office.accepted().count(upload.idempotencyKey)) {
            m_office.accept(upload);
            return ScriptedReply{502, "Bad Gateway", "text/plain"};
        }
        return std::nullopt;
    });
    const qint64 first = enqueue(QStringLiteral("k1"));
    const qint64 second = enqueue(QStringLiteral("k2"));
    const qint64 third = enqueue(QStringLiteral("k3"));
    outbox::UploadSettings settings = settingsFor(m_office.url());
    settings.retryBaseMs = 60000; // this process will not retry before it "dies"
    m_uploader->start(settings);
    ASSERT_TRUE(waitUntil([&] { return item(second).attempts == 1; }));
    EXPECT_TRUE(sent(first));
    EXPECT_EQ(stateOf(second), OutboxState::Waiting);

    // The process dies; a new one opens the same database file.
    m_uploader.reset();
    m_temp.close();
    storage::Database reopened;
    ASSERT_TRUE(m_temp.openInto(reopened).ok());
    outbox::OutboxUploader restarted(reopened);
    restarted.start(settingsFor(m_office.url()));
    restarted.kick(); // the operator does not want to wait out the old backoff
    ASSERT_TRUE(waitUntil([&] {
        auto counts = restarted.counts();
        return counts.ok() && counts->sent == 3;
    }));
    restarted.stop();
    EXPECT_EQ(m_office.requestsFor(QStringLiteral("k1")), 1);
    EXPECT_EQ(m_office.requestsFor(QStringLiteral("k2")), 2); // the repeat was answered 409
    EXPECT_EQ(m_office.requestsFor(QStringLiteral("k3")), 1);
    EXPECT_EQ(m_office.accepted().size(), 3u);
    EXPECT_EQ(third, second + 1);
}

TEST_F(OutboxUploadTest, WithoutAHeadOfficeNothingIsSentAndCountsStillRead)
{
    const qint64 seq = enqueue(QStringLiteral("k1"));
    m_uploader->start(outbox::UploadSettings{});
    EXPECT_FALSE(m_uploader->isRunning());
    m_uploader->kick();
    auto counts = m_uploader->counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts.value(), (outbox::OutboxCounts{1, 0, 0}));
    EXPECT_EQ(stateOf(seq), OutboxState::Waiting);
    EXPECT_EQ(item(seq).attempts, 0);
}

// The terminal as wired: [headoffice] in the configuration starts the uploader, and a day closed
// through the report service reaches head office with its stored snapshot, signed.
TEST(OutboxRuntimeTest, ClosedDayReachesHeadOfficeFromTheRuntime)
{
    FakeHeadOffice office;
    ASSERT_TRUE(office.listen());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString secretFile = dir.filePath(QStringLiteral("ho.secret"));
    {
        QFile file(secretFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("runtime-secret\n");
    }
    config::TerminalConfig config;
    config.headOffice.url = office.url();
    config.headOffice.secretFile = secretFile;
    config.headOffice.retryBaseMs = 20;
    runtime::TerminalRuntime runtime;
    ASSERT_TRUE(runtime.open(dir.filePath(QStringLiteral("data")), config, true).ok());
    EXPECT_TRUE(runtime.outbox().isRunning());
    QSignalSpy sentSpy(&runtime.outbox(), &outbox::OutboxUploader::itemSent);

    auto supervisor =
        storage::CashierRepository(runtime.database()).findByCode(QStringLiteral("2001"));
    ASSERT_TRUE(supervisor.ok());
    const QDate day =
        runtime.sale().calendar().businessDate(QDateTime::currentDateTime()).addDays(-1);
    auto closed = settlement::ReportService(runtime.database())
                      .closeDay(config.identity.terminalId, day, supervisor.value());
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    const QString key = outbox::zReportKey(config.identity.terminalId, day, closed->zNumber);
    runtime.outbox().kick();
    ASSERT_TRUE(waitUntil([&] { return sentSpy.count() == 1; }));
    EXPECT_EQ(runtime.outbox().stateOf(outbox::kZReportKind, key)->state, OutboxState::Sent);

    ASSERT_EQ(office.received().size(), 1u);
    const ReceivedUpload &upload = office.received()[0];
    EXPECT_EQ(upload.key, key);
    EXPECT_EQ(upload.signature, QMessageAuthenticationCode::hash(upload.body, "runtime-secret",
                                                                 QCryptographicHash::Sha256)
                                    .toHex());
    auto stored =
        storage::ZReportRepository(runtime.database()).find(config.identity.terminalId, day);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(
        QJsonDocument::fromJson(upload.body).object().value(QStringLiteral("payload")).toObject(),
        QJsonDocument::fromJson(stored->snapshot).object());
}

TEST(OutboxRuntimeTest, UnreadableSecretFileRefusesToStart)
{
    QTemporaryDir dir;
    config::TerminalConfig config;
    config.headOffice.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.headOffice.secretFile = dir.filePath(QStringLiteral("missing.secret"));
    runtime::TerminalRuntime runtime;
    auto opened = runtime.open(dir.filePath(QStringLiteral("data")), config, false);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("headoffice/secret_file")));
}

} // namespace
} // namespace pos
