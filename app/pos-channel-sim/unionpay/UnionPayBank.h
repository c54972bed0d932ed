#pragma once

#include "common/Result.h"
#include "unionpay/UnionPayLedger.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pos::sim::unionpay {

using Fields = QMap<QString, QString>;

// What the bank answers to one (already signature-checked) request: the answer's fields before
// signing, whether to forge the signature (scenario 0009), the transactions that became
// successful just now (to notify), and when the next processing one falls due.
struct BankAnswer
{
    Fields fields;
    bool forgeSignature = false;
    QList<UnionPayTxn> succeeded;
    std::optional<qint64> nextDueAtMs;
};

// UnionPay's side of consume (B-scan-C 06, QR 07), consume cancel, refund, query and the
// statement file, over the ledger; scenarios in UnionPayScenario.h.
//
// Statement file (txnType 76, settleDate MMdd): fileContent is base64 of a UTF-8 text file
// (the real gateway sends a base64 zip; this is a documented sandbox simplification), fileName
// "UPSIM_<merId>_<yyyyMMdd>.txt":
//
//   #UNIONPAY SANDBOX STATEMENT|merId=<merId>|settleDate=<yyyyMMdd>
//   txnType|txnSubType|orderId|queryId|origQryId|txnTime|txnAmt|settleAmt
//   01|06|ORDER1|260101120000000000001||20260101120000|1230|1230
//   04|00|REFUND1|260101120500000000002|260101120000000000001|20260101120500|230|-230
//   #count=2|net=1000
//
// One line per successful consume, cancel (31) and refund (04) of that day (Beijing time),
// amounts in fen; settleAmt is negative for cancels and refunds; net is the sum of settleAmt.
class UnionPayBank
{
public:
    static constexpr const char *kOtherMerId = "777290058119999";

    UnionPayBank(UnionPayLedger &ledger, QString merId, int userPayingSeconds);

    Result<BankAnswer> backTrans(const Fields &request, qint64 nowMs);
    Result<BankAnswer> query(const Fields &request, qint64 nowMs);
    Result<BankAnswer> fileTransfer(const Fields &request, qint64 nowMs);
    // Marks due processing transactions successful.
    Result<QList<UnionPayTxn>> settleDue(qint64 nowMs) { return m_ledger.settleDue(nowMs); }

private:
    Result<BankAnswer> consume(const Fields &request, qint64 nowMs);
    Result<BankAnswer> qrOrder(const Fields &request, qint64 nowMs);
    Result<BankAnswer> consumeCancel(const Fields &request, qint64 nowMs);
    Result<BankAnswer> refund(const Fields &request, qint64 nowMs);
    UnionPayTxn newTxn(const Fields &request, qint64 amountFen, qint64 nowMs);

    UnionPayLedger &m_ledger;
    QString m_merId;
    int m_userPayingSeconds;
};

} // namespace pos::sim::unionpay
