#pragma once

#include <QString>

namespace pos::channels::unionpay {

// Field values of the ACP 5.1.0 gateway as this adapter uses them for UnionPay QR payments
// (check them against the current UnionPay specification before production).
//
//   operation                  path                         txnType txnSubType bizType
//   consume, consumer's code   /gateway/api/backTransReq.do 01      06 (被扫, qrNo)  000000
//   consume, merchant's QR     /gateway/api/backTransReq.do 01      07 (申请消费二维码) 000000
//   consume cancel (消费撤销)   /gateway/api/backTransReq.do 31      00         000000
//   refund (退货)              /gateway/api/backTransReq.do 04      00         000000
//   query (交易状态查询)        /gateway/api/queryTrans.do   00      00         000000
//   statement (对账文件下载)    /gateway/api/fileTransfer.do 76      01         000000
//
// Common fields: version=5.1.0, encoding=UTF-8, signMethod=01, certId, accessType=0,
// channelType=08 (mobile), merId, orderId, txnTime (yyyyMMddHHmmss, Beijing time),
// currencyCode=156, txnAmt in fen, backUrl for notifications. A cancel and a refund name the
// original by origQryId (its queryId); a query names the transaction by orderId (+ txnTime).
namespace protocol {

inline const QString kVersion = QStringLiteral("5.1.0");
inline const QString kEncoding = QStringLiteral("UTF-8");
inline const QString kSignMethodRsa = QStringLiteral("01");
inline const QString kBizType = QStringLiteral("000000");
inline const QString kAccessMerchant = QStringLiteral("0");
inline const QString kChannelMobile = QStringLiteral("08");
inline const QString kCurrencyCny = QStringLiteral("156");

inline const QString kTxnConsume = QStringLiteral("01");
inline const QString kTxnConsumeCancel = QStringLiteral("31");
inline const QString kTxnRefund = QStringLiteral("04");
inline const QString kTxnQuery = QStringLiteral("00");
inline const QString kTxnFileTransfer = QStringLiteral("76");

inline const QString kSubDefault = QStringLiteral("00");
inline const QString kSubConsumerCode = QStringLiteral("06");
inline const QString kSubMerchantQr = QStringLiteral("07");
inline const QString kSubFileTransfer = QStringLiteral("01");

inline const QString kPathBackTrans = QStringLiteral("/gateway/api/backTransReq.do");
inline const QString kPathQuery = QStringLiteral("/gateway/api/queryTrans.do");
inline const QString kPathFileTransfer = QStringLiteral("/gateway/api/fileTransfer.do");

// respCode values the adapter treats specially. 00 success; 01-09 system class (03 timeout,
// 04 state unknown, 05 accepted/processing: all "ask again"); 10-29 request refused; 30-89
// business or cardholder refusal; 12 duplicate orderId; 34 no such transaction.
inline const QString kRespSuccess = QStringLiteral("00");
inline const QString kRespTimeout = QStringLiteral("03");
inline const QString kRespStateUnknown = QStringLiteral("04");
inline const QString kRespProcessing = QStringLiteral("05");
inline const QString kRespDuplicate = QStringLiteral("12");
inline const QString kRespNotFound = QStringLiteral("34");

} // namespace protocol

} // namespace pos::channels::unionpay
