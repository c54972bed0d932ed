#pragma once

#include "printer/PrinterTransport.h"

#include <QTimer>

#include <deque>

class QSerialPort;

namespace pos::devices {

// A printer on a serial port (RS-232, or a USB-serial adapter) through QSerialPort.
//
// The port is opened on the first write and kept open; jobs are answered written() once
// QSerialPort handed all their bytes to the operating system. Bytes the printer sends back
// (DLE EOT replies, automatic status back) come as dataReceived(). When the port vanishes
// (adapter unplugged) or reports an error, or the printer takes no byte for the write timeout
// (flow control holding us off: paper out, offline), every waiting job fails and the port is
// closed; the next write opens it again.
//
// Flow control: QSerialPort offers only RTS/CTS (hardware) and XON/XOFF (software). Printers
// documented for DSR/DTR flow control must be switched to RTS/CTS or XON/XOFF (or use no flow
// control at a baud rate they keep up with): Qt and Linux termios have no DSR/DTR mode.
class SerialPrinterTransport : public PrinterTransport
{
    Q_OBJECT

public:
    enum class FlowControl
    {
        None,
        RtsCts,
        XonXoff
    };
    Q_ENUM(FlowControl)

    static constexpr qint32 kDefaultBaudRate = 9600;
    static constexpr int kDefaultWriteTimeoutMs = 10000;

    explicit SerialPrinterTransport(QString portName, qint32 baudRate = kDefaultBaudRate,
                                    QObject *parent = nullptr);
    ~SerialPrinterTransport() override;

    void setFlowControl(FlowControl flowControl) { m_flowControl = flowControl; }
    void setWriteTimeoutMs(int timeoutMs) { m_writeTimeoutMs = timeoutMs; }
    QString portName() const { return m_portName; }

    void write(const QByteArray &bytes) override;
    QString description() const override;
    bool readsStatus() const override { return true; }

private:
    bool openPort(QString *error);
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onPortError();
    void onTimeout();
    void failPending(const QString &reason);

    QString m_portName;
    qint32 m_baudRate;
    FlowControl m_flowControl = FlowControl::None;
    int m_writeTimeoutMs = kDefaultWriteTimeoutMs;
    QSerialPort *m_port;
    QTimer m_timer;
    std::deque<qint64> m_jobSizes; // not yet answered, oldest first
    qint64 m_writtenOfFront = 0;   // bytes of the oldest job handed to the OS
    bool m_failureScheduled = false;
};

} // namespace pos::devices
