#include "usb/LibusbDevices.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace pos::devices {

namespace {
constexpr quint16 kEnglishUs = 0x0409;

QString readString(libusb_device_handle *handle, quint8 index, quint16 language, int timeoutMs)
{
    if (index == 0) {
        return {};
    }
    std::array<unsigned char, 255> buffer{};
    const int length =
        libusb_control_transfer(handle, LIBUSB_ENDPOINT_IN, LIBUSB_REQUEST_GET_DESCRIPTOR,
                                static_cast<quint16>((LIBUSB_DT_STRING << 8) | index), language,
                                buffer.data(), buffer.size(), timeoutMs);
    if (length < 2 || buffer[1] != LIBUSB_DT_STRING) {
        return {};
    }
    const int end = std::min(length, static_cast<int>(buffer[0]));
    QString text;
    for (int i = 2; i + 1 < end; i += 2) {
        text.append(QChar(static_cast<char16_t>(buffer[i] | (buffer[i + 1] << 8))));
    }
    return text.trimmed();
}
} // namespace

UsbDeviceInfo describeLibusbDevice(libusb_device *device)
{
    UsbDeviceInfo info;
    info.bus = libusb_get_bus_number(device);
    info.address = libusb_get_device_address(device);
    libusb_device_descriptor descriptor{};
    if (libusb_get_device_descriptor(device, &descriptor) != LIBUSB_SUCCESS) {
        return info;
    }
    info.vendorId = descriptor.idVendor;
    info.productId = descriptor.idProduct;
    info.deviceClass = descriptor.bDeviceClass;

    libusb_config_descriptor *config = nullptr;
    if (libusb_get_active_config_descriptor(device, &config) != LIBUSB_SUCCESS &&
        (descriptor.bNumConfigurations == 0 ||
         libusb_get_config_descriptor(device, 0, &config) != LIBUSB_SUCCESS)) {
        config = nullptr;
    }
    if (config != nullptr) {
        for (int i = 0; i < config->bNumInterfaces; ++i) {
            const libusb_interface &iface = config->interface[i];
            for (int a = 0; a < iface.num_altsetting; ++a) {
                const libusb_interface_descriptor &alt = iface.altsetting[a];
                UsbInterfaceInfo ii;
                ii.number = alt.bInterfaceNumber;
                ii.alternateSetting = alt.bAlternateSetting;
                ii.interfaceClass = alt.bInterfaceClass;
                ii.interfaceSubClass = alt.bInterfaceSubClass;
                ii.interfaceProtocol = alt.bInterfaceProtocol;
                for (int e = 0; e < alt.bNumEndpoints; ++e) {
                    const libusb_endpoint_descriptor &ep = alt.endpoint[e];
                    UsbEndpointInfo ei;
                    ei.address = ep.bEndpointAddress;
                    ei.type = static_cast<UsbEndpointInfo::Type>(ep.bmAttributes &
                                                                 LIBUSB_TRANSFER_TYPE_MASK);
                    ei.maxPacketSize = ep.wMaxPacketSize & 0x7FF;
                    ii.endpoints.append(ei);
                }
                info.interfaces.append(ii);
            }
        }
        libusb_free_config_descriptor(config);
    }
    return info;
}

std::optional<UsbDeviceStrings> readLibusbStrings(libusb_device *device, int timeoutMs)
{
    libusb_device_descriptor descriptor{};
    if (libusb_get_device_descriptor(device, &descriptor) != LIBUSB_SUCCESS) {
        return std::nullopt;
    }
    if (descriptor.iManufacturer == 0 && descriptor.iProduct == 0 &&
        descriptor.iSerialNumber == 0) {
        return UsbDeviceStrings{};
    }
    libusb_device_handle *handle = nullptr;
    if (libusb_open(device, &handle) != LIBUSB_SUCCESS) {
        return std::nullopt;
    }
    quint16 language = kEnglishUs;
    std::array<unsigned char, 4> languages{};
    if (libusb_control_transfer(handle, LIBUSB_ENDPOINT_IN, LIBUSB_REQUEST_GET_DESCRIPTOR,
                                LIBUSB_DT_STRING << 8, 0, languages.data(), languages.size(),
                                static_cast<unsigned int>(timeoutMs)) >= 4) {
        language = static_cast<quint16>(languages[2] | (languages[3] << 8));
    }
    UsbDeviceStrings strings;
    strings.manufacturer = readString(handle, descriptor.iManufacturer, language, timeoutMs);
    strings.product = readString(handle, descriptor.iProduct, language, timeoutMs);
    strings.serial = readString(handle, descriptor.iSerialNumber, language, timeoutMs);
    libusb_close(handle);
    return strings;
}

UsbError libusbError(int code, quint8 bus, quint8 address)
{
    switch (code) {
    case LIBUSB_ERROR_NO_DEVICE:
        return {
            UsbError::Code::NoDevice,
            QCoreApplication::translate("LibusbBackend", "the USB device is no longer connected")};
    case LIBUSB_ERROR_ACCESS:
        return {UsbError::Code::Access,
                QCoreApplication::translate(
                    "LibusbBackend",
                    "permission denied on /dev/bus/usb/%1/%2 (a udev rule must give the cashier "
                    "account access)")
                    .arg(bus, 3, 10, QLatin1Char('0'))
                    .arg(address, 3, 10, QLatin1Char('0'))};
    case LIBUSB_ERROR_BUSY:
        return {UsbError::Code::Busy,
                QCoreApplication::translate(
                    "LibusbBackend", "the USB interface is in use by another program or driver")};
    case LIBUSB_ERROR_NOT_FOUND:
        return {UsbError::Code::NotFound,
                QCoreApplication::translate("LibusbBackend", "no such USB interface or endpoint")};
    case LIBUSB_ERROR_TIMEOUT:
        return {
            UsbError::Code::Timeout,
            QCoreApplication::translate("LibusbBackend", "the USB device did not answer in time")};
    case LIBUSB_ERROR_PIPE:
        return {UsbError::Code::Pipe,
                QCoreApplication::translate("LibusbBackend", "the USB endpoint stalled")};
    default:
        return {UsbError::Code::Io,
                QCoreApplication::translate("LibusbBackend", "USB error: %1")
                    .arg(QString::fromUtf8(libusb_strerror(static_cast<libusb_error>(code))))};
    }
}

UsbError libusbTransferError(libusb_transfer_status status)
{
    switch (status) {
    case LIBUSB_TRANSFER_COMPLETED:
        return {};
    case LIBUSB_TRANSFER_TIMED_OUT:
        return {UsbError::Code::Timeout,
                QCoreApplication::translate("LibusbBackend",
                                            "the USB device did not accept data in time")};
    case LIBUSB_TRANSFER_CANCELLED:
        return {UsbError::Code::Cancelled,
                QCoreApplication::translate("LibusbBackend", "the USB transfer was cancelled")};
    case LIBUSB_TRANSFER_STALL:
        return {UsbError::Code::Pipe,
                QCoreApplication::translate("LibusbBackend", "the USB endpoint stalled")};
    case LIBUSB_TRANSFER_NO_DEVICE:
        return {
            UsbError::Code::NoDevice,
            QCoreApplication::translate("LibusbBackend", "the USB device is no longer connected")};
    case LIBUSB_TRANSFER_OVERFLOW:
        return {UsbError::Code::Io,
                QCoreApplication::translate("LibusbBackend",
                                            "the USB device sent more data than expected")};
    case LIBUSB_TRANSFER_ERROR:
    default:
        return {UsbError::Code::Io,
                QCoreApplication::translate("LibusbBackend", "the USB transfer failed")};
    }
}

} // namespace pos::devices
