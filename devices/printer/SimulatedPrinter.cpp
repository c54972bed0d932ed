#include "printer/SimulatedPrinter.h"

#include <QDir>
#include <QFile>
#include <QMetaObject>
#include <QRegularExpression>

namespace pos::devices {

namespace {
bool isOnlyDrawerPulse(const QByteArray &bytes)
{
    return bytes.size() == 5 && bytes[0] == '\x1B' && bytes[1] == 'p';
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size()) {
        return SimulatedPrinter::tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}
} // namespace

SimulatedPrinter::SimulatedPrinter(QString directory, QObject *parent)
    : PrinterTransport(parent), m_directory(std::move(directory))
{
}

QString SimulatedPrinter::description() const
{
    return tr("simulated printer in %1").arg(m_directory);
}

void SimulatedPrinter::write(const QByteArray &bytes)
{
    writeJob(bytes, nullptr);
}

void SimulatedPrinter::writeDocument(const QByteArray &bytes, const QString &textPreview)
{
    writeJob(bytes, &textPreview);
}

int SimulatedPrinter::nextFreeNumber() const
{
    static const QRegularExpression pattern(QStringLiteral("^receipt-(\\d+)\\.(bin|txt)$"));
    int highest = 0;
    const QStringList names = QDir(m_directory).entryList(QDir::Files);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch()) {
            highest = std::max(highest, match.captured(1).toInt());
        }
    }
    return highest + 1;
}

void SimulatedPrinter::writeJob(const QByteArray &bytes, const QString *textPreview)
{
    QString error;
    bool drawer = false;
    if (isOnlyDrawerPulse(bytes)) {
        drawer = true;
    } else if (!QDir().mkpath(m_directory)) {
        error = tr("Cannot create the simulated printer directory %1").arg(m_directory);
    } else {
        if (m_nextNumber == 0) {
            m_nextNumber = nextFreeNumber();
        }
        const int n = m_nextNumber++;
        const QString base = QStringLiteral("%1/receipt-%2").arg(m_directory).arg(n);
        m_lastBinaryPath = base + QStringLiteral(".bin");
        m_lastTextPath.clear();
        error = writeFile(m_lastBinaryPath, bytes);
        if (error.isEmpty() && textPreview != nullptr) {
            m_lastTextPath = base + QStringLiteral(".txt");
            error = writeFile(m_lastTextPath, textPreview->toUtf8());
        }
    }
    const qint64 size = bytes.size();
    QMetaObject::invokeMethod(
        this,
        [this, error, size, drawer] {
            if (!error.isEmpty()) {
                fail(error);
                return;
            }
            setState(State::Ready);
            if (drawer) {
                emit drawerOpened();
            }
            emit written(size);
        },
        Qt::QueuedConnection);
}

} // namespace pos::devices
