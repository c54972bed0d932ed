#pragma once

#include "usb/UsbBackend.h"
#include "usb/UsbDeviceInfo.h"

#include <libusb.h>

#include <optional>

namespace pos::devices {

// libusb's descriptors and error codes in our value types. Called on the libusb worker
// thread only (see LibusbBackend.h); only devices/usb includes this header.

struct UsbDeviceStrings
{
    QString manufacturer;
    QString product;
    QString serial;
};

// Ids, class and the interfaces of the active configuration (the first one when none is
// active), from descriptors the kernel cached: no I/O to the device. No strings.
UsbDeviceInfo describeLibusbDevice(libusb_device *device);

// Opens the device briefly to read its manufacturer, product and serial string descriptors
// (in the device's first language; each read waits at most timeoutMs). nullopt when the device
// cannot be opened (no permission, gone).
std::optional<UsbDeviceStrings> readLibusbStrings(libusb_device *device, int timeoutMs);

UsbError libusbError(int code, quint8 bus, quint8 address);
UsbError libusbTransferError(libusb_transfer_status status);

} // namespace pos::devices
