#include "usb/UsbDeviceInfo.h"

#include <algorithm>

namespace pos::devices {

const UsbEndpointInfo *UsbInterfaceInfo::findEndpoint(UsbEndpointInfo::Type type,
                                                      UsbEndpointInfo::Direction direction) const
{
    const auto it = std::find_if(endpoints.cbegin(), endpoints.cend(), [&](const auto &endpoint) {
        return endpoint.type == type && endpoint.direction() == direction;
    });
    return it == endpoints.cend() ? nullptr : &*it;
}

QString UsbDeviceInfo::idString() const
{
    return idString(vendorId, productId);
}

QString UsbDeviceInfo::idString(quint16 vendorId, quint16 productId)
{
    return QStringLiteral("%1:%2")
        .arg(vendorId, 4, 16, QLatin1Char('0'))
        .arg(productId, 4, 16, QLatin1Char('0'));
}

bool UsbDeviceInfo::hasInterfaceClass(quint8 interfaceClass) const
{
    return std::any_of(interfaces.cbegin(), interfaces.cend(),
                       [&](const auto &iface) { return iface.interfaceClass == interfaceClass; });
}

} // namespace pos::devices
