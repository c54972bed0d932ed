#pragma once

#include "common/Result.h"
#include "domain/Cashier.h"
#include "domain/PaymentAttempt.h"
#include "runtime/TerminalRuntime.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace pos::bench {

// The terminal's own core (TerminalRuntime: SQLite file, Alipay adapter, payment service)
// pointed at the sandbox, paying one order at a time by scanned code.
class TerminalPayments
{
public:
    struct Sandbox
    {
        QUrl gatewayUrl;
        QString appId;
        QByteArray appPrivateKeyPem;
        QByteArray alipayPublicKeyPem;
    };

    // Writes the key files under `dataDir` and opens the runtime there with the demo catalog.
    Status open(const QString &dataDir, const Sandbox &sandbox);
    // Rings up one demo item and checks out (not timed); returns the order id.
    Result<QString> newOrder();
    // Times payByCode → attemptUpdated(Succeeded) for the whole amount due, in nanoseconds.
    Result<qint64> pay(const QString &orderId, const QString &paymentCode);

private:
    void onAttemptUpdated(const PaymentAttempt &attempt);

    runtime::TerminalRuntime m_runtime;
    Cashier m_cashier;
    QEventLoop m_wait;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    std::optional<PaymentAttempt> m_final; // the attempt in flight, once settled
    qint64 m_finalNs = 0;
};

} // namespace pos::bench
