#pragma once

#include "printer/PrinterTransport.h"

namespace pos::devices {

// Appends bytes to a file: a printer device node (/dev/usb/lp0, /dev/ttyS0 set up elsewhere)
// or a plain file. The file is opened for each write and closed again, so a printer that was
// unplugged and plugged back in works on the next receipt.
// Writing to a device node is a blocking call; a printer that stops accepting data stalls
// the calling thread (a later USB transport replaces this for USB printers).
class FilePrinterTransport : public PrinterTransport
{
    Q_OBJECT

public:
    explicit FilePrinterTransport(QString path, QObject *parent = nullptr);

    void write(const QByteArray &bytes) override;
    QString description() const override;
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace pos::devices
