#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pos::bench {

// Durations of one measured step, in nanoseconds, with nearest-rank percentiles in milliseconds.
class LatencySamples
{
public:
    void add(qint64 nanoseconds) { m_ns.push_back(nanoseconds); }
    int count() const { return int(m_ns.size()); }

    // Nearest rank: the smallest sample with at least `fraction` of all samples at or below it.
    double percentileMs(double fraction) const
    {
        if (m_ns.empty()) {
            return 0.0;
        }
        std::vector<qint64> sorted = m_ns;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = static_cast<size_t>(std::ceil(fraction * double(sorted.size())));
        return double(sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1]) / 1e6;
    }

private:
    std::vector<qint64> m_ns;
};

} // namespace pos::bench
