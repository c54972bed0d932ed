#pragma once

#include "manager/DeviceHealth.h"

#include <QList>
#include <QString>

namespace pos::ui {

// What the status bar says about the devices: the printer on its own (the cashier must know
// when receipts wait), then the most pressing problem of the others, if any.
struct DeviceStatusText
{
    QString printer;
    bool printerIsProblem = false;
    QString devices; // empty when every other device is fine
    bool devicesIsProblem = false;
};

DeviceStatusText deviceStatusText(const QList<devices::DeviceHealth> &health);

} // namespace pos::ui
