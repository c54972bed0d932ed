#include "scanner/SimulatedScanner.h"

#include <QMetaObject>

namespace pos::devices {

void SimulatedScanner::scan(const QString &code)
{
    QMetaObject::invokeMethod(
        this, [this, code] { emit scanned(code, sourceName()); }, Qt::QueuedConnection);
}

} // namespace pos::devices
