#include "printer/SerialPrinterTransport.h"
#include "devices/PseudoTerminal.h"
#include "devices/ReceiptSamples.h"
#include "printer/EscPosEncoder.h"
#include "printer/ReceiptLayout.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pos::devices;
using pos::test::PseudoTerminal;
using pos::test::waitUntil;

namespace {
class SerialPrinterTransportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_printer->isOpen()) << "openpty failed";
        m_link = m_dir.filePath(QFileInfo(m_dir.path()).fileName() + QStringLiteral("-tty"));
        ASSERT_TRUE(m_printer->linkAs(m_link));
    }

    QTemporaryDir m_dir{pos::test::outputDir() + QStringLiteral("/serial-printer-XXXXXX")};
    std::unique_ptr<PseudoTerminal> m_printer = std::make_unique<PseudoTerminal>();
    QString m_link;
};
} // namespace

TEST_F(SerialPrinterTransportTest, ReceiptBytesArriveByteExactWithOneAnswerPerJob)
{
    SerialPrinterTransport transport(m_link, 115200);
    QSignalSpy written(&transport, &PrinterTransport::written);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    // Every byte value, including CR, LF, XON/XOFF and DLE EOT, must pass untouched.
    QByteArray allBytes;
    for (int i = 0; i < 256; ++i) {
        allBytes.append(static_cast<char>(i));
    }
    const QByteArray receipt = ReceiptLayout::toEscPos(pos::test::sampleReceipt(), 48);
    const QByteArray drawer = EscPosEncoder().drawerPulse().bytes();

    transport.write(receipt);
    transport.write(QByteArray());
    transport.write(allBytes);
    transport.write(drawer);
    EXPECT_EQ(written.count(), 0); // answered after the caller returns
    EXPECT_TRUE(transport.readsStatus());

    ASSERT_TRUE(waitUntil([&] { return written.count() == 4; }, 5000));
    const QByteArray expected = receipt + allBytes + drawer;
    ASSERT_TRUE(waitUntil([&] { return m_printer->received().size() >= expected.size(); }, 5000));
    EXPECT_EQ(m_printer->received(), expected);
    EXPECT_EQ(written.at(0).at(0).toLongLong(), receipt.size());
    EXPECT_EQ(written.at(1).at(0).toLongLong(), 0);
    EXPECT_EQ(written.at(2).at(0).toLongLong(), 256);
    EXPECT_EQ(written.at(3).at(0).toLongLong(), drawer.size());
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(transport.state(), PrinterTransport::State::Ready);
}

TEST_F(SerialPrinterTransportTest, StatusRepliesFromThePrinterArriveAsDataReceived)
{
    SerialPrinterTransport transport(m_link);
    QSignalSpy written(&transport, &PrinterTransport::written);
    QByteArray replies;
    QObject::connect(&transport, &PrinterTransport::dataReceived,
                     [&](const QByteArray &bytes) { replies += bytes; });
    transport.write(QByteArray("\x10\x04\x01", 3)); // DLE EOT 1
    ASSERT_TRUE(waitUntil([&] { return m_printer->received() == "\x10\x04\x01"; }, 3000));
    ASSERT_TRUE(m_printer->send(QByteArray("\x16", 1)));
    ASSERT_TRUE(m_printer->send(QByteArray("\x10\x0f\x00\x00", 4))); // automatic status back
    ASSERT_TRUE(waitUntil([&] { return replies.size() == 5; }, 3000));
    EXPECT_EQ(replies, QByteArray("\x16\x10\x0f\x00\x00", 5));
    EXPECT_EQ(written.count(), 1);
}

TEST_F(SerialPrinterTransportTest, MissingPortFailsTheJobLaterWithTheReason)
{
    SerialPrinterTransport transport(m_dir.filePath(QStringLiteral("no-such-tty")));
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    transport.write("one");
    transport.write("two");
    EXPECT_EQ(failed.count(), 0); // never from inside write()
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }, 3000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("cannot open")))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("no-such-tty")));
    EXPECT_EQ(transport.state(), PrinterTransport::State::Failed);
}

TEST_F(SerialPrinterTransportTest, VanishedPortFailsAndTheNextWriteReopens)
{
    SerialPrinterTransport transport(m_link);
    QSignalSpy written(&transport, &PrinterTransport::written);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    transport.write("first");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }, 3000));

    m_printer->hangUp(); // the USB-serial adapter is pulled
    ASSERT_TRUE(
        waitUntil([&] { return transport.state() == PrinterTransport::State::Failed; }, 3000));
    EXPECT_TRUE(transport.lastError().contains(QStringLiteral("unplugged")))
        << transport.lastError().toStdString();
    EXPECT_EQ(failed.count(), 0); // no job was waiting

    m_printer = std::make_unique<PseudoTerminal>();
    ASSERT_TRUE(m_printer->linkAs(m_link));
    transport.write("second");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 2; }, 3000));
    ASSERT_TRUE(waitUntil([&] { return m_printer->received() == "second"; }, 3000));
    EXPECT_EQ(transport.state(), PrinterTransport::State::Ready);
}

TEST_F(SerialPrinterTransportTest, PrinterThatTakesNoDataFailsAfterTheWriteTimeout)
{
    SerialPrinterTransport transport(m_link);
    transport.setWriteTimeoutMs(100);
    QSignalSpy written(&transport, &PrinterTransport::written);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    m_printer->stopReading(); // the kernel buffers fill up, then nothing moves
    transport.write(QByteArray(4 * 1024 * 1024, 'x'));
    transport.write("after");
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }, 5000));
    EXPECT_EQ(written.count(), 0);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("accepted no data")));
    EXPECT_EQ(transport.state(), PrinterTransport::State::Failed);
}

TEST(SerialPrinterTransport, DescriptionNamesPortAndBaudRate)
{
    SerialPrinterTransport transport(QStringLiteral("ttyUSB0"));
    EXPECT_EQ(transport.description(), QStringLiteral("serial printer ttyUSB0 at 9600 baud"));
}
