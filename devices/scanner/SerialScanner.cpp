#include "scanner/SerialScanner.h"

#include <QLoggingCategory>
#include <QSerialPort>

namespace pos::devices {

Q_LOGGING_CATEGORY(lcSerialScanner, "pos.devices.scanner.serial")

SerialScanner::SerialScanner(SerialScannerSettings settings, QObject *parent)
    : ScannerSource(parent), m_settings(std::move(settings)), m_port(new QSerialPort(this))
{
    m_partialTimer.setSingleShot(true);
    connect(&m_partialTimer, &QTimer::timeout, this, &SerialScanner::onPartialTimeout);
    m_reopenTimer.setInterval(m_settings.reopenIntervalMs);
    connect(&m_reopenTimer, &QTimer::timeout, this, &SerialScanner::tryOpen);
    connect(m_port, &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialScanner::onPortError);
}

SerialScanner::~SerialScanner()
{
    m_port->disconnect(this);
}

QString SerialScanner::sourceName() const
{
    return QStringLiteral("serial:") + m_settings.portName;
}

QByteArray SerialScanner::suffixBytes() const
{
    switch (m_settings.suffix) {
    case SerialScannerSettings::Suffix::Lf:
        return QByteArrayLiteral("\n");
    case SerialScannerSettings::Suffix::CrLf:
        return QByteArrayLiteral("\r\n");
    case SerialScannerSettings::Suffix::Cr:
        break;
    }
    return QByteArrayLiteral("\r");
}

void SerialScanner::start()
{
    if (m_state == State::Stopped) {
        tryOpen();
    }
}

void SerialScanner::stop()
{
    m_reopenTimer.stop();
    m_partialTimer.stop();
    m_buffer.clear();
    m_discardingToSuffix = false;
    if (m_port->isOpen()) {
        m_port->close();
    }
    setState(State::Stopped);
}

void SerialScanner::tryOpen()
{
    m_port->setPortName(m_settings.portName);
    m_port->setBaudRate(m_settings.baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (m_port->open(QIODevice::ReadOnly)) {
        m_reopenTimer.stop();
        m_buffer.clear();
        m_discardingToSuffix = false;
        m_lastError.clear();
        qCInfo(lcSerialScanner) << "scanner port open:" << m_settings.portName;
        setState(State::Open);
        return;
    }
    if (m_state != State::Unavailable) {
        lose(tr("scanner on %1 is not available: %2")
                 .arg(m_settings.portName, m_port->errorString()));
    }
}

void SerialScanner::onReadyRead()
{
    m_buffer += m_port->readAll();
    const QByteArray suffix = suffixBytes();
    for (qsizetype end = m_buffer.indexOf(suffix); end >= 0; end = m_buffer.indexOf(suffix)) {
        const QByteArray code = m_buffer.left(end);
        m_buffer.remove(0, end + suffix.size());
        if (m_discardingToSuffix) {
            m_discardingToSuffix = false;
            continue;
        }
        const Result<QString> decoded = decodeScannedCode(code, m_settings.limits);
        if (!decoded) {
            reject(decoded.error().message);
            continue;
        }
        qCDebug(lcSerialScanner) << "code of" << code.size() << "characters from"
                                 << m_settings.portName;
        emit scanned(decoded.value(), sourceName());
        if (m_state != State::Open) {
            return; // a slot stopped the scanner
        }
    }
    if (m_buffer.size() > m_settings.limits.maxLength + suffix.size()) {
        if (!m_discardingToSuffix) {
            reject(tr("scanned code too long (more than %1 characters without a suffix)")
                       .arg(m_settings.limits.maxLength));
            m_discardingToSuffix = true;
        }
        m_buffer = m_buffer.right(suffix.size() - 1); // may hold the first byte of a CR LF
    }
    if (m_buffer.isEmpty() && !m_discardingToSuffix) {
        m_partialTimer.stop();
    } else {
        m_partialTimer.start(m_settings.partialTimeoutMs);
    }
}

void SerialScanner::onPartialTimeout()
{
    if (!m_buffer.isEmpty() && !m_discardingToSuffix) {
        reject(tr("incomplete scan dropped: %1 bytes without a suffix for %2 ms")
                   .arg(m_buffer.size())
                   .arg(m_settings.partialTimeoutMs));
    }
    m_buffer.clear();
    m_discardingToSuffix = false;
}

void SerialScanner::reject(const QString &reason)
{
    qCWarning(lcSerialScanner) << m_settings.portName << reason;
    emit rejected(reason);
}

void SerialScanner::onPortError()
{
    const QSerialPort::SerialPortError error = m_port->error();
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port->isOpen()) {
        return;
    }
    // A tty whose device vanished reports a read that returns nothing (ReadError, with a
    // stale errno text) or ResourceError, depending on the driver.
    const bool gone = error == QSerialPort::ResourceError || error == QSerialPort::ReadError;
    lose(gone ? tr("scanner on %1 went away (unplugged?)").arg(m_settings.portName)
              : tr("scanner on %1 failed: %2").arg(m_settings.portName, m_port->errorString()));
}

void SerialScanner::lose(const QString &reason)
{
    if (m_port->isOpen()) {
        m_port->clearError();
        m_port->close();
    }
    m_partialTimer.stop();
    m_buffer.clear();
    m_discardingToSuffix = false;
    m_lastError = reason;
    qCWarning(lcSerialScanner) << reason << "- retrying every" << m_settings.reopenIntervalMs
                               << "ms";
    setState(State::Unavailable);
    m_reopenTimer.start();
    emit deviceError(reason);
}

void SerialScanner::setState(State state)
{
    if (state == m_state) {
        return;
    }
    const bool reopened = m_state != State::Stopped; // the error was cleared on opening
    m_state = state;
    emit stateChanged(state);
    if (state == State::Open && reopened) {
        emit deviceReady(); // the cashier was told it was gone: tell them it is back
    }
}

} // namespace pos::devices
