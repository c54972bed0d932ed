#pragma once

#include <QObject>
#include <QString>

namespace pos::devices {

// Anything that yields scanned codes: the keyboard-wedge filter, a serial or HID scanner,
// the simulator. `source` names the device for logs ("keyboard-wedge", "simulated", …).
class ScannerSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString sourceName() const = 0;

signals:
    void scanned(const QString &code, const QString &source);
    // A physical scanner that can vanish (serial, USB) reports losing and regaining its device,
    // so the cashier is told; sources that cannot fail never emit these.
    void deviceError(const QString &reason);
    void deviceReady();
};

} // namespace pos::devices
