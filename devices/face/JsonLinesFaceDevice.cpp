#include "face/JsonLinesFaceDevice.h"

#include "domain/PaymentAttempt.h"
#include "face/FaceDeviceLink.h"

#include <QIODevice>
#include <QLoggingCategory>
#include <QMetaObject>

namespace pos::devices {

Q_LOGGING_CATEGORY(lcFaceDevice, "pos.devices.face")

using payments::FaceCaptureResult;
using Command = FaceDeviceRequest::Command;

JsonLinesFaceDevice::JsonLinesFaceDevice(FaceDeviceLink *link, QObject *parent)
    : QObject(parent), m_link(link)
{
    m_link->setParent(this);
    m_captureTimer.setSingleShot(true);
    connect(&m_captureTimer, &QTimer::timeout, this, &JsonLinesFaceDevice::onCaptureTimeout);
    connect(m_link, &FaceDeviceLink::connected, this, &JsonLinesFaceDevice::onConnected);
    connect(m_link, &FaceDeviceLink::disconnected, this, &JsonLinesFaceDevice::onDisconnected);
    connect(m_link->io(), &QIODevice::readyRead, this, &JsonLinesFaceDevice::onReadyRead);
}

JsonLinesFaceDevice::~JsonLinesFaceDevice()
{
    // The link is our child and dies after this body: no signals into a half-destroyed object.
    m_link->disconnect(this);
    m_link->io()->disconnect(this);
}

void JsonLinesFaceDevice::setTimeouts(int replyTimeoutMs, int captureTimeoutMs)
{
    m_replyTimeoutMs = replyTimeoutMs;
    m_captureTimeoutMs = captureTimeoutMs;
}

void JsonLinesFaceDevice::rawData(RawDataCallback done)
{
    if (m_state == State::Ready) {
        sendRawData(std::move(done));
        return;
    }
    m_rawWaiting.push_back(std::move(done));
    ensureOpen();
}

void JsonLinesFaceDevice::capture(const QString &channel, const Money &amount,
                                  const QString &authInfo, CaptureCallback done)
{
    if (m_capture) {
        Capture replaced = std::move(*m_capture);
        m_capture.reset();
        m_captureTimer.stop();
        if (replaced.requestId != 0) {
            sendCancel();
        }
        answerLater(
            std::move(replaced.done),
            {FaceCaptureResult::Kind::Cancelled, {}, tr("a new capture replaced this one")});
    }
    if (channel != QLatin1String("wechat") && channel != QLatin1String("alipay")) {
        answerLater(std::move(done),
                    {FaceCaptureResult::Kind::Failed,
                     {},
                     tr("the face-pay device cannot scan for channel %1").arg(channel)});
        return;
    }
    m_capture = Capture{std::move(done), channel, amount, authInfo, 0};
    if (m_state == State::Ready) {
        sendStart();
        return;
    }
    ensureOpen();
}

void JsonLinesFaceDevice::cancelCapture()
{
    if (!m_capture) {
        return;
    }
    Capture cancelled = std::move(*m_capture);
    m_capture.reset();
    m_captureTimer.stop();
    if (cancelled.requestId != 0 && m_state == State::Ready) {
        sendCancel();
    }
    qCInfo(lcFaceDevice) << "face capture cancelled by the terminal";
    answerLater(std::move(cancelled.done),
                {FaceCaptureResult::Kind::Cancelled, {}, tr("cancelled at the terminal")});
}

void JsonLinesFaceDevice::ensureOpen()
{
    if (m_state != State::Closed) {
        return; // the waiting calls go out once hello is answered
    }
    m_state = State::Opening;
    m_reader.reset();
    m_link->open();
}

qint64 JsonLinesFaceDevice::send(FaceDeviceRequest request)
{
    request.id = m_nextId++;
    const QByteArray line = FaceDeviceProtocol::encodeRequest(request);
    if (m_link->io()->write(line) != line.size()) {
        qCWarning(lcFaceDevice) << "cannot write to" << m_link->description() << ":"
                                << m_link->io()->errorString();
    }
    return request.id;
}

void JsonLinesFaceDevice::sendRawData(RawDataCallback done)
{
    const qint64 id = send({0, Command::RawData, {}, 0, {}, {}});
    m_inFlight[id] = InFlight{Command::RawData, std::move(done)};
    QTimer::singleShot(m_replyTimeoutMs, this, [this, id] { onReplyTimeout(id); });
}

void JsonLinesFaceDevice::sendStart()
{
    m_capture->requestId = send({0, Command::Start, m_capture->channel, m_capture->amount.minor(),
                                 m_capture->amount.currency(), m_capture->authInfo});
    m_captureTimer.start(m_captureTimeoutMs);
    qCInfo(lcFaceDevice) << "face capture started:" << m_capture->channel
                         << m_capture->amount.minor() << m_capture->amount.currency() << "on"
                         << m_info.deviceId;
}

void JsonLinesFaceDevice::sendCancel()
{
    const qint64 id = send({0, Command::Cancel, {}, 0, {}, {}});
    m_inFlight[id] = InFlight{Command::Cancel, nullptr};
    QTimer::singleShot(m_replyTimeoutMs, this, [this, id] { onReplyTimeout(id); });
}

void JsonLinesFaceDevice::onConnected()
{
    if (m_state != State::Opening) {
        return;
    }
    m_state = State::Greeting;
    const qint64 id = send({0, Command::Hello, {}, 0, {}, {}});
    m_inFlight[id] = InFlight{Command::Hello, nullptr};
    QTimer::singleShot(m_replyTimeoutMs, this, [this, id] { onReplyTimeout(id); });
}

void JsonLinesFaceDevice::onDisconnected(const QString &reason)
{
    const bool wasOpen = m_state == State::Greeting || m_state == State::Ready;
    qCWarning(lcFaceDevice).noquote() << "face-pay link lost:" << reason;
    m_state = State::Closed;
    m_reader.reset();
    failAll(wasOpen ? Error{QStringLiteral("face.disconnected"), tr("face-pay device disconnected")}
                    : Error{QStringLiteral("face.unreachable"), reason},
            false);
    emit linkLost(reason);
}

void JsonLinesFaceDevice::onReadyRead()
{
    const QByteArray bytes = m_link->io()->readAll();
    if (m_state != State::Greeting && m_state != State::Ready) {
        return;
    }
    for (const FaceLineReader::Line &line : m_reader.feed(bytes)) {
        if (m_state != State::Greeting && m_state != State::Ready) {
            return; // a line before this one made us close the link
        }
        if (line.oversize) {
            refuseDevice(tr("a line longer than %1 bytes").arg(FaceDeviceProtocol::kMaxLineBytes));
        } else {
            onLine(line.bytes);
        }
    }
}

void JsonLinesFaceDevice::onLine(const QByteArray &line)
{
    auto message = FaceDeviceProtocol::decodeDeviceLine(line);
    if (!message) {
        refuseDevice(message.error().message);
        return;
    }
    if (message->isEvent) {
        if (message->event == QLatin1String("status")) {
            qCDebug(lcFaceDevice).noquote() << "face-pay device status:" << message->stage;
            emit statusChanged(message->stage);
        } else {
            qCDebug(lcFaceDevice).noquote() << "face-pay device event ignored:" << message->event;
        }
        return;
    }
    onReply(message.value());
}

void JsonLinesFaceDevice::onReply(const FaceDeviceMessage &reply)
{
    if (m_capture && m_capture->requestId == reply.id) {
        const FaceCaptureResult result =
            FaceDeviceProtocol::readStartResult(reply, m_capture->channel);
        if (result.kind == FaceCaptureResult::Kind::Failed) {
            qCWarning(lcFaceDevice).noquote() << "face capture failed:" << result.reason;
        } else if (result.kind == FaceCaptureResult::Kind::Token) {
            qCInfo(lcFaceDevice).noquote()
                << "face capture yielded" << maskPaymentCode(result.token);
        }
        finishCapture(result);
        return;
    }
    auto found = m_inFlight.find(reply.id);
    if (found == m_inFlight.end()) {
        if (reply.id > 0 && reply.id < m_nextId) {
            qCDebug(lcFaceDevice) << "late reply to face-pay request" << reply.id << "ignored";
        } else {
            qCWarning(lcFaceDevice) << "reply to unknown face-pay request" << reply.id << "ignored";
        }
        return;
    }
    InFlight request = std::move(found->second);
    m_inFlight.erase(found);
    switch (request.command) {
    case Command::Hello:
        onHello(reply);
        return;
    case Command::RawData: {
        auto rawdata = FaceDeviceProtocol::readRawData(reply);
        if (!rawdata) {
            qCWarning(lcFaceDevice).noquote() << "rawdata refused:" << rawdata.error().message;
        }
        request.rawDone(rawdata);
        return;
    }
    case Command::Cancel:
        if (!reply.ok) {
            qCWarning(lcFaceDevice).noquote() << "the device refused to cancel:" << reply.error;
        }
        return;
    case Command::Start:
        return; // starts are tracked in m_capture
    }
}

void JsonLinesFaceDevice::onHello(const FaceDeviceMessage &reply)
{
    auto info = FaceDeviceProtocol::readHello(reply);
    if (!info) {
        qCWarning(lcFaceDevice).noquote()
            << m_link->description() << "refused hello:" << info.error().message;
        failAll(Error{info.error().code, tr("%1 did not greet properly: %2")
                                             .arg(m_link->description(), info.error().message)},
                true);
        return;
    }
    m_info = info.value();
    m_state = State::Ready;
    qCInfo(lcFaceDevice).noquote()
        << m_link->description() << "is" << m_info.deviceId << m_info.model;
    emit ready(m_info.deviceId);
    std::deque<RawDataCallback> waiting = std::exchange(m_rawWaiting, {});
    for (RawDataCallback &done : waiting) {
        sendRawData(std::move(done));
    }
    if (m_capture && m_capture->requestId == 0) {
        sendStart();
    }
}

void JsonLinesFaceDevice::onReplyTimeout(qint64 id)
{
    auto found = m_inFlight.find(id);
    if (found == m_inFlight.end()) {
        return;
    }
    InFlight request = std::move(found->second);
    m_inFlight.erase(found);
    const Error error{
        QStringLiteral("face.timeout"),
        tr("%1 did not answer within %2 ms").arg(m_link->description()).arg(m_replyTimeoutMs)};
    qCWarning(lcFaceDevice).noquote()
        << error.message << "(" << FaceDeviceProtocol::commandName(request.command) << ")";
    switch (request.command) {
    case Command::Hello:
        failAll(error, true);
        return;
    case Command::RawData:
        request.rawDone(error);
        return;
    case Command::Start:
    case Command::Cancel:
        return;
    }
}

void JsonLinesFaceDevice::onCaptureTimeout()
{
    if (!m_capture) {
        return;
    }
    qCWarning(lcFaceDevice) << "no face scanned within" << m_captureTimeoutMs << "ms: cancelling";
    if (m_state == State::Ready) {
        sendCancel();
    }
    finishCapture({FaceCaptureResult::Kind::Timeout,
                   {},
                   tr("no face was scanned within %1 s").arg((m_captureTimeoutMs + 999) / 1000)});
}

void JsonLinesFaceDevice::refuseDevice(const QString &reason)
{
    qCWarning(lcFaceDevice).noquote()
        << m_link->description() << "sent an unusable message:" << reason;
    if (m_inFlight.empty() && !(m_capture && m_capture->requestId != 0)) {
        return; // nothing waits for an answer: the garbage changes nothing
    }
    const bool greeting = m_state == State::Greeting;
    if (!greeting && m_capture && m_capture->requestId != 0) {
        sendCancel(); // the device may still be scanning
    }
    failAll(Error{QStringLiteral("face.malformed"),
                  tr("the face-pay device sent an unusable message: %1").arg(reason)},
            greeting);
}

void JsonLinesFaceDevice::failAll(const Error &error, bool closeLink)
{
    if (closeLink) {
        m_link->close();
        m_state = State::Closed;
        m_reader.reset();
    }
    std::map<qint64, InFlight> inFlight = std::exchange(m_inFlight, {});
    std::deque<RawDataCallback> waiting = std::exchange(m_rawWaiting, {});
    for (auto &[id, request] : inFlight) {
        if (request.command == Command::RawData) {
            request.rawDone(error);
        }
    }
    for (RawDataCallback &done : waiting) {
        done(error);
    }
    if (m_capture) {
        finishCapture({FaceCaptureResult::Kind::Failed, {}, error.message});
    }
}

void JsonLinesFaceDevice::finishCapture(const FaceCaptureResult &result)
{
    m_captureTimer.stop();
    CaptureCallback done = std::move(m_capture->done);
    m_capture.reset();
    done(result);
}

void JsonLinesFaceDevice::answerLater(CaptureCallback done, const FaceCaptureResult &result)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

} // namespace pos::devices
