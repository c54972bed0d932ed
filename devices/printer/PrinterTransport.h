#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace pos::devices {

// Where printer bytes go: a device node or file, a TCP 9100 socket, a simulator.
//
// Contract: every write() is answered, later and never from inside write(), by exactly one
// written(size) or one failed(reason), in the order of the writes. "written" means handed to
// the device or the operating system, not yet printed. A transport that failed accepts new
// writes and tries again (reopens, reconnects).
class PrinterTransport : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Connecting,
        Ready,
        Failed
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void write(const QByteArray &bytes) = 0;

    // A whole document with its human-readable rendering. Real printers only need the bytes;
    // the simulator also keeps the text. Answered like write().
    virtual void writeDocument(const QByteArray &bytes, const QString &textPreview);

    // "TCP printer 192.168.1.50:9100", "printer device /dev/usb/lp0": for logs and settings.
    virtual QString description() const = 0;

    // True when bytes come back from the printer (DLE EOT status replies, automatic status
    // back): TCP, serial and bidirectional USB printers. Replies arrive through dataReceived().
    virtual bool readsStatus() const { return false; }

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }

signals:
    void written(qint64 bytes);
    void failed(const QString &reason);
    void stateChanged(pos::devices::PrinterTransport::State state);
    // Bytes the printer sent back, in arrival order, possibly split or joined arbitrarily.
    void dataReceived(const QByteArray &bytes);

protected:
    void setState(State state);
    // Records the error, sets Failed and emits failed(reason) once (the answer to one write).
    void fail(const QString &reason);
    // Records the error and sets Failed without answering any write.
    void markFailed(const QString &reason);

private:
    State m_state = State::Idle;
    QString m_lastError;
};

} // namespace pos::devices
