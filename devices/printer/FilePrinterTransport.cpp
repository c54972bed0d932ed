#include "printer/FilePrinterTransport.h"

#include <QFile>
#include <QMetaObject>

namespace pos::devices {

FilePrinterTransport::FilePrinterTransport(QString path, QObject *parent)
    : PrinterTransport(parent), m_path(std::move(path))
{
}

QString FilePrinterTransport::description() const
{
    return tr("printer file %1").arg(m_path);
}

void FilePrinterTransport::write(const QByteArray &bytes)
{
    QString error;
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        error = tr("Cannot open printer %1 for writing: %2").arg(m_path, file.errorString());
    } else {
        qint64 done = 0;
        while (done < bytes.size()) {
            const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
            if (n <= 0) {
                error = tr("Writing to printer %1 failed after %2 of %3 bytes: %4")
                            .arg(m_path)
                            .arg(done)
                            .arg(bytes.size())
                            .arg(file.errorString());
                break;
            }
            done += n;
        }
        file.close();
    }
    const qint64 size = bytes.size();
    // Answer after the caller returns, as the contract says.
    QMetaObject::invokeMethod(
        this,
        [this, error, size] {
            if (error.isEmpty()) {
                setState(State::Ready);
                emit written(size);
            } else {
                fail(error);
            }
        },
        Qt::QueuedConnection);
}

} // namespace pos::devices
