#include "face/FaceDeviceProtocol.h"

#include <gtest/gtest.h>

using pos::devices::FaceDeviceMessage;
using pos::devices::FaceDeviceProtocol;
using pos::devices::FaceDeviceRequest;
using pos::devices::FaceLineReader;
using Kind = pos::payments::FaceCaptureResult::Kind;
using Command = FaceDeviceRequest::Command;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

FaceDeviceMessage decoded(const QByteArray &line)
{
    auto message = FaceDeviceProtocol::decodeDeviceLine(line);
    EXPECT_TRUE(message.ok()) << line.toStdString() << ": "
                              << (message ? "" : message.error().message.toStdString());
    return message ? message.value() : FaceDeviceMessage{};
}

// --- requests the terminal sends: exact bytes on the wire ---

struct GoldenRequest
{
    FaceDeviceRequest request;
    const char *line;
};

void PrintTo(const GoldenRequest &golden, std::ostream *out)
{
    *out << golden.line;
}

class FaceRequestGolden : public ::testing::TestWithParam<GoldenRequest>
{
};

TEST_P(FaceRequestGolden, EncodesToTheDocumentedLineAndBack)
{
    const QByteArray line = FaceDeviceProtocol::encodeRequest(GetParam().request);
    EXPECT_EQ(line, QByteArray(GetParam().line));
    ASSERT_TRUE(line.endsWith('\n'));
    auto back = FaceDeviceProtocol::decodeRequest(line.chopped(1));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), GetParam().request);
}

INSTANTIATE_TEST_SUITE_P(
    AllCommands, FaceRequestGolden,
    ::testing::Values(
        GoldenRequest{{1, Command::Hello, {}, 0, {}, {}}, "{\"cmd\":\"hello\",\"id\":1}\n"},
        GoldenRequest{{2, Command::RawData, {}, 0, {}, {}}, "{\"cmd\":\"rawdata\",\"id\":2}\n"},
        GoldenRequest{{3, Command::Start, QStringLiteral("wechat"), 1234, QStringLiteral("CNY"),
                       QStringLiteral("SANDBOX-AUTHINFO-x")},
                      "{\"amount\":1234,\"authinfo\":\"SANDBOX-AUTHINFO-x\",\"channel\":\"wechat\","
                      "\"cmd\":\"start\",\"currency\":\"CNY\",\"id\":3}\n"},
        GoldenRequest{{9007199254740991LL, Command::Cancel, {}, 0, {}, {}},
                      "{\"cmd\":\"cancel\",\"id\":9007199254740991}\n"}));

// --- requests a device receives: what the simulator refuses ---

TEST(FaceDeviceProtocol, DeviceRefusesMalformedRequestsAndStillFindsTheirId)
{
    const char *refused[] = {
        "{\"id\":1}",
        "{\"id\":1,\"cmd\":\"reboot\"}",
        "{\"cmd\":\"hello\"}",
        "{\"id\":\"1\",\"cmd\":\"hello\"}",
        "{\"id\":5,\"cmd\":\"start\",\"channel\":\"unionpay\",\"amount\":100,\"currency\":\"CNY\"}",
        "{\"id\":5,\"cmd\":\"start\",\"channel\":\"wechat\",\"amount\":12.5,\"currency\":\"CNY\"}",
        "{\"id\":5,\"cmd\":\"start\",\"channel\":\"wechat\",\"amount\":0,\"currency\":\"CNY\"}",
        "{\"id\":5,\"cmd\":\"start\",\"channel\":\"wechat\",\"amount\":\"100\",\"currency\":"
        "\"CNY\"}",
        "{\"id\":5,\"cmd\":\"start\",\"channel\":\"wechat\",\"amount\":100}",
        "{\"id\":5,\"cmd\":\"start\",\"channel\":\"alipay\",\"amount\":100,\"currency\":\"CNY\","
        "\"authinfo\":7}",
    };
    for (const char *line : refused) {
        EXPECT_FALSE(FaceDeviceProtocol::decodeRequest(line).ok()) << line;
    }
    EXPECT_EQ(FaceDeviceProtocol::requestIdOf("{\"id\":5,\"cmd\":\"start\"}"), 5);
    EXPECT_EQ(FaceDeviceProtocol::requestIdOf("{\"cmd\":\"hello\"}"), -1);
    EXPECT_EQ(FaceDeviceProtocol::requestIdOf("garbage"), -1);
}

// --- replies from the device: golden lines ---

TEST(FaceDeviceProtocol, HelloAndRawDataRepliesAreRead)
{
    auto hello =
        FaceDeviceProtocol::readHello(decoded("{\"id\":1,\"ok\":true,\"device_id\":\"FACE-0042\","
                                              "\"model\":\"Frog Pro\",\"version\":\"1\"}"));
    ASSERT_TRUE(hello.ok()) << hello.error().message.toStdString();
    EXPECT_EQ(hello->deviceId, QStringLiteral("FACE-0042"));
    EXPECT_EQ(hello->model, QStringLiteral("Frog Pro"));
    EXPECT_EQ(hello->version, QStringLiteral("1"));

    const FaceDeviceMessage raw = decoded("{\"ok\":true,\"rawdata\":\"RAW+/=123\",\"id\":2}");
    EXPECT_EQ(raw.id, 2);
    auto rawdata = FaceDeviceProtocol::readRawData(raw);
    ASSERT_TRUE(rawdata.ok());
    EXPECT_EQ(rawdata.value(), QStringLiteral("RAW+/=123"));
}

TEST(FaceDeviceProtocol, StatusEventIsNotAReply)
{
    const FaceDeviceMessage event = decoded("{\"event\":\"status\",\"stage\":\"scanning\"}\r");
    EXPECT_TRUE(event.isEvent);
    EXPECT_EQ(event.event, QStringLiteral("status"));
    EXPECT_EQ(event.stage, QStringLiteral("scanning"));
}

struct StartCase
{
    const char *name;
    const char *channel;
    const char *line;
    Kind kind;
    const char *tokenOrReasonPart;
};

void PrintTo(const StartCase &startCase, std::ostream *out)
{
    *out << startCase.name;
}

class FaceStartReply : public ::testing::TestWithParam<StartCase>
{
};

TEST_P(FaceStartReply, IsMappedToOneCaptureResult)
{
    const StartCase &c = GetParam();
    const FaceDeviceMessage reply = decoded(c.line);
    const auto result = FaceDeviceProtocol::readStartResult(reply, QString::fromLatin1(c.channel));
    EXPECT_EQ(result.kind, c.kind) << result.reason.toStdString();
    if (c.kind == Kind::Token) {
        EXPECT_EQ(result.token, text(c.tokenOrReasonPart));
    } else {
        EXPECT_TRUE(result.token.isEmpty()) << "never a token from a refused reply";
        EXPECT_TRUE(result.reason.contains(text(c.tokenOrReasonPart)))
            << result.reason.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    GoldenAndHostile, FaceStartReply,
    ::testing::Values(
        StartCase{"WechatCode", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"134567890123450000\"}",
                  Kind::Token, "134567890123450000"},
        StartCase{"WechatCodeHongKong", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"150000000000000000\"}",
                  Kind::Token, "150000000000000000"},
        StartCase{"AlipayToken", "alipay",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"fpA1b2C3d4E5f6-_.0000\"}",
                  Kind::Token, "fpA1b2C3d4E5f6-_.0000"},
        StartCase{"Cancelled", "wechat", "{\"id\":3,\"ok\":true,\"result\":\"cancelled\"}",
                  Kind::Cancelled, "cancelled"},
        StartCase{"Timeout", "alipay", "{\"id\":3,\"ok\":true,\"result\":\"timeout\"}",
                  Kind::Timeout, "in time"},
        StartCase{"DeviceError", "wechat", "{\"id\":3,\"ok\":false,\"error\":\"camera broken\"}",
                  Kind::Failed, "the device reported: camera broken"},
        StartCase{"DeviceErrorWithoutReason", "wechat", "{\"id\":3,\"ok\":false}", Kind::Failed,
                  "without a reason"},
        StartCase{"ErrorControlCharactersRemoved", "wechat",
                  "{\"id\":3,\"ok\":false,\"error\":\"bad\\u0007\\u001b[2Jthing\"}", Kind::Failed,
                  "bad\xef\xbf\xbd\xef\xbf\xbd[2Jthing"},
        StartCase{"UnknownResult", "wechat", "{\"id\":3,\"ok\":true,\"result\":\"maybe\"}",
                  Kind::Failed, "no known result"},
        StartCase{"NoResult", "wechat", "{\"id\":3,\"ok\":true}", Kind::Failed, "no known result"},
        StartCase{"NoCode", "wechat", "{\"id\":3,\"ok\":true,\"result\":\"code\"}", Kind::Failed,
                  "without a code"},
        StartCase{"CodeIsANumber", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":134567890123450000}",
                  Kind::Failed, "without a code"},
        StartCase{"WechatCodeTooShort", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"13456789012345000\"}",
                  Kind::Failed, "WeChat face code"},
        StartCase{"WechatCodeTooLong", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"1345678901234500001\"}",
                  Kind::Failed, "WeChat face code"},
        StartCase{"WechatCodePrefix16", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"164567890123450000\"}",
                  Kind::Failed, "WeChat face code"},
        StartCase{"WechatCodePrefix09", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"094567890123450000\"}",
                  Kind::Failed, "WeChat face code"},
        StartCase{"WechatCodeWithALetter", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"13456789012345000A\"}",
                  Kind::Failed, "WeChat face code"},
        StartCase{"WechatCodeFullWidthDigits", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":"
                  "\"１３4567890123450000\"}",
                  Kind::Failed, "WeChat face code"},
        StartCase{"AlipayTokenForWechat", "wechat",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"fp1234567890\"}",
                  Kind::Failed, "WeChat face code"},
        StartCase{"WechatCodeForAlipay", "alipay",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"134567890123450000\"}",
                  Kind::Failed, "Alipay ftoken"},
        StartCase{"AlipayTokenOnlyPrefix", "alipay",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"fp\"}", Kind::Failed,
                  "Alipay ftoken"},
        StartCase{"AlipayTokenWithSpace", "alipay",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"fp12 34\"}", Kind::Failed,
                  "Alipay ftoken"},
        StartCase{"AlipayTokenNotAscii", "alipay",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"fp1234\xe6\xb5\x8b\"}",
                  Kind::Failed, "Alipay ftoken"},
        StartCase{"AlipayTokenWithNewlineEscape", "alipay",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"fp1234\\n5678\"}",
                  Kind::Failed, "Alipay ftoken"},
        StartCase{"AlipayToken65Chars", "alipay",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":"
                  "\"fp123456789012345678901234567890123456789012345678901234567890123\"}",
                  Kind::Failed, "Alipay ftoken"},
        StartCase{"UnknownChannel", "unionpay",
                  "{\"id\":3,\"ok\":true,\"result\":\"code\",\"code\":\"6212345678901234567\"}",
                  Kind::Failed, "unionpay"}),
    [](const auto &testCase) { return std::string(testCase.param.name); });

TEST(FaceDeviceProtocol, AlipayTokenOf64CharactersIsTheLongestAccepted)
{
    const QString token = QStringLiteral("fp") + QString(62, QLatin1Char('7'));
    EXPECT_TRUE(FaceDeviceProtocol::checkFaceCode(QStringLiteral("alipay"), token).ok());
    EXPECT_FALSE(
        FaceDeviceProtocol::checkFaceCode(QStringLiteral("alipay"), token + QLatin1Char('7')).ok());
}

// --- hostile lines: refused before anyone reads a field ---

struct HostileLine
{
    const char *name;
    QByteArray line;
};

void PrintTo(const HostileLine &hostile, std::ostream *out)
{
    *out << hostile.name;
}

class FaceHostileLine : public ::testing::TestWithParam<HostileLine>
{
};

TEST_P(FaceHostileLine, IsRefusedAsMalformed)
{
    auto message = FaceDeviceProtocol::decodeDeviceLine(GetParam().line);
    ASSERT_FALSE(message.ok());
    EXPECT_EQ(message.error().code, QStringLiteral("face.malformed"));
    EXPECT_FALSE(message.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, FaceHostileLine,
    ::testing::Values(HostileLine{"NotJson", "hello device"},
                      HostileLine{"Truncated", "{\"id\":1,\"ok\":tru"},
                      HostileLine{"Array", "[1,2,3]"}, HostileLine{"String", "\"ok\""},
                      HostileLine{"Number", "42"}, HostileLine{"Empty", ""},
                      HostileLine{"StringId", "{\"id\":\"1\",\"ok\":true}"},
                      HostileLine{"FractionalId", "{\"id\":1.5,\"ok\":true}"},
                      HostileLine{"NegativeId", "{\"id\":-1,\"ok\":true}"},
                      HostileLine{"HugeId", "{\"id\":1e300,\"ok\":true}"},
                      HostileLine{"NoId", "{\"ok\":true,\"rawdata\":\"x\"}"},
                      HostileLine{"NoOk", "{\"id\":1,\"rawdata\":\"x\"}"},
                      HostileLine{"OkAsString", "{\"id\":1,\"ok\":\"true\"}"},
                      HostileLine{"ErrorNotText", "{\"id\":1,\"ok\":false,\"error\":{\"code\":1}}"},
                      HostileLine{"IdAndEvent", "{\"id\":1,\"ok\":true,\"event\":\"status\"}"},
                      HostileLine{"EventNotText", "{\"event\":5}"},
                      HostileLine{"StageNotText", "{\"event\":\"status\",\"stage\":[1]}"},
                      HostileLine{"InvalidUtf8",
                                  QByteArray("{\"id\":1,\"ok\":true,\"rawdata\":\"\xff\xfe\"}")},
                      HostileLine{"NulByte", QByteArray("{\"id\":1,\"ok\":true}\0x", 20)}),
    [](const auto &testCase) { return std::string(testCase.param.name); });

TEST(FaceDeviceProtocol, HelloWithoutUsableIdentityOrVersionIsRefused)
{
    struct Case
    {
        const char *line;
        const char *code;
    };
    const Case cases[] = {
        {"{\"id\":1,\"ok\":true,\"version\":\"1\"}", "face.malformed"},
        {"{\"id\":1,\"ok\":true,\"device_id\":\"\",\"version\":\"1\"}", "face.malformed"},
        {"{\"id\":1,\"ok\":true,\"device_id\":\"FACE 01\",\"version\":\"1\"}", "face.malformed"},
        {"{\"id\":1,\"ok\":true,\"device_id\":\"FACE-\\u0000\",\"version\":\"1\"}",
         "face.malformed"},
        {"{\"id\":1,\"ok\":true,\"device_id\":"
         "\"F12345678901234567890123456789012345678901234567890123456789012345\",\"version\":"
         "\"1\"}",
         "face.malformed"},
        {"{\"id\":1,\"ok\":true,\"device_id\":\"FACE-01\"}", "face.malformed"},
        {"{\"id\":1,\"ok\":true,\"device_id\":\"FACE-01\",\"version\":1}", "face.malformed"},
        {"{\"id\":1,\"ok\":true,\"device_id\":\"FACE-01\",\"version\":\"2\"}", "face.version"},
        {"{\"id\":1,\"ok\":true,\"device_id\":\"FACE-01\",\"version\":\"1\",\"model\":3}",
         "face.malformed"},
        {"{\"id\":1,\"ok\":false,\"error\":\"booting\"}", "face.refused"},
    };
    for (const Case &c : cases) {
        auto hello = FaceDeviceProtocol::readHello(decoded(c.line));
        ASSERT_FALSE(hello.ok()) << c.line;
        EXPECT_EQ(hello.error().code, QString::fromLatin1(c.code)) << c.line;
    }
}

TEST(FaceDeviceProtocol, RawDataMustBePlainText)
{
    const char *refused[] = {
        "{\"id\":2,\"ok\":true}",
        "{\"id\":2,\"ok\":true,\"rawdata\":\"\"}",
        "{\"id\":2,\"ok\":true,\"rawdata\":12}",
        "{\"id\":2,\"ok\":true,\"rawdata\":\"ab\\u0001cd\"}",
        "{\"id\":2,\"ok\":false,\"error\":\"sdk not initialised\"}",
        "{\"id\":2,\"ok\":true,\"result\":\"code\",\"code\":\"134567890123450000\"}",
    };
    for (const char *line : refused) {
        EXPECT_FALSE(FaceDeviceProtocol::readRawData(decoded(line)).ok()) << line;
    }
}

TEST(FaceDeviceProtocol, LongDeviceErrorIsCutForLogsAndScreens)
{
    const QByteArray error(5000, 'e');
    const FaceDeviceMessage reply = decoded("{\"id\":3,\"ok\":false,\"error\":\"" + error + "\"}");
    EXPECT_EQ(reply.error.size(), FaceDeviceProtocol::kMaxTextChars + 1); // and an ellipsis
    EXPECT_TRUE(reply.error.endsWith(QChar(0x2026)));
}

// --- framing ---

TEST(FaceLineReader, SplitsLinesAcrossChunksAndDropsCarriageReturnsAndBlankLines)
{
    FaceLineReader reader;
    EXPECT_TRUE(reader.feed("{\"id\":1,").empty());
    auto lines = reader.feed("\"ok\":true}\r\n\n  \r\n{\"event\":\"status\"}\n{\"id\"");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].bytes, QByteArray("{\"id\":1,\"ok\":true}"));
    EXPECT_FALSE(lines[0].oversize);
    EXPECT_EQ(lines[1].bytes, QByteArray("{\"event\":\"status\"}"));
    lines = reader.feed(":2}\n");
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].bytes, QByteArray("{\"id\":2}"));
}

TEST(FaceLineReader, LineOfExactly8KiBIsKeptOneByteMoreIsDropped)
{
    FaceLineReader reader;
    const QByteArray limit(FaceDeviceProtocol::kMaxLineBytes, 'a');
    auto lines = reader.feed(limit + '\n' + limit + "b\n{\"ok\":1}\n");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].bytes.size(), FaceDeviceProtocol::kMaxLineBytes);
    EXPECT_FALSE(lines[0].oversize);
    EXPECT_TRUE(lines[1].oversize);
    EXPECT_TRUE(lines[1].bytes.isEmpty());
    EXPECT_EQ(lines[2].bytes, QByteArray("{\"ok\":1}"));
}

TEST(FaceLineReader, OversizeLineIsReportedOnceAsSoonAsItPassesTheLimitThenSkipped)
{
    FaceLineReader reader;
    EXPECT_TRUE(reader.feed(QByteArray(8000, 'x')).empty());
    auto lines = reader.feed(QByteArray(500, 'x'));
    ASSERT_EQ(lines.size(), 1u) << "reported before the newline ever comes";
    EXPECT_TRUE(lines[0].oversize);
    EXPECT_TRUE(reader.feed(QByteArray(100000, 'y')).empty()) << "reported once";
    lines = reader.feed("tail of the long line\n{\"id\":7,\"ok\":true}\n");
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].bytes, QByteArray("{\"id\":7,\"ok\":true}"));
}

} // namespace
