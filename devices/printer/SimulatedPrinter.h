#pragma once

#include "printer/PrinterTransport.h"

namespace pos::devices {

// A printer for the demo and tests: each job becomes `<dir>/receipt-<n>.bin` (the exact
// bytes) and, for documents, `<dir>/receipt-<n>.txt` (their text rendering); n counts up from
// the first number not yet used in the directory. A job that is only a drawer pulse writes no
// file and emits drawerOpened().
class SimulatedPrinter : public PrinterTransport
{
    Q_OBJECT

public:
    explicit SimulatedPrinter(QString directory, QObject *parent = nullptr);

    void write(const QByteArray &bytes) override;
    void writeDocument(const QByteArray &bytes, const QString &textPreview) override;
    QString description() const override;

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
    int m_nextNumber = 0;
    QString m_lastBinaryPath;
    QString m_lastTextPath;
};

} // namespace pos::devices
