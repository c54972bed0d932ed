#pragma once

#include "printer/ReceiptData.h"

#include <QObject>

#include <deque>

namespace pos::devices {

class PrinterTransport;

// What the UI calls to print: lays the receipt out for the paper width and sends it through
// a transport. Each print() or openDrawer() returns a job id, answered later by printed(id)
// or printFailed(id, reason). The printer must be the transport's only writer.
class ReceiptPrinter : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `transport`. `columns`: 32 for 58 mm paper, 48 for 80 mm.
    ReceiptPrinter(PrinterTransport *transport, int columns, QObject *parent = nullptr);

    int print(const ReceiptData &receipt);
    int openDrawer();

    int columns() const { return m_columns; }
    PrinterTransport *transport() const { return m_transport; }
    bool isBusy() const { return !m_pending.empty(); }

signals:
    void printed(int jobId);
    void printFailed(int jobId, const QString &reason);

private:
    void onWritten();
    void onFailed(const QString &reason);

    PrinterTransport *m_transport;
    int m_columns;
    int m_nextJobId = 1;
    std::deque<int> m_pending; // job ids in the order they went to the transport
};

} // namespace pos::devices
