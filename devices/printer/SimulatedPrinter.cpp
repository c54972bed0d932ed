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

// Replies to the DLE EOT queries found in `bytes`, in order, as a printer in `status` gives them.
QByteArray statusReplies(const QByteArray &bytes, const PrinterStatus &status)
{
    QByteArray replies;
    const bool offline = !status.online || status.coverOpen || status.paperOut || status.error;
    for (qsizetype i = 0; i + 2 < bytes.size(); ++i) {
        if (bytes[i] != '\x10' || bytes[i + 1] != '\x04') {
            continue;
        }
        quint8 reply = 0x12;
        switch (bytes[i + 2]) {
        case 1:
            reply |= (status.drawerOpen ? 0x04 : 0) | (offline ? 0x08 : 0);
            break;
        case 2:
            reply |= (status.coverOpen ? 0x04 : 0) | (status.feedButton ? 0x08 : 0) |
                     (status.paperOut ? 0x20 : 0) | (status.error ? 0x40 : 0);
            break;
        case 4:
            reply |= (status.paperNearEnd ? 0x0C : 0) | (status.paperOut ? 0x60 : 0);
            break;
        default:
            continue;
        }
        replies.append(char(reply));
        i += 2;
    }
    return replies;
}

bool isOnlyStatusQueries(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() % 3 != 0) {
        return false;
    }
    for (qsizetype i = 0; i < bytes.size(); i += 3) {
        if (bytes[i] != '\x10' || bytes[i + 1] != '\x04') {
            return false;
        }
    }
    return true;
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
    m_drawerCloseTimer.setSingleShot(true);
    connect(&m_drawerCloseTimer, &QTimer::timeout, this, [this] { m_status.drawerOpen = false; });
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
    // A printer that does not answer (unplugged, off) answers no query either.
    const QByteArray replies = m_status.reachable ? statusReplies(bytes, m_status) : QByteArray();
    if (isOnlyStatusQueries(bytes)) {
        // Asking for the status prints nothing.
    } else if (isOnlyDrawerPulse(bytes)) {
        drawer = true;
        m_status.drawerOpen = true;
        if (m_drawerAutoCloseMs > 0) {
            m_drawerCloseTimer.start(m_drawerAutoCloseMs);
        }
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
        [this, error, size, drawer, replies] {
            if (!error.isEmpty()) {
                fail(error);
                return;
            }
            setState(State::Ready);
            if (drawer) {
                emit drawerOpened();
            }
            emit written(size);
            if (!replies.isEmpty()) {
                emit dataReceived(replies);
            }
        },
        Qt::QueuedConnection);
}

} // namespace pos::devices
