#include "shell/DeviceStatusText.h"

#include <QCoreApplication>

namespace pos::ui {

namespace {

using Health = devices::DeviceHealth;

bool isProblem(Health::Level level)
{
    return level == Health::Level::Error || level == Health::Level::Warning;
}

int severity(Health::Level level)
{
    return level == Health::Level::Error ? 2 : level == Health::Level::Warning ? 1 : 0;
}

} // namespace

DeviceStatusText deviceStatusText(const QList<devices::DeviceHealth> &health)
{
    DeviceStatusText text;
    const Health *worst = nullptr;
    int problems = 0;
    for (const Health &device : health) {
        if (device.kind == Health::Kind::Printer) {
            text.printer = device.level == Health::Level::Absent
                               ? QCoreApplication::translate("DeviceStatusText", "Printer: none")
                               : QCoreApplication::translate("DeviceStatusText", "Printer: %1")
                                     .arg(device.detail);
            text.printerIsProblem = isProblem(device.level);
            continue;
        }
        if (!isProblem(device.level)) {
            continue;
        }
        ++problems;
        if (!worst || severity(device.level) > severity(worst->level)) {
            worst = &device;
        }
    }
    if (worst) {
        text.devices = QStringLiteral("%1: %2").arg(Health::kindName(worst->kind), worst->detail);
        if (problems > 1) {
            text.devices += QLatin1Char(' ') +
                            QCoreApplication::translate("DeviceStatusText", "(+%1 more, F11)")
                                .arg(problems - 1);
        }
        text.devicesIsProblem = true;
    }
    return text;
}

} // namespace pos::ui
