#pragma once

#include <QString>

namespace pos::sim::unionpay {

// Test payment codes for the UnionPay sandbox, like test card numbers. A consumer's code (qrNo)
// is 19 digits starting 62; its LAST FOUR DIGITS choose what a consume (txnType 01, txnSubType
// 06) does. respCode values are the sandbox's reading of ACP 5.1.0.
//
//   62...0001  respCode 64 "卡上的余额不足" (insufficient funds): the consume is recorded as
//              failed, so a query answers origRespCode 64.
//   62...0002  respCode 05 "交易已受理，请稍后查询交易结果" (processing): query answers
//              origRespCode 05 until --user-paying-seconds have passed, then 00.
//   62...0003  respCode 03 "交易通讯超时" (system error), but the consume SUCCEEDED: query
//              answers origRespCode 00 (the 长款 case).
//   62...0004  respCode 05 processing that never completes (until cancelled).
//   62...0005  respCode 61 "无效的付款码" (invalid code): nothing is recorded.
//   62...0006  respCode 06 "系统繁忙" (system error) and nothing recorded: query answers 34.
//   62...0007  respCode 00, consume succeeded, but the (properly signed) answer names another
//              merId (777290058119999): a client must not trust it.
//   62...0008  respCode 00, consume succeeded, but the (properly signed) answer states
//              txnAmt + 1 fen: a client must not trust it.
//   62...0009  respCode 00, consume succeeded, but the signature is a valid RSA signature over
//              DIFFERENT content (a tampered txnAmt): a client must reject it and find the
//              truth by query (answered with a proper signature).
//   anything   respCode 00, success.
// A qrNo that is not 19 digits starting 62 is refused with respCode 61; nothing is recorded.
//
// Merchant-presented QR (txnType 01, txnSubType 07): respCode 00 with a qrCode. A txnAmt with
// txnAmt % 100 == 1 (e.g. 101 = ¥1.01) is never paid (query: origRespCode 05 until cancelled);
// any other amount is paid by the "customer" --user-paying-seconds later, and a notification
// is posted to backUrl.
//
// Refund (txnType 04): respCode 00 (accepted). A txnAmt ending in 07 fen stays processing
// (origRespCode 05) for --user-paying-seconds, then succeeds; ending in 08 is rejected at once
// with respCode 30 "交易未通过" (recorded failed); otherwise it succeeds at once.
//
// Consume cancel (txnType 31) of a paid consume returns the money; of an unpaid one (a processing
// consume or an unpaid QR: a sandbox convenience, the real gateway lets a QR lapse) closes it,
// after which a query of the original answers origRespCode 30.
//
// Every transaction that becomes successful with a backUrl is notified there (form POST, signed
// like an answer), retried after 1, 2, 4 and 5 minutes (times --set notify.delay-scale) until
// the merchant answers HTTP 200.
enum class ConsumeScenario
{
    Success,
    InsufficientFunds,
    ProcessingThenSuccess,
    SystemErrorButPaid,
    ProcessingForever,
    InvalidCode,
    SystemErrorNoTrade,
    OtherMerchant,
    WrongAmount,
    ForgedSignature,
};

bool isWellFormedQrNo(const QString &qrNo);
ConsumeScenario consumeScenarioFor(const QString &qrNo);
QString scenarioName(ConsumeScenario scenario);
// "6222****0001": never store or log a full payment code.
QString maskQrNo(const QString &qrNo);

inline bool qrNeverPaid(qint64 amountFen)
{
    return amountFen % 100 == 1;
}
inline bool refundStaysProcessing(qint64 amountFen)
{
    return amountFen % 100 == 7;
}
inline bool refundRejected(qint64 amountFen)
{
    return amountFen % 100 == 8;
}

} // namespace pos::sim::unionpay
