#include "channels/ManualChannel.h"

#include <QTimer>

namespace pos::channels {

ManualChannel::ManualChannel(QString id, QObject *parent)
    : PaymentChannel(parent), m_id(std::move(id))
{
}

Capabilities ManualChannel::capabilities() const
{
    Capabilities capabilities;
    capabilities.merchantScansCustomer = true; // the cashier records the payment by hand
    return capabilities;
}

void ManualChannel::pay(const PayRequest &, Callback done)
{
    QTimer::singleShot(0, this, [done] {
        done(ChannelResult::unknown(QStringLiteral("recorded by hand: settled by statement import"),
                                    kPendingStatement));
    });
}

} // namespace pos::channels
