#pragma once

#include "channels/ChannelResult.h"
#include "money/Money.h"

#include <QMap>
#include <QString>

namespace pos::channels::unionpay {

// Mapping of VERIFIED gateway answers (signature and certificate already checked) to the common
// result, one function per operation; public so tests can pin each branch. Every function first
// checks that the answer is about our merchant and our orderId (and, where money is claimed, our
// txnAmt): anything else is Unknown "pos.mismatch". Codes not listed are Unknown.
using Fields = QMap<QString, QString>;

// What kind of answer a respCode is.
enum class RespClass
{
    Success,     // 00
    Processing,  // 05, and 03/04 where the operation treats them alike
    SystemError, // 01-09 other than the above, 12 duplicate: the outcome is not known
    Refused,     // 10-11, 13-99 (two digits): the request was refused, nothing happened
    NotFound,    // 34
    Unrecognised,
};
RespClass classify(const QString &respCode);

// Consume with the consumer's code: 00 Success (queryId, txnAmt); 05 UserPaying; 01-09 and 12
// Unknown; 10-99 Failed with the respCode; otherwise Unknown.
ChannelResult mapPayResponse(const Fields &fields, const QString &merId, const QString &orderId,
                             const Money &amount);
// Merchant QR: 00 with a qrCode Success (qrCode set); 01-09/12 Unknown; 10-99 Failed.
ChannelResult mapPrecreateResponse(const Fields &fields, const QString &merId,
                                   const QString &orderId);
// Query: respCode 00 reads origRespCode: 00 Success (txnAmt must equal `amount`), 03/04/05
// UserPaying, absent Unknown, other two digits Failed; respCode 34 Failed kTradeNotFound; else
// Unknown. Used for payments and (with the refund's orderId) for refunds, where Success also
// sets refundedAmount.
ChannelResult mapQueryResponse(const Fields &fields, const QString &merId, const QString &orderId,
                               const Money &amount, bool isRefund = false);
// Consume cancel: 00 Success; 01-09/12 Unknown; other codes Failed.
ChannelResult mapCancelResponse(const Fields &fields, const QString &merId,
                                const QString &cancelOrderId);
// Refund: 00 means ACCEPTED (UserPaying: confirm with refundQuery), 12 too (already accepted
// under this orderId); 01-09 Unknown (retry with the same orderId); 10-99 Failed.
ChannelResult mapRefundResponse(const Fields &fields, const QString &merId,
                                const QString &refundOrderId, const Money &amount);

} // namespace pos::channels::unionpay
