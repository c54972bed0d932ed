#include "manager/DeviceHealth.h"

namespace pos::devices {

QString DeviceHealth::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Printer:
        return tr("Receipt printer");
    case Kind::Drawer:
        return tr("Cash drawer");
    case Kind::Scanner:
        return tr("Scanner");
    case Kind::FaceDevice:
        return tr("Face-pay device");
    case Kind::CustomerDisplay:
        return tr("Customer display");
    }
    return {};
}

QString DeviceHealth::levelName(Level level)
{
    switch (level) {
    case Level::Ok:
        return tr("OK");
    case Level::Simulated:
        return tr("Simulated");
    case Level::Warning:
        return tr("Attention");
    case Level::Error:
        return tr("Not working");
    case Level::Absent:
        return tr("Not configured");
    }
    return {};
}

} // namespace pos::devices
