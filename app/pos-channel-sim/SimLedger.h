#pragma once

#include "SimSqlite.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace pos::sim {

// Trade statuses as Alipay's query reports them.
inline QString statusWaitBuyerPay()
{
    return QStringLiteral("WAIT_BUYER_PAY");
}
inline QString statusSuccess()
{
    return QStringLiteral("TRADE_SUCCESS");
}
inline QString statusClosed()
{
    return QStringLiteral("TRADE_CLOSED");
}

// One trade as the sandbox's channel side knows it.
struct SimTrade
{
    QString outTradeNo;
    QString tradeNo; // empty for a trade recorded only by cancelling an unknown out_trade_no
    qint64 amountFen = 0;
    QString status;
    QString scenario;
    QString authCodeMasked;
    QString buyerLogonId;
    qint64 createdAtMs = 0;
    std::optional<qint64> paidAtMs;     // set once money moved, kept after a refund
    std::optional<qint64> payDueAtMs;   // a "user paying" trade turns TRADE_SUCCESS at this time
    std::optional<QString> failureCode; // e.g. ACQ.BUYER_BALANCE_NOT_ENOUGH
    qint64 refundedFen = 0; // accepted refunds (done or processing), never above amountFen
    // Schema 2: C-scan-B, notifications, the bill and scenario 0008.
    QString origin = QStringLiteral("pay"); // "pay" or "precreate"
    QString subject;
    QString storeId;
    QString terminalId;
    QString operatorId;
    QString notifyUrl;
    QString qrCode;                       // precreate only
    std::optional<qint64> reverseDueAtMs; // scenario 0008: the channel reverses the paid trade
    std::optional<qint64> closedAtMs;
};

inline QString refundSuccess()
{
    return QStringLiteral("REFUND_SUCCESS");
}
inline QString refundProcessing()
{
    return QStringLiteral("PROCESSING");
}

// One refund (out_request_no) of a trade. A channel reversal (scenario 0008) is recorded as a
// refund with out_request_no "REVERSAL".
struct SimRefund
{
    QString outTradeNo;
    QString outRequestNo;
    qint64 amountFen = 0;
    QString reason;
    QString status; // PROCESSING or REFUND_SUCCESS
    qint64 createdAtMs = 0;
    std::optional<qint64> dueAtMs;  // a PROCESSING refund completes at this time
    std::optional<qint64> doneAtMs; // when it became REFUND_SUCCESS
};

// One request as received at the gateway, with the code it was answered with.
struct SimRequest
{
    qint64 id = 0;
    QString method;
    QString outTradeNo;
    qint64 receivedAtMs = 0;
    QString code;
    QString subCode;
};

// The sandbox's durable ledger: SQLite (WAL, synchronous=FULL), bound parameters only.
// Every write is committed before the call returns, so a reply never gets ahead of the ledger.
class SimLedger
{
public:
    SimLedger() = default;
    SimLedger(const SimLedger &) = delete;
    SimLedger &operator=(const SimLedger &) = delete;

    Status open(const QString &path);

    // Request log.
    Result<qint64> recordRequest(const QString &method, const QString &outTradeNo, qint64 nowMs);
    Status recordOutcome(qint64 requestId, const QString &code, const QString &subCode);
    Result<QList<SimRequest>> requests() const;

    // Trades.
    Status insertTrade(const SimTrade &trade);
    Result<std::optional<SimTrade>> findByOutTradeNo(const QString &outTradeNo) const;
    Result<std::optional<SimTrade>> findByTradeNo(const QString &tradeNo) const;
    Result<QList<SimTrade>> trades() const;
    // Closes a trade; a paid one is refunded in full (alipay.trade.cancel of a paid trade).
    Status closeTrade(const QString &outTradeNo, bool refund);
    // Applies everything whose time has come: "user paying" trades become TRADE_SUCCESS,
    // processing refunds REFUND_SUCCESS, and 0008 trades are reversed (TRADE_CLOSED with a full
    // "REVERSAL" refund).
    Status settleDuePayments(qint64 nowMs);

    // Refunds. insertRefund adds the refund to the trade's refunded total and closes the trade
    // when that reaches the paid amount, in one transaction.
    Status insertRefund(const SimRefund &refund);
    Result<std::optional<SimRefund>> findRefund(const QString &outTradeNo,
                                                const QString &outRequestNo) const;
    Result<QList<SimRefund>> refunds() const;

    // A fresh, unique channel trade number: yyyyMMdd + "220014" + 8-digit sequence.
    Result<QString> nextTradeNo(qint64 nowMs);

private:
    Result<std::optional<SimTrade>> findOne(const QString &column, const QString &value) const;
    Status migrate();

    SimSqlite m_db;
};

} // namespace pos::sim
