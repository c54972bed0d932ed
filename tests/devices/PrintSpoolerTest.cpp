#include "printer/PrintSpooler.h"
#include "devices/ReceiptSamples.h"
#include "printer/FilePrinterTransport.h"
#include "printer/ReceiptLayout.h"
#include "printer/SimulatedPrinter.h"
#include "printer/TcpPrinterTransport.h"
#include "storage/Database.h"
#include "storage/DrawerLog.h"
#include "storage/PrintJobRepository.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace pos;
using namespace pos::devices;
using pos::storage::PrintJobKind;
using pos::storage::PrintJobState;
using pos::test::waitUntil;

namespace {
const QByteArray kQueryRound = QByteArray::fromHex("100401100402100404");
const QByteArray kDrawerPulse = QByteArray::fromHex("1b700019fa");

// Removes every DLE EOT query (10 04 n) from a received stream.
QByteArray withoutQueries(const QByteArray &stream)
{
    QByteArray out;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        if (i + 2 < stream.size() && stream[i] == '\x10' && stream[i + 1] == '\x04') {
            i += 2;
            continue;
        }
        out.append(stream[i]);
    }
    return out;
}

// A network printer on loopback that answers DLE EOT from a settable condition, the way an
// ESC/POS printer does: one byte 0xx1xx10 per query, on the same connection. A drawer pulse
// opens its drawer until the test closes it.
class FakeStatusPrinter
{
public:
    enum class Answer
    {
        Status,  // replies from the fields below
        Silent,  // reads but never answers
        Garbage, // answers every query with bytes no printer sends
    };

    FakeStatusPrinter() { listen(0); }

    bool listen(quint16 port)
    {
        if (!m_server) {
            m_server = std::make_unique<QTcpServer>();
            QObject::connect(m_server.get(), &QTcpServer::newConnection, [this] { accept(); });
        }
        return m_server->listen(QHostAddress::LocalHost, port);
    }
    // Pulls the cable: no listener, every connection dropped.
    void unplug()
    {
        for (const auto &socket : m_sockets) {
            if (socket) {
                socket->abort();
            }
        }
        m_sockets.clear();
        m_server.reset(); // deletes the sockets it accepted
    }
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }

    void setReady()
    {
        paperOut = coverOpen = offline = false;
        answer = Answer::Status;
    }

    Answer answer = Answer::Status;
    bool paperOut = false;
    bool coverOpen = false;
    bool offline = false;
    bool drawerOpen = false;

    QByteArray received;
    int queries = 0;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_sockets.append(socket);
            QObject::connect(socket, &QTcpSocket::readyRead, [this, socket] { read(socket); });
        }
    }

    void read(QTcpSocket *socket)
    {
        received += socket->readAll();
        QByteArray replies;
        while (m_scanned + 2 < received.size()) {
            const char a = received[m_scanned];
            const char b = received[m_scanned + 1];
            if (a == '\x10' && b == '\x04') {
                ++queries;
                replies += reply(quint8(received[m_scanned + 2]));
                m_scanned += 3;
                continue;
            }
            if (a == '\x1b' && b == 'p') {
                drawerOpen = true;
            }
            ++m_scanned;
        }
        if (!replies.isEmpty()) {
            socket->write(replies);
        }
    }

    QByteArray reply(quint8 n) const
    {
        if (answer == Answer::Silent) {
            return {};
        }
        if (answer == Answer::Garbage) {
            return QByteArray::fromHex("ff0041");
        }
        int byte = 0x12;
        switch (n) {
        case 1:
            byte |= (drawerOpen ? 0x04 : 0) | (offline || paperOut || coverOpen ? 0x08 : 0);
            break;
        case 2:
            byte |= (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            break;
        case 4:
            byte |= paperOut ? 0x60 : 0;
            break;
        default:
            return {};
        }
        return QByteArray(1, char(byte));
    }

    std::unique_ptr<QTcpServer> m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    qsizetype m_scanned = 0;
};

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

PrintSpoolerSettings fastSettings()
{
    PrintSpoolerSettings settings;
    settings.statusPollMs = 20;
    settings.retryMs = 30;
    settings.statusReplyTimeoutMs = 1000; // a loaded machine must not make a ready printer late
    settings.drawerOpenAlertMs = 10000;
    settings.drawerSenseMs = 3000;
    return settings;
}

class PrintSpoolerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(openDatabase().ok());
        m_receipt = pos::test::sampleReceipt();
        m_receipt.isCopy = false;
        m_receiptBytes = ReceiptLayout::toEscPos(m_receipt, ReceiptLayout::kColumns80mm);
        // The assertions below strip queries from the stream; a receipt must not look like one.
        ASSERT_FALSE(m_receiptBytes.contains(QByteArray::fromHex("1004")));
    }
    void TearDown() override
    {
        m_spooler.reset();
        m_database.close();
    }

    Status openDatabase()
    {
        static int counter = 0;
        return m_database.open(QDir(m_dir.path()).filePath(QStringLiteral("pos.sqlite")),
                               QStringLiteral("spooler-test-%1").arg(++counter));
    }

    PrintSpooler &spoolerOn(PrinterTransport *transport,
                            PrintSpoolerSettings settings = fastSettings())
    {
        m_spooler = std::make_unique<PrintSpooler>(m_database, transport,
                                                   ReceiptLayout::kColumns80mm, settings);
        return *m_spooler;
    }
    PrintSpooler &spoolerOn(const FakeStatusPrinter &printer,
                            PrintSpoolerSettings settings = fastSettings())
    {
        auto *transport = new TcpPrinterTransport(QStringLiteral("127.0.0.1"), printer.port());
        transport->setTimeouts(1000, 2000);
        return spoolerOn(transport, settings);
    }

    storage::PrintJob job(qint64 id)
    {
        auto found = storage::PrintJobRepository(m_database).find(id);
        EXPECT_TRUE(found.ok());
        return found.ok() ? found.value() : storage::PrintJob{};
    }

    QTemporaryDir m_dir;
    storage::Database m_database;
    std::unique_ptr<PrintSpooler> m_spooler;
    ReceiptData m_receipt;
    QByteArray m_receiptBytes;
};
} // namespace

TEST_F(PrintSpoolerTest, PrinterReceivesStatusQueriesThenExactlyTheReceipt)
{
    FakeStatusPrinter printer;
    PrintSpooler &spooler = spoolerOn(printer);
    QSignalSpy queued(&spooler, &PrintSpooler::jobQueued);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    spooler.start();

    auto id = spooler.printReceipt(m_receipt, QStringLiteral("ORD-1"));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    ASSERT_EQ(queued.count(), 1);
    EXPECT_EQ(queued.at(0).at(0).toLongLong(), *id);
    EXPECT_EQ(job(*id).state, PrintJobState::Queued) << "stored before anything is sent";

    ASSERT_TRUE(waitUntil([&] { return printed.count() == 1; }));
    EXPECT_EQ(printed.at(0).at(0).toLongLong(), *id);
    ASSERT_TRUE(waitUntil([&] { return printer.received.endsWith(m_receiptBytes); }));
    EXPECT_TRUE(printer.received.startsWith(kQueryRound));
    EXPECT_EQ(withoutQueries(printer.received), m_receiptBytes);
    // Only whole query rounds precede the receipt.
    const QByteArray before =
        printer.received.left(printer.received.size() - m_receiptBytes.size());
    EXPECT_EQ(before.size() % kQueryRound.size(), 0);
    EXPECT_EQ(before, kQueryRound.repeated(before.size() / kQueryRound.size()));

    const storage::PrintJob stored = job(*id);
    EXPECT_EQ(stored.state, PrintJobState::Printed);
    EXPECT_EQ(stored.kind, PrintJobKind::Receipt);
    EXPECT_EQ(stored.orderId, QStringLiteral("ORD-1"));
    EXPECT_EQ(stored.bytes, m_receiptBytes);
    EXPECT_EQ(stored.attempts, 0);
    EXPECT_GT(stored.printedAtMs, 0);
    EXPECT_EQ(spooler.queuedCount(), 0);
    EXPECT_TRUE(spooler.status().canPrint());
}

TEST_F(PrintSpoolerTest, PaperOutKeepsTheJobQueuedUntilThePrinterIsReady)
{
    FakeStatusPrinter printer;
    printer.paperOut = true;
    PrintSpooler &spooler = spoolerOn(printer);
    QSignalSpy waiting(&spooler, &PrintSpooler::jobWaiting);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    QSignalSpy status(&spooler, &PrintSpooler::statusChanged);
    spooler.start();
    auto id = spooler.printReceipt(m_receipt, QStringLiteral("ORD-2"));
    ASSERT_TRUE(id.ok());

    ASSERT_TRUE(waitUntil([&] { return waiting.count() >= 1; }));
    EXPECT_EQ(waiting.at(0).at(0).toLongLong(), *id);
    EXPECT_EQ(waiting.at(0).at(1).toString(), QStringLiteral("Paper out"));
    // It keeps asking while it waits, and sends nothing else.
    ASSERT_TRUE(waitUntil([&] { return printer.queries >= 12; }));
    EXPECT_TRUE(withoutQueries(printer.received).isEmpty());
    EXPECT_EQ(printed.count(), 0);
    EXPECT_EQ(job(*id).state, PrintJobState::Queued);
    EXPECT_EQ(spooler.queuedCount(), 1);
    EXPECT_TRUE(spooler.status().paperOut);
    EXPECT_FALSE(spooler.status().canPrint());
    ASSERT_GE(status.count(), 1);
    EXPECT_TRUE(status.last().at(0).value<PrinterStatus>().paperOut);
    EXPECT_EQ(waiting.count(), 1) << "the same reason is reported once";

    printer.coverOpen = true;
    printer.paperOut = false;
    ASSERT_TRUE(waitUntil([&] { return waiting.count() == 2; }));
    EXPECT_EQ(waiting.at(1).at(1).toString(), QStringLiteral("Cover open"));

    printer.setReady();
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 1; }));
    ASSERT_TRUE(waitUntil([&] { return printer.received.endsWith(m_receiptBytes); }));
    EXPECT_EQ(withoutQueries(printer.received), m_receiptBytes);
    EXPECT_EQ(job(*id).state, PrintJobState::Printed);
    EXPECT_EQ(job(*id).attempts, 0) << "waiting for paper is not a failed attempt";
    EXPECT_TRUE(spooler.status().canPrint());
}

TEST_F(PrintSpoolerTest, UnpluggedPrinterKeepsJobsQueuedAndPrintsWhenBack)
{
    FakeStatusPrinter printer;
    const quint16 port = printer.port();
    PrintSpooler &spooler = spoolerOn(printer);
    QSignalSpy waiting(&spooler, &PrintSpooler::jobWaiting);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    spooler.start();
    auto first = spooler.printReceipt(m_receipt, QStringLiteral("ORD-3"));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 1; }));

    printer.unplug();
    const int receivedBefore = int(printer.received.size());
    auto second = spooler.printReceipt(m_receipt, QStringLiteral("ORD-4"));
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(waitUntil([&] { return job(*second).attempts >= 2; }));
    ASSERT_GE(waiting.count(), 2);
    EXPECT_EQ(waiting.at(0).at(0).toLongLong(), *second);
    const storage::PrintJob stalled = job(*second);
    EXPECT_EQ(stalled.state, PrintJobState::Queued);
    EXPECT_TRUE(stalled.lastError.contains(QStringLiteral("127.0.0.1:%1").arg(port)))
        << stalled.lastError.toStdString();
    EXPECT_FALSE(spooler.status().reachable);
    EXPECT_EQ(spooler.status().describe(), QStringLiteral("Printer not responding"));
    EXPECT_EQ(printed.count(), 1);

    ASSERT_TRUE(printer.listen(port)); // plugged back in
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 2; }));
    EXPECT_EQ(printed.at(1).at(0).toLongLong(), *second);
    ASSERT_TRUE(waitUntil([&] { return printer.received.endsWith(m_receiptBytes); }));
    EXPECT_EQ(withoutQueries(printer.received.mid(receivedBefore)), m_receiptBytes);
    EXPECT_EQ(job(*second).state, PrintJobState::Printed);
    EXPECT_TRUE(spooler.status().canPrint());
}

TEST_F(PrintSpoolerTest, PrinterNeverListeningFailsUntilItAppears)
{
    const quint16 port = unusedPort();
    auto *transport = new TcpPrinterTransport(QStringLiteral("127.0.0.1"), port);
    PrintSpooler &spooler = spoolerOn(transport);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    spooler.start();
    auto id = spooler.printReceipt(m_receipt, QStringLiteral("ORD-5"));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(waitUntil([&] { return job(*id).attempts >= 1; }));
    EXPECT_EQ(job(*id).state, PrintJobState::Queued);

    FakeStatusPrinter printer;
    printer.unplug();
    ASSERT_TRUE(printer.listen(port));
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 1; }));
    ASSERT_TRUE(waitUntil([&] { return printer.received.endsWith(m_receiptBytes); }));
    EXPECT_EQ(withoutQueries(printer.received), m_receiptBytes);
}

TEST_F(PrintSpoolerTest, NewSpoolerAfterACrashPrintsWhatWasLeftQueuedInOrder)
{
    FakeStatusPrinter printer;
    printer.paperOut = true;
    qint64 first = 0;
    qint64 second = 0;
    {
        PrintSpooler &spooler = spoolerOn(printer);
        QSignalSpy waiting(&spooler, &PrintSpooler::jobWaiting);
        spooler.start();
        first = spooler.printReceipt(m_receipt, QStringLiteral("ORD-6")).value();
        ASSERT_TRUE(waitUntil([&] { return waiting.count() >= 1; }));
        ReceiptData copy = m_receipt;
        copy.isCopy = true;
        second = spooler.printReceipt(copy, QStringLiteral("ORD-6")).value();
        m_spooler.reset(); // the process dies here
    }
    m_database.close();
    ASSERT_TRUE(openDatabase().ok());

    printer.setReady();
    PrintSpooler &restarted = spoolerOn(printer);
    EXPECT_EQ(restarted.queuedCount(), 2);
    QSignalSpy printed(&restarted, &PrintSpooler::jobPrinted);
    QSignalSpy queueChanged(&restarted, &PrintSpooler::queueChanged);
    restarted.start();
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 2; }));
    EXPECT_EQ(printed.at(0).at(0).toLongLong(), first);
    EXPECT_EQ(printed.at(1).at(0).toLongLong(), second);
    ReceiptData copy = m_receipt;
    copy.isCopy = true;
    const QByteArray copyBytes = ReceiptLayout::toEscPos(copy, ReceiptLayout::kColumns80mm);
    ASSERT_TRUE(waitUntil([&] { return printer.received.endsWith(copyBytes); }));
    EXPECT_EQ(withoutQueries(printer.received), m_receiptBytes + copyBytes);
    EXPECT_EQ(restarted.queuedCount(), 0);
    ASSERT_GE(queueChanged.count(), 1);
    EXPECT_EQ(queueChanged.last().at(0).toInt(), 0);
}

TEST_F(PrintSpoolerTest, CopyReprintIsStoredAsACopyWithTheMarkInItsPreview)
{
    QTemporaryDir out(pos::test::outputDir() + QStringLiteral("/spooler-copy-XXXXXX"));
    auto *simulator = new SimulatedPrinter(out.path());
    PrintSpooler &spooler = spoolerOn(simulator);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    spooler.start();
    ReceiptData copy = m_receipt;
    copy.isCopy = true;
    auto id = spooler.printReceipt(copy, QStringLiteral("ORD-7"));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 1; }));
    const storage::PrintJob stored = job(*id);
    EXPECT_EQ(stored.kind, PrintJobKind::Copy);
    EXPECT_TRUE(stored.preview.contains(QStringLiteral("COPY"))) << stored.preview.toStdString();
    EXPECT_EQ(stored.preview, ReceiptLayout::renderText(copy, ReceiptLayout::kColumns80mm));

    auto last = storage::PrintJobRepository(m_database).lastReceiptFor(QStringLiteral("ORD-7"));
    ASSERT_TRUE(last.ok() && last->has_value());
    EXPECT_EQ((**last).id, *id);
    // The simulator kept the copy and no file for the status queries.
    QFile text(simulator->lastTextPath());
    ASSERT_TRUE(text.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(text.readAll()).contains(QStringLiteral("COPY")));
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files).size(), 2); // .bin and .txt
}

TEST_F(PrintSpoolerTest, SimulatedPrinterStatusHoldsJobsLikeARealOne)
{
    QTemporaryDir out(pos::test::outputDir() + QStringLiteral("/spooler-sim-XXXXXX"));
    auto *simulator = new SimulatedPrinter(out.path());
    PrinterStatus paperOut;
    paperOut.paperOut = true;
    simulator->setSimulatedStatus(paperOut);
    PrintSpooler &spooler = spoolerOn(simulator);
    QSignalSpy waiting(&spooler, &PrintSpooler::jobWaiting);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    spooler.start();
    auto id = spooler.printReceipt(m_receipt, QStringLiteral("ORD-8"));
    ASSERT_TRUE(waitUntil([&] { return waiting.count() == 1; }));
    EXPECT_EQ(waiting.at(0).at(1).toString(), QStringLiteral("Paper out"));
    EXPECT_TRUE(QDir(out.path()).entryList(QDir::Files).isEmpty());

    simulator->setSimulatedStatus(PrinterStatus());
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 1; }));
    QFile bin(simulator->lastBinaryPath());
    ASSERT_TRUE(bin.open(QIODevice::ReadOnly));
    EXPECT_EQ(bin.readAll(), m_receiptBytes);
    EXPECT_EQ(job(*id).state, PrintJobState::Printed);
}

TEST_F(PrintSpoolerTest, TransportWithoutStatusJustWrites)
{
    QTemporaryDir out(pos::test::outputDir() + QStringLiteral("/spooler-file-XXXXXX"));
    const QString path = out.filePath(QStringLiteral("lp0"));
    PrintSpooler &spooler = spoolerOn(new FilePrinterTransport(path));
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    spooler.start();
    auto test =
        spooler.printDocument(PrintJobKind::Test, {}, "test page\n", QStringLiteral("test"));
    ASSERT_TRUE(test.ok());
    auto receipt = spooler.printReceipt(m_receipt, QStringLiteral("ORD-9"));
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 2; }));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("test page\n") + m_receiptBytes);
    EXPECT_TRUE(job(*test).orderId.isEmpty());

    EXPECT_FALSE(spooler.printDocument(PrintJobKind::Drawer, {}, kDrawerPulse, {}).ok())
        << "a drawer pulse must go through openDrawer() so it is logged";
    EXPECT_FALSE(spooler.printDocument(PrintJobKind::Report, {}, {}, {}).ok()) << "empty job";
}

TEST_F(PrintSpoolerTest, FailedWritesOnAFileTransportAreRetriedNeverDropped)
{
    QTemporaryDir out(pos::test::outputDir() + QStringLiteral("/spooler-file-XXXXXX"));
    const QString dir = out.filePath(QStringLiteral("usb"));
    const QString path = dir + QStringLiteral("/lp0");
    PrintSpooler &spooler = spoolerOn(new FilePrinterTransport(path));
    QSignalSpy waiting(&spooler, &PrintSpooler::jobWaiting);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    spooler.start();
    auto id = spooler.printReceipt(m_receipt, QStringLiteral("ORD-10"));
    ASSERT_TRUE(waitUntil([&] { return job(*id).attempts >= 2; }));
    EXPECT_TRUE(waiting.at(0).at(1).toString().contains(path));
    EXPECT_FALSE(spooler.status().reachable);
    ASSERT_TRUE(QDir().mkpath(dir)); // the printer appears
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 1; }));
    EXPECT_TRUE(spooler.status().canPrint());
    EXPECT_EQ(job(*id).state, PrintJobState::Printed);
}

TEST_F(PrintSpoolerTest, AbandonedJobIsNeverPrintedAndTheNextOneGoes)
{
    FakeStatusPrinter printer;
    printer.coverOpen = true;
    PrintSpooler &spooler = spoolerOn(printer);
    QSignalSpy waiting(&spooler, &PrintSpooler::jobWaiting);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    spooler.start();
    auto stuck = spooler.printDocument(PrintJobKind::Report, {}, "REPORT\n", QStringLiteral("r"));
    auto next = spooler.printReceipt(m_receipt, QStringLiteral("ORD-11"));
    ASSERT_TRUE(waitUntil([&] { return waiting.count() == 1; }));
    EXPECT_EQ(waiting.at(0).at(0).toLongLong(), *stuck);
    EXPECT_EQ(spooler.currentJobId(), *stuck);

    ASSERT_TRUE(spooler.abandon(*stuck).ok());
    EXPECT_EQ(job(*stuck).state, PrintJobState::Abandoned);
    EXPECT_FALSE(spooler.abandon(*stuck).ok()) << "only a queued job can be abandoned";
    printer.setReady();
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 1; }));
    EXPECT_EQ(printed.at(0).at(0).toLongLong(), *next);
    ASSERT_TRUE(waitUntil([&] { return printer.received.endsWith(m_receiptBytes); }));
    EXPECT_EQ(withoutQueries(printer.received), m_receiptBytes);
}

TEST_F(PrintSpoolerTest, DrawerPulseIsLoggedAndItsClosingRecorded)
{
    FakeStatusPrinter printer;
    PrintSpooler &spooler = spoolerOn(printer);
    QSignalSpy drawer(&spooler, &PrintSpooler::drawerStateChanged);
    QSignalSpy leftOpen(&spooler, &PrintSpooler::drawerLeftOpen);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    storage::DrawerLog log(m_database);
    spooler.start();

    auto id = spooler.openDrawer(7, QStringLiteral("ORD-12"), QStringLiteral("cash sale"));
    ASSERT_TRUE(id.ok());
    // Logged before the pulse leaves.
    auto open = log.openEvent();
    ASSERT_TRUE(open.ok() && open->has_value());
    const storage::DrawerEvent event = **open;
    EXPECT_EQ(event.cashierId, 7);
    EXPECT_EQ(event.orderId, QStringLiteral("ORD-12"));
    EXPECT_EQ(event.reason, QStringLiteral("cash sale"));
    EXPECT_FALSE(event.isClosed());

    ASSERT_TRUE(waitUntil([&] { return drawer.count() == 1; }));
    EXPECT_TRUE(drawer.at(0).at(0).toBool());
    EXPECT_TRUE(spooler.drawerOpen());
    EXPECT_EQ(printed.count(), 1);
    EXPECT_EQ(job(*id).kind, PrintJobKind::Drawer);
    EXPECT_EQ(job(*id).state, PrintJobState::Printed);
    EXPECT_EQ(withoutQueries(printer.received), kDrawerPulse);
    EXPECT_EQ(printer.received.count(kDrawerPulse), 1);

    printer.drawerOpen = false; // the cashier shuts it
    ASSERT_TRUE(waitUntil([&] { return drawer.count() == 2; }));
    EXPECT_FALSE(drawer.at(1).at(0).toBool());
    auto events = log.list(0);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1u);
    EXPECT_TRUE(events->front().isClosed());
    EXPECT_GE(events->front().closedAtMs, events->front().openedAtMs);
    EXPECT_EQ(leftOpen.count(), 0);

    // A "no sale" opening has no order.
    auto noSale = spooler.openDrawer(7, QString(), QStringLiteral("no sale"));
    ASSERT_TRUE(noSale.ok());
    auto nulls = m_database.exec(
        QStringLiteral("SELECT COUNT(*) FROM drawer_events WHERE order_id IS NULL AND "
                       "cashier_id = 7 AND reason = 'no sale'"));
    ASSERT_TRUE(nulls.ok() && nulls->next());
    EXPECT_EQ(nulls->value(0).toInt(), 1);
    auto noOrderJob = m_database.exec(QStringLiteral(
        "SELECT COUNT(*) FROM print_jobs WHERE kind = 'drawer' AND order_id IS NULL"));
    ASSERT_TRUE(noOrderJob.ok() && noOrderJob->next());
    EXPECT_EQ(noOrderJob->value(0).toInt(), 1);
}

TEST_F(PrintSpoolerTest, DrawerLeftOpenIsReported)
{
    FakeStatusPrinter printer;
    PrintSpoolerSettings settings = fastSettings();
    settings.drawerOpenAlertMs = 80;
    PrintSpooler &spooler = spoolerOn(printer, settings);
    QSignalSpy leftOpen(&spooler, &PrintSpooler::drawerLeftOpen);
    spooler.start();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    auto id = spooler.openDrawer(0, QString(), QStringLiteral("no sale"));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(waitUntil([&] { return leftOpen.count() == 1; }));
    const qint64 since = leftOpen.at(0).at(0).toLongLong();
    EXPECT_GE(since, before);
    EXPECT_LE(since, QDateTime::currentMSecsSinceEpoch() - settings.drawerOpenAlertMs);
    const int queriesAtAlert = printer.queries;
    ASSERT_TRUE(waitUntil([&] { return printer.queries >= queriesAtAlert + 3; }));
    EXPECT_EQ(leftOpen.count(), 1) << "once per opening";

    auto open = storage::DrawerLog(m_database).openEvent();
    ASSERT_TRUE(open.ok() && open->has_value());
    EXPECT_EQ((**open).cashierId, 0) << "nobody signed in is stored as NULL";
    EXPECT_FALSE((**open).isClosed());

    printer.drawerOpen = false;
    ASSERT_TRUE(waitUntil([&] {
        auto still = storage::DrawerLog(m_database).openEvent();
        return still.ok() && !still->has_value();
    }));
}

TEST_F(PrintSpoolerTest, GarbageRepliesAreRejectedAndTheJobWaits)
{
    FakeStatusPrinter printer;
    printer.answer = FakeStatusPrinter::Answer::Garbage;
    PrintSpoolerSettings settings = fastSettings();
    settings.statusReplyTimeoutMs = 100;
    PrintSpooler &spooler = spoolerOn(printer, settings);
    QSignalSpy waiting(&spooler, &PrintSpooler::jobWaiting);
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    spooler.start();
    auto id = spooler.printReceipt(m_receipt, QStringLiteral("ORD-13"));
    ASSERT_TRUE(waitUntil([&] { return waiting.count() >= 1; }));
    EXPECT_TRUE(waiting.at(0).at(1).toString().contains(QStringLiteral("did not answer")))
        << waiting.at(0).at(1).toString().toStdString();
    EXPECT_FALSE(spooler.status().canPrint());
    EXPECT_TRUE(withoutQueries(printer.received).isEmpty());
    EXPECT_EQ(job(*id).state, PrintJobState::Queued);

    printer.answer = FakeStatusPrinter::Answer::Silent;
    const int failures = job(*id).attempts;
    ASSERT_TRUE(waitUntil([&] { return job(*id).attempts > failures; }));
    EXPECT_TRUE(withoutQueries(printer.received).isEmpty());

    printer.setReady();
    ASSERT_TRUE(waitUntil([&] { return printed.count() == 1; }));
    ASSERT_TRUE(waitUntil([&] { return printer.received.endsWith(m_receiptBytes); }));
    EXPECT_EQ(withoutQueries(printer.received), m_receiptBytes);
}
