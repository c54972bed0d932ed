#pragma once

#include "printer/PrinterTransport.h"

class QThread;

namespace pos::devices {

// Appends bytes to a file: a printer device node (/dev/usb/lp0, a serial node set up elsewhere)
// or a plain file. Writes run in order on a thread of the transport's own, because writing to a
// device node blocks while the printer does not take data (paper out, offline): the GUI thread
// never waits for the printer. The file is opened for each write and closed again, so a printer
// that was unplugged and plugged back in works on the next job.
class FilePrinterTransport : public PrinterTransport
{
    Q_OBJECT

public:
    explicit FilePrinterTransport(QString path, QObject *parent = nullptr);
    // Waits a few seconds for the job being written; a printer that never takes its data keeps
    // its thread, which is then left to end with the process rather than blocking the exit.
    ~FilePrinterTransport() override;

    void write(const QByteArray &bytes) override;
    QString description() const override;
    QString path() const { return m_path; }

private:
    void onWriteDone(qint64 size, const QString &error);

    QString m_path;
    QThread *m_thread;
    QObject *m_writer; // lives on m_thread
};

} // namespace pos::devices
