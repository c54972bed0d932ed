#include "IniFileTest.h"

#include "config/TerminalConfig.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using pos::config::TerminalConfig;

namespace {

using DeviceConfigTest = pos::test::IniFileTest;

TEST_F(DeviceConfigTest, DefaultsAreSimulatedPrinterWedgeOnlyAndAutomaticDisplay)
{
    auto config = TerminalConfig::load(m_dir.filePath(QStringLiteral("absent.ini")));
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->devices.printer.type, QStringLiteral("simulated"));
    EXPECT_EQ(config->devices.scanner.type, QStringLiteral("none"));
    EXPECT_EQ(config->devices.face.type, QStringLiteral("auto"));
    EXPECT_EQ(config->devices.display.mode, QStringLiteral("auto"));
    EXPECT_EQ(config->devices.display.screen, -1);
}

TEST_F(DeviceConfigTest, UsbPrinterAndSerialScannerAreRead)
{
    auto config = TerminalConfig::load(
        write("[printer]\ntype=USB\nusb_vendor_id=0x0416\nusb_product_id=5011\ncolumns=32\n"
              "[scanner]\ntype=serial\nserial_port=/dev/ttyACM0\nbaud=115200\nserial_suffix=crlf\n"
              "[face]\ntype=tcp\nhost=192.168.1.60\nport=7070\ncapture_timeout_ms=60000\n"
              "[customer_display]\nmode=on\nscreen=1\n"));
    ASSERT_TRUE(config.ok()) << qPrintable(config.error().message);
    EXPECT_EQ(config->devices.printer.type, QStringLiteral("usb"));
    EXPECT_EQ(config->devices.printer.usb.vendorId, 0x0416);
    EXPECT_EQ(config->devices.printer.usb.productId, 0x5011);
    EXPECT_EQ(config->devices.printer.columns, 32);
    EXPECT_EQ(config->devices.scanner.serial.port, QStringLiteral("/dev/ttyACM0"));
    EXPECT_EQ(config->devices.scanner.serial.baud, 115200);
    EXPECT_EQ(config->devices.scanner.serialSuffix, QStringLiteral("crlf"));
    EXPECT_EQ(config->devices.face.port, 7070);
    EXPECT_EQ(config->devices.face.captureTimeoutMs, 60000);
    EXPECT_EQ(config->devices.display.mode, QStringLiteral("on"));
    EXPECT_EQ(config->devices.display.screen, 1);
}

TEST_F(DeviceConfigTest, BadValuesAreRefusedNamingTheKey)
{
    EXPECT_TRUE(refusal("[printer]\ntype=laser\n").contains(QStringLiteral("printer/type")));
    EXPECT_TRUE(refusal("[printer]\ntype=usb\nusb_vendor_id=04160\nusb_product_id=1\n")
                    .contains(QStringLiteral("printer/usb_vendor_id")));
    EXPECT_TRUE(refusal("[printer]\ntype=usb\nusb_vendor_id=zz\n")
                    .contains(QStringLiteral("printer/usb_vendor_id")));
    EXPECT_TRUE(refusal("[scanner]\nbaud=300\n").contains(QStringLiteral("scanner/baud")));
    EXPECT_TRUE(refusal("[scanner]\nserial_suffix=semicolon\n")
                    .contains(QStringLiteral("scanner/serial_suffix")));
    EXPECT_TRUE(refusal("[face]\ntype=bluetooth\n").contains(QStringLiteral("face/type")));
    EXPECT_TRUE(refusal("[customer_display]\nscreen=99\n")
                    .contains(QStringLiteral("customer_display/screen")));
}

TEST_F(DeviceConfigTest, DevicesMissingWhereToFindThemAreRefused)
{
    EXPECT_TRUE(refusal("[printer]\ntype=usb\n").contains(QStringLiteral("usb_vendor_id")));
    EXPECT_TRUE(
        refusal("[printer]\ntype=serial\n").contains(QStringLiteral("printer/serial_port")));
    EXPECT_TRUE(refusal("[printer]\ntype=tcp\n").contains(QStringLiteral("printer/host")));
    EXPECT_TRUE(refusal("[scanner]\ntype=usb-hid\n").contains(QStringLiteral("scanner/usb")));
    EXPECT_TRUE(refusal("[face]\ntype=tcp\nhost=10.0.0.2\n").contains(QStringLiteral("face/port")));
}

TEST_F(DeviceConfigTest, SavedDeviceSettingsLoadBackUnchanged)
{
    TerminalConfig config;
    config.devices.printer.type = QStringLiteral("serial");
    config.devices.printer.serial.port = QStringLiteral("/dev/ttyS1");
    config.devices.printer.serial.baud = 19200;
    config.devices.printer.serial.flowControl = QStringLiteral("hardware");
    config.devices.scanner.type = QStringLiteral("usb-hid");
    config.devices.scanner.usb.vendorId = 0x05e0;
    config.devices.scanner.usb.productId = 0x1200;
    config.devices.face.type = QStringLiteral("serial");
    config.devices.face.serial.port = QStringLiteral("/dev/ttyUSB3");
    config.devices.display.mode = QStringLiteral("off");
    const QString path = m_dir.filePath(QStringLiteral("saved.ini"));
    ASSERT_TRUE(config.save(path).ok());

    auto loaded = TerminalConfig::load(path);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().message);
    EXPECT_EQ(loaded->devices.printer.serial.port, QStringLiteral("/dev/ttyS1"));
    EXPECT_EQ(loaded->devices.printer.serial.baud, 19200);
    EXPECT_EQ(loaded->devices.printer.serial.flowControl, QStringLiteral("hardware"));
    EXPECT_EQ(loaded->devices.scanner.usb.vendorId, 0x05e0);
    EXPECT_EQ(loaded->devices.scanner.usb.productId, 0x1200);
    EXPECT_EQ(loaded->devices.face.serial.port, QStringLiteral("/dev/ttyUSB3"));
    EXPECT_EQ(loaded->devices.display.mode, QStringLiteral("off"));
}

} // namespace
