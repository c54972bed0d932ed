#pragma once

#include "SimSqlite.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pos::sim::wechat {

// One trade as the sandbox's WeChat side knows it. `state` is a WeChat trade_state: SUCCESS,
// REFUND, NOTPAY, CLOSED, REVOKED, USERPAYING, PAYERROR.
struct WxTrade
{
    QString outTradeNo;
    QString transactionId;
    QString kind; // MICROPAY or NATIVE
    qint64 amountFen = 0;
    QString state;
    QString scenario;
    QString authCodeMasked;
    QString notifyUrl;
    qint64 createdAtMs = 0;
    qint64 payDueAtMs = 0; // 0: never turns SUCCESS by itself
    qint64 paidAtMs = 0;
    int reverseCalls = 0;
    qint64 refundedFen = 0;
};

// One refund. `status`: SUCCESS, PROCESSING (until dueAtMs), CLOSED.
struct WxRefund
{
    QString outRefundNo;
    QString refundId;
    QString outTradeNo;
    qint64 amountFen = 0;
    qint64 totalFen = 0;
    QString status;
    QString notifyUrl;
    qint64 createdAtMs = 0;
    qint64 dueAtMs = 0;
};

// <dataDir>/wechat/ledger.sqlite: WAL, synchronous=FULL, bound parameters; every write is
// committed before the answer leaves.
class WechatLedger
{
public:
    WechatLedger() = default;
    WechatLedger(const WechatLedger &) = delete;
    WechatLedger &operator=(const WechatLedger &) = delete;

    Status open(const QString &path);

    Status saveTrade(const WxTrade &trade);
    Result<std::optional<WxTrade>> trade(const QString &outTradeNo) const;
    Result<QList<WxTrade>> trades() const;
    Status saveRefund(const WxRefund &refund);
    Result<std::optional<WxRefund>> refund(const QString &outRefundNo) const;
    Result<QList<WxRefund>> refunds() const;
    Status logRequest(const QString &api, const QString &outTradeNo, qint64 nowMs,
                      const QString &answer);
    // {"trades": [...], "refunds": [...], "requests": [...]}
    Result<QJsonObject> report() const;
    // A fresh channel number: 42000 + yyyyMMdd + sequence (transaction_id or refund_id).
    QString nextNumber(const QString &prefix, qint64 nowMs);

private:
    SimSqlite m_db;
    qint64 m_sequence = 0;
};

} // namespace pos::sim::wechat
