#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace pos::devices {

struct UsbEndpointInfo
{
    enum class Type
    {
        Control,
        Isochronous,
        Bulk,
        Interrupt
    };
    enum class Direction
    {
        Out,
        In
    };

    quint8 address = 0; // bit 7 set: IN (device to host)
    Type type = Type::Bulk;
    int maxPacketSize = 0;

    Direction direction() const { return (address & 0x80) != 0 ? Direction::In : Direction::Out; }
    bool isIn() const { return direction() == Direction::In; }
};

// One alternate setting of one interface.
struct UsbInterfaceInfo
{
    int number = 0;
    int alternateSetting = 0;
    quint8 interfaceClass = 0;
    quint8 interfaceSubClass = 0;
    quint8 interfaceProtocol = 0;
    QList<UsbEndpointInfo> endpoints;

    // The first endpoint of that type and direction, or nullptr.
    const UsbEndpointInfo *findEndpoint(UsbEndpointInfo::Type type,
                                        UsbEndpointInfo::Direction direction) const;
};

// What enumeration tells about a device without talking to its driver. The strings are empty
// when the device could not be opened to read them (no permission, busy).
struct UsbDeviceInfo
{
    quint8 bus = 0;
    quint8 address = 0;
    quint16 vendorId = 0;
    quint16 productId = 0;
    quint8 deviceClass = 0;
    QString manufacturer;
    QString product;
    QString serial;
    QList<UsbInterfaceInfo> interfaces; // of the active configuration

    // "0416:5011"
    QString idString() const;
    static QString idString(quint16 vendorId, quint16 productId);
    bool isAt(quint8 onBus, quint8 atAddress) const { return bus == onBus && address == atAddress; }
    bool hasInterfaceClass(quint8 interfaceClass) const;
};

} // namespace pos::devices

Q_DECLARE_METATYPE(pos::devices::UsbDeviceInfo)
