#include "scanner/ScannerHub.h"
#include "scanner/SimulatedScanner.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace pos::devices;

namespace {

// A scanner whose device can be unplugged by the test.
class UnpluggableScanner : public ScannerSource
{
public:
    QString sourceName() const override { return QStringLiteral("serial:/dev/ttyACM0"); }
    void unplug() { emit deviceError(QStringLiteral("scanner unplugged")); }
    void plugBack() { emit deviceReady(); }
};

TEST(ScannerHubTest, CodesFromEverySourceComeOutOnce)
{
    ScannerHub hub;
    SimulatedScanner first;
    SimulatedScanner second;
    hub.addSource(&first);
    hub.addSource(&second);
    QSignalSpy scanned(&hub, &ScannerSource::scanned);

    first.scan(QStringLiteral("6901234500011"));
    second.scan(QStringLiteral("280000000000000000"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return scanned.size() == 2; }, 2000));
    EXPECT_EQ(scanned.at(0).at(0).toString(), QStringLiteral("6901234500011"));
    EXPECT_EQ(scanned.at(1).at(0).toString(), QStringLiteral("280000000000000000"));
    EXPECT_EQ(scanned.at(1).at(1).toString(), QStringLiteral("simulated"));
}

TEST(ScannerHubTest, ArmedTestScanTakesTheNextCodeAwayFromTheSale)
{
    ScannerHub hub;
    SimulatedScanner scanner;
    hub.addSource(&scanner);
    QSignalSpy scanned(&hub, &ScannerSource::scanned);
    QSignalSpy tested(&hub, &ScannerHub::testScanned);

    hub.armTestScan();
    scanner.scan(QStringLiteral("6901234500028"));
    ASSERT_TRUE(tested.wait(2000));
    EXPECT_EQ(tested.at(0).at(0).toString(), QStringLiteral("6901234500028"));
    EXPECT_FALSE(hub.isTestScanArmed());

    scanner.scan(QStringLiteral("6901234500011"));
    ASSERT_TRUE(scanned.wait(2000));
    EXPECT_EQ(tested.size(), 1);
    EXPECT_EQ(scanned.size(), 1);
}

TEST(ScannerHubTest, UnpluggedSourceIsRememberedUntilItComesBack)
{
    ScannerHub hub;
    UnpluggableScanner scanner;
    hub.addSource(&scanner);
    QSignalSpy states(&hub, &ScannerHub::sourceStateChanged);
    QSignalSpy errors(&hub, &ScannerSource::deviceError);

    scanner.unplug();
    EXPECT_EQ(hub.errorOf(QStringLiteral("serial:/dev/ttyACM0")),
              QStringLiteral("scanner unplugged"));
    ASSERT_EQ(errors.size(), 1);

    scanner.plugBack();
    EXPECT_TRUE(hub.errorOf(QStringLiteral("serial:/dev/ttyACM0")).isEmpty());
    ASSERT_EQ(states.size(), 2);
    EXPECT_TRUE(states.at(1).at(1).toString().isEmpty());
}

TEST(ScannerHubTest, DestroyedSourceIsForgotten)
{
    ScannerHub hub;
    auto *scanner = new SimulatedScanner;
    hub.addSource(scanner);
    ASSERT_EQ(hub.sources().size(), 1);
    delete scanner;
    EXPECT_TRUE(hub.sources().isEmpty());
}

} // namespace
