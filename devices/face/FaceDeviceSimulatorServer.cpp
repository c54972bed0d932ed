#include "face/FaceDeviceSimulatorServer.h"

#include "face/SimulatedFaceDevice.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

namespace pos::devices {

Q_LOGGING_CATEGORY(lcFaceSimulator, "pos.devices.face.simulator")

using payments::FaceCaptureResult;
using Command = FaceDeviceRequest::Command;

FaceDeviceSimulatorServer::FaceDeviceSimulatorServer(QString deviceId, QObject *parent)
    : QObject(parent), m_deviceId(std::move(deviceId)), m_server(new QTcpServer(this))
{
    m_scan.setSingleShot(true);
    connect(&m_scan, &QTimer::timeout, this, &FaceDeviceSimulatorServer::onScanDone);
    connect(m_server, &QTcpServer::newConnection, this,
            &FaceDeviceSimulatorServer::onNewConnection);
}

FaceDeviceSimulatorServer::~FaceDeviceSimulatorServer()
{
    if (m_terminal) {
        m_terminal->disconnect(this);
    }
}

Status FaceDeviceSimulatorServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        return Error{QStringLiteral("face.sim.listen"),
                     tr("the face-pay simulator cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString())};
    }
    qCInfo(lcFaceSimulator) << "face-pay simulator" << m_deviceId << "listening on"
                            << m_server->serverAddress().toString() << m_server->serverPort();
    return success();
}

quint16 FaceDeviceSimulatorServer::port() const
{
    return m_server->serverPort();
}

void FaceDeviceSimulatorServer::dropTerminal()
{
    if (m_terminal) {
        m_terminal->abort();
    }
}

void FaceDeviceSimulatorServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_terminal) {
            qCWarning(lcFaceSimulator) << "a second terminal was turned away";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        m_terminal = socket;
        m_reader.reset();
        connect(socket, &QTcpSocket::readyRead, this, &FaceDeviceSimulatorServer::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_scan.stop();
            if (m_terminal == socket) {
                m_terminal.clear();
            }
            socket->deleteLater();
            emit terminalDisconnected();
        });
        emit terminalConnected();
    }
}

void FaceDeviceSimulatorServer::onReadyRead()
{
    const QPointer<QTcpSocket> socket = m_terminal;
    if (!socket) {
        return;
    }
    for (const FaceLineReader::Line &line : m_reader.feed(socket->readAll())) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        if (line.oversize) {
            qCWarning(lcFaceSimulator) << "a request line over the limit was dropped";
            continue;
        }
        onLine(line.bytes);
    }
}

void FaceDeviceSimulatorServer::onLine(const QByteArray &line)
{
    auto request = FaceDeviceProtocol::decodeRequest(line);
    if (!request) {
        const qint64 id = FaceDeviceProtocol::requestIdOf(line);
        qCWarning(lcFaceSimulator).noquote() << "unreadable request:" << request.error().message;
        if (id >= 0) {
            reply(FaceDeviceProtocol::encodeError(id, request.error().message));
        }
        return;
    }
    const qint64 id = request->id;
    switch (request->command) {
    case Command::Hello:
        reply(FaceDeviceProtocol::encodeReply(
            id, {{QStringLiteral("device_id"), m_deviceId},
                 {QStringLiteral("model"), QStringLiteral("JSON-lines face-pay simulator")},
                 {QStringLiteral("version"), QLatin1String(FaceDeviceProtocol::kVersion)}}));
        return;
    case Command::RawData:
        reply(FaceDeviceProtocol::encodeReply(
            id, {{QStringLiteral("rawdata"),
                  QStringLiteral("SIM-RAWDATA-%1-%2").arg(m_deviceId).arg(++m_serial)}}));
        return;
    case Command::Start:
        if (m_scan.isActive()) {
            reply(FaceDeviceProtocol::encodeError(id, QStringLiteral("busy: already scanning")));
            return;
        }
        m_starts.append(request.value());
        m_scanning = request.value();
        reply(FaceDeviceProtocol::encodeEvent(QStringLiteral("scanning")));
        m_scan.start(m_scanDelayMs);
        emit scanStarted();
        return;
    case Command::Cancel:
        ++m_cancels;
        if (m_scan.isActive()) {
            m_scan.stop();
            reply(FaceDeviceProtocol::encodeReply(
                m_scanning.id, {{QStringLiteral("result"), QStringLiteral("cancelled")}}));
        }
        reply(FaceDeviceProtocol::encodeReply(id, {}));
        return;
    }
}

void FaceDeviceSimulatorServer::onScanDone()
{
    const qint64 id = m_scanning.id;
    FaceCaptureResult::Kind outcome = FaceCaptureResult::Kind::Token;
    if (!m_outcomes.empty()) {
        outcome = m_outcomes.front();
        m_outcomes.pop_front();
    }
    switch (outcome) {
    case FaceCaptureResult::Kind::Token:
        m_lastCode = simulatedFaceToken(m_scanning.channel, ++m_serial, m_suffix);
        reply(
            FaceDeviceProtocol::encodeReply(id, {{QStringLiteral("result"), QStringLiteral("code")},
                                                 {QStringLiteral("code"), m_lastCode}}));
        return;
    case FaceCaptureResult::Kind::Cancelled:
        reply(FaceDeviceProtocol::encodeReply(
            id, {{QStringLiteral("result"), QStringLiteral("cancelled")}}));
        return;
    case FaceCaptureResult::Kind::Timeout:
        reply(FaceDeviceProtocol::encodeReply(
            id, {{QStringLiteral("result"), QStringLiteral("timeout")}}));
        return;
    case FaceCaptureResult::Kind::Failed:
        reply(FaceDeviceProtocol::encodeError(id, QStringLiteral("simulated device error")));
        return;
    }
}

void FaceDeviceSimulatorServer::reply(const QByteArray &line)
{
    if (m_terminal && m_terminal->state() == QAbstractSocket::ConnectedState) {
        m_terminal->write(line);
    }
}

} // namespace pos::devices
