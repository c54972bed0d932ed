#include "channels/ChannelResult.h"

namespace pos::channels {

ChannelResult ChannelResult::success(QString tradeNo, Money paid)
{
    ChannelResult result;
    result.kind = Kind::Success;
    result.channelTradeNo = std::move(tradeNo);
    result.paidAmount = paid;
    return result;
}

ChannelResult ChannelResult::failed(QString reason, QString providerCode)
{
    ChannelResult result;
    result.kind = Kind::Failed;
    result.reason = std::move(reason);
    result.providerCode = std::move(providerCode);
    return result;
}

ChannelResult ChannelResult::userPaying(QString reason)
{
    ChannelResult result;
    result.kind = Kind::UserPaying;
    result.reason = std::move(reason);
    return result;
}

ChannelResult ChannelResult::unknown(QString reason, QString providerCode)
{
    ChannelResult result;
    result.kind = Kind::Unknown;
    result.reason = std::move(reason);
    result.providerCode = std::move(providerCode);
    return result;
}

QString resultKindName(ChannelResult::Kind kind)
{
    switch (kind) {
    case ChannelResult::Kind::Success:
        return QStringLiteral("success");
    case ChannelResult::Kind::Failed:
        return QStringLiteral("failed");
    case ChannelResult::Kind::UserPaying:
        return QStringLiteral("user_paying");
    case ChannelResult::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace pos::channels
