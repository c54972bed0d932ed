// pos-bench-settlement: the X report (device view) and the Z close of one business day holding
// N ledger rows, next to the floor measured in the same run: the bare SQL aggregate over the
// same rows (SELECT kind, channel, SUM(amount_minor), COUNT(*) … GROUP BY kind, channel).
// Issue 6's goal: ≤ 1.2× that floor and under one second. A report, not a test: it exits 0
// whether the goal is met or not, and non-zero only when something fails or the report's
// totals disagree with the floor's.
#include "BenchArguments.h"
#include "LatencySamples.h"
#include "LedgerWorkload.h"

#include "domain/Cashier.h"
#include "settlement/ReportService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace pos;
using bench::LedgerWorkload;

namespace {

constexpr double kGoalRatio = 1.2;
constexpr double kGoalMs = 1000.0;

struct Options
{
    qint64 transactions = 1000000;
    int repetitions = 5;
    QString dir;
    bool log = false;
};

int fail(const QString &what, const QString &why)
{
    std::fprintf(stderr, "pos-bench-settlement: %s: %s\n", qPrintable(what), qPrintable(why));
    return bench::kExitError;
}

// Fills `options`; returns -1 to go on, otherwise the exit code (help, usage error).
int parse(const QCoreApplication &app, Options *options)
{
    bench::BenchArguments arguments;
    const int exitCode = bench::parseBenchArguments(
        app,
        QStringLiteral("Benchmark of the X report and the Z close of one business day over N "
                       "generated settlement ledger rows, next to the bare SQL aggregate over "
                       "the same rows."),
        {{{"transactions", "Ledger rows in the measured day (default 1000000).", "N", 1000000, 1},
          {"repetitions", "Measured rounds of each step (default 5).", "R", 5, 1}}},
        &arguments);
    options->transactions = arguments.counts[0];
    options->repetitions = int(std::min<qint64>(arguments.counts[1], 1'000'000));
    options->dir = arguments.dir;
    options->log = arguments.log;
    return exitCode;
}

Cashier benchSupervisor()
{
    Cashier supervisor;
    supervisor.id = 1;
    supervisor.code = QStringLiteral("9001");
    supervisor.role = Role::Supervisor;
    return supervisor;
}

// Times one call in nanoseconds; `ok` is false when the call failed.
template <typename Call> qint64 timed(Call call, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    *ok = call();
    return clock.nsecsElapsed();
}

struct Measurements
{
    bench::LatencySamples floor;
    bench::LatencySamples x;
    bench::LatencySamples zFloor; // the floor on each Z copy, just before its close
    bench::LatencySamples z;
    bench::LatencySamples commit;          // one small durable write transaction on the same copy
    bench::LatencySamples zFloorAndCommit; // the two above, round by round
};

void printRow(const char *label, const bench::LatencySamples &samples)
{
    std::printf("  %-48s %9.1f %9.1f\n", label, samples.percentileMs(0.50),
                samples.percentileMs(0.0));
}

void printRatio(const char *label, double ms, double floorMs)
{
    const double ratio = floorMs > 0 ? ms / floorMs : 0.0;
    const bool met = ratio <= kGoalRatio && ms < kGoalMs;
    std::printf("  %-48s %9.2fx  (goal <= %.1fx and < %.0f ms: %s)\n", label, ratio, kGoalRatio,
                kGoalMs, met ? "met" : "missed");
}

// One row written and committed (WAL, synchronous=FULL) in its own transaction.
Status durableWrite(storage::Database &database)
{
    storage::Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto written = database.exec(QStringLiteral("INSERT INTO audit_log (at_ms, action, detail) "
                                                "VALUES (0, 'bench.commit', '')"));
    if (!written) {
        return written.error();
    }
    return transaction.commit();
}

// A copy of the generated database, opened, to close the day on.
Status openCopy(const QString &source, const QString &copy, storage::Database &database)
{
    QFile::remove(copy);
    if (!QFile::copy(source, copy)) {
        return Error{QStringLiteral("bench.copy"), QStringLiteral("cannot copy %1").arg(source)};
    }
    static int connection = 0;
    return database.open(copy, QStringLiteral("bench-z-%1").arg(++connection));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    if (const int exitCode = parse(app, &options); exitCode >= 0) {
        return exitCode;
    }
    if (!options.log) {
        QLoggingCategory::setFilterRules(QStringLiteral("*.info=false"));
    }
    std::unique_ptr<QTemporaryDir> work =
        options.dir.isEmpty()
            ? std::make_unique<QTemporaryDir>()
            : std::make_unique<QTemporaryDir>(options.dir + QStringLiteral("/pos-bench-XXXXXX"));
    if (!work->isValid()) {
        return fail(QStringLiteral("work folder"), work->errorString());
    }
    const QString path = work->filePath(QStringLiteral("ledger.sqlite"));
    const qint64 background = options.transactions / 10;

    QElapsedTimer generation;
    generation.start();
    {
        storage::Database database;
        if (auto opened = database.open(path, QStringLiteral("bench-generate")); !opened) {
            return fail(QStringLiteral("database"), opened.error().message);
        }
        if (auto made = LedgerWorkload::generate(database, options.transactions, background);
            !made) {
            return fail(QStringLiteral("generation"), made.error().message);
        }
        // Closing checkpoints the WAL, so the file alone can be copied for each Z close.
    }
    const double generationS = double(generation.elapsed()) / 1000.0;

    storage::Database database;
    if (auto opened = database.open(path, QStringLiteral("bench-x")); !opened) {
        return fail(QStringLiteral("database"), opened.error().message);
    }
    settlement::ReportService reports(database);
    Measurements measured;
    LedgerWorkload::Floor floorTotals;
    settlement::DayReport x;
    bool ok = true;
    // One warm-up round, then floor and X interleaved round by round so drift touches both.
    for (int round = 0; round <= options.repetitions; ++round) {
        const qint64 floorNs = timed(
            [&] {
                auto floor = LedgerWorkload::floor(database);
                floorTotals = floor ? floor.value() : LedgerWorkload::Floor{};
                return floor.ok();
            },
            &ok);
        if (!ok) {
            return fail(QStringLiteral("floor"), QStringLiteral("query failed"));
        }
        const qint64 xNs = timed(
            [&] {
                auto report = reports.xReport(LedgerWorkload::kTerminal, LedgerWorkload::kDay);
                x = report ? report.value() : settlement::DayReport{};
                return report.ok();
            },
            &ok);
        if (!ok) {
            return fail(QStringLiteral("X report"), QStringLiteral("report failed"));
        }
        if (round > 0) {
            measured.floor.add(floorNs);
            measured.x.add(xNs);
        }
    }
    if (floorTotals.rows != options.transactions || x.netMinor != floorTotals.netMinor ||
        x.salesAmount.minor() != floorTotals.salesMinor) {
        return fail(QStringLiteral("check"),
                    QStringLiteral("the X report disagrees with the bare aggregate"));
    }

    for (int round = 0; round < options.repetitions; ++round) {
        storage::Database copy;
        const QString copyPath = work->filePath(QStringLiteral("z.sqlite"));
        if (auto opened = openCopy(path, copyPath, copy); !opened) {
            return fail(QStringLiteral("Z copy"), opened.error().message);
        }
        settlement::ReportService closing(copy);
        // A terminal's database has been written before its day closes: the copy gets one
        // write (which creates its WAL) and one read, like the X rounds' connection had.
        if (auto written = durableWrite(copy); !written) {
            return fail(QStringLiteral("Z copy"), written.error().message);
        }
        (void)LedgerWorkload::floor(copy);
        const qint64 floorNs = timed([&] { return LedgerWorkload::floor(copy).ok(); }, &ok);
        settlement::DayReport z;
        const qint64 zNs = timed(
            [&] {
                auto closed = closing.closeDay(LedgerWorkload::kTerminal, LedgerWorkload::kDay,
                                               benchSupervisor());
                z = closed ? closed.value() : settlement::DayReport{};
                return closed.ok();
            },
            &ok);
        if (!ok || z.netMinor != x.netMinor || z.zNumber != 1) {
            return fail(QStringLiteral("Z close"), QStringLiteral("close failed or disagrees"));
        }
        // A close must also write durably; this is the least such write on the same file.
        const qint64 commitNs = timed([&] { return durableWrite(copy).ok(); }, &ok);
        if (!ok) {
            return fail(QStringLiteral("commit"), QStringLiteral("write failed"));
        }
        measured.zFloor.add(floorNs);
        measured.z.add(zNs);
        measured.commit.add(commitNs);
        measured.zFloorAndCommit.add(floorNs + commitNs);
        copy.close();
        QFile::remove(copyPath);
    }

    std::printf("pos-bench-settlement: %lld ledger rows in the measured day (+%lld on other days "
                "and terminals), generated in %.1f s by INSERT ... SELECT straight into "
                "settlement_ledger (booking triggers bypassed), %d rounds (+1 warm-up)\n",
                static_cast<long long>(options.transactions), static_cast<long long>(background),
                generationS, options.repetitions);
    std::printf("  floor plan: %s\n",
                qPrintable(LedgerWorkload::plan(database, LedgerWorkload::floorSql())));
    // The aggregate LedgerFigures runs for the device view (it then names the few lines).
    std::printf("  X plan:     %s\n",
                qPrintable(LedgerWorkload::plan(
                    database, QStringLiteral("SELECT line_id, COUNT(*), SUM(amount_minor) FROM "
                                             "settlement_ledger WHERE terminal_id = ? AND "
                                             "business_date = ? GROUP BY line_id"))));
    std::printf("  %-48s %9s %9s\n", "", "p50 ms", "min ms");
    printRow("floor: SELECT kind, channel, SUM, COUNT GROUP BY", measured.floor);
    printRow("X report, device view (xReport)", measured.x);
    printRow("floor on each Z copy", measured.zFloor);
    printRow("Z close (closeDay, on a fresh copy each round)", measured.z);
    printRatio("X / floor p50", measured.x.percentileMs(0.5), measured.floor.percentileMs(0.5));
    printRow("one durable commit on each Z copy", measured.commit);
    printRatio("Z / floor p50 (same copy)", measured.z.percentileMs(0.5),
               measured.zFloor.percentileMs(0.5));
    printRatio("Z / (floor + durable commit) p50", measured.z.percentileMs(0.5),
               measured.zFloorAndCommit.percentileMs(0.5));
    return 0;
}
