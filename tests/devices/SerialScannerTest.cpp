#include "scanner/SerialScanner.h"
#include "devices/PseudoTerminal.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pos::devices;
using pos::test::PseudoTerminal;
using pos::test::waitUntil;

namespace {
// Opens a scanner on a fresh pseudo-terminal behind a symlink named after the temporary dir,
// so parallel test processes never share a port name (QSerialPort locks by name).
class SerialScannerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_device->isOpen()) << "openpty failed";
        m_link = m_dir.filePath(QFileInfo(m_dir.path()).fileName() + QStringLiteral("-tty"));
        ASSERT_TRUE(m_device->linkAs(m_link));
    }

    std::unique_ptr<SerialScanner> startScanner(SerialScannerSettings::Suffix suffix,
                                                int partialTimeoutMs = 2000)
    {
        SerialScannerSettings settings;
        settings.portName = m_link;
        settings.suffix = suffix;
        settings.limits = ScanLimits{4, 32};
        settings.partialTimeoutMs = partialTimeoutMs;
        settings.reopenIntervalMs = 20;
        auto scanner = std::make_unique<SerialScanner>(settings);
        scanner->start();
        return scanner;
    }

    QTemporaryDir m_dir{pos::test::outputDir() + QStringLiteral("/serial-scanner-XXXXXX")};
    std::unique_ptr<PseudoTerminal> m_device = std::make_unique<PseudoTerminal>();
    QString m_link;
};

QStringList codes(const QSignalSpy &spy)
{
    QStringList result;
    for (const auto &args : spy) {
        result << args.at(0).toString();
    }
    return result;
}
} // namespace

TEST_F(SerialScannerTest, CodeEndedByCrIsEmittedWithThePortAsSource)
{
    auto scanner = startScanner(SerialScannerSettings::Suffix::Cr);
    ASSERT_EQ(scanner->state(), SerialScanner::State::Open) << scanner->lastError().toStdString();
    QSignalSpy scanned(scanner.get(), &ScannerSource::scanned);
    ASSERT_TRUE(m_device->send("134567890123456789\r"));
    ASSERT_TRUE(waitUntil([&] { return scanned.count() == 1; }, 3000));
    EXPECT_EQ(scanned.at(0).at(0).toString(), QStringLiteral("134567890123456789"));
    EXPECT_EQ(scanned.at(0).at(1).toString(), QStringLiteral("serial:") + m_link);
    EXPECT_EQ(scanner->sourceName(), QStringLiteral("serial:") + m_link);
}

TEST_F(SerialScannerTest, CrLfSuffixAndABurstSplitInPieces)
{
    auto scanner = startScanner(SerialScannerSettings::Suffix::CrLf);
    QSignalSpy scanned(scanner.get(), &ScannerSource::scanned);
    QSignalSpy rejected(scanner.get(), &SerialScanner::rejected);
    // The CR and the LF arrive in different reads: the code waits for both.
    for (const QByteArray &piece : {QByteArray("2876"), QByteArray("5432101"), QByteArray("\r")}) {
        ASSERT_TRUE(m_device->send(piece));
        QCoreApplication::processEvents();
    }
    ASSERT_TRUE(waitUntil([&] { return m_device->unreadBySlave() == 0; }, 3000));
    QCoreApplication::processEvents();
    EXPECT_EQ(scanned.count(), 0);
    ASSERT_TRUE(m_device->send("\n"));
    ASSERT_TRUE(waitUntil([&] { return scanned.count() == 1; }, 3000));
    EXPECT_EQ(codes(scanned), QStringList{QStringLiteral("28765432101")});
    EXPECT_EQ(rejected.count(), 0);
}

TEST_F(SerialScannerTest, TwoCodesInOneBurstAreTwoScans)
{
    auto scanner = startScanner(SerialScannerSettings::Suffix::Cr);
    QSignalSpy scanned(scanner.get(), &ScannerSource::scanned);
    ASSERT_TRUE(m_device->send("6212345678901234567\r6901234567892\r"));
    ASSERT_TRUE(waitUntil([&] { return scanned.count() == 2; }, 3000));
    EXPECT_EQ(codes(scanned), (QStringList{QStringLiteral("6212345678901234567"),
                                           QStringLiteral("6901234567892")}));
}

TEST_F(SerialScannerTest, GarbageIsRejectedAndNeverScanned)
{
    auto scanner = startScanner(SerialScannerSettings::Suffix::Cr);
    QSignalSpy scanned(scanner.get(), &ScannerSource::scanned);
    QSignalSpy rejected(scanner.get(), &SerialScanner::rejected);
    // Escape sequence, NUL, C1 control, too short, too long; then one good code.
    QByteArray burst("12\x1b[2J34\r");
    burst += QByteArray("1234\0"
                        "5678\r",
                        10);
    burst += "1234\x85"
             "5678\r";
    burst += "123\r";
    burst += QByteArray(40, '7') + "\r";
    burst += "6901234567892\r";
    ASSERT_TRUE(m_device->send(burst));
    ASSERT_TRUE(waitUntil([&] { return scanned.count() == 1; }, 3000));
    EXPECT_EQ(codes(scanned), QStringList{QStringLiteral("6901234567892")});
    ASSERT_EQ(rejected.count(), 5);
    EXPECT_TRUE(rejected.at(0).at(0).toString().contains(QStringLiteral("non-printable byte 0x1b")))
        << rejected.at(0).at(0).toString().toStdString();
    EXPECT_TRUE(rejected.at(1).at(0).toString().contains(QStringLiteral("0x00")));
    EXPECT_TRUE(rejected.at(2).at(0).toString().contains(QStringLiteral("0x85")));
    EXPECT_TRUE(rejected.at(3).at(0).toString().contains(QStringLiteral("too short")));
    EXPECT_TRUE(rejected.at(4).at(0).toString().contains(QStringLiteral("too long")));
}

TEST_F(SerialScannerTest, RunWithoutSuffixPastTheMaximumIsDroppedUpToTheNextSuffix)
{
    auto scanner = startScanner(SerialScannerSettings::Suffix::Cr);
    QSignalSpy scanned(scanner.get(), &ScannerSource::scanned);
    QSignalSpy rejected(scanner.get(), &SerialScanner::rejected);
    ASSERT_TRUE(m_device->send(QByteArray(100, '9')));
    ASSERT_TRUE(waitUntil([&] { return rejected.count() == 1; }, 3000));
    ASSERT_TRUE(m_device->send("12345\r6901234567892\r"));
    ASSERT_TRUE(waitUntil([&] { return scanned.count() == 1; }, 3000));
    // "12345" was the tail of the over-long run, not a code of its own.
    EXPECT_EQ(codes(scanned), QStringList{QStringLiteral("6901234567892")});
    EXPECT_EQ(rejected.count(), 1);
}

TEST_F(SerialScannerTest, PartialCodeWithoutSuffixIsDiscardedAfterTheTimeout)
{
    auto scanner = startScanner(SerialScannerSettings::Suffix::Cr, 40);
    QSignalSpy scanned(scanner.get(), &ScannerSource::scanned);
    QSignalSpy rejected(scanner.get(), &SerialScanner::rejected);
    ASSERT_TRUE(m_device->send("13456789"));
    ASSERT_TRUE(waitUntil([&] { return rejected.count() == 1; }, 3000));
    EXPECT_TRUE(rejected.at(0).at(0).toString().contains(QStringLiteral("incomplete scan")));
    // The dropped bytes do not prefix the next code.
    ASSERT_TRUE(m_device->send("6901234567892\r"));
    ASSERT_TRUE(waitUntil([&] { return scanned.count() == 1; }, 3000));
    EXPECT_EQ(codes(scanned), QStringList{QStringLiteral("6901234567892")});
}

TEST_F(SerialScannerTest, UnpluggedPortReportsAnErrorAndReopensWhenItComesBack)
{
    auto scanner = startScanner(SerialScannerSettings::Suffix::Cr);
    QSignalSpy scanned(scanner.get(), &ScannerSource::scanned);
    QSignalSpy errors(scanner.get(), &SerialScanner::deviceError);
    ASSERT_EQ(scanner->state(), SerialScanner::State::Open);

    m_device->hangUp();
    QFile::remove(m_link);
    ASSERT_TRUE(waitUntil([&] { return errors.count() == 1; }, 3000));
    EXPECT_EQ(scanner->state(), SerialScanner::State::Unavailable);
    EXPECT_TRUE(errors.at(0).at(0).toString().contains(m_link));
    EXPECT_TRUE(errors.at(0).at(0).toString().contains(QStringLiteral("unplugged")))
        << errors.at(0).at(0).toString().toStdString();

    m_device = std::make_unique<PseudoTerminal>();
    ASSERT_TRUE(m_device->linkAs(m_link));
    ASSERT_TRUE(waitUntil([&] { return scanner->state() == SerialScanner::State::Open; }, 3000));
    ASSERT_TRUE(m_device->send("6901234567892\r"));
    ASSERT_TRUE(waitUntil([&] { return scanned.count() == 1; }, 3000));
    EXPECT_EQ(errors.count(), 1); // the failed retries while it was missing stayed quiet
}

TEST_F(SerialScannerTest, MissingPortAtStartIsAnErrorNotACrash)
{
    SerialScannerSettings settings;
    settings.portName = m_dir.filePath(QStringLiteral("no-such-tty"));
    settings.reopenIntervalMs = 20;
    SerialScanner scanner(settings);
    QSignalSpy errors(&scanner, &SerialScanner::deviceError);
    scanner.start();
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(scanner.state(), SerialScanner::State::Unavailable);
    EXPECT_FALSE(scanner.lastError().isEmpty());
}
