#include "usb/LibusbBackend.h"
#include "printer/UsbPrinterTransport.h"
#include "support/TestSupport.h"
#include "usb/UsbDeviceMonitor.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pos::devices;
using pos::test::waitUntil;

// Runs against whatever the machine has: in a container often no USB bus at all. libusb must
// then either say clearly that USB is unavailable or list what it sees (possibly nothing).
TEST(LibusbBackend, StartsAndListsDevicesOrReportsAClearError)
{
    LibusbBackend::Options options;
    options.forcePolling = true;
    options.pollIntervalMs = 100;
    LibusbBackend usb(options);
    EXPECT_FALSE(usb.isStarted());
    EXPECT_EQ(usb.availability().error().code, QStringLiteral("usb.starting"));
    QSignalSpy enumerated(&usb, &UsbBackend::enumerated);
    ASSERT_TRUE(waitUntil([&] { return usb.isStarted(); }, 5000));

    const pos::Status status = usb.availability();
    if (!status.ok()) {
        EXPECT_EQ(status.error().code, QStringLiteral("usb.unavailable"));
        EXPECT_TRUE(status.error().message.contains(QStringLiteral("USB is not available")));
        EXPECT_TRUE(usb.devices().isEmpty());
        EXPECT_FALSE(usb.open(1, 1).ok());
        return;
    }
    for (const UsbDeviceInfo &device : usb.devices()) {
        EXPECT_NE(device.bus, 0);
        EXPECT_EQ(device.idString().size(), 9);
    }
    // Polling re-enumerates without reporting the unchanged devices again.
    QSignalSpy arrived(&usb, &UsbBackend::deviceArrived);
    const int before = enumerated.count();
    ASSERT_TRUE(waitUntil([&] { return enumerated.count() >= before + 2; }, 5000));
    EXPECT_EQ(arrived.count(), 0);
    // An address that is not on the list is refused at once.
    const auto missing = usb.open(250, 250);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("usb.not_found"));
}

TEST(LibusbBackend, MonitorOverTheRealBackendNeverCrashes)
{
    LibusbBackend usb;
    UsbDeviceMonitor monitor(&usb);
    ASSERT_TRUE(waitUntil([&] { return usb.isStarted(); }, 5000));
    EXPECT_EQ(monitor.devices().size(), usb.devices().size());
}

// Our real libusb code path against a device description replayed by umockdev (ctest entry
// pos_devices_umockdev runs this under `umockdev-run -d
// tests/data/usb/printer-0416-5011.umockdev`): sysfs and /dev/bus/usb hold one bidirectional
// printer, 0416:5011 on bus 1 address 5.
TEST(LibusbUmockdev, EnumeratesTheReplayedPrinter)
{
    if (qEnvironmentVariableIsEmpty("UMOCKDEV_DIR")) {
        GTEST_SKIP() << "runs under umockdev-run (ctest: pos_devices_umockdev)";
    }
    LibusbBackend usb;
    ASSERT_TRUE(waitUntil([&] { return usb.isStarted(); }, 5000));
    ASSERT_TRUE(usb.availability().ok()) << usb.availability().error().message.toStdString();
    ASSERT_EQ(usb.devices().size(), 1);
    const UsbDeviceInfo printer = usb.devices().at(0);
    EXPECT_EQ(printer.bus, 1);
    EXPECT_EQ(printer.address, 5);
    EXPECT_EQ(printer.idString(), QStringLiteral("0416:5011"));
    ASSERT_EQ(printer.interfaces.size(), 1);
    const UsbInterfaceInfo &iface = printer.interfaces.at(0);
    EXPECT_EQ(iface.interfaceClass, 7);
    EXPECT_EQ(iface.interfaceSubClass, 1);
    EXPECT_EQ(iface.interfaceProtocol, 2);
    ASSERT_EQ(iface.endpoints.size(), 2);
    EXPECT_EQ(iface.endpoints.at(0).address, 0x01);
    EXPECT_EQ(iface.endpoints.at(0).type, UsbEndpointInfo::Type::Bulk);
    EXPECT_EQ(iface.endpoints.at(1).address, 0x82);
    EXPECT_EQ(iface.endpoints.at(1).direction(), UsbEndpointInfo::Direction::In);
    EXPECT_EQ(iface.endpoints.at(1).maxPacketSize, 64);
    EXPECT_EQ(UsbDeviceMonitor::guessKind(printer), UsbDeviceMonitor::Kind::Printer);

    UsbPrinterTransport transport(&usb, 0x0416, 0x5011);
    EXPECT_TRUE(transport.readsStatus());
    QSignalSpy written(&transport, &PrinterTransport::written);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    // The replay has no usbdevfs ioctl script, so claiming the interface fails: the real
    // open/claim path must answer the job once, with a reason, and not hang.
    transport.write("probe");
    ASSERT_TRUE(waitUntil([&] { return written.count() + failed.count() == 1; }, 5000));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(
        failed.at(0).at(0).toString().contains(QStringLiteral("cannot claim USB interface")))
        << failed.at(0).at(0).toString().toStdString();
}
