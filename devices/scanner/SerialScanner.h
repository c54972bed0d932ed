#pragma once

#include "scanner/ScannedCode.h"
#include "scanner/ScannerSource.h"

#include <QByteArray>
#include <QTimer>

class QSerialPort;

namespace pos::devices {

struct SerialScannerSettings
{
    enum class Suffix
    {
        Cr,
        Lf,
        CrLf
    };

    QString portName; // "ttyACM0", "/dev/ttyUSB0", or a udev symlink path
    qint32 baudRate = 9600;
    Suffix suffix = Suffix::Cr;
    ScanLimits limits;
    int partialTimeoutMs = 500;  // bytes without a suffix for this long are dropped
    int reopenIntervalMs = 1000; // retry period while the port is missing
};

// A serial or USB-CDC scanner: each code arrives as one burst of bytes ended by the suffix.
// Bursts may be split or joined arbitrarily by the port; codes are cut at the suffix, decoded
// as Latin-1 and checked (decodeScannedCode): a code with a control or non-printable byte, or
// outside the length bounds, is refused with rejected(reason) and never reaches scanned().
// Bytes with no suffix for partialTimeoutMs are dropped with a warning, and so are the rest of
// a run that grew past the maximum length. When the port cannot be opened or vanishes
// (adapter unplugged), deviceError(reason) is emitted once and the port is tried again every
// reopenIntervalMs until it comes back.
class SerialScanner : public ScannerSource
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Open,
        Unavailable // waiting for the port to come back
    };
    Q_ENUM(State)

    explicit SerialScanner(SerialScannerSettings settings, QObject *parent = nullptr);
    ~SerialScanner() override;

    QString sourceName() const override;
    const SerialScannerSettings &settings() const { return m_settings; }
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }

    void start();
    void stop();

signals:
    void rejected(const QString &reason);
    void stateChanged(pos::devices::SerialScanner::State state);

private:
    void tryOpen();
    void onReadyRead();
    void onPortError();
    void onPartialTimeout();
    void lose(const QString &reason);
    void setState(State state);
    void reject(const QString &reason);
    QByteArray suffixBytes() const;

    SerialScannerSettings m_settings;
    QSerialPort *m_port;
    QTimer m_partialTimer;
    QTimer m_reopenTimer;
    QByteArray m_buffer;
    bool m_discardingToSuffix = false; // the rest of an over-long run
    State m_state = State::Stopped;
    QString m_lastError;
};

} // namespace pos::devices
