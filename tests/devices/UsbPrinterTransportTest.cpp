#include "printer/UsbPrinterTransport.h"
#include "devices/FakeUsbBackend.h"
#include "support/TestSupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pos::devices;
using pos::test::endpoint;
using pos::test::FakeUsbBackend;
using pos::test::usbDevice;
using pos::test::usbInterface;
using pos::test::waitUntil;
using Type = UsbEndpointInfo::Type;

namespace {
constexpr quint16 kVendor = 0x0416;
constexpr quint16 kProduct = 0x5011;

// A receipt printer as many Chinese models describe themselves: a vendor interface, a HID
// interface for the buttons, and the printer interface with a one-way and a bidirectional
// alternate setting.
UsbDeviceInfo receiptPrinter(quint8 address = 7)
{
    return usbDevice(
        1, address, kVendor, kProduct,
        {usbInterface(0, 0xFF, 0, 0, {endpoint(0x01, Type::Bulk)}),
         usbInterface(1, 3, 0, 0, {endpoint(0x83, Type::Interrupt, 8)}),
         usbInterface(2, 7, 1, 1, {endpoint(0x02, Type::Bulk, 512)}, 0),
         usbInterface(2, 7, 1, 2,
                      {endpoint(0x04, Type::Bulk, 512), endpoint(0x85, Type::Bulk, 512)}, 1)});
}

QByteArray pattern(int size, char seed)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i) {
        bytes[i] = static_cast<char>(seed + i % 251);
    }
    return bytes;
}
} // namespace

TEST(UsbPrinterTransport, PicksTheBidirectionalPrinterInterfaceAmongSeveral)
{
    const auto found = UsbPrinterTransport::findPrinterInterface(receiptPrinter());
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->number, 2);
    EXPECT_EQ(found->alternateSetting, 1);
    EXPECT_EQ(found->outEndpoint, 0x04);
    EXPECT_EQ(found->inEndpoint, 0x85);
    EXPECT_EQ(found->inPacketSize, 512);

    // One-way only: no IN endpoint even if the interface has one under protocol 1.
    const auto oneWay = UsbPrinterTransport::findPrinterInterface(usbDevice(
        1, 2, 1, 1,
        {usbInterface(0, 7, 1, 1, {endpoint(0x81, Type::Bulk), endpoint(0x01, Type::Bulk)})}));
    ASSERT_TRUE(oneWay.has_value());
    EXPECT_EQ(oneWay->outEndpoint, 0x01);
    EXPECT_EQ(oneWay->inEndpoint, 0);

    // IEEE 1284.4 (protocol 3) and interfaces without a bulk OUT are not ours.
    EXPECT_FALSE(UsbPrinterTransport::findPrinterInterface(
                     usbDevice(1, 2, 1, 1,
                               {usbInterface(0, 7, 1, 3, {endpoint(0x01, Type::Bulk)}),
                                usbInterface(1, 7, 1, 2, {endpoint(0x81, Type::Bulk)})}))
                     .has_value());
}

TEST(UsbPrinterTransport, ClaimsTheInterfaceAndWritesInOrderInChunks)
{
    FakeUsbBackend usb;
    usb.plug(receiptPrinter());
    UsbPrinterTransport transport(&usb, kVendor, kProduct);
    EXPECT_EQ(transport.description(), QStringLiteral("USB printer 0416:5011"));
    EXPECT_TRUE(transport.readsStatus());
    QSignalSpy written(&transport, &PrinterTransport::written);
    QSignalSpy failed(&transport, &PrinterTransport::failed);

    const QByteArray big = pattern(10000, 'a');
    const QByteArray small("\x1b\x70\x00\x19\xfa", 5);
    transport.write(big);
    transport.write(QByteArray());
    transport.write(small);
    EXPECT_EQ(written.count(), 0); // answered later, never inside write()
    EXPECT_EQ(transport.state(), PrinterTransport::State::Connecting);

    ASSERT_TRUE(waitUntil([&] { return written.count() == 3; }, 3000));
    EXPECT_EQ(written.at(0).at(0).toLongLong(), 10000);
    EXPECT_EQ(written.at(1).at(0).toLongLong(), 0);
    EXPECT_EQ(written.at(2).at(0).toLongLong(), 5);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(transport.state(), PrinterTransport::State::Ready);

    ASSERT_EQ(usb.claims().size(), 1);
    EXPECT_EQ(usb.claims().at(0).interfaceNumber, 2);
    EXPECT_EQ(usb.claims().at(0).alternateSetting, 1);
    ASSERT_EQ(usb.readers().size(), 1);
    EXPECT_EQ(usb.readers().at(0).endpoint, 0x85);

    QList<qsizetype> sizes;
    for (const auto &w : usb.writes()) {
        EXPECT_EQ(w.endpoint, 0x04);
        sizes << w.bytes.size();
    }
    EXPECT_EQ(sizes, (QList<qsizetype>{4096, 4096, 1808, 5}));
    EXPECT_EQ(usb.writtenBytes(), big + small);

    // The device stays open for the next job.
    transport.write("again");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 4; }, 3000));
    EXPECT_EQ(usb.opens(), 1);
}

TEST(UsbPrinterTransport, ShortTransferSendsTheRestOfTheChunk)
{
    FakeUsbBackend usb;
    usb.plug(receiptPrinter());
    UsbPrinterTransport transport(&usb, kVendor, kProduct);
    transport.setChunkSize(100);
    QSignalSpy written(&transport, &PrinterTransport::written);
    usb.answerNextWrite({30, {}});
    const QByteArray job = pattern(250, '0');
    transport.write(job);
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }, 3000));
    EXPECT_EQ(written.at(0).at(0).toLongLong(), 250);
    // 30 of the first 100 were taken; the next chunk starts at byte 30.
    QList<qsizetype> sizes;
    for (const auto &w : usb.writes()) {
        sizes << w.bytes.size();
    }
    EXPECT_EQ(sizes, (QList<qsizetype>{100, 100, 100, 20}));
    EXPECT_EQ(usb.writes().at(1).bytes, job.mid(30, 100));
}

TEST(UsbPrinterTransport, UnplugMidJobFailsEveryWaitingJobAndReplugPrintsAgain)
{
    FakeUsbBackend usb;
    usb.plug(receiptPrinter(7));
    UsbPrinterTransport transport(&usb, kVendor, kProduct);
    QSignalSpy written(&transport, &PrinterTransport::written);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    usb.setHoldWrites(true);
    transport.write(pattern(9000, 'a'));
    transport.write("second job");
    ASSERT_TRUE(waitUntil([&] { return usb.heldWrites() == 1; }, 3000));

    usb.unplug(1, 7);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }, 3000));
    for (const auto &args : failed) {
        EXPECT_TRUE(args.at(0).toString().contains(QStringLiteral("printer unplugged")))
            << args.at(0).toString().toStdString();
    }
    EXPECT_EQ(written.count(), 0);
    EXPECT_EQ(transport.state(), PrinterTransport::State::Failed);
    EXPECT_EQ(usb.closed().size(), 1);

    // Not back yet: a write fails at once (later, not inside write()).
    transport.write("while away");
    EXPECT_EQ(failed.count(), 2);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 3; }, 3000));
    EXPECT_TRUE(failed.at(2).at(0).toString().contains(QStringLiteral("not connected")));

    // Plugged in again, at a new address: the next write opens it.
    usb.setHoldWrites(false);
    usb.plug(receiptPrinter(9));
    transport.write("after replug");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }, 3000));
    EXPECT_EQ(written.at(0).at(0).toLongLong(), 12);
    EXPECT_EQ(usb.opens(), 2);
    EXPECT_EQ(usb.writes().last().bytes, QByteArray("after replug"));
    EXPECT_TRUE(usb.isOpen(usb.writes().last().handle));
    EXPECT_EQ(transport.state(), PrinterTransport::State::Ready);
}

TEST(UsbPrinterTransport, TransferReportingNoDeviceFailsLikeAnUnplug)
{
    FakeUsbBackend usb;
    usb.plug(receiptPrinter());
    UsbPrinterTransport transport(&usb, kVendor, kProduct);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    usb.answerNextWrite({0, {UsbError::Code::NoDevice, QStringLiteral("gone")}});
    transport.write("job");
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 3000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("printer unplugged")));
    EXPECT_EQ(usb.closed().size(), 1);
}

TEST(UsbPrinterTransport, PrinterTakingNoDataTimesOutButStaysOpen)
{
    FakeUsbBackend usb;
    usb.plug(receiptPrinter());
    UsbPrinterTransport transport(&usb, kVendor, kProduct);
    transport.setWriteTimeoutMs(50);
    QSignalSpy written(&transport, &PrinterTransport::written);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    usb.answerNextWrite({0, {UsbError::Code::Timeout, QStringLiteral("timeout")}});
    transport.write("job one");
    transport.write("job two");
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }, 3000));
    EXPECT_TRUE(
        failed.at(0).at(0).toString().contains(QStringLiteral("accepted no data for 50 ms")));
    EXPECT_EQ(usb.writes().at(0).timeoutMs, 50);
    transport.write("paper loaded");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }, 3000));
    EXPECT_EQ(usb.opens(), 1);
}

TEST(UsbPrinterTransport, StatusBytesFromBulkInArriveAsDataReceived)
{
    FakeUsbBackend usb;
    usb.plug(receiptPrinter());
    UsbPrinterTransport transport(&usb, kVendor, kProduct);
    QSignalSpy written(&transport, &PrinterTransport::written);
    QByteArray replies;
    QObject::connect(&transport, &PrinterTransport::dataReceived,
                     [&](const QByteArray &bytes) { replies += bytes; });
    transport.write(QByteArray("\x10\x04\x04", 3));
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }, 3000));
    ASSERT_TRUE(usb.sendToHost(1, 7, 0x85, QByteArray("\x12", 1)));
    ASSERT_TRUE(usb.sendToHost(1, 7, 0x85, QByteArray("\x10\x0f", 2)));
    ASSERT_TRUE(waitUntil([&] { return replies.size() == 3; }, 3000));
    EXPECT_EQ(replies, QByteArray("\x12\x10\x0f", 3));
}

TEST(UsbPrinterTransport, OneWayPrinterDoesNotReadStatus)
{
    FakeUsbBackend usb;
    usb.plug(
        usbDevice(1, 3, 0x0fe6, 0x811e, {usbInterface(0, 7, 1, 1, {endpoint(0x02, Type::Bulk)})}));
    UsbPrinterTransport transport(&usb, 0x0fe6, 0x811e);
    EXPECT_FALSE(transport.readsStatus());
    QSignalSpy written(&transport, &PrinterTransport::written);
    transport.write("x");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }, 3000));
    EXPECT_TRUE(usb.readers().isEmpty());
}

TEST(UsbPrinterTransport, DeviceWithoutPrinterInterfaceIsAClearError)
{
    FakeUsbBackend usb;
    usb.plug(usbDevice(1, 4, kVendor, kProduct,
                       {usbInterface(0, 3, 0, 0, {endpoint(0x81, Type::Interrupt)})}));
    UsbPrinterTransport transport(&usb, kVendor, kProduct);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    transport.write("job");
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 3000));
    const QString reason = failed.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("no USB printer interface")))
        << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("0416:5011")));
    EXPECT_EQ(usb.opens(), 0);
}

TEST(UsbPrinterTransport, OpenOrClaimFailureFailsTheJobsWithTheBackendsReason)
{
    FakeUsbBackend usb;
    usb.plug(receiptPrinter());
    UsbPrinterTransport transport(&usb, kVendor, kProduct);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    QSignalSpy written(&transport, &PrinterTransport::written);
    usb.failNextOpen(
        {UsbError::Code::Access, QStringLiteral("permission denied on /dev/bus/usb/001/007")});
    transport.write("a");
    transport.write("b");
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }, 3000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("permission denied")));

    usb.failNextClaim({UsbError::Code::Busy, QStringLiteral("interface in use")});
    transport.write("c");
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 3; }, 3000));
    EXPECT_TRUE(failed.at(2).at(0).toString().contains(QStringLiteral("interface in use")));

    transport.write("d"); // the next attempt opens afresh and works
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }, 3000));
    EXPECT_EQ(usb.opens(), 3);
    EXPECT_EQ(usb.writtenBytes(), QByteArray("d"));
}

TEST(UsbPrinterTransport, SerialNumberSelectsOneOfTwoIdenticalPrinters)
{
    FakeUsbBackend usb;
    UsbDeviceInfo first = receiptPrinter(5);
    first.serial = QStringLiteral("A1");
    UsbDeviceInfo second = receiptPrinter(6);
    second.serial = QStringLiteral("B2");
    usb.plug(first);
    usb.plug(second);
    UsbPrinterTransport transport(&usb, kVendor, kProduct, QStringLiteral("B2"));
    QSignalSpy written(&transport, &PrinterTransport::written);
    transport.write("x");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }, 3000));
    ASSERT_TRUE(usb.sendToHost(1, 6, 0x85, "s")); // the reader sits on the second one
    EXPECT_FALSE(usb.sendToHost(1, 5, 0x85, "s"));
}
