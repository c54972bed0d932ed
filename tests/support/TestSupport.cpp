#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace pos::test {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        // Sleep in the event loop until some event arrives (or 5 ms pass), then re-check.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

QString outputDir()
{
    const QString dir = QStringLiteral(POS_TEST_OUTPUT_DIR);
    QDir().mkpath(dir);
    return dir;
}

QString dataFile(const QString &relative)
{
    return QStringLiteral(POS_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

} // namespace pos::test
