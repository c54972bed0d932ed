#include "scanner/ScannerHub.h"

namespace pos::devices {

void ScannerHub::addSource(ScannerSource *source)
{
    m_sources.append(source);
    const QString name = source->sourceName();
    connect(source, &ScannerSource::scanned, this, &ScannerHub::onScanned);
    connect(source, &ScannerSource::deviceError, this, [this, name](const QString &reason) {
        m_errors.insert(name, reason);
        emit sourceStateChanged(name, reason);
        emit deviceError(reason);
    });
    connect(source, &ScannerSource::deviceReady, this, [this, name] {
        if (m_errors.remove(name) > 0) {
            emit sourceStateChanged(name, QString());
        }
        if (m_errors.isEmpty()) {
            emit deviceReady();
        }
    });
}

QList<ScannerSource *> ScannerHub::sources() const
{
    QList<ScannerSource *> alive;
    for (const auto &source : m_sources) {
        if (source) {
            alive.append(source.data());
        }
    }
    return alive;
}

void ScannerHub::onScanned(const QString &code, const QString &source)
{
    if (m_testArmed) {
        m_testArmed = false;
        emit testScanned(code, source);
        return;
    }
    emit scanned(code, source);
}

} // namespace pos::devices
