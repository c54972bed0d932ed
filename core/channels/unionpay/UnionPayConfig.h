#pragma once

#include "channels/unionpay/X509Certificate.h"
#include "security/RsaKey.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace pos::channels::unionpay {

// What the UnionPay adapter needs to talk to the ACP 5.1.0 gateway (全渠道, QR transactions).
struct UnionPayConfig
{
    // https://gateway.95516.com (test: https://gateway.test.95516.com), or the sandbox
    // http://127.0.0.1:<port>. The adapter appends /gateway/api/backTransReq.do,
    // /gateway/api/queryTrans.do and /gateway/api/fileTransfer.do.
    QUrl gatewayBaseUrl;
    QString merId;                       // 15 digits, e.g. 777290058110048
    security::RsaKey merchantSigningKey; // signs our requests (private key of the signing cert)
    QString certId;                      // that certificate's serial number in decimal
    // UnionPay's root (and, where issued, middle) certificates: the signPubKeyCert of every
    // response and notification must chain to one of them. Validity dates are not checked.
    QList<X509Certificate> trustedCertificates;
    // The organisation the signing certificate's CN must name in its third '@' field
    // ("041@8310000000083040@中国银联股份有限公司@00016495"); empty skips this check.
    QString signerOrganisation = QStringLiteral("中国银联股份有限公司");
    QString backUrl;              // where UnionPay posts notifications; empty: none requested
    int requestTimeoutMs = 15000; // explicit: an unanswered pay is Unknown after this
};

} // namespace pos::channels::unionpay
