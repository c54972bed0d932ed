#pragma once

#include <QString>

namespace pos::sim::wechat {

// Test payment codes for the WeChat Pay sandbox, like test card numbers. A micropay auth_code
// must be 18 digits starting 10..15 (else AUTH_CODE_INVALID); its LAST FOUR DIGITS choose what
// happens to a new trade:
//
//   ....0001  result FAIL err_code NOTENOUGH; trade recorded PAYERROR.
//   ....0002  err_code USERPAYING; orderquery says USERPAYING until --user-paying-seconds have
//             passed since the micropay, then SUCCESS (unless reversed first).
//   ....0003  err_code SYSTEMERROR, but the trade SUCCEEDED: orderquery says SUCCESS (长款 case).
//   ....0004  err_code USERPAYING forever; the first reverse answers SYSTEMERROR recall=Y, the
//             second reverses it.
//   ....0005  err_code AUTH_CODE_INVALID; no trade.
//   ....0006  err_code SYSTEMERROR and no trade: orderquery says ORDERNOTEXIST.
//   ....0007  SUCCESS (money moves) but the answer, validly signed, names ANOTHER appid.
//   ....0008  SUCCESS (money moves) but the answer, validly signed, states total_fee + 1 fen.
//   ....0009  SUCCESS (money moves) but the answer's sign is forged (computed over a different
//             total_fee): the client must distrust it and find the truth by orderquery.
//   ....0010  SUCCESS (money moves) but the answer, validly signed, names ANOTHER mch_id.
//   anything  SUCCESS.
//
// Native (C-scan-B, v3): an amount whose fen value ends in 01 (total % 100 == 1, e.g. 12.01) is
// never paid (NOTPAY until closed); any other amount is "paid by the customer"
// --user-paying-seconds after the order, and a TRANSACTION.SUCCESS notification is sent to its
// notify_url.
//
// Refunds (v3 and v2): a refund amount ending in 07 fen (e.g. 0.07, 3.07) is PROCESSING, then
// SUCCESS after --user-paying-seconds (REFUND.SUCCESS notification then); ending in 08 fen is
// rejected (403 NOT_ENOUGH "基本账户余额不足", nothing refunded); anything else SUCCESS at once.
enum class MicropayScenario
{
    Success,
    NotEnough,
    UserPayingThenSuccess,
    SystemErrorButPaid,
    UserPayingForever,
    AuthCodeInvalid,
    SystemErrorNoTrade,
    OtherAppId,
    OtherAmount,
    ForgedSignature,
    OtherMchId,
};

bool isWechatAuthCode(const QString &authCode);
MicropayScenario micropayScenario(const QString &authCode);
QString scenarioName(MicropayScenario scenario);
bool nativeNeverPaid(qint64 totalFen);
enum class RefundScenario
{
    Success,
    ProcessingThenSuccess,
    Rejected
};
RefundScenario refundScenario(qint64 refundFen);
// "1300****0002": never store a full payment code.
QString maskCode(const QString &authCode);

} // namespace pos::sim::wechat
