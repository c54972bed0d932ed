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

} // namespace pos::payments
