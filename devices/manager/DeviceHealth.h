#pragma once

#include <QCoreApplication>
#include <QString>

namespace pos::devices {

// One device as the cashier and the settings screen see it.
struct DeviceHealth
{
    Q_DECLARE_TR_FUNCTIONS(DeviceHealth)

public:
    enum class Kind
    {
        Printer,
        Drawer,
        Scanner,
        FaceDevice,
        CustomerDisplay
    };
    enum class Level
    {
        Ok,        // working
        Simulated, // a simulator stands in for the hardware (demo, tests)
        Warning,   // works but needs attention (paper near end, drawer open, jobs waiting)
        Error,     // cannot work now (unplugged, paper out, cover open, unreachable)
        Absent     // not configured
    };

    Kind kind = Kind::Printer;
    Level level = Level::Absent;
    QString connection; // "USB printer 0416:5011", "serial:/dev/ttyACM0", "simulated"
    QString detail;     // what is wrong, or "Ready"

    static QString kindName(Kind kind);
    static QString levelName(Level level);
};

} // namespace pos::devices
