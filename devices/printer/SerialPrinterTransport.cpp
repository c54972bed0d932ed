#include "printer/SerialPrinterTransport.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QSerialPort>

namespace pos::devices {

Q_LOGGING_CATEGORY(lcSerialPrinter, "pos.devices.printer.serial")

SerialPrinterTransport::SerialPrinterTransport(QString portName, qint32 baudRate, QObject *parent)
    : PrinterTransport(parent), m_portName(std::move(portName)), m_baudRate(baudRate),
      m_port(new QSerialPort(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SerialPrinterTransport::onTimeout);
    connect(m_port, &QSerialPort::bytesWritten, this, &SerialPrinterTransport::onBytesWritten);
    connect(m_port, &QSerialPort::readyRead, this, &SerialPrinterTransport::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialPrinterTransport::onPortError);
}

SerialPrinterTransport::~SerialPrinterTransport()
{
    m_port->disconnect(this);
}

QString SerialPrinterTransport::description() const
{
    return tr("serial printer %1 at %2 baud").arg(m_portName).arg(m_baudRate);
}

void SerialPrinterTransport::write(const QByteArray &bytes)
{
    m_jobSizes.push_back(bytes.size());
    if (m_failureScheduled) {
        return; // answered with the jobs ahead of it
    }
    if (!m_port->isOpen()) {
        QString error;
        if (!openPort(&error)) {
            m_failureScheduled = true;
            QMetaObject::invokeMethod(
                this, [this, error] { failPending(error); }, Qt::QueuedConnection);
            return;
        }
    }
    if (bytes.isEmpty()) {
        // Answered in order: after the jobs ahead of it are written.
        QMetaObject::invokeMethod(
            this, [this] { onBytesWritten(0); }, Qt::QueuedConnection);
        return;
    }
    m_port->write(bytes); // QSerialPort writes from the event loop and reports bytesWritten
    if (!m_timer.isActive()) {
        m_timer.start(m_writeTimeoutMs);
    }
}

bool SerialPrinterTransport::openPort(QString *error)
{
    m_port->setPortName(m_portName);
    m_port->setBaudRate(m_baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    switch (m_flowControl) {
    case FlowControl::None:
        m_port->setFlowControl(QSerialPort::NoFlowControl);
        break;
    case FlowControl::RtsCts:
        m_port->setFlowControl(QSerialPort::HardwareControl);
        break;
    case FlowControl::XonXoff:
        m_port->setFlowControl(QSerialPort::SoftwareControl);
        break;
    }
    if (!m_port->open(QIODevice::ReadWrite)) {
        *error = tr("%1: cannot open the port: %2").arg(description(), m_port->errorString());
        qCWarning(lcSerialPrinter) << *error;
        return false;
    }
    qCInfo(lcSerialPrinter) << "opened" << description();
    setState(State::Ready);
    return true;
}

void SerialPrinterTransport::onBytesWritten(qint64 bytes)
{
    m_writtenOfFront += bytes;
    while (!m_jobSizes.empty() && m_writtenOfFront >= m_jobSizes.front()) {
        const qint64 size = m_jobSizes.front();
        m_writtenOfFront -= size;
        m_jobSizes.pop_front();
        setState(State::Ready);
        emit written(size);
    }
    if (m_jobSizes.empty()) {
        m_timer.stop();
    } else if (bytes > 0) {
        m_timer.start(m_writeTimeoutMs); // progress: give the rest the full time again
    }
}

void SerialPrinterTransport::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    if (!bytes.isEmpty()) {
        emit dataReceived(bytes);
    }
}

void SerialPrinterTransport::onPortError()
{
    const QSerialPort::SerialPortError error = m_port->error();
    // Errors of a failing open() are handled where open() is called; TimeoutError only comes
    // from the blocking waitFor… calls, which are not used.
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port->isOpen()) {
        return;
    }
    // A tty whose device vanished reports a read that returns nothing (ReadError, with a
    // stale errno text) or ResourceError, depending on the driver.
    const bool gone = error == QSerialPort::ResourceError || error == QSerialPort::ReadError;
    failPending(gone ? tr("%1: the port went away (adapter unplugged?)").arg(description())
                     : tr("%1: %2").arg(description(), m_port->errorString()));
}

void SerialPrinterTransport::onTimeout()
{
    failPending(tr("%1: printer accepted no data for %2 ms (paper out, offline or flow control?)")
                    .arg(description())
                    .arg(m_writeTimeoutMs));
}

void SerialPrinterTransport::failPending(const QString &reason)
{
    m_failureScheduled = false;
    m_timer.stop();
    const std::size_t jobs = m_jobSizes.size();
    m_jobSizes.clear();
    m_writtenOfFront = 0;
    if (m_port->isOpen()) {
        m_port->clearError();
        m_port->close(); // drops unsent bytes; the next write opens the port again
    }
    qCWarning(lcSerialPrinter) << jobs << "job(s) failed:" << reason;
    if (jobs == 0) {
        markFailed(reason);
        return;
    }
    for (std::size_t i = 0; i < jobs; ++i) {
        fail(reason);
    }
}

} // namespace pos::devices
