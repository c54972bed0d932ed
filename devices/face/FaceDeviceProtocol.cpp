#include "face/FaceDeviceProtocol.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringDecoder>

#include <cmath>

namespace pos::devices {

using payments::FaceCaptureResult;
using Command = FaceDeviceRequest::Command;

namespace {

Error malformed(const QString &why)
{
    return Error{QStringLiteral("face.malformed"), why};
}

bool isVisibleAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return true;
        }
    }
    return false;
}

// Device text shown to the cashier and written to logs: no control characters, bounded length.
QString safeText(const QString &text)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), FaceDeviceProtocol::kMaxTextChars + 1));
    for (const QChar c : text) {
        if (out.size() == FaceDeviceProtocol::kMaxTextChars) {
            out.append(QChar(0x2026));
            break;
        }
        const bool control = c.category() == QChar::Other_Control ||
                             c.category() == QChar::Other_Format || c.isSurrogate();
        out.append(control ? QChar(0xfffd) : c);
    }
    return out;
}

// A non-negative integer JSON number no bigger than `max`, or -1.
qint64 integerIn(const QJsonValue &value, qint64 max)
{
    if (!value.isDouble()) {
        return -1;
    }
    const double number = value.toDouble();
    if (!(number >= 0) || number > static_cast<double>(max) || std::floor(number) != number) {
        return -1;
    }
    return static_cast<qint64>(number);
}

Result<QJsonObject> objectOf(const QByteArray &line)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(line);
    if (utf8.hasError()) {
        return malformed(FaceDeviceProtocol::tr("not UTF-8 text"));
    }
    Q_UNUSED(text);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(FaceDeviceProtocol::tr("not JSON (%1)").arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return malformed(FaceDeviceProtocol::tr("not a JSON object"));
    }
    return document.object();
}

QByteArray lineOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Error refusedBy(const FaceDeviceMessage &reply)
{
    return Error{QStringLiteral("face.refused"),
                 FaceDeviceProtocol::tr("the device reported: %1").arg(reply.error)};
}

} // namespace

QString FaceDeviceProtocol::commandName(Command command)
{
    switch (command) {
    case Command::Hello:
        return QStringLiteral("hello");
    case Command::RawData:
        return QStringLiteral("rawdata");
    case Command::Start:
        return QStringLiteral("start");
    case Command::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

QByteArray FaceDeviceProtocol::encodeRequest(const FaceDeviceRequest &request)
{
    QJsonObject object{{QStringLiteral("id"), request.id},
                       {QStringLiteral("cmd"), commandName(request.command)}};
    if (request.command == Command::Start) {
        object.insert(QStringLiteral("channel"), request.channel);
        object.insert(QStringLiteral("amount"), request.amountFen);
        object.insert(QStringLiteral("currency"), request.currency);
        object.insert(QStringLiteral("authinfo"), request.authInfo);
    }
    return lineOf(object);
}

Result<FaceDeviceMessage> FaceDeviceProtocol::decodeDeviceLine(const QByteArray &line)
{
    auto object = objectOf(line);
    if (!object) {
        return object.error();
    }
    const QJsonObject &body = object.value();
    FaceDeviceMessage message;
    if (body.contains(QStringLiteral("event"))) {
        const QJsonValue event = body.value(QStringLiteral("event"));
        const QJsonValue stage = body.value(QStringLiteral("stage"));
        if (body.contains(QStringLiteral("id"))) {
            return malformed(tr("a message with both an id and an event"));
        }
        if (!event.isString() || (!stage.isUndefined() && !stage.isString())) {
            return malformed(tr("an event without a text name or stage"));
        }
        message.isEvent = true;
        message.event = safeText(event.toString());
        message.stage = safeText(stage.toString());
        message.body = body;
        return message;
    }
    message.id = integerIn(body.value(QStringLiteral("id")), kMaxId);
    if (message.id < 0) {
        return malformed(tr("a reply without an integer id"));
    }
    const QJsonValue ok = body.value(QStringLiteral("ok"));
    if (!ok.isBool()) {
        return malformed(tr("reply %1 has no ok flag").arg(message.id));
    }
    message.ok = ok.toBool();
    if (!message.ok) {
        const QJsonValue error = body.value(QStringLiteral("error"));
        if (!error.isUndefined() && !error.isString()) {
            return malformed(tr("reply %1 has an error that is not text").arg(message.id));
        }
        message.error = safeText(error.toString());
        if (message.error.trimmed().isEmpty()) {
            message.error = tr("an error without a reason");
        }
    }
    message.body = body;
    return message;
}

Result<FaceDeviceInfo> FaceDeviceProtocol::readHello(const FaceDeviceMessage &reply)
{
    if (!reply.ok) {
        return refusedBy(reply);
    }
    const QJsonValue deviceId = reply.body.value(QStringLiteral("device_id"));
    const QJsonValue model = reply.body.value(QStringLiteral("model"));
    const QJsonValue version = reply.body.value(QStringLiteral("version"));
    if (!deviceId.isString() || deviceId.toString().isEmpty() || deviceId.toString().size() > 64 ||
        !isVisibleAscii(deviceId.toString())) {
        return malformed(tr("hello without a device_id of 1 to 64 visible ASCII characters"));
    }
    if (!version.isString()) {
        return malformed(tr("hello without a protocol version"));
    }
    if (version.toString() != QLatin1String(kVersion)) {
        return Error{QStringLiteral("face.version"),
                     tr("the device speaks protocol version %1; this terminal speaks %2")
                         .arg(safeText(version.toString()), QLatin1String(kVersion))};
    }
    if (!model.isUndefined() && !model.isString()) {
        return malformed(tr("hello with a model that is not text"));
    }
    return FaceDeviceInfo{deviceId.toString(), safeText(model.toString()), version.toString()};
}

Result<QString> FaceDeviceProtocol::readRawData(const FaceDeviceMessage &reply)
{
    if (!reply.ok) {
        return refusedBy(reply);
    }
    const QJsonValue rawdata = reply.body.value(QStringLiteral("rawdata"));
    if (!rawdata.isString() || rawdata.toString().isEmpty() ||
        hasControlCharacters(rawdata.toString())) {
        return malformed(tr("a rawdata reply without rawdata text"));
    }
    return rawdata.toString();
}

FaceCaptureResult FaceDeviceProtocol::readStartResult(const FaceDeviceMessage &reply,
                                                      const QString &channel)
{
    using Kind = FaceCaptureResult::Kind;
    if (!reply.ok) {
        return {Kind::Failed, {}, refusedBy(reply).message};
    }
    const QJsonValue result = reply.body.value(QStringLiteral("result"));
    if (result == QLatin1String("cancelled")) {
        return {Kind::Cancelled, {}, tr("cancelled at the device")};
    }
    if (result == QLatin1String("timeout")) {
        return {Kind::Timeout, {}, tr("no face was scanned at the device in time")};
    }
    if (result != QLatin1String("code")) {
        return {Kind::Failed, {}, tr("the device answered the scan with no known result")};
    }
    const QJsonValue code = reply.body.value(QStringLiteral("code"));
    if (!code.isString()) {
        return {Kind::Failed, {}, tr("the device answered the scan without a code")};
    }
    if (auto format = checkFaceCode(channel, code.toString()); !format) {
        return {Kind::Failed, {}, format.error().message};
    }
    return {Kind::Token, code.toString(), {}};
}

Status FaceDeviceProtocol::checkFaceCode(const QString &channel, const QString &code)
{
    if (channel == QLatin1String("wechat")) {
        bool digits = code.size() == 18;
        for (const QChar c : code) {
            digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }
        if (digits && code.at(0) == QLatin1Char('1') && code.at(1) <= QLatin1Char('5')) {
            return success();
        }
        return Error{QStringLiteral("face.bad_code"),
                     tr("the device gave a code that is not a WeChat face code "
                        "(18 digits starting 10 to 15)")};
    }
    if (channel == QLatin1String("alipay")) {
        if (code.size() > 2 && code.size() <= 64 && code.startsWith(QLatin1String("fp")) &&
            isVisibleAscii(code)) {
            return success();
        }
        return Error{QStringLiteral("face.bad_code"),
                     tr("the device gave a token that is not an Alipay ftoken "
                        "(\"fp\" and printable characters, at most 64)")};
    }
    return Error{QStringLiteral("face.bad_code"),
                 tr("no face code format is known for channel %1").arg(safeText(channel))};
}

qint64 FaceDeviceProtocol::requestIdOf(const QByteArray &line)
{
    auto object = objectOf(line);
    return object ? integerIn(object->value(QStringLiteral("id")), kMaxId) : -1;
}

Result<FaceDeviceRequest> FaceDeviceProtocol::decodeRequest(const QByteArray &line)
{
    auto object = objectOf(line);
    if (!object) {
        return object.error();
    }
    const QJsonObject &body = object.value();
    FaceDeviceRequest request;
    request.id = integerIn(body.value(QStringLiteral("id")), kMaxId);
    if (request.id < 0) {
        return malformed(QStringLiteral("a request without an integer id"));
    }
    const QString cmd = body.value(QStringLiteral("cmd")).toString();
    bool known = false;
    for (Command command : {Command::Hello, Command::RawData, Command::Start, Command::Cancel}) {
        if (cmd == commandName(command)) {
            request.command = command;
            known = true;
        }
    }
    if (!known) {
        return malformed(QStringLiteral("unknown command \"%1\"").arg(safeText(cmd)));
    }
    if (request.command != Command::Start) {
        return request;
    }
    const QJsonValue channel = body.value(QStringLiteral("channel"));
    const QJsonValue currency = body.value(QStringLiteral("currency"));
    const QJsonValue authInfo = body.value(QStringLiteral("authinfo"));
    if (channel != QLatin1String("wechat") && channel != QLatin1String("alipay")) {
        return malformed(QStringLiteral("start needs channel \"wechat\" or \"alipay\""));
    }
    request.channel = channel.toString();
    request.amountFen = integerIn(body.value(QStringLiteral("amount")), kMaxId);
    if (request.amountFen <= 0) {
        return malformed(QStringLiteral("start needs a positive integer amount in minor units"));
    }
    if (!currency.isString() || currency.toString().size() != 3) {
        return malformed(QStringLiteral("start needs a three-letter currency"));
    }
    request.currency = currency.toString();
    if (!authInfo.isUndefined() && !authInfo.isString()) {
        return malformed(QStringLiteral("start has an authinfo that is not text"));
    }
    request.authInfo = authInfo.toString();
    return request;
}

QByteArray FaceDeviceProtocol::encodeReply(qint64 id, const QJsonObject &fields)
{
    QJsonObject object = fields;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("ok"), true);
    return lineOf(object);
}

QByteArray FaceDeviceProtocol::encodeError(qint64 id, const QString &error)
{
    return lineOf(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("ok"), false},
                              {QStringLiteral("error"), error}});
}

QByteArray FaceDeviceProtocol::encodeEvent(const QString &stage)
{
    return lineOf(QJsonObject{{QStringLiteral("event"), QStringLiteral("status")},
                              {QStringLiteral("stage"), stage}});
}

std::vector<FaceLineReader::Line> FaceLineReader::feed(const QByteArray &bytes)
{
    std::vector<Line> lines;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', pos);
        if (m_discarding) {
            if (newline < 0) {
                break;
            }
            m_discarding = false;
            pos = newline + 1;
            continue;
        }
        if (newline < 0) {
            m_buffer.append(bytes.mid(pos));
            if (m_buffer.size() > FaceDeviceProtocol::kMaxLineBytes) {
                m_buffer.clear();
                m_discarding = true;
                lines.push_back({{}, true});
            }
            break;
        }
        m_buffer.append(bytes.mid(pos, newline - pos));
        pos = newline + 1;
        QByteArray line = std::exchange(m_buffer, {});
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.size() > FaceDeviceProtocol::kMaxLineBytes) {
            lines.push_back({{}, true});
        } else if (!line.trimmed().isEmpty()) {
            lines.push_back({std::move(line), false});
        }
    }
    return lines;
}

void FaceLineReader::reset()
{
    m_buffer.clear();
    m_discarding = false;
}

} // namespace pos::devices
