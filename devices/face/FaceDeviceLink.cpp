#include "face/FaceDeviceLink.h"

#include <QMetaObject>
#include <QSerialPort>
#include <QTcpSocket>

namespace pos::devices {

TcpFaceDeviceLink::TcpFaceDeviceLink(QString host, quint16 port, QObject *parent)
    : FaceDeviceLink(parent), m_host(std::move(host)), m_port(port), m_socket(new QTcpSocket(this))
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        lose(tr("%1: no connection within %2 ms").arg(description()).arg(m_connectTimeoutMs));
    });
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_connectTimer.stop();
        m_opening = false;
        emit connected();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        lose(m_opening ? tr("%1 is not reachable: %2").arg(description(), m_socket->errorString())
                       : tr("%1: %2").arg(description(), m_socket->errorString()));
    });
    connect(m_socket, &QTcpSocket::disconnected, this,
            [this] { lose(tr("%1 closed the connection").arg(description())); });
}

TcpFaceDeviceLink::~TcpFaceDeviceLink()
{
    // No signals to a half-destroyed object while the socket closes.
    m_socket->disconnect(this);
}

QIODevice *TcpFaceDeviceLink::io()
{
    return m_socket;
}

void TcpFaceDeviceLink::open()
{
    if (m_opening) {
        return; // connected() or disconnected() is on its way
    }
    if (m_live && m_socket->state() == QAbstractSocket::ConnectedState) {
        QMetaObject::invokeMethod(this, &FaceDeviceLink::connected, Qt::QueuedConnection);
        return;
    }
    {
        const QSignalBlocker quiet(m_socket);
        m_socket->abort();
    }
    m_live = true;
    m_opening = true;
    m_connectTimer.start(m_connectTimeoutMs);
    m_socket->connectToHost(m_host, m_port);
}

void TcpFaceDeviceLink::close()
{
    m_live = false;
    m_opening = false;
    m_connectTimer.stop();
    const QSignalBlocker quiet(m_socket);
    m_socket->abort();
}

bool TcpFaceDeviceLink::isOpen() const
{
    return m_live && m_socket->state() == QAbstractSocket::ConnectedState;
}

QString TcpFaceDeviceLink::description() const
{
    return tr("face-pay device %1:%2").arg(m_host).arg(m_port);
}

void TcpFaceDeviceLink::lose(const QString &reason)
{
    if (!m_live) {
        return; // reported already: an error is followed by disconnected
    }
    close();
    emit disconnected(reason);
}

SerialFaceDeviceLink::SerialFaceDeviceLink(QString portName, int baudRate, QObject *parent)
    : FaceDeviceLink(parent), m_portName(std::move(portName)), m_baudRate(baudRate),
      m_port(new QSerialPort(this))
{
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialFaceDeviceLink::onError);
}

SerialFaceDeviceLink::~SerialFaceDeviceLink()
{
    m_port->disconnect(this);
}

QIODevice *SerialFaceDeviceLink::io()
{
    return m_port;
}

void SerialFaceDeviceLink::open()
{
    if (!m_port->isOpen()) {
        m_port->setPortName(m_portName);
        m_port->setBaudRate(m_baudRate);
        m_port->setDataBits(QSerialPort::Data8);
        m_port->setParity(QSerialPort::NoParity);
        m_port->setStopBits(QSerialPort::OneStop);
        m_port->setFlowControl(QSerialPort::NoFlowControl);
        const QSignalBlocker quiet(m_port); // a failed open is answered below, not by onError
        if (!m_port->open(QIODevice::ReadWrite)) {
            const QString reason =
                tr("%1 cannot be opened: %2").arg(description(), m_port->errorString());
            m_port->clearError();
            QMetaObject::invokeMethod(
                this, [this, reason] { emit disconnected(reason); }, Qt::QueuedConnection);
            return;
        }
    }
    QMetaObject::invokeMethod(this, &FaceDeviceLink::connected, Qt::QueuedConnection);
}

void SerialFaceDeviceLink::close()
{
    const QSignalBlocker quiet(m_port);
    m_port->close();
    m_port->clearError();
}

bool SerialFaceDeviceLink::isOpen() const
{
    return m_port->isOpen();
}

QString SerialFaceDeviceLink::description() const
{
    return tr("face-pay device %1").arg(m_portName);
}

void SerialFaceDeviceLink::onError()
{
    const QSerialPort::SerialPortError error = m_port->error();
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port->isOpen()) {
        return;
    }
    const QString reason = tr("%1: %2").arg(description(), m_port->errorString());
    close();
    emit disconnected(reason);
}

} // namespace pos::devices
