#pragma once

#include "payments/FaceCaptureDevice.h"

#include <QObject>
#include <QTimer>

#include <deque>

namespace pos::devices {

// A face code as a simulated device issues it for `channel` (WeChat: 18 digits starting 13;
// otherwise an Alipay "fp" token), unique per `serial` within a few days, ending with the four
// `suffix` digits that pick the sandbox's scenario.
QString simulatedFaceToken(const QString &channel, int serial, const QString &suffix);

// A face-pay device without hardware, for the demo and the tests: answers rawdata at once and,
// after `scanDelayMs`, a face code in the channel's format (WeChat: an 18-digit code starting
// 13; Alipay: an "fp" token) or the outcome queued with queueOutcome().
class SimulatedFaceDevice : public QObject, public payments::FaceCaptureDevice
{
    Q_OBJECT
public:
    explicit SimulatedFaceDevice(QString deviceId = QStringLiteral("FACE-SIM-01"),
                                 QObject *parent = nullptr);

    void setScanDelayMs(int delayMs) { m_scanDelayMs = delayMs; }
    // The next captures end this way instead of with a token (tests, demo rehearsals).
    void queueOutcome(payments::FaceCaptureResult::Kind kind) { m_outcomes.push_back(kind); }
    // The last four digits of the next tokens: the sandbox's scenario codes apply to face codes.
    void setTokenSuffix(const QString &digits) { m_suffix = digits; }
    QString lastAuthInfo() const { return m_lastAuthInfo; }

    QString deviceId() const override { return m_deviceId; }
    void rawData(RawDataCallback done) override;
    void capture(const QString &channel, const Money &amount, const QString &authInfo,
                 CaptureCallback done) override;
    void cancelCapture() override;

private:
    QString m_deviceId;
    int m_scanDelayMs = 800;
    QString m_suffix = QStringLiteral("0000");
    QString m_lastAuthInfo;
    QString m_lastToken;
    std::deque<payments::FaceCaptureResult::Kind> m_outcomes;
    QTimer m_scan;
    CaptureCallback m_pending;
    int m_serial = 0;
};

} // namespace pos::devices
