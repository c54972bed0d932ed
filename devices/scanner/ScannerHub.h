#pragma once

#include "scanner/ScannerSource.h"

#include <QMap>
#include <QPointer>

namespace pos::devices {

// All of a terminal's scanners as one source: the keyboard wedge, a serial or USB HID scanner,
// an image scanner. Codes from any of them come out of scanned(); a source's lost or regained
// device is kept per source so health can be shown. While a test scan is armed (settings, "test
// scan"), the next code goes to testScanned() instead and never reaches the sale.
class ScannerHub : public ScannerSource
{
    Q_OBJECT

public:
    using ScannerSource::ScannerSource;

    QString sourceName() const override { return QStringLiteral("hub"); }

    // Does not take ownership; a source destroyed elsewhere is forgotten.
    void addSource(ScannerSource *source);
    QList<ScannerSource *> sources() const;

    // Empty when the source's device is fine (or it cannot fail).
    QString errorOf(const QString &sourceName) const { return m_errors.value(sourceName); }

    void armTestScan() { m_testArmed = true; }
    void disarmTestScan() { m_testArmed = false; }
    bool isTestScanArmed() const { return m_testArmed; }

signals:
    void testScanned(const QString &code, const QString &source);
    // A source lost its device (reason non-empty) or got it back (reason empty).
    void sourceStateChanged(const QString &sourceName, const QString &reason);

private:
    void onScanned(const QString &code, const QString &source);

    QList<QPointer<ScannerSource>> m_sources;
    QMap<QString, QString> m_errors;
    bool m_testArmed = false;
};

} // namespace pos::devices
