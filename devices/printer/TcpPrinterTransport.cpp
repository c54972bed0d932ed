#include "printer/TcpPrinterTransport.h"

#include <QMetaObject>
#include <QTcpSocket>

namespace pos::devices {

TcpPrinterTransport::TcpPrinterTransport(QString host, quint16 port, QObject *parent)
    : PrinterTransport(parent), m_host(std::move(host)), m_port(port),
      m_socket(new QTcpSocket(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TcpPrinterTransport::onTimeout);
    connect(m_socket, &QTcpSocket::connected, this, &TcpPrinterTransport::onConnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TcpPrinterTransport::onBytesWritten);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpPrinterTransport::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpPrinterTransport::onDisconnected);
    connect(m_socket, &QTcpSocket::readyRead, this,
            [this] { emit dataReceived(m_socket->readAll()); });
}

TcpPrinterTransport::~TcpPrinterTransport()
{
    // No signals to a half-destroyed object while the socket closes.
    m_socket->disconnect(this);
}

void TcpPrinterTransport::setTimeouts(int connectTimeoutMs, int writeTimeoutMs)
{
    m_connectTimeoutMs = connectTimeoutMs;
    m_writeTimeoutMs = writeTimeoutMs;
}

QString TcpPrinterTransport::description() const
{
    return tr("TCP printer %1:%2").arg(m_host).arg(m_port);
}

void TcpPrinterTransport::write(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit written(0); }, Qt::QueuedConnection);
        return;
    }
    m_jobSizes.push_back(bytes.size());
    switch (m_socket->state()) {
    case QAbstractSocket::ConnectedState:
        m_handedToSocket += bytes.size();
        m_socket->write(bytes);
        if (!m_timer.isActive()) {
            m_timer.start(m_writeTimeoutMs);
        }
        break;
    case QAbstractSocket::UnconnectedState:
        m_unsent.append(bytes);
        setState(State::Connecting);
        m_timer.start(m_connectTimeoutMs);
        m_socket->connectToHost(m_host, m_port);
        break;
    default: // looking up the host, connecting or closing: wait for the connection
        m_unsent.append(bytes);
        if (!m_timer.isActive()) {
            m_timer.start(m_connectTimeoutMs);
        }
        break;
    }
}

void TcpPrinterTransport::onConnected()
{
    setState(State::Ready);
    m_timer.stop();
    if (!m_unsent.isEmpty()) {
        m_handedToSocket += m_unsent.size();
        m_socket->write(m_unsent);
        m_unsent.clear();
        m_timer.start(m_writeTimeoutMs);
    }
}

void TcpPrinterTransport::onBytesWritten(qint64 bytes)
{
    m_handedToSocket -= bytes;
    m_writtenOfFront += bytes;
    while (!m_jobSizes.empty() && m_writtenOfFront >= m_jobSizes.front()) {
        const qint64 size = m_jobSizes.front();
        m_writtenOfFront -= size;
        m_jobSizes.pop_front();
        emit written(size);
    }
    if (m_jobSizes.empty()) {
        m_timer.stop();
    } else {
        m_timer.start(m_writeTimeoutMs); // progress: give the rest the full time again
    }
}

void TcpPrinterTransport::onSocketError()
{
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError && m_handedToSocket == 0) {
        return; // the printer hung up between jobs: onDisconnected() reconnects when needed
    }
    failPending(tr("%1: %2").arg(description(), m_socket->errorString()));
}

void TcpPrinterTransport::onDisconnected()
{
    if (m_jobSizes.empty()) {
        m_timer.stop();
        setState(State::Idle);
        return;
    }
    if (m_handedToSocket == 0 && !m_unsent.isEmpty()) {
        // Closed while the next job was waiting: nothing of it was sent, so connect again.
        setState(State::Connecting);
        m_timer.start(m_connectTimeoutMs);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_socket->state() == QAbstractSocket::UnconnectedState) {
                    m_socket->connectToHost(m_host, m_port);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    failPending(tr("%1 closed the connection before all bytes were sent").arg(description()));
}

void TcpPrinterTransport::onTimeout()
{
    const bool connecting = m_socket->state() != QAbstractSocket::ConnectedState;
    failPending(
        connecting ? tr("%1: no connection within %2 ms").arg(description()).arg(m_connectTimeoutMs)
                   : tr("%1: printer accepted no data for %2 ms")
                         .arg(description())
                         .arg(m_writeTimeoutMs));
}

void TcpPrinterTransport::disconnectFromPrinter()
{
    if (!m_jobSizes.empty()) {
        failPending(tr("%1: disconnected with jobs pending").arg(description()));
        return;
    }
    m_socket->disconnectFromHost();
}

void TcpPrinterTransport::failPending(const QString &reason)
{
    m_timer.stop();
    const std::size_t jobs = m_jobSizes.size();
    m_jobSizes.clear();
    m_unsent.clear();
    m_writtenOfFront = 0;
    m_handedToSocket = 0;
    m_socket->abort(); // may re-enter onDisconnected/onSocketError: nothing is pending now
    if (jobs == 0) {
        markFailed(reason); // no job to answer
        return;
    }
    for (std::size_t i = 0; i < jobs; ++i) {
        fail(reason);
    }
}

} // namespace pos::devices
