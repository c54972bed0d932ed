#pragma once

#include "channels/PaymentChannel.h"

namespace pos::channels {

// Cash in the drawer: always succeeds for the amount due; nothing leaves the terminal.
class CashChannel : public PaymentChannel
{
    Q_OBJECT
public:
    using PaymentChannel::PaymentChannel;

    QString id() const override { return QStringLiteral("cash"); }
    Capabilities capabilities() const override;
    void pay(const PayRequest &request, Callback done) override;
};

} // namespace pos::channels
