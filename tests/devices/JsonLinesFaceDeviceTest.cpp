#include "face/JsonLinesFaceDevice.h"
#include "face/FaceDeviceLink.h"
#include "face/FaceDeviceProtocol.h"
#include "face/FaceDeviceSimulatorServer.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace pos;
using namespace pos::devices;
using pos::test::waitUntil;
using Kind = payments::FaceCaptureResult::Kind;

namespace {

// Generous where the device answers (a loaded CI machine), short where a test waits them out.
constexpr int kReplyMs = 2000;
constexpr int kCaptureMs = 5000;
constexpr int kShortReplyMs = 300;
constexpr int kShortCaptureMs = 600;

// A face-pay device on loopback whose every line the test writes by hand. It records what the
// terminal sends and, unless told otherwise, answers hello itself.
class ScriptedFaceDevice
{
public:
    ScriptedFaceDevice()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                m_socket = socket;
                QObject::connect(socket, &QTcpSocket::readyRead, [this, socket] {
                    for (const auto &line : m_reader.feed(socket->readAll())) {
                        onRequest(QJsonDocument::fromJson(line.bytes).object());
                    }
                });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }

    // Waits for the next request with `cmd` not yet taken; empty object when none came.
    QJsonObject take(const char *cmd)
    {
        QJsonObject found;
        waitUntil(
            [&] {
                for (qsizetype i = 0; i < m_requests.size(); ++i) {
                    if (m_requests[i][QStringLiteral("cmd")] == QLatin1String(cmd)) {
                        found = m_requests.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            3000);
        return found;
    }
    qint64 takeId(const char *cmd) { return take(cmd)[QStringLiteral("id")].toInteger(-1); }
    int count(const char *cmd) const
    {
        int n = 0;
        for (const QJsonObject &request : m_requests) {
            n += request[QStringLiteral("cmd")] == QLatin1String(cmd) ? 1 : 0;
        }
        return n;
    }

    void send(const QByteArray &bytes)
    {
        ASSERT_TRUE(m_socket) << "no terminal connected";
        m_socket->write(bytes);
    }
    void reply(qint64 id, const QByteArray &fields)
    {
        send("{\"id\":" + QByteArray::number(id) + ",\"ok\":true" +
             (fields.isEmpty() ? QByteArray() : "," + fields) + "}\n");
    }
    void unplug()
    {
        if (m_socket) {
            m_socket->abort();
        }
    }

    bool m_answerHello = true;
    QByteArray m_helloFields =
        "\"device_id\":\"FACE-TEST-7\",\"model\":\"Scripted\",\"version\":\"1\"";
    int m_connections = 0;

private:
    void onRequest(const QJsonObject &request)
    {
        if (m_answerHello && request[QStringLiteral("cmd")] == QLatin1String("hello")) {
            reply(request[QStringLiteral("id")].toInteger(), m_helloFields);
            return;
        }
        m_requests.append(request);
    }

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    FaceLineReader m_reader;
    QList<QJsonObject> m_requests;
};

// Collects the answers of one FaceCaptureDevice call.
struct Answers
{
    QList<payments::FaceCaptureResult> captures;
    QList<Result<QString>> rawdata;

    payments::FaceCaptureDevice::CaptureCallback onCapture()
    {
        return [this](const payments::FaceCaptureResult &result) { captures.append(result); };
    }
    payments::FaceCaptureDevice::RawDataCallback onRawData()
    {
        return [this](const Result<QString> &result) { rawdata.append(result); };
    }
    bool waitCapture(int count = 1)
    {
        return waitUntil([&] { return captures.size() >= count; }, 3000);
    }
    bool waitRawData(int count = 1)
    {
        return waitUntil([&] { return rawdata.size() >= count; }, 3000);
    }
};

class JsonLinesFaceDeviceTest : public ::testing::Test
{
protected:
    JsonLinesFaceDeviceTest()
        : device(new TcpFaceDeviceLink(QStringLiteral("127.0.0.1"), fake.port()))
    {
        device.setTimeouts(kReplyMs, kCaptureMs);
    }

    // Starts a capture and returns the id of the start request the fake device received.
    qint64 startCapture(const QString &channel, qint64 fen = 1234)
    {
        device.capture(channel, Money::fromMinor(fen), QStringLiteral("AUTH-1"),
                       answers.onCapture());
        return fake.takeId("start");
    }

    ScriptedFaceDevice fake;
    JsonLinesFaceDevice device;
    Answers answers;
};

struct TokenCase
{
    const char *channel;
    const char *code;
};

void PrintTo(const TokenCase &tokenCase, std::ostream *out)
{
    *out << tokenCase.channel;
}

class JsonLinesFaceDeviceTokenTest : public JsonLinesFaceDeviceTest,
                                     public ::testing::WithParamInterface<TokenCase>
{
};

TEST_P(JsonLinesFaceDeviceTokenTest, DeviceCodeInTheChannelsFormatIsTheToken)
{
    const QString channel = QString::fromLatin1(GetParam().channel);
    QSignalSpy stages(&device, &JsonLinesFaceDevice::statusChanged);
    EXPECT_TRUE(device.deviceId().isEmpty()) << "unknown before hello";
    device.capture(channel, Money::fromMinor(1234), QStringLiteral("AUTH-1"), answers.onCapture());
    EXPECT_TRUE(answers.captures.isEmpty()) << "answers come later, never from inside capture()";

    const QJsonObject start = fake.take("start");
    ASSERT_FALSE(start.isEmpty());
    EXPECT_EQ(start[QStringLiteral("channel")].toString(), channel);
    EXPECT_EQ(start[QStringLiteral("amount")].toInteger(), 1234) << "integer fen on the wire";
    EXPECT_EQ(start[QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
    EXPECT_EQ(start[QStringLiteral("authinfo")].toString(), QStringLiteral("AUTH-1"));
    EXPECT_EQ(device.deviceId(), QStringLiteral("FACE-TEST-7"));
    EXPECT_EQ(device.model(), QStringLiteral("Scripted"));

    fake.send("{\"event\":\"status\",\"stage\":\"scanning\"}\n");
    fake.reply(start[QStringLiteral("id")].toInteger(),
               "\"result\":\"code\",\"code\":\"" + QByteArray(GetParam().code) + "\"");
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Token) << answers.captures[0].reason.toStdString();
    EXPECT_EQ(answers.captures[0].token, QString::fromLatin1(GetParam().code));
    ASSERT_EQ(stages.count(), 1);
    EXPECT_EQ(stages.at(0).at(0).toString(), QStringLiteral("scanning"));
}

INSTANTIATE_TEST_SUITE_P(FaceChannels, JsonLinesFaceDeviceTokenTest,
                         ::testing::Values(TokenCase{"wechat", "134567890123450000"},
                                           TokenCase{"alipay", "fp9876543210abcdef0000"}),
                         [](const auto &testCase) { return std::string(testCase.param.channel); });

TEST_F(JsonLinesFaceDeviceTest, RawDataIsAskedAfterHelloOnOneConnection)
{
    QSignalSpy ready(&device, &JsonLinesFaceDevice::ready);
    device.rawData(answers.onRawData());
    EXPECT_TRUE(answers.rawdata.isEmpty());
    fake.reply(fake.takeId("rawdata"), "\"rawdata\":\"RAW-1\"");
    ASSERT_TRUE(answers.waitRawData());
    ASSERT_TRUE(answers.rawdata[0].ok());
    EXPECT_EQ(answers.rawdata[0].value(), QStringLiteral("RAW-1"));
    EXPECT_EQ(ready.count(), 1);

    device.rawData(answers.onRawData());
    fake.reply(fake.takeId("rawdata"), "\"rawdata\":\"RAW-2\"");
    ASSERT_TRUE(answers.waitRawData(2));
    EXPECT_EQ(answers.rawdata[1].value(), QStringLiteral("RAW-2"));
    EXPECT_EQ(fake.m_connections, 1) << "the link stays open between calls";
    EXPECT_EQ(ready.count(), 1);
}

TEST_F(JsonLinesFaceDeviceTest, CancelAnswersCancelledTellsTheDeviceAndIgnoresItsLateCode)
{
    const qint64 startId = startCapture(QStringLiteral("wechat"));
    ASSERT_GT(startId, 0);
    device.cancelCapture();
    EXPECT_TRUE(answers.captures.isEmpty()) << "answered later";
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Cancelled);
    const qint64 cancelId = fake.takeId("cancel");
    ASSERT_GT(cancelId, startId);

    // The device had already scanned a face: its code must not turn into a payment.
    fake.reply(startId, "\"result\":\"code\",\"code\":\"134567890123450000\"");
    fake.reply(cancelId, {});
    device.rawData(answers.onRawData());
    fake.reply(fake.takeId("rawdata"), "\"rawdata\":\"RAW\"");
    ASSERT_TRUE(answers.waitRawData());
    EXPECT_EQ(answers.captures.size(), 1) << "exactly one answer per capture";
}

TEST_F(JsonLinesFaceDeviceTest, NoFaceInTimeIsTimeoutAndTheDeviceIsToldToCancel)
{
    device.setTimeouts(kReplyMs, kShortCaptureMs);
    ASSERT_GT(startCapture(QStringLiteral("alipay")), 0);
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Timeout);
    EXPECT_GT(fake.takeId("cancel"), 0) << "the device stops scanning";
}

TEST_F(JsonLinesFaceDeviceTest, RawDataNotAnsweredInTimeFails)
{
    device.setTimeouts(kShortReplyMs, kCaptureMs);
    device.rawData(answers.onRawData());
    ASSERT_GT(fake.takeId("rawdata"), 0);
    ASSERT_TRUE(answers.waitRawData());
    ASSERT_FALSE(answers.rawdata[0].ok());
    EXPECT_EQ(answers.rawdata[0].error().code, QStringLiteral("face.timeout"));
    EXPECT_TRUE(answers.rawdata[0].error().message.contains(QStringLiteral("300 ms")))
        << answers.rawdata[0].error().message.toStdString();
}

TEST_F(JsonLinesFaceDeviceTest, SilentDeviceFailsHelloAndIsGreetedAgainOnTheNextCall)
{
    device.setTimeouts(kShortReplyMs, kCaptureMs);
    fake.m_answerHello = false;
    device.capture(QStringLiteral("wechat"), Money::fromMinor(100), {}, answers.onCapture());
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Failed);
    EXPECT_TRUE(answers.captures[0].reason.contains(QStringLiteral("did not answer")))
        << answers.captures[0].reason.toStdString();
    EXPECT_EQ(fake.count("start"), 0) << "nothing is scanned on a device that never greeted";

    fake.m_answerHello = true;
    device.rawData(answers.onRawData());
    fake.reply(fake.takeId("rawdata"), "\"rawdata\":\"RAW\"");
    ASSERT_TRUE(answers.waitRawData());
    EXPECT_TRUE(answers.rawdata[0].ok());
    EXPECT_EQ(fake.m_connections, 2);
}

TEST_F(JsonLinesFaceDeviceTest, DeviceOfAnotherProtocolVersionIsRefused)
{
    fake.m_helloFields = "\"device_id\":\"FACE-TEST-7\",\"version\":\"2\"";
    device.rawData(answers.onRawData());
    ASSERT_TRUE(answers.waitRawData());
    ASSERT_FALSE(answers.rawdata[0].ok());
    EXPECT_EQ(answers.rawdata[0].error().code, QStringLiteral("face.version"));
    EXPECT_TRUE(device.deviceId().isEmpty());
}

TEST_F(JsonLinesFaceDeviceTest, MalformedReplyFailsTheCaptureAndCancelsTheScan)
{
    ASSERT_GT(startCapture(QStringLiteral("wechat")), 0);
    fake.send("{\"id\": this is not json\n");
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Failed);
    EXPECT_TRUE(answers.captures[0].reason.contains(QStringLiteral("unusable message")))
        << answers.captures[0].reason.toStdString();
    EXPECT_TRUE(answers.captures[0].token.isEmpty());
    EXPECT_GT(fake.takeId("cancel"), 0);
}

TEST_F(JsonLinesFaceDeviceTest, ReplyWithoutTheFieldsItsRequestNeedsFails)
{
    const qint64 id = startCapture(QStringLiteral("wechat"));
    fake.reply(id, "\"rawdata\":\"I answer the wrong question\"");
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Failed);
    EXPECT_TRUE(answers.captures[0].reason.contains(QStringLiteral("no known result")));
}

struct BadCode
{
    const char *name;
    const char *channel;
    const char *code;
};

void PrintTo(const BadCode &badCode, std::ostream *out)
{
    *out << badCode.name;
}

class JsonLinesFaceDeviceBadCodeTest : public JsonLinesFaceDeviceTest,
                                       public ::testing::WithParamInterface<BadCode>
{
};

TEST_P(JsonLinesFaceDeviceBadCodeTest, CodeInTheWrongFormatIsNeverATokenNorShown)
{
    const qint64 id = startCapture(QString::fromLatin1(GetParam().channel));
    fake.reply(id, "\"result\":\"code\",\"code\":\"" + QByteArray(GetParam().code) + "\"");
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Failed);
    EXPECT_TRUE(answers.captures[0].token.isEmpty());
    EXPECT_TRUE(answers.captures[0].reason.contains(QStringLiteral("format")) ||
                answers.captures[0].reason.contains(QStringLiteral("is not")))
        << answers.captures[0].reason.toStdString();
    EXPECT_FALSE(answers.captures[0].reason.contains(QString::fromLatin1(GetParam().code)))
        << "a code is never echoed in full";
}

INSTANTIATE_TEST_SUITE_P(
    Table, JsonLinesFaceDeviceBadCodeTest,
    ::testing::Values(BadCode{"WechatShort", "wechat", "1345678901234"},
                      BadCode{"WechatPrefix", "wechat", "194567890123450000"},
                      BadCode{"AlipayTokenForWechat", "wechat", "fp9876543210abcdef"},
                      BadCode{"WechatCodeForAlipay", "alipay", "134567890123450000"},
                      BadCode{"AlipaySpace", "alipay", "fp98765 43210"}),
    [](const auto &testCase) { return std::string(testCase.param.name); });

TEST_F(JsonLinesFaceDeviceTest, OversizeLineFailsTheCaptureAtOnceAndTheStreamRecovers)
{
    ASSERT_GT(startCapture(QStringLiteral("wechat")), 0);
    fake.send(QByteArray(FaceDeviceProtocol::kMaxLineBytes + 100, 'x')); // no newline yet
    ASSERT_TRUE(answers.waitCapture()) << "refused before the line ever ends";
    EXPECT_EQ(answers.captures[0].kind, Kind::Failed);
    EXPECT_TRUE(answers.captures[0].reason.contains(QStringLiteral("8192")))
        << answers.captures[0].reason.toStdString();

    fake.send(QByteArray(20000, 'y') + "\n"); // the rest of the long line is skipped
    const qint64 id = startCapture(QStringLiteral("wechat"));
    fake.reply(id, "\"result\":\"code\",\"code\":\"134567890123450000\"");
    ASSERT_TRUE(answers.waitCapture(2));
    EXPECT_EQ(answers.captures[1].kind, Kind::Token) << answers.captures[1].reason.toStdString();
}

TEST_F(JsonLinesFaceDeviceTest, UnpluggedMidCaptureFailsClearlyAndReconnectsOnTheNextCall)
{
    QSignalSpy lost(&device, &JsonLinesFaceDevice::linkLost);
    ASSERT_GT(startCapture(QStringLiteral("alipay")), 0);
    fake.unplug();
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Failed);
    EXPECT_EQ(answers.captures[0].reason, QStringLiteral("face-pay device disconnected"));
    EXPECT_EQ(lost.count(), 1);
    EXPECT_EQ(device.deviceId(), QStringLiteral("FACE-TEST-7")) << "still known for the logs";

    device.rawData(answers.onRawData());
    fake.reply(fake.takeId("rawdata"), "\"rawdata\":\"RAW\"");
    ASSERT_TRUE(answers.waitRawData());
    EXPECT_TRUE(answers.rawdata[0].ok());
    EXPECT_EQ(fake.m_connections, 2);
    EXPECT_EQ(answers.captures.size(), 1);
}

TEST_F(JsonLinesFaceDeviceTest, RepliesWithOtherIdsAreIgnored)
{
    const qint64 id = startCapture(QStringLiteral("wechat"));
    fake.reply(id + 1000, "\"result\":\"code\",\"code\":\"134567890123450000\"");
    fake.reply(1, "\"result\":\"code\",\"code\":\"134567890123450001\""); // hello's id, answered
    fake.send("{\"event\":\"beep\"}\n");
    fake.reply(id, "\"result\":\"code\",\"code\":\"134567890123450002\"");
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Token);
    EXPECT_EQ(answers.captures[0].token, QStringLiteral("134567890123450002"));
    device.rawData(answers.onRawData());
    fake.reply(fake.takeId("rawdata"), "\"rawdata\":\"RAW\"");
    ASSERT_TRUE(answers.waitRawData());
    EXPECT_EQ(answers.captures.size(), 1);
}

TEST_F(JsonLinesFaceDeviceTest, DeviceErrorIsAFailureWithItsReason)
{
    const qint64 id = startCapture(QStringLiteral("wechat"));
    fake.send("{\"id\":" + QByteArray::number(id) + ",\"ok\":false,\"error\":\"camera broken\"}\n");
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Failed);
    EXPECT_EQ(answers.captures[0].reason, QStringLiteral("the device reported: camera broken"));
}

TEST_F(JsonLinesFaceDeviceTest, NewCaptureReplacesTheRunningOne)
{
    const qint64 first = startCapture(QStringLiteral("wechat"));
    const qint64 second = startCapture(QStringLiteral("wechat"), 500);
    ASSERT_GT(second, first);
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Cancelled);
    EXPECT_GT(fake.takeId("cancel"), first);
    fake.reply(second, "\"result\":\"code\",\"code\":\"134567890123450000\"");
    ASSERT_TRUE(answers.waitCapture(2));
    EXPECT_EQ(answers.captures[1].kind, Kind::Token);
}

TEST(JsonLinesFaceDevice, UnreachableDeviceFailsWithWhereItWasLookedFor)
{
    quint16 port = 0;
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        port = closed.serverPort();
    }
    JsonLinesFaceDevice device(new TcpFaceDeviceLink(QStringLiteral("127.0.0.1"), port));
    Answers answers;
    device.rawData(answers.onRawData());
    device.capture(QStringLiteral("wechat"), Money::fromMinor(1), {}, answers.onCapture());
    ASSERT_TRUE(answers.waitRawData());
    ASSERT_TRUE(answers.waitCapture());
    ASSERT_FALSE(answers.rawdata[0].ok());
    EXPECT_EQ(answers.rawdata[0].error().code, QStringLiteral("face.unreachable"));
    EXPECT_TRUE(answers.rawdata[0].error().message.contains(QStringLiteral("not reachable")))
        << answers.rawdata[0].error().message.toStdString();
    EXPECT_TRUE(answers.captures[0].reason.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
}

TEST(JsonLinesFaceDevice, ChannelWithoutFacePayIsRefusedBeforeTheDeviceIsAsked)
{
    ScriptedFaceDevice fake;
    JsonLinesFaceDevice device(new TcpFaceDeviceLink(QStringLiteral("127.0.0.1"), fake.port()));
    Answers answers;
    device.capture(QStringLiteral("unionpay"), Money::fromMinor(1), {}, answers.onCapture());
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Failed);
    EXPECT_EQ(fake.m_connections, 0);
}

// --- the simulator and the terminal side together ---

class FaceDeviceSimulatorRoundTrip : public ::testing::Test
{
protected:
    FaceDeviceSimulatorRoundTrip()
        : device(new TcpFaceDeviceLink(QStringLiteral("127.0.0.1"), listening()))
    {
        device.setTimeouts(1000, 2000);
        simulator.setScanDelayMs(20);
    }
    quint16 listening()
    {
        EXPECT_TRUE(simulator.listen().ok());
        return simulator.port();
    }

    FaceDeviceSimulatorServer simulator{QStringLiteral("FACE-SIM-42")};
    JsonLinesFaceDevice device;
    Answers answers;
};

TEST_F(FaceDeviceSimulatorRoundTrip, WechatAndAlipayCodesComeBackInTheirFormats)
{
    QSignalSpy stages(&device, &JsonLinesFaceDevice::statusChanged);
    device.rawData(answers.onRawData());
    ASSERT_TRUE(answers.waitRawData());
    ASSERT_TRUE(answers.rawdata[0].ok()) << answers.rawdata[0].error().message.toStdString();
    EXPECT_TRUE(answers.rawdata[0].value().startsWith(QStringLiteral("SIM-RAWDATA-FACE-SIM-42")));
    EXPECT_EQ(device.deviceId(), QStringLiteral("FACE-SIM-42"));

    simulator.setTokenSuffix(QStringLiteral("0002"));
    device.capture(QStringLiteral("wechat"), Money::fromMinor(2599), QStringLiteral("AUTH-W"),
                   answers.onCapture());
    ASSERT_TRUE(answers.waitCapture());
    ASSERT_EQ(answers.captures[0].kind, Kind::Token) << answers.captures[0].reason.toStdString();
    EXPECT_EQ(answers.captures[0].token, simulator.lastCode());
    EXPECT_TRUE(answers.captures[0].token.startsWith(QStringLiteral("13")));
    EXPECT_TRUE(answers.captures[0].token.endsWith(QStringLiteral("0002")));

    device.capture(QStringLiteral("alipay"), Money::fromMinor(1), {}, answers.onCapture());
    ASSERT_TRUE(answers.waitCapture(2));
    ASSERT_EQ(answers.captures[1].kind, Kind::Token) << answers.captures[1].reason.toStdString();
    EXPECT_TRUE(answers.captures[1].token.startsWith(QStringLiteral("fp")));

    ASSERT_EQ(simulator.starts().size(), 2);
    EXPECT_EQ(simulator.starts()[0].channel, QStringLiteral("wechat"));
    EXPECT_EQ(simulator.starts()[0].amountFen, 2599);
    EXPECT_EQ(simulator.starts()[0].currency, QStringLiteral("CNY"));
    EXPECT_EQ(simulator.starts()[0].authInfo, QStringLiteral("AUTH-W"));
    EXPECT_EQ(stages.count(), 2);
    EXPECT_EQ(simulator.connectionsAccepted(), 1);
}

TEST_F(FaceDeviceSimulatorRoundTrip, QueuedOutcomesAndCancelReachTheTerminal)
{
    simulator.queueOutcome(Kind::Timeout);
    simulator.queueOutcome(Kind::Failed);
    device.capture(QStringLiteral("wechat"), Money::fromMinor(100), {}, answers.onCapture());
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Timeout);
    device.capture(QStringLiteral("wechat"), Money::fromMinor(100), {}, answers.onCapture());
    ASSERT_TRUE(answers.waitCapture(2));
    EXPECT_EQ(answers.captures[1].kind, Kind::Failed);
    EXPECT_TRUE(answers.captures[1].reason.contains(QStringLiteral("simulated device error")));

    simulator.setScanDelayMs(60000);
    QSignalSpy scanning(&simulator, &FaceDeviceSimulatorServer::scanStarted);
    device.capture(QStringLiteral("alipay"), Money::fromMinor(100), {}, answers.onCapture());
    ASSERT_TRUE(scanning.wait(2000));
    device.cancelCapture();
    ASSERT_TRUE(answers.waitCapture(3));
    EXPECT_EQ(answers.captures[2].kind, Kind::Cancelled);
    ASSERT_TRUE(waitUntil([&] { return simulator.cancelsReceived() == 1; }));
    EXPECT_FALSE(simulator.isScanning());
}

TEST_F(FaceDeviceSimulatorRoundTrip, SecondTerminalIsTurnedAway)
{
    device.rawData(answers.onRawData());
    ASSERT_TRUE(answers.waitRawData());
    JsonLinesFaceDevice second(
        new TcpFaceDeviceLink(QStringLiteral("127.0.0.1"), simulator.port()));
    second.setTimeouts(1000, 1000);
    Answers other;
    second.rawData(other.onRawData());
    ASSERT_TRUE(other.waitRawData());
    ASSERT_FALSE(other.rawdata[0].ok());
    EXPECT_EQ(other.rawdata[0].error().code, QStringLiteral("face.disconnected"));
    EXPECT_EQ(simulator.connectionsAccepted(), 1);
}

// --- serial: a pseudo-terminal stands in for the USB serial cable ---

// The device end of a pseudo-terminal pair; the terminal opens the other end as a serial port.
class PtyFaceDevice
{
public:
    PtyFaceDevice()
    {
        m_fd = posix_openpt(O_RDWR | O_NOCTTY);
        if (m_fd < 0 || grantpt(m_fd) != 0 || unlockpt(m_fd) != 0) {
            return;
        }
        m_portName = QString::fromLocal8Bit(ptsname(m_fd));
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { onReadable(); });
    }
    ~PtyFaceDevice() { unplug(); }

    QString portName() const { return m_portName; }
    void unplug()
    {
        m_notifier.reset();
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    int m_requests = 0;

private:
    void onReadable()
    {
        char buffer[1024];
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0) {
            return;
        }
        for (const auto &line : m_reader.feed(QByteArray(buffer, static_cast<qsizetype>(n)))) {
            auto request = FaceDeviceProtocol::decodeRequest(line.bytes);
            if (!request) {
                continue;
            }
            ++m_requests;
            QByteArray answer;
            if (request->command == FaceDeviceRequest::Command::Hello) {
                answer = FaceDeviceProtocol::encodeReply(
                    request->id, {{QStringLiteral("device_id"), QStringLiteral("FROG-01")},
                                  {QStringLiteral("version"), QStringLiteral("1")}});
            } else if (request->command == FaceDeviceRequest::Command::RawData) {
                answer = FaceDeviceProtocol::encodeReply(
                    request->id, {{QStringLiteral("rawdata"), QStringLiteral("SERIAL-RAW")}});
            } // starts stay unanswered: the test unplugs the cable mid-scan
            if (!answer.isEmpty()) {
                EXPECT_EQ(::write(m_fd, answer.constData(), static_cast<size_t>(answer.size())),
                          answer.size());
            }
        }
    }

    int m_fd = -1;
    QString m_portName;
    std::unique_ptr<QSocketNotifier> m_notifier;
    FaceLineReader m_reader;
};

TEST(SerialFaceDeviceLink, DeviceOnASerialPortAnswersAndUnplugFailsTheScan)
{
    PtyFaceDevice pty;
    ASSERT_FALSE(pty.portName().isEmpty()) << "no pseudo-terminal available";
    JsonLinesFaceDevice device(new SerialFaceDeviceLink(pty.portName()));
    device.setTimeouts(1000, 5000);
    Answers answers;
    device.rawData(answers.onRawData());
    ASSERT_TRUE(answers.waitRawData());
    ASSERT_TRUE(answers.rawdata[0].ok()) << answers.rawdata[0].error().message.toStdString();
    EXPECT_EQ(answers.rawdata[0].value(), QStringLiteral("SERIAL-RAW"));
    EXPECT_EQ(device.deviceId(), QStringLiteral("FROG-01"));

    device.capture(QStringLiteral("wechat"), Money::fromMinor(100), {}, answers.onCapture());
    ASSERT_TRUE(waitUntil([&] { return pty.m_requests == 3; }));
    pty.unplug();
    ASSERT_TRUE(answers.waitCapture());
    EXPECT_EQ(answers.captures[0].kind, Kind::Failed);
    EXPECT_EQ(answers.captures[0].reason, QStringLiteral("face-pay device disconnected"));
}

TEST(SerialFaceDeviceLink, MissingPortFailsWithItsName)
{
    JsonLinesFaceDevice device(new SerialFaceDeviceLink(QStringLiteral("/dev/ttyNOFACE9")));
    Answers answers;
    device.rawData(answers.onRawData());
    ASSERT_TRUE(answers.waitRawData());
    ASSERT_FALSE(answers.rawdata[0].ok());
    EXPECT_TRUE(answers.rawdata[0].error().message.contains(QStringLiteral("/dev/ttyNOFACE9")))
        << answers.rawdata[0].error().message.toStdString();
}

} // namespace
