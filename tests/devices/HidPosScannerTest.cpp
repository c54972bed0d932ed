#include "scanner/HidPosScanner.h"
#include "devices/FakeUsbBackend.h"
#include "scanner/HidPosReport.h"
#include "support/TestSupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pos::devices;
using pos::test::endpoint;
using pos::test::FakeUsbBackend;
using pos::test::usbDevice;
using pos::test::usbInterface;
using pos::test::waitUntil;
using Kind = HidPosCodeAssembler::Outcome::Kind;

namespace {
constexpr int kReportSize = 64;
constexpr quint16 kVendor = 0x0c2e;
constexpr quint16 kProduct = 0x0b61;

// A scanned-data report of `size` bytes: length, AIM id, data, zero padding, flag last.
QByteArray report(const QByteArray &data, bool more = false, const QByteArray &aim = "]E0",
                  int size = kReportSize)
{
    QByteArray bytes(size, '\0');
    bytes[0] = static_cast<char>(data.size());
    bytes.replace(1, 3, aim);
    bytes.replace(4, data.size(), data);
    bytes.resize(size);
    bytes[size - 1] = more ? '\x01' : '\0';
    return bytes;
}

UsbDeviceInfo scannerDevice(quint8 address = 3)
{
    using Type = UsbEndpointInfo::Type;
    // A boot keyboard interface (keyboard-wedge mode) and the HID POS interface.
    return usbDevice(2, address, kVendor, kProduct,
                     {usbInterface(0, 3, 1, 1, {endpoint(0x81, Type::Interrupt, 8)}),
                      usbInterface(1, 3, 0, 0,
                                   {endpoint(0x83, Type::Interrupt, kReportSize),
                                    endpoint(0x04, Type::Interrupt, kReportSize)})});
}
} // namespace

TEST(HidPosReport, ParsesLengthSymbologyDataAndTheMoreFlag)
{
    const auto parsed = parseHidPosReport(report("6901234567892", true, "]E0"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->data, QByteArray("6901234567892"));
    EXPECT_EQ(parsed->symbology, QByteArray("]E0"));
    EXPECT_TRUE(parsed->moreFollows);
    EXPECT_FALSE(parseHidPosReport(report("1", false))->moreFollows);
}

TEST(HidPosReport, HostileReportsAreRefused)
{
    QByteArray lying = report("1234");
    lying[0] = static_cast<char>(61); // 4 + 61 would overlap the flag byte
    const auto tooLong = parseHidPosReport(lying);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, QStringLiteral("hidpos.bad_length"));
    lying[0] = static_cast<char>(0xFF);
    EXPECT_FALSE(parseHidPosReport(lying).ok());
    lying[0] = static_cast<char>(59); // exactly fills the room: accepted
    EXPECT_TRUE(parseHidPosReport(lying).ok());

    EXPECT_EQ(parseHidPosReport(report("")).error().code, QStringLiteral("hidpos.empty_report"));
    EXPECT_EQ(parseHidPosReport(QByteArray("\x01]E", 3)).error().code,
              QStringLiteral("hidpos.short_report"));
    EXPECT_FALSE(parseHidPosReport(QByteArray()).ok());
}

TEST(HidPosCodeAssembler, JoinsContinuationReportsIntoOneCode)
{
    HidPosCodeAssembler assembler(ScanLimits{4, 512});
    const QByteArray first(59, 'A');
    const QByteArray second(59, 'B');
    EXPECT_EQ(assembler.feed(report(first, true, "]Q1")).kind, Kind::Incomplete);
    EXPECT_EQ(assembler.feed(report(second, true, "]Q1")).kind, Kind::Incomplete);
    const auto outcome = assembler.feed(report("tail", false, "]Q1"));
    ASSERT_EQ(outcome.kind, Kind::Code) << outcome.reason.toStdString();
    EXPECT_EQ(outcome.code, QString::fromLatin1(first + second + "tail"));
    EXPECT_EQ(outcome.symbology, QByteArray("]Q1"));
    EXPECT_FALSE(assembler.isAssembling());
}

TEST(HidPosCodeAssembler, RefusesNonPrintableAndOverLongCodes)
{
    HidPosCodeAssembler assembler(ScanLimits{4, 100});
    const auto control = assembler.feed(report("1234\r5678"));
    EXPECT_EQ(control.kind, Kind::Rejected);
    EXPECT_TRUE(control.reason.contains(QStringLiteral("non-printable")));
    EXPECT_EQ(assembler.feed(report("12")).kind, Kind::Rejected); // too short

    // Over the maximum: refused once, its remaining continuations dropped silently.
    EXPECT_EQ(assembler.feed(report(QByteArray(59, '1'), true)).kind, Kind::Incomplete);
    const auto overLong = assembler.feed(report(QByteArray(59, '2'), true));
    EXPECT_EQ(overLong.kind, Kind::Rejected);
    EXPECT_TRUE(overLong.reason.contains(QStringLiteral("too long")));
    EXPECT_EQ(assembler.feed(report(QByteArray(59, '3'), true)).kind, Kind::Incomplete);
    EXPECT_EQ(assembler.feed(report("end")).kind, Kind::Incomplete);
    // The next code is read normally.
    EXPECT_EQ(assembler.feed(report("6901234567892")).kind, Kind::Code);
}

TEST(HidPosCodeAssembler, BadReportInTheMiddleDropsTheCodeBeingAssembled)
{
    HidPosCodeAssembler assembler;
    EXPECT_EQ(assembler.feed(report("1234", true)).kind, Kind::Incomplete);
    EXPECT_EQ(assembler.feed(report("")).kind, Kind::Rejected);
    const auto next = assembler.feed(report("5678"));
    ASSERT_EQ(next.kind, Kind::Code);
    EXPECT_EQ(next.code, QStringLiteral("5678")); // not "12345678"
}

namespace {
struct ScannerRig
{
    ScannerRig()
    {
        usb.plug(scannerDevice());
        scanner.start();
    }
    FakeUsbBackend usb;
    HidPosScanner scanner{&usb, kVendor, kProduct, ScanLimits{4, 256}};
    QSignalSpy scanned{&scanner, &ScannerSource::scanned};
    QSignalSpy rejected{&scanner, &HidPosScanner::rejected};
    QSignalSpy errors{&scanner, &HidPosScanner::deviceError};
};
} // namespace

TEST(HidPosScanner, ReadsTheHidPosInterfaceAndEmitsACode)
{
    ScannerRig rig;
    ASSERT_TRUE(
        waitUntil([&] { return rig.scanner.state() == HidPosScanner::State::Ready; }, 3000));
    ASSERT_EQ(rig.usb.claims().size(), 1);
    EXPECT_EQ(rig.usb.claims().at(0).interfaceNumber, 1); // not the boot keyboard
    ASSERT_EQ(rig.usb.readers().size(), 1);
    EXPECT_EQ(rig.usb.readers().at(0).endpoint, 0x83);
    EXPECT_EQ(rig.usb.readers().at(0).kind, FakeUsbBackend::TransferKind::Interrupt);
    EXPECT_EQ(rig.usb.readers().at(0).packetSize, kReportSize);

    ASSERT_TRUE(rig.usb.sendToHost(2, 3, 0x83, report("134567890123456789", false, "]Q1")));
    ASSERT_TRUE(waitUntil([&] { return rig.scanned.count() == 1; }, 3000));
    EXPECT_EQ(rig.scanned.at(0).at(0).toString(), QStringLiteral("134567890123456789"));
    EXPECT_EQ(rig.scanned.at(0).at(1).toString(), QStringLiteral("usb-hid:0c2e:0b61"));
    EXPECT_EQ(rig.scanner.lastSymbology(), QByteArray("]Q1"));
}

TEST(HidPosScanner, CodeSpreadOverReportsArrivesOnce)
{
    ScannerRig rig;
    const QByteArray payload = QByteArray(59, 'x') + QByteArray(30, 'y');
    ASSERT_TRUE(rig.usb.sendToHost(2, 3, 0x83, report(payload.left(59), true, "]Q1")));
    ASSERT_TRUE(rig.usb.sendToHost(2, 3, 0x83, report(payload.mid(59), false, "]Q1")));
    ASSERT_TRUE(waitUntil([&] { return rig.scanned.count() == 1; }, 3000));
    EXPECT_EQ(rig.scanned.at(0).at(0).toString(), QString::fromLatin1(payload));
    EXPECT_EQ(rig.rejected.count(), 0);
}

TEST(HidPosScanner, HostileReportsAreRejectedAndNeverScanned)
{
    ScannerRig rig;
    QByteArray lying = report("1234");
    lying[0] = static_cast<char>(200);
    for (const QByteArray &bad : {lying, report(""), report("12\x1b[0m34"),
                                  report(QByteArray("1234\0"
                                                    "56",
                                                    7)),
                                  QByteArray("\x02]E", 3)}) {
        ASSERT_TRUE(rig.usb.sendToHost(2, 3, 0x83, bad));
    }
    ASSERT_TRUE(rig.usb.sendToHost(2, 3, 0x83, report("6901234567892")));
    ASSERT_TRUE(waitUntil([&] { return rig.scanned.count() == 1; }, 3000));
    EXPECT_EQ(rig.rejected.count(), 5);
    EXPECT_EQ(rig.scanned.at(0).at(0).toString(), QStringLiteral("6901234567892"));
}

TEST(HidPosScanner, UnplugReportsAnErrorAndReplugResumes)
{
    ScannerRig rig;
    ASSERT_TRUE(
        waitUntil([&] { return rig.scanner.state() == HidPosScanner::State::Ready; }, 3000));
    // Half a code is in flight when the cable is pulled: it must not join the next code.
    ASSERT_TRUE(rig.usb.sendToHost(2, 3, 0x83, report("1111", true)));
    QCoreApplication::processEvents(); // delivers the queued report
    rig.usb.unplug(2, 3);
    ASSERT_EQ(rig.errors.count(), 1);
    EXPECT_TRUE(rig.errors.at(0).at(0).toString().contains(QStringLiteral("unplugged")));
    EXPECT_EQ(rig.scanner.state(), HidPosScanner::State::WaitingForDevice);
    // The read failing with "no device" afterwards does not report twice.
    QCoreApplication::processEvents();
    EXPECT_EQ(rig.errors.count(), 1);

    rig.usb.plug(scannerDevice(8));
    ASSERT_TRUE(
        waitUntil([&] { return rig.scanner.state() == HidPosScanner::State::Ready; }, 3000));
    EXPECT_EQ(rig.usb.opens(), 2);
    ASSERT_TRUE(rig.usb.sendToHost(2, 8, 0x83, report("2222")));
    ASSERT_TRUE(waitUntil([&] { return rig.scanned.count() == 1; }, 3000));
    EXPECT_EQ(rig.scanned.at(0).at(0).toString(), QStringLiteral("2222"));
}

TEST(HidPosScanner, StartsWaitingWhenTheScannerIsAbsentAndOpensOnArrival)
{
    FakeUsbBackend usb;
    HidPosScanner scanner(&usb, kVendor, kProduct);
    QSignalSpy errors(&scanner, &HidPosScanner::deviceError);
    scanner.start();
    EXPECT_EQ(scanner.state(), HidPosScanner::State::WaitingForDevice);
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.at(0).at(0).toString().contains(QStringLiteral("not connected")));
    // Other devices arriving change nothing.
    usb.plug(usbDevice(1, 1, 0x1234, 0x5678, {}));
    EXPECT_EQ(usb.opens(), 0);
    usb.plug(scannerDevice());
    ASSERT_TRUE(waitUntil([&] { return scanner.state() == HidPosScanner::State::Ready; }, 3000));
}

TEST(HidPosScanner, DeviceWithoutHidInterruptEndpointIsAClearError)
{
    FakeUsbBackend usb;
    usb.plug(usbDevice(1, 2, kVendor, kProduct,
                       {usbInterface(0, 7, 1, 1, {endpoint(0x01, UsbEndpointInfo::Type::Bulk)})}));
    HidPosScanner scanner(&usb, kVendor, kProduct);
    QSignalSpy errors(&scanner, &HidPosScanner::deviceError);
    scanner.start();
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.at(0).at(0).toString().contains(QStringLiteral("no HID interface")));
    EXPECT_EQ(usb.opens(), 0);
}
