#pragma once

#include "common/Result.h"
#include "face/FaceDeviceProtocol.h"
#include "payments/FaceCaptureDevice.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

class QTcpServer;
class QTcpSocket;

namespace pos::devices {

// The device side of the face-pay protocol on TCP, for the demo and the tests: one terminal at
// a time (a second connection is closed at once). Answers hello and rawdata at once; a start
// sends a "scanning" status event and, after the scan delay, a face code in the channel's
// format (simulatedFaceToken()) or the outcome queued with queueOutcome().
class FaceDeviceSimulatorServer : public QObject
{
    Q_OBJECT

public:
    explicit FaceDeviceSimulatorServer(QString deviceId = QStringLiteral("FACE-SIM-01"),
                                       QObject *parent = nullptr);
    ~FaceDeviceSimulatorServer() override;

    // Port 0 picks a free one: see port().
    Status listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                  quint16 port = 0);
    quint16 port() const;
    QString deviceId() const { return m_deviceId; }

    void setScanDelayMs(int delayMs) { m_scanDelayMs = delayMs; }
    // The last four digits of the next codes: the sandbox's scenario codes apply to face codes.
    void setTokenSuffix(const QString &digits) { m_suffix = digits; }
    // The next scans end this way instead of with a code (Failed: an error reply).
    void queueOutcome(payments::FaceCaptureResult::Kind kind) { m_outcomes.push_back(kind); }

    bool hasTerminal() const { return !m_terminal.isNull(); }
    bool isScanning() const { return m_scan.isActive(); }
    // Drops the terminal's connection, as if the cable were pulled.
    void dropTerminal();

    // What the terminal asked for: every start (channel, amount in fen, authinfo), oldest first.
    const QList<FaceDeviceRequest> &starts() const { return m_starts; }
    int cancelsReceived() const { return m_cancels; }
    int connectionsAccepted() const { return m_connections; }
    QString lastCode() const { return m_lastCode; }

signals:
    void terminalConnected();
    void terminalDisconnected();
    void scanStarted();

private:
    void onNewConnection();
    void onReadyRead();
    void onLine(const QByteArray &line);
    void onScanDone();
    void reply(const QByteArray &line);

    QString m_deviceId;
    QTcpServer *m_server;
    QPointer<QTcpSocket> m_terminal;
    FaceLineReader m_reader;
    QTimer m_scan;
    int m_scanDelayMs = 800;
    QString m_suffix = QStringLiteral("0000");
    std::deque<payments::FaceCaptureResult::Kind> m_outcomes;
    FaceDeviceRequest m_scanning; // the start being answered
    QList<FaceDeviceRequest> m_starts;
    QString m_lastCode;
    int m_serial = 0;
    int m_cancels = 0;
    int m_connections = 0;
};

} // namespace pos::devices
