#pragma once

#include "channels/PaymentChannel.h"

#include <QMap>
#include <QString>

namespace pos::payments {

// The channels this terminal is configured with, by id ("cash", "alipay", …). Does not own them.
class ChannelRegistry
{
public:
    void add(channels::PaymentChannel *channel) { m_channels.insert(channel->id(), channel); }
    channels::PaymentChannel *find(const QString &id) const
    {
        return m_channels.value(id, nullptr);
    }
    QStringList ids() const { return m_channels.keys(); }

private:
    QMap<QString, channels::PaymentChannel *> m_channels;
};

// The notify_url a channel is given: one path per channel under the terminal's notification base
// ("http://host:port" → "http://host:port/notify/alipay"), so the endpoint knows which adapter
// verifies what arrives. Empty when the terminal has no notification address.
inline QString notifyUrlFor(const QString &base, const QString &channelId)
{
    if (base.isEmpty()) {
        return {};
    }
    QString url = base;
    while (url.endsWith(QLatin1Char('/'))) {
        url.chop(1);
    }
    return url + QStringLiteral("/notify/") + channelId;
}

} // namespace pos::payments
