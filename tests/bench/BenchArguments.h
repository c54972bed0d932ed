// The command line both benchmarks share: two counted options, --dir and --log.
#pragma once

#include <QString>

#include <array>

class QCoreApplication;

namespace pos::bench {

inline constexpr int kExitError = 1;
inline constexpr int kExitUsage = 2;

struct CountOption
{
    const char *name; // "iterations"
    const char *help;
    const char *valueName; // "N"
    qint64 defaultValue;
    qint64 minimum;
};

struct BenchArguments
{
    std::array<qint64, 2> counts{}; // in the order the options were given
    QString dir;                    // empty: the temporary folder
    bool log = false;
};

// Fills `arguments`; returns -1 to go on, otherwise the exit code (0 after --help, kExitUsage
// for a bad command line, with the reason and the help on stderr).
int parseBenchArguments(const QCoreApplication &app, const QString &description,
                        const std::array<CountOption, 2> &counts, BenchArguments *arguments);

} // namespace pos::bench
