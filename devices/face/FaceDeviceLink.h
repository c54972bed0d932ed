#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QIODevice;
class QSerialPort;
class QTcpSocket;

namespace pos::devices {

// The cable to a face-pay device: a byte stream that can be opened, lost and opened again.
//
// Contract: open() answers later (never from inside open()) with connected() or with
// disconnected(reason); an open link that is lost (device unplugged, connection closed) emits
// disconnected(reason) once. close() emits nothing. Bytes arrive through io()'s readyRead.
class FaceDeviceLink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QIODevice *io() = 0;
    virtual void open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    // "face-pay device 192.168.1.60:7001", "face-pay device /dev/ttyACM0": for logs and reasons.
    virtual QString description() const = 0;

signals:
    void connected();
    void disconnected(const QString &reason);
};

// A device on TCP (an Android face-pay box on the shop network, or the simulator on loopback).
class TcpFaceDeviceLink : public FaceDeviceLink
{
    Q_OBJECT

public:
    static constexpr int kDefaultConnectTimeoutMs = 3000;

    TcpFaceDeviceLink(QString host, quint16 port, QObject *parent = nullptr);
    ~TcpFaceDeviceLink() override;

    void setConnectTimeoutMs(int timeoutMs) { m_connectTimeoutMs = timeoutMs; }

    QIODevice *io() override;
    void open() override;
    void close() override;
    bool isOpen() const override;
    QString description() const override;

private:
    void lose(const QString &reason);

    QString m_host;
    quint16 m_port;
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    QTcpSocket *m_socket;
    QTimer m_connectTimer;
    bool m_live = false;    // opening or open: a loss is reported once
    bool m_opening = false; // connectToHost() not answered yet
};

// A device on a serial port (WeChat "Frog" and Alipay "Dragonfly" boxes appear as one over USB).
class SerialFaceDeviceLink : public FaceDeviceLink
{
    Q_OBJECT

public:
    static constexpr int kDefaultBaudRate = 115200;

    explicit SerialFaceDeviceLink(QString portName, int baudRate = kDefaultBaudRate,
                                  QObject *parent = nullptr);
    ~SerialFaceDeviceLink() override;

    QIODevice *io() override;
    void open() override;
    void close() override;
    bool isOpen() const override;
    QString description() const override;

private:
    void onError();

    QString m_portName;
    int m_baudRate;
    QSerialPort *m_port;
};

} // namespace pos::devices
