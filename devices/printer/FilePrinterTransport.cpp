#include "printer/FilePrinterTransport.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QThread>

namespace pos::devices {

namespace {

Q_LOGGING_CATEGORY(lcFilePrinter, "pos.devices.printer.file")

constexpr int kExitWaitMs = 3000;

// Lives on the transport's thread and writes one whole job per call; the answer goes back
// through a signal, so a transport destroyed meanwhile simply never receives it.
class FileWriter : public QObject
{
    Q_OBJECT
public:
    void append(const QString &path, const QByteArray &bytes)
    {
        emit done(bytes.size(), appendToFile(path, bytes));
    }

signals:
    void done(qint64 size, const QString &error);

private:
    static QString appendToFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            return FilePrinterTransport::tr("Cannot open printer %1 for writing: %2")
                .arg(path, file.errorString());
        }
        qint64 written = 0;
        while (written < bytes.size()) {
            const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
            if (n <= 0) {
                return FilePrinterTransport::tr(
                           "Writing to printer %1 failed after %2 of %3 bytes: %4")
                    .arg(path)
                    .arg(written)
                    .arg(bytes.size())
                    .arg(file.errorString());
            }
            written += n;
        }
        return {};
    }
};

} // namespace

FilePrinterTransport::FilePrinterTransport(QString path, QObject *parent)
    : PrinterTransport(parent), m_path(std::move(path)), m_thread(new QThread),
      m_writer(new FileWriter)
{
    m_thread->setObjectName(QStringLiteral("printer-file"));
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(static_cast<FileWriter *>(m_writer), &FileWriter::done, this,
            &FilePrinterTransport::onWriteDone, Qt::QueuedConnection);
    m_thread->start();
}

FilePrinterTransport::~FilePrinterTransport()
{
    m_thread->quit();
    if (m_thread->wait(kExitWaitMs)) {
        delete m_thread;
        return;
    }
    qCWarning(lcFilePrinter) << "printer" << m_path
                             << "still blocks a write; leaving its thread to the process exit";
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

QString FilePrinterTransport::description() const
{
    return tr("printer file %1").arg(m_path);
}

void FilePrinterTransport::write(const QByteArray &bytes)
{
    // Jobs queue on the writer thread's event loop, so they reach the file in order, and the
    // answer always comes after write() returned, as the contract says.
    auto *writer = static_cast<FileWriter *>(m_writer);
    QMetaObject::invokeMethod(
        writer, [writer, path = m_path, bytes] { writer->append(path, bytes); },
        Qt::QueuedConnection);
}

void FilePrinterTransport::onWriteDone(qint64 size, const QString &error)
{
    if (error.isEmpty()) {
        setState(State::Ready);
        emit written(size);
    } else {
        fail(error);
    }
}

} // namespace pos::devices

#include "FilePrinterTransport.moc"
