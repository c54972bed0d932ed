#pragma once

#include "scanner/WedgeSettings.h"

#include <QChar>
#include <QString>

#include <vector>

namespace pos::devices {

// What the detector decided about the keys fed so far.
struct WedgeDecision
{
    enum class Kind
    {
        Scan,   // `text` is a scanned code; its keys and the suffix are consumed
        Typed,  // `text` is human typing, to be delivered in order
        Suffix, // the suffix key was typed by a person and must be delivered
    };
    Kind kind;
    QString text;

    friend bool operator==(const WedgeDecision &, const WedgeDecision &) = default;
};
using WedgeDecisions = std::vector<WedgeDecision>;

// Tells a scanner burst from human typing using key timing only: a pure state machine over
// (character, timestamp) with no clock, timer or GUI of its own, so tests feed timings.
//
// Every character is held until its fate is known. A burst is a scan when it has at least
// minLength characters, each arriving at most maxInterKeyMs after the previous one, and the
// suffix follows within maxInterKeyMs. Anything else is handed back as Typed, in order,
// nothing lost: when a slow key arrives, when the caller reports idleness, when a short or
// slow burst ends with the suffix, or when flush() is called.
class WedgeDetector
{
public:
    explicit WedgeDetector(WedgeSettings settings = {});

    const WedgeSettings &settings() const { return m_settings; }

    // A printable character. May return Typed (the earlier, slower keys).
    WedgeDecisions feed(QChar character, qint64 timestampMs);
    // The suffix key (Enter or Tab): returns {Scan} or {Typed (if any), Suffix}.
    WedgeDecisions feedSuffix(qint64 timestampMs);
    // Called by a timer: Typed when keys are held and the last one is older than
    // maxInterKeyMs at `nowMs`.
    WedgeDecisions flushIfIdle(qint64 nowMs);
    // Hands back everything held (a non-printable key or a focus change interrupts a burst).
    WedgeDecisions flush();

    bool isHolding() const { return !m_buffer.isEmpty(); }
    QString held() const { return m_buffer; }
    // When the held keys turn into typing unless another key comes (for the caller's timer).
    qint64 idleDeadlineMs() const { return m_lastKeyMs + m_settings.maxInterKeyMs; }

private:
    bool isFastAfterLastKey(qint64 timestampMs) const;
    WedgeDecisions takeTyped();

    WedgeSettings m_settings;
    QString m_buffer; // held characters; every gap between them was fast
    qint64 m_lastKeyMs = 0;
};

} // namespace pos::devices
