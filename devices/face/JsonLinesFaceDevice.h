#pragma once

#include "face/FaceDeviceProtocol.h"
#include "payments/FaceCaptureDevice.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <map>
#include <optional>

namespace pos::devices {

class FaceDeviceLink;

// A face-pay device that speaks the JSON-lines protocol (FaceDeviceProtocol.h) over a link
// (TCP or serial). Opens the link and says hello on the first call, and again on the next call
// after the link was lost. Every byte from the device is checked: a malformed or oversize line,
// a reply without the fields its request needs, or a code in the wrong format fails what is
// waiting (a scan that was running is also cancelled at the device); replies to requests that
// are no longer waiting are ignored. Timeouts: replies to hello/rawdata/cancel within the reply
// timeout, a face within the capture timeout (then Timeout, and the device is told to cancel).
class JsonLinesFaceDevice : public QObject, public payments::FaceCaptureDevice
{
    Q_OBJECT

public:
    static constexpr int kDefaultReplyTimeoutMs = 5000;
    static constexpr int kDefaultCaptureTimeoutMs = 90000;

    // Takes ownership of `link`.
    explicit JsonLinesFaceDevice(FaceDeviceLink *link, QObject *parent = nullptr);
    ~JsonLinesFaceDevice() override;

    void setTimeouts(int replyTimeoutMs, int captureTimeoutMs);
    FaceDeviceLink &link() { return *m_link; }
    bool isReady() const { return m_state == State::Ready; }
    QString model() const { return m_info.model; }

    // Empty until the first hello was answered; then the last device id it reported.
    QString deviceId() const override { return m_info.deviceId; }
    void rawData(RawDataCallback done) override;
    void capture(const QString &channel, const Money &amount, const QString &authInfo,
                 CaptureCallback done) override;
    void cancelCapture() override;

signals:
    void ready(const QString &deviceId);      // hello answered on a freshly opened link
    void statusChanged(const QString &stage); // the device's own "status" events
    void linkLost(const QString &reason);     // the link closed or could not be opened

private:
    enum class State
    {
        Closed,
        Opening,
        Greeting,
        Ready
    };
    struct InFlight
    {
        FaceDeviceRequest::Command command;
        RawDataCallback rawDone;
    };
    struct Capture
    {
        CaptureCallback done;
        QString channel;
        Money amount;
        QString authInfo;
        qint64 requestId = 0; // 0 while it waits for the link
    };

    void ensureOpen();
    qint64 send(FaceDeviceRequest request);
    void sendRawData(RawDataCallback done);
    void sendStart();
    void sendCancel();
    void onConnected();
    void onDisconnected(const QString &reason);
    void onReadyRead();
    void onLine(const QByteArray &line);
    void onReply(const FaceDeviceMessage &reply);
    void onHello(const FaceDeviceMessage &reply);
    void onReplyTimeout(qint64 id);
    void onCaptureTimeout();
    void refuseDevice(const QString &reason);
    // Fails everything waiting (sent or not) with `reason`; closes the link when asked.
    void failAll(const Error &error, bool closeLink);
    void finishCapture(const payments::FaceCaptureResult &result);
    void answerLater(CaptureCallback done, const payments::FaceCaptureResult &result);

    FaceDeviceLink *m_link;
    State m_state = State::Closed;
    int m_replyTimeoutMs = kDefaultReplyTimeoutMs;
    int m_captureTimeoutMs = kDefaultCaptureTimeoutMs;
    qint64 m_nextId = 1;
    FaceDeviceInfo m_info;
    FaceLineReader m_reader;
    std::map<qint64, InFlight> m_inFlight; // hello, rawdata and cancel requests
    std::deque<RawDataCallback> m_rawWaiting;
    std::optional<Capture> m_capture;
    QTimer m_captureTimer;
};

} // namespace pos::devices
