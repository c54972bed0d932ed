#include "StdinWatch.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

namespace pos::sim {

void quitWhenStdinCloses(QCoreApplication &app)
{
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier, &app]() {
        char buffer[512];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN)) {
            notifier->setEnabled(false);
            app.quit();
        }
    });
}

} // namespace pos::sim
