#pragma once

// The face-pay device protocol: JSON lines between the terminal and a face-pay IoT device,
// over TCP or a serial line (a USB cable that shows up as a serial port).
//
// Framing: one UTF-8 JSON object per line, terminated by "\n" (a "\r" before it is dropped).
// A line holds at most kMaxLineBytes bytes before its "\n"; a longer one is discarded up to the
// next "\n". Keys may come in any order; unknown keys are ignored.
//
// Every request carries an integer "id" (0 … 2^53 − 1) that its reply echoes. Terminal → device:
//   {"id":1,"cmd":"hello"}
//       → {"id":1,"ok":true,"device_id":"FACE-…","model":"…","version":"1"}
//   {"id":2,"cmd":"rawdata"}
//       → {"id":2,"ok":true,"rawdata":"…"}                     (WeChat SDK rawdata)
//   {"id":3,"cmd":"start","channel":"wechat"|"alipay","amount":1234,"currency":"CNY",
//    "authinfo":"…"}                                          (amount: integer minor units, fen)
//       → later exactly one of
//         {"id":3,"ok":true,"result":"code","code":"…"}
//         {"id":3,"ok":true,"result":"cancelled"}
//         {"id":3,"ok":true,"result":"timeout"}
//         {"id":3,"ok":false,"error":"…"}
//   {"id":4,"cmd":"cancel"}
//       → {"id":4,"ok":true}                                  (the pending start answers
//                                                              "cancelled")
// Any request may be answered {"id":n,"ok":false,"error":"…"}. One start runs at a time; a
// terminal ignores replies to requests it no longer waits for (cancelled, timed out).
// Device → terminal, unsolicited and optional: {"event":"status","stage":"scanning"}.
//
// A "code" must match its channel: WeChat face code = 18 digits starting 10–15; Alipay ftoken =
// "fp" followed by printable ASCII without spaces, at most 64 characters in all. The terminal
// treats every byte from the device as hostile: anything that breaks these rules is refused.

#include "common/Result.h"
#include "payments/FaceCaptureDevice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace pos::devices {

// What the terminal asks the device.
struct FaceDeviceRequest
{
    enum class Command
    {
        Hello,
        RawData,
        Start,
        Cancel
    };
    qint64 id = 0;
    Command command = Command::Hello;
    // Start only.
    QString channel;
    qint64 amountFen = 0;
    QString currency;
    QString authInfo;

    friend bool operator==(const FaceDeviceRequest &, const FaceDeviceRequest &) = default;
};

// One line from the device, checked for shape: a reply to request `id` or a status event.
// What the reply must contain depends on the request it answers: see the read* functions.
struct FaceDeviceMessage
{
    bool isEvent = false;
    QString event; // "status"
    QString stage; // "scanning", …
    qint64 id = 0;
    bool ok = false;
    QString error; // when !ok: the device's reason, made safe to show and log
    QJsonObject body;
};

// What hello tells about the device.
struct FaceDeviceInfo
{
    QString deviceId;
    QString model;
    QString version;
};

class FaceDeviceProtocol
{
    Q_DECLARE_TR_FUNCTIONS(FaceDeviceProtocol)

public:
    static constexpr int kMaxLineBytes = 8192;
    static constexpr qint64 kMaxId = 9007199254740991LL; // 2^53 - 1: exact in a JSON number
    static constexpr int kMaxTextChars = 200;            // device ids, errors, stages
    static constexpr const char *kVersion = "1";

    // Terminal side.
    static QByteArray encodeRequest(const FaceDeviceRequest &request);
    static Result<FaceDeviceMessage> decodeDeviceLine(const QByteArray &line);
    static Result<FaceDeviceInfo> readHello(const FaceDeviceMessage &reply);
    static Result<QString> readRawData(const FaceDeviceMessage &reply);
    // A start reply as the payment service sees it; a code in the wrong format is Failed.
    static payments::FaceCaptureResult readStartResult(const FaceDeviceMessage &reply,
                                                       const QString &channel);
    // Whether `code` has the format of `channel`'s face code / ftoken.
    static Status checkFaceCode(const QString &channel, const QString &code);

    // Device side (the simulator, and tests that play a device).
    static Result<FaceDeviceRequest> decodeRequest(const QByteArray &line);
    // The id of a line that is an object with a valid "id", or -1: lets a device answer a
    // request it could not read with an error.
    static qint64 requestIdOf(const QByteArray &line);
    static QByteArray encodeReply(qint64 id, const QJsonObject &fields);
    static QByteArray encodeError(qint64 id, const QString &error);
    static QByteArray encodeEvent(const QString &stage);

    static QString commandName(FaceDeviceRequest::Command command);
};

// Cuts a byte stream into protocol lines. Lines longer than kMaxLineBytes are reported once,
// as soon as they pass the limit, and their bytes dropped up to the next "\n".
class FaceLineReader
{
public:
    struct Line
    {
        QByteArray bytes;
        bool oversize = false;
    };

    std::vector<Line> feed(const QByteArray &bytes);
    void reset();

private:
    QByteArray m_buffer;
    bool m_discarding = false;
};

} // namespace pos::devices
