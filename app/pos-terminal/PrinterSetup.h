#pragma once

#include "config/TerminalConfig.h"

namespace pos::devices {
class PrinterTransport;
}

namespace pos::app {

// The printer transport the configuration asks for (simulated under <data>/receipts by default).
devices::PrinterTransport *makePrinterTransport(const config::PrinterSettings &settings,
                                                const QString &dataDir);

} // namespace pos::app
