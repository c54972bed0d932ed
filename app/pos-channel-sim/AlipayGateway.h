#pragma once

#include "AlipayTrades.h"

#include <QByteArray>
#include <QString>

namespace pos::sim {

class SimKeys;
class SimLedger;

// One answer of /gateway.do: an HTTP status and a signed JSON body.
struct GatewayReply
{
    int httpStatus = 200;
    QByteArray body;
};

// The Alipay OpenAPI gateway: reads the form (URL query and body, as Alipay's SDKs split them),
// checks the common parameters and the request's RSA2 signature against the app public key,
// logs the request, runs the trade method and signs the answer with the sandbox's Alipay key.
//
// Refusals found before the method is trusted (missing common parameter, wrong app_id, unknown
// method, bad sign_type, bad signature) are answered under "error_response"; refusals of the
// biz_content are answered under the method's own node ("alipay_trade_pay_response").
class AlipayGateway
{
public:
    AlipayGateway(const SimKeys &keys, SimLedger &ledger, QString appId, int userPayingSeconds);

    GatewayReply handle(const QByteArray &urlQuery, const QByteArray &body, qint64 nowMs);

private:
    GatewayReply answer(qint64 requestId, const QByteArray &nodeName, const TradeAnswer &answer);
    GatewayReply internalFailure(qint64 requestId, const QByteArray &nodeName, const Error &error);

    const SimKeys &m_keys;
    SimLedger &m_ledger;
    QString m_appId;
    AlipayTrades m_trades;
};

} // namespace pos::sim
