#include "printer/ReceiptPrinter.h"

#include "printer/EscPosEncoder.h"
#include "printer/PrinterTransport.h"
#include "printer/ReceiptLayout.h"

#include <QLoggingCategory>

namespace pos::devices {

namespace {
Q_LOGGING_CATEGORY(lcReceiptPrinter, "pos.devices.printer")
}

ReceiptPrinter::ReceiptPrinter(PrinterTransport *transport, int columns, QObject *parent)
    : QObject(parent), m_transport(transport), m_columns(columns)
{
    Q_ASSERT(transport != nullptr);
    m_transport->setParent(this);
    connect(m_transport, &PrinterTransport::written, this, &ReceiptPrinter::onWritten);
    connect(m_transport, &PrinterTransport::failed, this, &ReceiptPrinter::onFailed);
}

int ReceiptPrinter::print(const ReceiptData &receipt)
{
    const int jobId = m_nextJobId++;
    m_pending.push_back(jobId);
    qCInfo(lcReceiptPrinter) << "job" << jobId << "receipt for order" << receipt.orderNumber << "to"
                             << m_transport->description();
    m_transport->writeDocument(ReceiptLayout::toEscPos(receipt, m_columns),
                               ReceiptLayout::renderText(receipt, m_columns));
    return jobId;
}

int ReceiptPrinter::openDrawer()
{
    const int jobId = m_nextJobId++;
    m_pending.push_back(jobId);
    qCInfo(lcReceiptPrinter) << "job" << jobId << "drawer pulse to" << m_transport->description();
    m_transport->write(EscPosEncoder().drawerPulse().bytes());
    return jobId;
}

void ReceiptPrinter::onWritten()
{
    if (m_pending.empty()) {
        return;
    }
    const int jobId = m_pending.front();
    m_pending.pop_front();
    emit printed(jobId);
}

void ReceiptPrinter::onFailed(const QString &reason)
{
    if (m_pending.empty()) {
        return;
    }
    const int jobId = m_pending.front();
    m_pending.pop_front();
    qCWarning(lcReceiptPrinter) << "job" << jobId << "failed:" << reason;
    emit printFailed(jobId, reason);
}

} // namespace pos::devices
