#include "scanner/WedgeDetector.h"

namespace pos::devices {

WedgeDetector::WedgeDetector(WedgeSettings settings) : m_settings(settings) {}

bool WedgeDetector::isFastAfterLastKey(qint64 timestampMs) const
{
    const qint64 gap = timestampMs - m_lastKeyMs;
    return gap >= 0 && gap <= m_settings.maxInterKeyMs;
}

WedgeDecisions WedgeDetector::takeTyped()
{
    WedgeDecisions out;
    if (!m_buffer.isEmpty()) {
        out.push_back({WedgeDecision::Kind::Typed, m_buffer});
        m_buffer.clear();
    }
    return out;
}

WedgeDecisions WedgeDetector::feed(QChar character, qint64 timestampMs)
{
    WedgeDecisions out;
    if (!m_buffer.isEmpty() && !isFastAfterLastKey(timestampMs)) {
        // The keys so far were typed by a person; this one may start a scan.
        out = takeTyped();
    }
    m_buffer.append(character);
    m_lastKeyMs = timestampMs;
    return out;
}

WedgeDecisions WedgeDetector::feedSuffix(qint64 timestampMs)
{
    const bool scan = m_buffer.size() >= m_settings.minLength && isFastAfterLastKey(timestampMs);
    if (scan) {
        WedgeDecisions out{{WedgeDecision::Kind::Scan, m_buffer}};
        m_buffer.clear();
        return out;
    }
    WedgeDecisions out = takeTyped();
    out.push_back({WedgeDecision::Kind::Suffix, QString()});
    return out;
}

WedgeDecisions WedgeDetector::flushIfIdle(qint64 nowMs)
{
    if (m_buffer.isEmpty() || isFastAfterLastKey(nowMs)) {
        return {};
    }
    return takeTyped();
}

WedgeDecisions WedgeDetector::flush()
{
    return takeTyped();
}

} // namespace pos::devices
