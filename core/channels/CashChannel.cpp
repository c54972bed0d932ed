#include "channels/CashChannel.h"

#include <QTimer>

namespace pos::channels {

Capabilities CashChannel::capabilities() const
{
    Capabilities capabilities;
    capabilities.remote = false;
    return capabilities;
}

void CashChannel::pay(const PayRequest &request, Callback done)
{
    const Money amount = request.amount;
    QTimer::singleShot(0, this, [done, amount] { done(ChannelResult::success({}, amount)); });
}

} // namespace pos::channels
