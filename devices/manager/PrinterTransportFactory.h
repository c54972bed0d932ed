#pragma once

#include "config/DeviceConfig.h"

namespace pos::devices {

class PrinterTransport;
class UsbBackend;

// The transport [printer] type names: simulated (files under <dataDir>/receipts unless a path
// is set), file (a device node such as /dev/usb/lp0), tcp (port 9100), serial, usb (needs
// `usb`). "none" also gives the simulator, writing under the data folder, so that receipts
// are never lost while a shop runs without a printer.
PrinterTransport *makePrinterTransport(const config::PrinterSettings &settings,
                                       const QString &dataDir, UsbBackend *usb);

} // namespace pos::devices
