#pragma once

#include "channels/ChannelResult.h"
#include "money/Money.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace pos::channels::wechatpay {

// How verified WeChat Pay answers map to the common result. Every function expects an answer
// whose signature already verified; public so tests can pin each branch. Anything not
// recognised, or contradicting our record, is Unknown.
using Fields = QMap<QString, QString>;

// The merchant identity an answer must carry.
struct Merchant
{
    QString appId;
    QString mchId;
};

// v2: appid and mch_id present and equal to ours.
bool v2IdentityMatches(const Fields &fields, const Merchant &merchant);
// An integer fen amount as WeChat sends it (v2 text or v3 JSON number), through Money::parseMinor.
Result<Money> moneyFromFen(const QJsonValue &value);

ChannelResult mapMicropay(const Fields &fields, const QString &outTradeNo, const Money &amount);
ChannelResult mapOrderQuery(const Fields &fields, const QString &outTradeNo, const Money &amount);
ChannelResult mapReverse(const Fields &fields);

// v3: `httpStatus` and the verified JSON body (empty for 204).
ChannelResult mapNative(int httpStatus, const QJsonObject &body);
ChannelResult mapV3Query(int httpStatus, const QJsonObject &body, const Merchant &merchant,
                         const QString &outTradeNo, const Money &amount);
ChannelResult mapV3Close(int httpStatus, const QJsonObject &body);
ChannelResult mapV3Refund(int httpStatus, const QJsonObject &body, const QString &outRefundNo,
                          const Money &refundAmount, bool isQuery);

} // namespace pos::channels::wechatpay
