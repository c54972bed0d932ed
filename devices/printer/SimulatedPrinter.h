#pragma once

#include "printer/PrinterStatus.h"
#include "printer/PrinterTransport.h"

#include <QTimer>

namespace pos::devices {

// A printer for the demo and tests: each job becomes `<dir>/receipt-<n>.bin` (the exact
// bytes) and, for documents, `<dir>/receipt-<n>.txt` (their text rendering); n counts up from
// the first number not yet used in the directory. A job that is only a drawer pulse writes no
// file and emits drawerOpened().
//
// It answers DLE EOT status queries (10 04 1, 2, 4) from a settable status through
// dataReceived(), so the demo and tests can show paper out, cover open or an open drawer; a
// write made only of status queries leaves no file. A drawer pulse opens the simulated drawer,
// which shuts itself after drawerAutoCloseMs() (0: it stays open until setSimulatedStatus()).
// An unreachable status makes it answer no query at all.
class SimulatedPrinter : public PrinterTransport
{
    Q_OBJECT

public:
    static constexpr int kDefaultDrawerAutoCloseMs = 3000;

    explicit SimulatedPrinter(QString directory, QObject *parent = nullptr);

    void write(const QByteArray &bytes) override;
    void writeDocument(const QByteArray &bytes, const QString &textPreview) override;
    QString description() const override;
    bool readsStatus() const override { return true; }

    void setSimulatedStatus(const PrinterStatus &status) { m_status = status; }
    PrinterStatus simulatedStatus() const { return m_status; }
    void setDrawerAutoCloseMs(int ms) { m_drawerAutoCloseMs = ms; }
    int drawerAutoCloseMs() const { return m_drawerAutoCloseMs; }

    QString directory() const { return m_directory; }
    // Paths of the last job's files (empty before the first job; text empty for raw writes).
    QString lastBinaryPath() const { return m_lastBinaryPath; }
    QString lastTextPath() const { return m_lastTextPath; }

signals:
    void drawerOpened();

private:
    void writeJob(const QByteArray &bytes, const QString *textPreview);
    int nextFreeNumber() const;

    QString m_directory;
    PrinterStatus m_status;
    int m_drawerAutoCloseMs = kDefaultDrawerAutoCloseMs;
    QTimer m_drawerCloseTimer;
    int m_nextNumber = 0;
    QString m_lastBinaryPath;
    QString m_lastTextPath;
};

} // namespace pos::devices
