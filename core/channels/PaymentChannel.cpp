#include "channels/PaymentChannel.h"

#include <QTimer>

namespace pos::channels {

// Defaults for channels that lack an operation: the payment service checks Capabilities first,
// so reaching these is a programming error, answered as Unknown rather than a guess.
void PaymentChannel::query(const QString &, const Money &, Callback done)
{
    QTimer::singleShot(0, this, [done] {
        done(ChannelResult::unknown(QStringLiteral("channel has no query API")));
    });
}

void PaymentChannel::cancel(const QString &, Callback done)
{
    QTimer::singleShot(0, this, [done] {
        done(ChannelResult::unknown(QStringLiteral("channel has no cancel API")));
    });
}

} // namespace pos::channels
