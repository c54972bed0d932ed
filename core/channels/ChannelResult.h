#pragma once

#include "money/Money.h"

#include <QString>

namespace pos::channels {

// The one closed set every channel answer is mapped to. Anything a channel says that we do not
// recognise, cannot verify, or that contradicts our record is Unknown: never Success.
struct ChannelResult
{
    enum class Kind
    {
        Success,
        Failed,
        UserPaying,
        Unknown
    };

    Kind kind = Kind::Unknown;
    QString reason;         // for people and logs: what happened
    QString providerCode;   // the provider's own code (e.g. "ACQ.BUYER_BALANCE_NOT_ENOUGH")
    QString channelTradeNo; // the channel's number for the trade, when known
    Money paidAmount;       // what the channel says was paid, when it says so
    QString action;         // cancel: "close" (nothing was paid) or "refund" (money returned)
    QString qrCode;         // precreate: the URL/text the customer scans (code_url, qr_code)
    Money refundedAmount;   // refund / refund query: what the channel says was refunded

    static ChannelResult success(QString tradeNo = {}, Money paid = {});
    static ChannelResult failed(QString reason, QString providerCode = {});
    static ChannelResult userPaying(QString reason = {});
    static ChannelResult unknown(QString reason, QString providerCode = {});

    bool isSuccess() const { return kind == Kind::Success; }
};

QString resultKindName(ChannelResult::Kind kind);

// Query answers that mean "the channel has no such trade": safe to cancel, nothing was paid yet.
inline const QString kTradeNotFound = QStringLiteral("trade_not_found");

} // namespace pos::channels
