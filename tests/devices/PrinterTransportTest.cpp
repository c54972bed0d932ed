#include "devices/EscPosTestDecoder.h"
#include "devices/ReceiptSamples.h"
#include "printer/EscPosEncoder.h"
#include "printer/FilePrinterTransport.h"
#include "printer/ReceiptLayout.h"
#include "printer/SimulatedPrinter.h"
#include "printer/TcpPrinterTransport.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pos::devices;
using pos::test::waitUntil;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A loopback "printer" on port 9100's protocol: accepts connections and keeps every byte.
class FakeNetworkPrinter
{
public:
    FakeNetworkPrinter()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                m_sockets.append(socket);
                if (!m_reading) {
                    socket->setReadBufferSize(1024); // Qt stops draining the kernel buffer
                }
                if (m_reading) {
                    QObject::connect(socket, &QTcpSocket::readyRead,
                                     [this, socket] { m_received += socket->readAll(); });
                }
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void stopReading() { m_reading = false; }
    void closeConnections()
    {
        for (const auto &socket : m_sockets) {
            if (socket) {
                socket->disconnectFromHost();
            }
        }
    }

    QByteArray m_received;
    int m_connections = 0;

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    bool m_reading = true;
};
} // namespace

TEST(FilePrinterTransport, AppendsEveryJobToTheFile)
{
    QTemporaryDir dir(pos::test::outputDir() + QStringLiteral("/file-transport-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("lp0"));
    FilePrinterTransport transport(path);
    QSignalSpy written(&transport, &PrinterTransport::written);
    transport.write("first");
    EXPECT_EQ(written.count(), 0); // answered after the caller returns
    transport.write("second");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 2; }));
    EXPECT_EQ(written.at(0).at(0).toLongLong(), 5);
    EXPECT_EQ(written.at(1).at(0).toLongLong(), 6);
    EXPECT_EQ(readAll(path), QByteArray("firstsecond"));
    EXPECT_EQ(transport.state(), PrinterTransport::State::Ready);
}

TEST(FilePrinterTransport, UnwritablePathFailsWithAClearMessage)
{
    const QString path = QStringLiteral("/nonexistent-printer-dir/usb/lp0");
    FilePrinterTransport transport(path);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    QSignalSpy written(&transport, &PrinterTransport::written);
    transport.write("bytes");
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    const QString reason = failed.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains(path)) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("Cannot open"))) << reason.toStdString();
    EXPECT_EQ(written.count(), 0);
    EXPECT_EQ(transport.state(), PrinterTransport::State::Failed);
    EXPECT_EQ(transport.lastError(), reason);
}

TEST(TcpPrinterTransport, PrinterOnPort9100ReceivesExactlyTheReceiptBytes)
{
    FakeNetworkPrinter printer;
    ASSERT_NE(printer.port(), 0);
    TcpPrinterTransport transport(QStringLiteral("127.0.0.1"), printer.port());
    QSignalSpy written(&transport, &PrinterTransport::written);
    QSignalSpy failed(&transport, &PrinterTransport::failed);

    const QByteArray receipt = ReceiptLayout::toEscPos(pos::test::sampleReceipt(), 48);
    const QByteArray drawer = EscPosEncoder().drawerPulse().bytes();
    transport.write(receipt); // queued until connected
    transport.write(drawer);
    EXPECT_EQ(transport.state(), PrinterTransport::State::Connecting);

    ASSERT_TRUE(
        waitUntil([&] { return printer.m_received.size() >= receipt.size() + drawer.size(); }));
    ASSERT_TRUE(waitUntil([&] { return written.count() == 2; }));
    EXPECT_EQ(printer.m_received, receipt + drawer);
    EXPECT_EQ(written.at(0).at(0).toLongLong(), receipt.size());
    EXPECT_EQ(written.at(1).at(0).toLongLong(), drawer.size());
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(transport.state(), PrinterTransport::State::Ready);

    // The connection is reused for the next job.
    transport.write("again");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 3; }));
    ASSERT_TRUE(waitUntil([&] { return printer.m_received.endsWith("again"); }));
    EXPECT_EQ(printer.m_connections, 1);
}

TEST(TcpPrinterTransport, ReconnectsAfterThePrinterClosedTheConnection)
{
    FakeNetworkPrinter printer;
    TcpPrinterTransport transport(QStringLiteral("127.0.0.1"), printer.port());
    QSignalSpy written(&transport, &PrinterTransport::written);
    transport.write("one");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1 && printer.m_received == "one"; }));
    printer.closeConnections();
    ASSERT_TRUE(waitUntil([&] { return transport.state() == PrinterTransport::State::Idle; }));
    transport.write("two");
    ASSERT_TRUE(waitUntil([&] { return written.count() == 2 && printer.m_received == "onetwo"; }));
    EXPECT_EQ(printer.m_connections, 2);
}

TEST(TcpPrinterTransport, RefusedConnectionFailsEveryWaitingJob)
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    TcpPrinterTransport transport(QStringLiteral("127.0.0.1"), closedPort);
    transport.setTimeouts(2000, 2000);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    transport.write("a");
    transport.write("b");
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }));
    const QString reason = failed.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)))
        << reason.toStdString();
    EXPECT_EQ(transport.state(), PrinterTransport::State::Failed);
}

TEST(TcpPrinterTransport, PrinterThatStopsReadingTimesOut)
{
    FakeNetworkPrinter printer;
    printer.stopReading(); // accepts, never reads: the socket buffers fill up and stall
    TcpPrinterTransport transport(QStringLiteral("127.0.0.1"), printer.port());
    transport.setTimeouts(2000, 300);
    QSignalSpy failed(&transport, &PrinterTransport::failed);
    QSignalSpy written(&transport, &PrinterTransport::written);
    transport.write(QByteArray(64 * 1024 * 1024, 'x'));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 20000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("300 ms")))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_EQ(written.count(), 0);
}

TEST(SimulatedPrinter, KeepsBytesAndTextOfEachReceipt)
{
    QTemporaryDir dir(pos::test::outputDir() + QStringLiteral("/simulated-printer-XXXXXX"));
    SimulatedPrinter simulator(dir.path());
    QSignalSpy written(&simulator, &PrinterTransport::written);
    QSignalSpy drawer(&simulator, &SimulatedPrinter::drawerOpened);

    const auto receipt = pos::test::sampleReceipt();
    const QByteArray bytes = ReceiptLayout::toEscPos(receipt, ReceiptLayout::kColumns58mm);
    const QString text = ReceiptLayout::renderText(receipt, ReceiptLayout::kColumns58mm);
    simulator.writeDocument(bytes, text);
    simulator.writeDocument(bytes, text);
    simulator.write(EscPosEncoder().drawerPulse().bytes());
    ASSERT_TRUE(waitUntil([&] { return written.count() == 3; }));
    EXPECT_EQ(written.at(0).at(0).toLongLong(), bytes.size());
    EXPECT_EQ(drawer.count(), 1);

    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("receipt-1.bin"))), bytes);
    EXPECT_EQ(QString::fromUtf8(readAll(dir.filePath(QStringLiteral("receipt-2.txt")))), text);
    EXPECT_EQ(simulator.lastBinaryPath(), dir.filePath(QStringLiteral("receipt-2.bin")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("receipt-3.bin"))));

    // A new simulator on the same directory continues the numbering.
    SimulatedPrinter again(dir.path());
    QSignalSpy writtenAgain(&again, &PrinterTransport::written);
    again.write("raw");
    ASSERT_TRUE(waitUntil([&] { return writtenAgain.count() == 1; }));
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("receipt-3.bin"))), QByteArray("raw"));
    EXPECT_TRUE(again.lastTextPath().isEmpty());
}

TEST(FilePrinterTransport, WritesOffTheCallingThreadAndAnswersInOrder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lp0"));
    FilePrinterTransport transport(path);
    QSignalSpy written(&transport, &PrinterTransport::written);
    transport.write("first ");
    transport.write("second");
    EXPECT_EQ(written.count(), 0) << "answers come later, never from inside write()";
    ASSERT_TRUE(waitUntil([&] { return written.count() == 2; }));
    EXPECT_EQ(written.at(0).at(0).toLongLong(), 6);
    EXPECT_EQ(written.at(1).at(0).toLongLong(), 6);
    EXPECT_EQ(readAll(path), QByteArray("first second"));
}
