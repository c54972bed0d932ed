#pragma once

#include "printer/PrinterTransport.h"
#include "usb/UsbBackend.h"

#include <QPointer>

#include <deque>
#include <optional>

namespace pos::devices {

// A USB printer-class printer (interface class 7, subclass 1, protocol 1 one-way or
// 2 bidirectional), driven through a UsbBackend, so the kernel's usblp driver is not needed
// (it is detached while we hold the interface and re-attached on close).
//
// The device is chosen by vendor:product (and serial number when several identical printers
// hang on one terminal). The first write opens it, claims the printer interface and, on a
// bidirectional printer, keeps a read pending on the bulk IN endpoint: status replies come as
// dataReceived(). Jobs are sent one after another in chunks of chunkSize bytes; a job is
// answered written() once all its chunks were accepted. Unplugging (the device leaves, or a
// transfer reports no device) fails every waiting job with "printer unplugged"; the next write
// after the printer came back opens it again. A chunk the printer does not take within the
// write timeout (paper out, cover open) fails the waiting jobs but keeps the device open.
class UsbPrinterTransport : public PrinterTransport
{
    Q_OBJECT

public:
    static constexpr int kDefaultChunkSize = 4096;
    static constexpr int kDefaultWriteTimeoutMs = 10000;

    struct PrinterInterface
    {
        int number = 0;
        int alternateSetting = 0;
        quint8 outEndpoint = 0;
        quint8 inEndpoint = 0; // 0: one-way printer
        int inPacketSize = 0;
    };

    UsbPrinterTransport(UsbBackend *backend, quint16 vendorId, quint16 productId,
                        QString serial = {}, QObject *parent = nullptr);
    ~UsbPrinterTransport() override;

    // The printer interface of a device: bidirectional (protocol 2 with a bulk IN) preferred,
    // then one-way; none without a bulk OUT endpoint.
    static std::optional<PrinterInterface> findPrinterInterface(const UsbDeviceInfo &device);

    void setWriteTimeoutMs(int timeoutMs) { m_writeTimeoutMs = timeoutMs; }
    void setChunkSize(int bytes) { m_chunkSize = std::max(1, bytes); }

    void write(const QByteArray &bytes) override;
    QString description() const override;
    bool readsStatus() const override;

private:
    std::optional<UsbDeviceInfo> findDevice() const;
    void openDevice();
    void schedulePump();
    void pump();
    void closeHandle();
    void failAll(const QString &reason);
    void failAllLater(const QString &reason);
    void unplugged();

    void onHandleFailed(int handle, const UsbError &error);
    void onInterfaceClaimed(int handle, int interfaceNumber);
    void onWriteFinished(int handle, quint64 transferId, qint64 transferred, const UsbError &error);
    void onDataRead(int handle, quint8 endpoint, const QByteArray &bytes);
    void onReadFailed(int handle, quint8 endpoint, const UsbError &error);
    void onDeviceLeft(quint8 bus, quint8 address);

    QPointer<UsbBackend> m_backend;
    quint16 m_vendorId;
    quint16 m_productId;
    QString m_serial;
    int m_chunkSize = kDefaultChunkSize;
    int m_writeTimeoutMs = kDefaultWriteTimeoutMs;

    UsbHandle m_handle = 0; // 0: closed
    bool m_claimed = false;
    quint8 m_bus = 0;
    quint8 m_address = 0;
    PrinterInterface m_interface;

    std::deque<QByteArray> m_jobs; // not yet answered, oldest first
    qint64 m_sentOfFront = 0;      // bytes of the oldest job the printer accepted
    quint64 m_inFlight = 0;        // transfer id of the chunk being sent, 0 when none
    bool m_pumpScheduled = false;
    bool m_failureScheduled = false;
};

} // namespace pos::devices
