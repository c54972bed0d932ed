#pragma once

#include "scanner/HidPosReport.h"
#include "scanner/ScannerSource.h"
#include "usb/UsbBackend.h"

#include <QPointer>

namespace pos::devices {

// A USB scanner in HID POS mode (usage page 0x8C), read through a UsbBackend: the scanner's
// HID interface (class 3) is claimed (the kernel's usbhid driver detached) and its interrupt IN
// endpoint read in reports of the endpoint's max packet size. Reports are joined into codes
// and checked by HidPosCodeAssembler; refused codes come as rejected(reason), never as
// scanned(). Unplugging emits deviceError("scanner … unplugged") and the scanner resumes by
// itself when a device with the same vendor:product arrives again.
class HidPosScanner : public ScannerSource
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        WaitingForDevice, // not present, unplugged, or it failed to open
        Opening,
        Ready
    };
    Q_ENUM(State)

    HidPosScanner(UsbBackend *backend, quint16 vendorId, quint16 productId, ScanLimits limits = {},
                  QObject *parent = nullptr);
    ~HidPosScanner() override;

    QString sourceName() const override;
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    // AIM identifier of the last code emitted ("]E0" EAN-13, "]Q1" QR, …).
    QByteArray lastSymbology() const { return m_lastSymbology; }

    void start();
    void stop();

signals:
    void rejected(const QString &reason);
    void stateChanged(pos::devices::HidPosScanner::State state);

private:
    void tryOpen();
    void closeHandle();
    void lose(const QString &reason);
    void setState(State state);

    void onDeviceArrived(const UsbDeviceInfo &device);
    void onDeviceLeft(quint8 bus, quint8 address);
    void onHandleFailed(int handle, const UsbError &error);
    void onInterfaceClaimed(int handle, int interfaceNumber);
    void onDataRead(int handle, quint8 endpoint, const QByteArray &bytes);
    void onReadFailed(int handle, quint8 endpoint, const UsbError &error);

    QPointer<UsbBackend> m_backend;
    quint16 m_vendorId;
    quint16 m_productId;
    HidPosCodeAssembler m_assembler;
    UsbHandle m_handle = 0;
    quint8 m_bus = 0;
    quint8 m_address = 0;
    quint8 m_endpoint = 0;
    State m_state = State::Stopped;
    QString m_lastError;
    QByteArray m_lastSymbology;
};

} // namespace pos::devices
