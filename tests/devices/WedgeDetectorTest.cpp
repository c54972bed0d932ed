#include "scanner/WedgeDetector.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <random>

using pos::devices::WedgeDecision;
using pos::devices::WedgeDecisions;
using pos::devices::WedgeDetector;
using pos::devices::WedgeSettings;
using Kind = WedgeDecision::Kind;

namespace {
// Collects what a detector hands out, the way the keyboard filter would act on it.
struct Outcome
{
    QString typed; // human text in delivery order; a delivered suffix is "⏎"
    QStringList scans;

    void take(const WedgeDecisions &decisions)
    {
        for (const WedgeDecision &d : decisions) {
            switch (d.kind) {
            case Kind::Scan:
                scans.append(d.text);
                break;
            case Kind::Typed:
                typed += d.text;
                break;
            case Kind::Suffix:
                typed += QStringLiteral("⏎");
                break;
            }
        }
    }
};

// Feeds `text` one key every `gapMs`, starting at `startMs`; returns the time of the last key.
qint64 type(WedgeDetector &detector, Outcome &outcome, const QString &text, qint64 startMs,
            qint64 gapMs)
{
    qint64 t = startMs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        t = startMs + i * gapMs;
        outcome.take(detector.feed(text[i], t));
    }
    return t;
}
} // namespace

TEST(WedgeDetector, DefaultsMatchScannerAndHumanSpeeds)
{
    const WedgeSettings settings;
    EXPECT_EQ(settings.maxInterKeyMs, 50); // scanners 5–50 ms apart, people 100+ ms
    EXPECT_GE(settings.minLength, 4);
    EXPECT_EQ(settings.suffix, WedgeSettings::Suffix::Enter);
}

TEST(WedgeDetector, ScannerSpeedBurstEndedByEnterIsAScan)
{
    WedgeDetector detector;
    Outcome outcome;
    const qint64 last = type(detector, outcome, QStringLiteral("6901234567892"), 1000, 8);
    EXPECT_TRUE(outcome.typed.isEmpty()); // nothing leaks while the burst runs
    outcome.take(detector.feedSuffix(last + 8));
    EXPECT_EQ(outcome.scans, QStringList({QStringLiteral("6901234567892")}));
    EXPECT_TRUE(outcome.typed.isEmpty());
    EXPECT_FALSE(detector.isHolding());
}

TEST(WedgeDetector, HumanSpeedTypingIsHandedBackInOrder)
{
    WedgeDetector detector;
    Outcome outcome;
    const qint64 last = type(detector, outcome, QStringLiteral("12345678"), 0, 150);
    EXPECT_EQ(outcome.typed, QStringLiteral("1234567")); // each slow key releases the one before
    outcome.take(detector.feedSuffix(last + 160));
    EXPECT_EQ(outcome.typed, QStringLiteral("12345678⏎"));
    EXPECT_TRUE(outcome.scans.isEmpty());
}

TEST(WedgeDetector, IdleFlushReleasesHeldKeysOnlyAfterTheGap)
{
    WedgeDetector detector;
    Outcome outcome;
    outcome.take(detector.feed(QLatin1Char('a'), 100));
    EXPECT_EQ(detector.idleDeadlineMs(), 150);
    outcome.take(detector.flushIfIdle(150)); // exactly the gap: a scanner could still follow
    EXPECT_TRUE(outcome.typed.isEmpty());
    outcome.take(detector.flushIfIdle(151));
    EXPECT_EQ(outcome.typed, QStringLiteral("a"));
    EXPECT_TRUE(detector.flushIfIdle(1000).empty());
}

TEST(WedgeDetector, GapAtTheLimitIsFastOneMoreIsSlow)
{
    WedgeSettings settings;
    settings.maxInterKeyMs = 30;
    settings.minLength = 3;
    {
        WedgeDetector detector(settings);
        Outcome outcome;
        const qint64 last = type(detector, outcome, QStringLiteral("ABC"), 0, 30);
        outcome.take(detector.feedSuffix(last + 30));
        EXPECT_EQ(outcome.scans, QStringList({QStringLiteral("ABC")}));
    }
    {
        WedgeDetector detector(settings);
        Outcome outcome;
        const qint64 last = type(detector, outcome, QStringLiteral("ABC"), 0, 31);
        outcome.take(detector.feedSuffix(last + 10));
        EXPECT_TRUE(outcome.scans.isEmpty());
        EXPECT_EQ(outcome.typed, QStringLiteral("ABC⏎"));
    }
}

TEST(WedgeDetector, TooShortBurstIsTyping)
{
    WedgeDetector detector; // minLength 6
    Outcome outcome;
    const qint64 last = type(detector, outcome, QStringLiteral("12345"), 0, 5);
    outcome.take(detector.feedSuffix(last + 5));
    EXPECT_TRUE(outcome.scans.isEmpty());
    EXPECT_EQ(outcome.typed, QStringLiteral("12345⏎"));
}

TEST(WedgeDetector, BurstWithoutEnterIsTyping)
{
    WedgeDetector detector;
    Outcome outcome;
    const qint64 last = type(detector, outcome, QStringLiteral("6901234567892"), 0, 5);
    outcome.take(detector.flushIfIdle(last + 20));
    EXPECT_TRUE(outcome.typed.isEmpty());
    outcome.take(detector.flushIfIdle(last + 51));
    EXPECT_EQ(outcome.typed, QStringLiteral("6901234567892"));
    EXPECT_TRUE(outcome.scans.isEmpty());
}

TEST(WedgeDetector, SlowEnterAfterFastBurstIsTyping)
{
    WedgeDetector detector;
    Outcome outcome;
    const qint64 last = type(detector, outcome, QStringLiteral("6901234567892"), 0, 5);
    outcome.take(detector.feedSuffix(last + 200));
    EXPECT_TRUE(outcome.scans.isEmpty());
    EXPECT_EQ(outcome.typed, QStringLiteral("6901234567892⏎"));
}

TEST(WedgeDetector, HumanTypingThenScanThenTypingAreSeparated)
{
    WedgeDetector detector;
    Outcome outcome;
    qint64 t = type(detector, outcome, QStringLiteral("ab"), 0, 180);
    t = type(detector, outcome, QStringLiteral("134567890123456789"), t + 300, 7);
    outcome.take(detector.feedSuffix(t + 7));
    EXPECT_EQ(outcome.typed, QStringLiteral("ab"));
    t = type(detector, outcome, QStringLiteral("cd"), t + 400, 200);
    outcome.take(detector.flushIfIdle(t + 100));
    EXPECT_EQ(outcome.scans, QStringList({QStringLiteral("134567890123456789")}));
    EXPECT_EQ(outcome.typed, QStringLiteral("abcd"));
}

TEST(WedgeDetector, HumanKeyJustBeforeAScanStaysTyping)
{
    WedgeDetector detector;
    Outcome outcome;
    outcome.take(detector.feed(QLatin1Char('x'), 0));
    const qint64 last = type(detector, outcome, QStringLiteral("6901234567892"), 120, 6);
    outcome.take(detector.feedSuffix(last + 6));
    EXPECT_EQ(outcome.typed, QStringLiteral("x"));
    EXPECT_EQ(outcome.scans, QStringList({QStringLiteral("6901234567892")}));
}

TEST(WedgeDetector, EnterAloneIsDelivered)
{
    WedgeDetector detector;
    Outcome outcome;
    outcome.take(detector.feedSuffix(10));
    EXPECT_EQ(outcome.typed, QStringLiteral("⏎"));
}

TEST(WedgeDetector, FlushHandsBackEverythingHeld)
{
    WedgeDetector detector;
    Outcome outcome;
    type(detector, outcome, QStringLiteral("abc"), 0, 5);
    EXPECT_EQ(detector.held(), QStringLiteral("abc"));
    outcome.take(detector.flush());
    EXPECT_EQ(outcome.typed, QStringLiteral("abc"));
    EXPECT_FALSE(detector.isHolding());
}

TEST(WedgeDetector, NoKeyIsEverLostOrReordered)
{
    std::mt19937 random(20240501);
    std::uniform_int_distribution<int> gap(1, 250);
    std::uniform_int_distribution<int> letter(0, 35);
    std::uniform_int_distribution<int> action(0, 9);
    WedgeDetector detector;
    Outcome outcome;
    QString expected; // typed keys and suffixes, with scans marked as [code]
    QString delivered;
    qint64 t = 0;
    for (int i = 0; i < 5000; ++i) {
        t += gap(random);
        const int what = action(random);
        WedgeDecisions decisions;
        if (what == 0) {
            decisions = detector.feedSuffix(t);
        } else if (what == 1) {
            decisions = detector.flushIfIdle(t);
        } else {
            const QChar c = QLatin1Char("0123456789abcdefghijklmnopqrstuvwxyz"[letter(random)]);
            expected += c;
            decisions = detector.feed(c, t);
        }
        if (what == 0) {
            expected += QStringLiteral("⏎");
        }
        for (const WedgeDecision &d : decisions) {
            if (d.kind == Kind::Scan) {
                delivered += d.text + QStringLiteral("⏎");
            } else if (d.kind == Kind::Typed) {
                delivered += d.text;
            } else {
                delivered += QStringLiteral("⏎");
            }
        }
    }
    for (const WedgeDecision &d : detector.flush()) {
        delivered += d.text;
    }
    EXPECT_EQ(delivered, expected);
}
