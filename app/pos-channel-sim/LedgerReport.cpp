#include "LedgerReport.h"

#include "SimLedger.h"
#include "money/Money.h"

#include <QJsonArray>

namespace pos::sim {

namespace {

QJsonValue optionalMs(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue(QJsonValue::Null);
}

QJsonObject tradeJson(const SimTrade &trade)
{
    return QJsonObject{
        {QStringLiteral("out_trade_no"), trade.outTradeNo},
        {QStringLiteral("trade_no"), trade.tradeNo},
        {QStringLiteral("total_amount"), Money::fromMinor(trade.amountFen).toDecimalString()},
        {QStringLiteral("amount_fen"), trade.amountFen},
        {QStringLiteral("status"), trade.status},
        {QStringLiteral("scenario"), trade.scenario},
        {QStringLiteral("auth_code"), trade.authCodeMasked},
        {QStringLiteral("created_at_ms"), trade.createdAtMs},
        {QStringLiteral("paid_at_ms"), optionalMs(trade.paidAtMs)},
        {QStringLiteral("refunded_fen"), trade.refundedFen},
        {QStringLiteral("failure_code"), trade.failureCode.value_or(QString())},
        {QStringLiteral("origin"), trade.origin},
        {QStringLiteral("notify_url"), trade.notifyUrl},
    };
}

} // namespace

Result<QJsonObject> ledgerReport(SimLedger &ledger, qint64 nowMs)
{
    if (auto settled = ledger.settleDuePayments(nowMs); !settled) {
        return settled.error();
    }
    auto trades = ledger.trades();
    if (!trades) {
        return trades.error();
    }
    auto requests = ledger.requests();
    if (!requests) {
        return requests.error();
    }
    QJsonArray tradeArray;
    for (const SimTrade &trade : trades.value()) {
        tradeArray.append(tradeJson(trade));
    }
    auto refunds = ledger.refunds();
    if (!refunds) {
        return refunds.error();
    }
    QJsonArray refundArray;
    for (const SimRefund &refund : refunds.value()) {
        refundArray.append(
            QJsonObject{{QStringLiteral("out_trade_no"), refund.outTradeNo},
                        {QStringLiteral("out_request_no"), refund.outRequestNo},
                        {QStringLiteral("amount_fen"), refund.amountFen},
                        {QStringLiteral("status"), refund.status},
                        {QStringLiteral("created_at_ms"), refund.createdAtMs},
                        {QStringLiteral("done_at_ms"), optionalMs(refund.doneAtMs)}});
    }
    QJsonArray requestArray;
    for (const SimRequest &request : requests.value()) {
        requestArray.append(QJsonObject{{QStringLiteral("method"), request.method},
                                        {QStringLiteral("out_trade_no"), request.outTradeNo},
                                        {QStringLiteral("received_at_ms"), request.receivedAtMs},
                                        {QStringLiteral("code"), request.code},
                                        {QStringLiteral("sub_code"), request.subCode}});
    }
    return QJsonObject{{QStringLiteral("trades"), tradeArray},
                       {QStringLiteral("refunds"), refundArray},
                       {QStringLiteral("requests"), requestArray}};
}

} // namespace pos::sim
