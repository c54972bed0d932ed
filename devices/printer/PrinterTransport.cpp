#include "printer/PrinterTransport.h"

namespace pos::devices {

void PrinterTransport::writeDocument(const QByteArray &bytes, const QString &textPreview)
{
    Q_UNUSED(textPreview);
    write(bytes);
}

void PrinterTransport::setState(State state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

void PrinterTransport::fail(const QString &reason)
{
    markFailed(reason);
    emit failed(reason);
}

void PrinterTransport::markFailed(const QString &reason)
{
    m_lastError = reason;
    setState(State::Failed);
}

} // namespace pos::devices
