#include "PrinterSetup.h"

#include "printer/FilePrinterTransport.h"
#include "printer/SimulatedPrinter.h"
#include "printer/TcpPrinterTransport.h"

namespace pos::app {

devices::PrinterTransport *makePrinterTransport(const config::PrinterSettings &settings,
                                                const QString &dataDir)
{
    if (settings.type == QLatin1String("file")) {
        return new devices::FilePrinterTransport(settings.path);
    }
    if (settings.type == QLatin1String("tcp")) {
        return new devices::TcpPrinterTransport(settings.host, quint16(settings.port));
    }
    return new devices::SimulatedPrinter(
        settings.path.isEmpty() ? dataDir + QStringLiteral("/receipts") : settings.path);
}

} // namespace pos::app
