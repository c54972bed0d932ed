#pragma once

#include "AlipayTrades.h"
#include "alipay/AlipayRefunds.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pos::sim {

class SimKeys;
class SimLedger;

// One answer of /gateway.do: an HTTP status and a signed JSON body.
struct GatewayReply
{
    GatewayReply() = default;
    GatewayReply(int status, QByteArray bytes) : httpStatus(status), body(std::move(bytes)) {}

    int httpStatus = 200;
    QByteArray body;
    int delayMs = 0;                // hold the answer back this long (scenario 0007)
    QString outTradeNo;             // the trade the request was about
    std::optional<qint64> wakeAtMs; // look at that trade again then (notifications)
    bool tradeChanged = false;      // a refund changed it now (notify at once)
};

// The Alipay OpenAPI gateway: reads the form (URL query and body, as Alipay's SDKs split them),
// checks the common parameters and the request's RSA2 signature against the app public key,
// logs the request, runs the trade method and signs the answer with the sandbox's Alipay key.
//
// Methods: alipay.trade.pay, precreate, query, cancel, close, refund, fastpay.refund.query and
// alipay.data.dataservice.bill.downloadurl.query (bill_type trade, bill_date yyyy-MM-dd, whose
// bill_download_url points at GET /alipay/bill/<yyyy-MM-dd>.zip on this sandbox).
//
// Refusals found before the method is trusted (missing common parameter, wrong app_id, unknown
// method, bad sign_type, bad signature) are answered under "error_response"; refusals of the
// biz_content are answered under the method's own node ("alipay_trade_pay_response").
class AlipayGateway
{
public:
    AlipayGateway(const SimKeys &keys, SimLedger &ledger, QString appId, int userPayingSeconds);

    GatewayReply handle(const QByteArray &urlQuery, const QByteArray &body, qint64 nowMs);

    // --set alipay.slow-ms: how long scenario 0007 holds its answer back.
    void setSlowAnswerMs(int ms) { m_trades.setSlowAnswerMs(ms); }
    // Where bill_download_url points: http://127.0.0.1:<port>.
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

private:
    GatewayReply answer(qint64 requestId, const QByteArray &nodeName, const TradeAnswer &answer);
    GatewayReply internalFailure(qint64 requestId, const QByteArray &nodeName, const Error &error);

    const SimKeys &m_keys;
    SimLedger &m_ledger;
    Result<TradeAnswer> billUrl(const QJsonObject &biz, qint64 nowMs) const;

    QString m_appId;
    QString m_baseUrl;
    AlipayTrades m_trades;
    AlipayRefunds m_refunds;
};

} // namespace pos::sim
