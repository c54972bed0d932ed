#include "manager/PrinterTransportFactory.h"

#include "printer/FilePrinterTransport.h"
#include "printer/SerialPrinterTransport.h"
#include "printer/SimulatedPrinter.h"
#include "printer/TcpPrinterTransport.h"
#include "printer/UsbPrinterTransport.h"

namespace pos::devices {

PrinterTransport *makePrinterTransport(const config::PrinterSettings &settings,
                                       const QString &dataDir, UsbBackend *usb)
{
    const QString &type = settings.type;
    if (type == QLatin1String("file")) {
        return new FilePrinterTransport(settings.path);
    }
    if (type == QLatin1String("tcp")) {
        return new TcpPrinterTransport(settings.host, quint16(settings.port));
    }
    if (type == QLatin1String("serial")) {
        auto *serial = new SerialPrinterTransport(settings.serial.port, settings.serial.baud);
        serial->setFlowControl(settings.serial.flowControl == QLatin1String("hardware")
                                   ? SerialPrinterTransport::FlowControl::RtsCts
                               : settings.serial.flowControl == QLatin1String("software")
                                   ? SerialPrinterTransport::FlowControl::XonXoff
                                   : SerialPrinterTransport::FlowControl::None);
        return serial;
    }
    if (type == QLatin1String("usb") && usb != nullptr) {
        return new UsbPrinterTransport(usb, settings.usb.vendorId, settings.usb.productId,
                                       settings.usb.serial);
    }
    return new SimulatedPrinter(settings.path.isEmpty() ? dataDir + QStringLiteral("/receipts")
                                                        : settings.path);
}

} // namespace pos::devices
