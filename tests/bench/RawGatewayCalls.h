#pragma once

#include "common/Result.h"
#include "security/RsaKey.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace pos::bench {

// The sandbox's share of a payment: an alipay.trade.pay signed before the clock starts, posted
// over loopback and timed until the whole answer has arrived (not parsed, not verified). What
// remains of a full payment's time after this is the terminal's own work.
class RawGatewayCalls
{
public:
    RawGatewayCalls(QUrl gatewayUrl, QString appId, security::RsaKey appKey);

    // One pay call for a fresh out_trade_no, in nanoseconds; fails unless the sandbox answers
    // HTTP 200 with code 10000.
    Result<qint64> payOnce(int round, const QString &paymentCode);

private:
    Result<QByteArray> signedBody(int round, const QString &paymentCode) const;

    QUrl m_gatewayUrl;
    QString m_appId;
    security::RsaKey m_appKey;
    QNetworkAccessManager m_network;
};

} // namespace pos::bench
