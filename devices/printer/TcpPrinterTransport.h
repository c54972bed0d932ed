#pragma once

#include "printer/PrinterTransport.h"

#include <QTimer>

#include <deque>

class QTcpSocket;

namespace pos::devices {

// A network printer on raw TCP (port 9100). Connects on the first write, queues bytes until
// the connection is up and keeps it open for the next job; a printer that closed the
// connection is reconnected on the next write. A connect that takes longer than the connect
// timeout, or pending bytes that make no progress for the write timeout, fail every job
// still waiting (one failed() per job) and drop the connection.
class TcpPrinterTransport : public PrinterTransport
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 9100;
    static constexpr int kDefaultConnectTimeoutMs = 3000;
    static constexpr int kDefaultWriteTimeoutMs = 10000;

    explicit TcpPrinterTransport(QString host, quint16 port = kDefaultPort,
                                 QObject *parent = nullptr);
    ~TcpPrinterTransport() override;

    void setTimeouts(int connectTimeoutMs, int writeTimeoutMs);
    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    int writeTimeoutMs() const { return m_writeTimeoutMs; }

    void write(const QByteArray &bytes) override;
    QString description() const override;
    // Status replies come back on the same socket.
    bool readsStatus() const override { return true; }

    // Closes the connection; jobs still waiting fail.
    void disconnectFromPrinter();

private:
    void onConnected();
    void onBytesWritten(qint64 bytes);
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void failPending(const QString &reason);

    QString m_host;
    quint16 m_port;
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    int m_writeTimeoutMs = kDefaultWriteTimeoutMs;
    QTcpSocket *m_socket;
    QTimer m_timer;
    QByteArray m_unsent;           // bytes waiting for the connection
    std::deque<qint64> m_jobSizes; // jobs not yet fully handed to the OS, oldest first
    qint64 m_writtenOfFront = 0;   // bytes of the oldest job already written
    qint64 m_handedToSocket = 0;   // given to the socket, not yet reported written
};

} // namespace pos::devices
