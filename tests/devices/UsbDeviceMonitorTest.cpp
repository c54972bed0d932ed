#include "usb/UsbDeviceMonitor.h"
#include "devices/FakeUsbBackend.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pos::devices;
using pos::test::endpoint;
using pos::test::FakeUsbBackend;
using pos::test::usbDevice;
using pos::test::usbInterface;
using Kind = UsbDeviceMonitor::Kind;
using Type = UsbEndpointInfo::Type;

namespace {
UsbDeviceInfo printer(quint8 address)
{
    return usbDevice(
        1, address, 0x0416, 0x5011,
        {usbInterface(0, 7, 1, 2, {endpoint(0x01, Type::Bulk), endpoint(0x82, Type::Bulk)})});
}
UsbDeviceInfo hidPosScanner(quint8 address)
{
    return usbDevice(1, address, 0x0c2e, 0x0b61,
                     {usbInterface(0, 3, 0, 0, {endpoint(0x81, Type::Interrupt)})});
}
} // namespace

TEST(UsbDeviceMonitor, GuessesWhatEachDeviceIs)
{
    EXPECT_EQ(UsbDeviceMonitor::guessKind(printer(1)), Kind::Printer);
    EXPECT_EQ(UsbDeviceMonitor::guessKind(hidPosScanner(2)), Kind::HidScanner);
    const auto keyboard = usbDevice(1, 3, 0x046d, 0xc31c,
                                    {usbInterface(0, 3, 1, 1, {endpoint(0x81, Type::Interrupt)}),
                                     usbInterface(1, 3, 0, 0, {endpoint(0x82, Type::Interrupt)})});
    EXPECT_EQ(UsbDeviceMonitor::guessKind(keyboard), Kind::Keyboard);
    const auto mouse = usbDevice(1, 4, 0x046d, 0xc077,
                                 {usbInterface(0, 3, 1, 2, {endpoint(0x81, Type::Interrupt)})});
    EXPECT_EQ(UsbDeviceMonitor::guessKind(mouse), Kind::Other);
    const auto cdc = usbDevice(
        1, 5, 0x1a86, 0x55d4,
        {usbInterface(0, 2, 2, 1, {endpoint(0x83, Type::Interrupt)}),
         usbInterface(1, 10, 0, 0, {endpoint(0x02, Type::Bulk), endpoint(0x82, Type::Bulk)})});
    EXPECT_EQ(UsbDeviceMonitor::guessKind(cdc), Kind::Serial);
    EXPECT_EQ(UsbDeviceMonitor::guessKind(usbDevice(1, 6, 0x1d6b, 0x0002, {})), Kind::Other);
}

TEST(UsbDeviceMonitor, ListsPresentDevicesAndFollowsArrivalsAndDepartures)
{
    FakeUsbBackend usb;
    usb.plug(printer(4));
    UsbDeviceMonitor monitor(&usb);
    ASSERT_EQ(monitor.devices().size(), 1);
    EXPECT_EQ(monitor.devices().at(0).kind, Kind::Printer);

    QSignalSpy arrived(&monitor, &UsbDeviceMonitor::arrived);
    QSignalSpy left(&monitor, &UsbDeviceMonitor::left);
    usb.plug(hidPosScanner(5));
    ASSERT_EQ(arrived.count(), 1);
    EXPECT_EQ(arrived.at(0).at(1).value<Kind>(), Kind::HidScanner);
    EXPECT_EQ(monitor.devices(Kind::HidScanner).size(), 1);

    usb.unplug(1, 4);
    ASSERT_EQ(left.count(), 1);
    EXPECT_EQ(left.at(0).at(0).value<UsbDeviceInfo>().idString(), QStringLiteral("0416:5011"));
    EXPECT_EQ(left.at(0).at(1).value<Kind>(), Kind::Printer);
    EXPECT_TRUE(monitor.devices(Kind::Printer).isEmpty());
    EXPECT_EQ(monitor.devices().size(), 1);

    usb.unplug(1, 99); // unknown: nothing happens
    EXPECT_EQ(left.count(), 1);
}

TEST(UsbDeviceMonitor, ReportsTheBackendsAvailability)
{
    FakeUsbBackend usb;
    usb.setAvailability(pos::Status::failure(QStringLiteral("usb.unavailable"),
                                             QStringLiteral("USB is not available: no usbfs")));
    UsbDeviceMonitor monitor(&usb);
    EXPECT_FALSE(monitor.availability().ok());
    EXPECT_TRUE(monitor.devices().isEmpty());
}
