#include "face/SimulatedFaceDevice.h"

#include <QDateTime>

namespace pos::devices {

using payments::FaceCaptureResult;

SimulatedFaceDevice::SimulatedFaceDevice(QString deviceId, QObject *parent)
    : QObject(parent), m_deviceId(std::move(deviceId))
{
    m_scan.setSingleShot(true);
    connect(&m_scan, &QTimer::timeout, this, [this] {
        CaptureCallback done = std::exchange(m_pending, nullptr);
        if (!done) {
            return;
        }
        FaceCaptureResult result;
        if (!m_outcomes.empty()) {
            result.kind = m_outcomes.front();
            m_outcomes.pop_front();
            result.reason = QStringLiteral("simulated outcome");
        } else {
            result.kind = FaceCaptureResult::Kind::Token;
            result.token = m_lastToken;
        }
        done(result);
    });
}

void SimulatedFaceDevice::rawData(RawDataCallback done)
{
    const QString rawdata = QStringLiteral("SIM-RAWDATA-%1-%2").arg(m_deviceId).arg(++m_serial);
    QTimer::singleShot(0, this, [done, rawdata] { done(rawdata); });
}

QString simulatedFaceToken(const QString &channel, int serial, const QString &suffix)
{
    // Milliseconds and a serial, padded to the formats the channels use.
    const QString unique =
        QStringLiteral("%1%2")
            .arg(QDateTime::currentMSecsSinceEpoch() % 10000000000LL, 10, 10, QLatin1Char('0'))
            .arg(serial % 100, 2, 10, QLatin1Char('0'));
    if (channel == QLatin1String("wechat")) {
        return QStringLiteral("13") + unique + suffix; // 2 + 12 + 4 = 18 digits
    }
    return QStringLiteral("fp") + unique + suffix;
}

void SimulatedFaceDevice::capture(const QString &channel, const Money &, const QString &authInfo,
                                  CaptureCallback done)
{
    m_lastAuthInfo = authInfo;
    if (m_pending) {
        m_pending(FaceCaptureResult{FaceCaptureResult::Kind::Cancelled,
                                    {},
                                    QStringLiteral("a new capture replaced this one")});
    }
    m_pending = std::move(done);
    m_lastToken = simulatedFaceToken(channel, ++m_serial, m_suffix);
    m_scan.start(m_scanDelayMs);
}

void SimulatedFaceDevice::cancelCapture()
{
    m_scan.stop();
    CaptureCallback done = std::exchange(m_pending, nullptr);
    if (done) {
        QTimer::singleShot(0, this, [done] {
            done(FaceCaptureResult{
                FaceCaptureResult::Kind::Cancelled, {}, QStringLiteral("cancelled at the device")});
        });
    }
}

} // namespace pos::devices
