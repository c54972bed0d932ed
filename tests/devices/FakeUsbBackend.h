#pragma once

#include "usb/UsbBackend.h"

#include <QList>
#include <QMap>

#include <deque>
#include <functional>
#include <optional>

namespace pos::test {

// A scriptable UsbBackend: a device list the test edits (plug, unplug), recorded opens,
// claims, reads and writes, and scripted answers. Every answer is queued, as from a real
// backend, so nothing arrives inside the call that caused it.
class FakeUsbBackend : public devices::UsbBackend
{
    Q_OBJECT

public:
    struct Write
    {
        devices::UsbHandle handle = 0;
        quint8 endpoint = 0;
        QByteArray bytes;
        quint64 id = 0;
        int timeoutMs = 0;
    };
    struct Reader
    {
        devices::UsbHandle handle = 0;
        quint8 endpoint = 0;
        TransferKind kind = TransferKind::Bulk;
        int packetSize = 0;
    };
    struct Claim
    {
        devices::UsbHandle handle = 0;
        int interfaceNumber = 0;
        int alternateSetting = 0;
    };
    // What the next write is answered with: transferred -1 means all of it.
    struct WriteAnswer
    {
        qint64 transferred = -1;
        devices::UsbError error;
    };

    using UsbBackend::UsbBackend;

    // --- the test's side ---
    void setAvailability(Status status) { m_availability = std::move(status); }
    void plug(const devices::UsbDeviceInfo &device); // emits deviceArrived
    void unplug(quint8 bus, quint8 address); // emits deviceLeft; transfers on it end NoDevice
    void setHoldWrites(bool hold) { m_holdWrites = hold; }
    void answerNextWrite(WriteAnswer answer) { m_writeAnswers.push_back(std::move(answer)); }
    void failNextOpen(devices::UsbError error) { m_openFailure = std::move(error); }
    void failNextClaim(devices::UsbError error) { m_claimFailure = std::move(error); }
    // Answers writes held back by setHoldWrites(true), oldest first.
    void releaseHeldWrites();
    // Bytes from the device on an endpoint some handle reads; false when nobody reads it.
    bool sendToHost(quint8 bus, quint8 address, quint8 endpoint, const QByteArray &bytes);

    QList<Write> writes() const { return m_writes; }
    QByteArray writtenBytes() const;
    qsizetype heldWrites() const { return static_cast<qsizetype>(m_held.size()); }
    QList<Reader> readers() const { return m_readers; }
    QList<Claim> claims() const { return m_claims; }
    QList<devices::UsbHandle> closed() const { return m_closed; }
    int opens() const { return m_opens; }
    bool isOpen(devices::UsbHandle handle) const;

    // --- UsbBackend ---
    Status availability() const override { return m_availability; }
    QList<devices::UsbDeviceInfo> devices() const override { return m_devices; }
    void refresh() override;
    Result<devices::UsbHandle> open(quint8 bus, quint8 address) override;
    void claimInterface(devices::UsbHandle handle, int interfaceNumber,
                        int alternateSetting) override;
    quint64 bulkWrite(devices::UsbHandle handle, quint8 endpoint, const QByteArray &bytes,
                      int timeoutMs) override;
    void startReading(devices::UsbHandle handle, quint8 endpoint, TransferKind kind,
                      int packetSize) override;
    void close(devices::UsbHandle handle) override;

private:
    struct Handle
    {
        quint8 bus = 0;
        quint8 address = 0;
        bool usable = true; // false once closed, unplugged or failed to open
    };
    void later(std::function<void()> call);
    void finishWrite(const Write &write, qint64 transferred, const devices::UsbError &error);

    Status m_availability = success();
    QList<devices::UsbDeviceInfo> m_devices;
    QMap<devices::UsbHandle, Handle> m_handles;
    devices::UsbHandle m_nextHandle = 0;
    quint64 m_nextTransfer = 0;
    int m_opens = 0;
    bool m_holdWrites = false;
    std::deque<WriteAnswer> m_writeAnswers;
    std::deque<Write> m_held;
    std::optional<devices::UsbError> m_openFailure;
    std::optional<devices::UsbError> m_claimFailure;
    QList<Write> m_writes;
    QList<Reader> m_readers;
    QList<Claim> m_claims;
    QList<devices::UsbHandle> m_closed;
};

// Devices for tests.
devices::UsbEndpointInfo endpoint(quint8 address, devices::UsbEndpointInfo::Type type,
                                  int maxPacketSize = 64);
devices::UsbInterfaceInfo usbInterface(int number, quint8 cls, quint8 subclass, quint8 protocol,
                                       QList<devices::UsbEndpointInfo> endpoints,
                                       int alternateSetting = 0);
devices::UsbDeviceInfo usbDevice(quint8 bus, quint8 address, quint16 vendorId, quint16 productId,
                                 QList<devices::UsbInterfaceInfo> interfaces);

} // namespace pos::test
