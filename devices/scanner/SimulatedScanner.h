#pragma once

#include "scanner/ScannerSource.h"

namespace pos::devices {

// A scanner for the demo and tests: scan(code) emits scanned(code, "simulated") once the
// event loop turns, as a real device would.
class SimulatedScanner : public ScannerSource
{
    Q_OBJECT

public:
    using ScannerSource::ScannerSource;

    QString sourceName() const override { return QStringLiteral("simulated"); }

public slots:
    void scan(const QString &code);
};

} // namespace pos::devices
