#pragma once

#include "channels/PaymentChannel.h"

namespace pos::channels {

// A provider with no API at all (a stand-alone bank terminal, a local wallet the cashier
// confirms on its own device): nothing can be asked or reversed. An attempt is recorded and
// answered Unknown with providerCode kPendingStatement; only the provider's statement, imported
// later, settles it.
class ManualChannel : public PaymentChannel
{
    Q_OBJECT
public:
    explicit ManualChannel(QString id = QStringLiteral("manual"), QObject *parent = nullptr);

    QString id() const override { return m_id; }
    Capabilities capabilities() const override;
    void pay(const PayRequest &request, Callback done) override;

private:
    QString m_id;
};

inline const QString kPendingStatement = QStringLiteral("pos.pending_statement");

} // namespace pos::channels
