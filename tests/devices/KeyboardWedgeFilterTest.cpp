#include "scanner/KeyboardWedgeFilter.h"
#include "scanner/SimulatedScanner.h"
#include "support/TestSupport.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QWindow>

#include <gtest/gtest.h>

using pos::devices::KeyboardWedgeFilter;
using pos::devices::ScannerSource;
using pos::devices::SimulatedScanner;
using pos::devices::WedgeSettings;
using pos::test::waitUntil;

namespace {

// Records the key events that reach it as "+a" (press) and "-a" (release); Enter is "⏎".
class KeyRecorder : public QObject
{
public:
    QStringList keys;

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const QString name = key->key() == Qt::Key_Return      ? QStringLiteral("⏎")
                                 : key->key() == Qt::Key_Backspace ? QStringLiteral("⌫")
                                                                   : key->text();
            keys.append(
                (event->type() == QEvent::KeyPress ? QStringLiteral("+") : QStringLiteral("-")) +
                name);
            return true;
        }
        return QObject::event(event);
    }
    QString pressedText() const
    {
        QString out;
        for (const QString &k : keys) {
            if (k.startsWith(QLatin1Char('+'))) {
                out += k.mid(1);
            }
        }
        return out;
    }
};

// The window the platform delivers keys to; records what the filter lets through.
class RecordingWindow : public QWindow
{
public:
    KeyRecorder recorder;

protected:
    void keyPressEvent(QKeyEvent *event) override { recorder.event(event); }
    void keyReleaseEvent(QKeyEvent *event) override { recorder.event(event); }
};

class KeyboardWedgeFilterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        filter.setClock([this] { return now; });
        filter.setFocusProvider([this] { return focus; });
        qApp->installEventFilter(&filter);
    }
    void TearDown() override { qApp->removeEventFilter(&filter); }

    // Sends a key the way the platform does: to the window, through the application filters.
    void press(int key, const QString &text, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
               bool autoRepeat = false)
    {
        QKeyEvent event(QEvent::KeyPress, key, modifiers, text, autoRepeat);
        QCoreApplication::sendEvent(&window, &event);
    }
    void release(int key, const QString &text)
    {
        QKeyEvent event(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QCoreApplication::sendEvent(&window, &event);
    }
    void click(QChar c)
    {
        const int key = c.isLetter() ? Qt::Key_A + (c.toUpper().unicode() - 'A')
                                     : Qt::Key_0 + (c.unicode() - '0');
        press(key, QString(c));
        now += 3;
        release(key, QString(c));
    }
    void enter()
    {
        press(Qt::Key_Return, QStringLiteral("\r"));
        now += 3;
        release(Qt::Key_Return, QStringLiteral("\r"));
    }
    // A scanner: keys `gapMs` apart, then Enter.
    void scan(const QString &code, qint64 gapMs = 8)
    {
        for (QChar c : code) {
            click(c);
            now += gapMs - 3;
        }
        enter();
    }

    qint64 now = 100000;
    QObject *focus = nullptr; // nullptr: replays go to the window the key was sent to
    RecordingWindow window;
    KeyboardWedgeFilter filter;
};

} // namespace

TEST_F(KeyboardWedgeFilterTest, ScannerBurstIsScannedAndNoKeyReachesTheWindow)
{
    QSignalSpy scanned(&filter, &ScannerSource::scanned);
    scan(QStringLiteral("6901234567892"));
    ASSERT_EQ(scanned.count(), 1);
    EXPECT_EQ(scanned.at(0).at(0).toString(), QStringLiteral("6901234567892"));
    EXPECT_EQ(scanned.at(0).at(1).toString(), QStringLiteral("keyboard-wedge"));
    now += 500;
    filter.checkIdle();
    QCoreApplication::processEvents();
    EXPECT_TRUE(window.recorder.keys.isEmpty())
        << window.recorder.keys.join(QLatin1Char(' ')).toStdString();
}

TEST_F(KeyboardWedgeFilterTest, HumanTypingIsReplayedInOrderAndEnterPassesAfterIt)
{
    QSignalSpy scanned(&filter, &ScannerSource::scanned);
    click(QLatin1Char('1'));
    EXPECT_TRUE(window.recorder.keys.isEmpty()); // held: it might start a scan
    now += 150;
    // The idle timer (real time) sees the injected clock past the gap and replays the key.
    ASSERT_TRUE(waitUntil([&] { return window.recorder.keys.size() == 2; }, 2000));
    EXPECT_EQ(window.recorder.keys, QStringList({QStringLiteral("+1"), QStringLiteral("-1")}));

    click(QLatin1Char('2'));
    now += 150;
    click(QLatin1Char('3')); // a slow key releases the held one at once
    EXPECT_EQ(window.recorder.pressedText(), QStringLiteral("12"));
    now += 150;
    enter();
    EXPECT_EQ(window.recorder.keys,
              QStringList({QStringLiteral("+1"), QStringLiteral("-1"), QStringLiteral("+2"),
                           QStringLiteral("-2"), QStringLiteral("+3"), QStringLiteral("-3"),
                           QStringLiteral("+⏎"), QStringLiteral("-⏎")}));
    EXPECT_EQ(scanned.count(), 0);
}

TEST_F(KeyboardWedgeFilterTest, ShortFastBurstIsTyping)
{
    QSignalSpy scanned(&filter, &ScannerSource::scanned);
    scan(QStringLiteral("123"));
    EXPECT_EQ(scanned.count(), 0);
    EXPECT_EQ(window.recorder.pressedText(), QStringLiteral("123⏎"));
}

TEST_F(KeyboardWedgeFilterTest, TypingBeforeAndAfterAScanIsKept)
{
    QSignalSpy scanned(&filter, &ScannerSource::scanned);
    click(QLatin1Char('a'));
    now += 200;
    scan(QStringLiteral("134567890123456789"), 6);
    now += 300;
    click(QLatin1Char('b'));
    now += 200;
    filter.checkIdle();
    ASSERT_EQ(scanned.count(), 1);
    EXPECT_EQ(scanned.at(0).at(0).toString(), QStringLiteral("134567890123456789"));
    EXPECT_EQ(window.recorder.pressedText(), QStringLiteral("ab"));
}

TEST_F(KeyboardWedgeFilterTest, NonPrintableKeyReleasesHeldKeysFirst)
{
    click(QLatin1Char('7'));
    now += 5;
    press(Qt::Key_Backspace, QString());
    release(Qt::Key_Backspace, QString());
    EXPECT_EQ(window.recorder.keys, QStringList({QStringLiteral("+7"), QStringLiteral("-7"),
                                                 QStringLiteral("+⌫"), QStringLiteral("-⌫")}));
}

TEST_F(KeyboardWedgeFilterTest, ShiftForCapitalsDoesNotBreakAScan)
{
    QSignalSpy scanned(&filter, &ScannerSource::scanned);
    const QString code = QStringLiteral("AB12CD34");
    for (QChar c : code) {
        if (c.isLetter()) {
            press(Qt::Key_Shift, QString(), Qt::ShiftModifier);
            press(Qt::Key_A + (c.unicode() - 'A'), QString(c), Qt::ShiftModifier);
            now += 2;
            release(Qt::Key_A + (c.unicode() - 'A'), QString(c));
            release(Qt::Key_Shift, QString());
        } else {
            click(c);
        }
        now += 5;
    }
    enter();
    ASSERT_EQ(scanned.count(), 1);
    EXPECT_EQ(scanned.at(0).at(0).toString(), code);
    EXPECT_TRUE(window.recorder.pressedText().isEmpty());
}

TEST_F(KeyboardWedgeFilterTest, ControlShortcutsAndAutoRepeatPassThrough)
{
    press(Qt::Key_C, QStringLiteral("\x03"), Qt::ControlModifier);
    press(Qt::Key_X, QStringLiteral("x"), Qt::NoModifier, true);
    ASSERT_EQ(window.recorder.keys.size(), 2);
    EXPECT_EQ(window.recorder.keys.at(1), QStringLiteral("+x"));
}

TEST_F(KeyboardWedgeFilterTest, ReplaysGoToTheObjectFocusedWhenTheKeyWasPressed)
{
    KeyRecorder field;
    focus = &field;
    click(QLatin1Char('9'));
    focus = nullptr;
    now += 100;
    filter.checkIdle();
    EXPECT_EQ(field.keys, QStringList({QStringLiteral("+9"), QStringLiteral("-9")}));
    EXPECT_TRUE(window.recorder.keys.isEmpty());
}

TEST_F(KeyboardWedgeFilterTest, EventsSentStraightToAnObjectAreNotExamined)
{
    KeyRecorder widgetLike;
    QKeyEvent event(QEvent::KeyPress, Qt::Key_5, Qt::NoModifier, QStringLiteral("5"));
    QCoreApplication::sendEvent(&widgetLike, &event);
    EXPECT_EQ(widgetLike.keys, QStringList({QStringLiteral("+5")}));
}

TEST_F(KeyboardWedgeFilterTest, DisabledFilterLetsEverythingThrough)
{
    QSignalSpy scanned(&filter, &ScannerSource::scanned);
    filter.setEnabled(false);
    scan(QStringLiteral("6901234567892"));
    EXPECT_EQ(scanned.count(), 0);
    EXPECT_EQ(window.recorder.pressedText(), QStringLiteral("6901234567892⏎"));
}

TEST(SimulatedScanner, EmitsAfterTheEventLoopTurns)
{
    SimulatedScanner scanner;
    QSignalSpy scanned(&scanner, &ScannerSource::scanned);
    scanner.scan(QStringLiteral("134567890123456789"));
    EXPECT_EQ(scanned.count(), 0);
    ASSERT_TRUE(waitUntil([&] { return scanned.count() == 1; }));
    EXPECT_EQ(scanned.at(0).at(0).toString(), QStringLiteral("134567890123456789"));
    EXPECT_EQ(scanned.at(0).at(1).toString(), QStringLiteral("simulated"));
}
