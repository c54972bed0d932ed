#pragma once

#include "security/RsaKey.h"

#include <QString>
#include <QUrl>

namespace pos::channels::alipay {

struct AlipayConfig
{
    QUrl gatewayUrl; // https://openapi.alipay.com/gateway.do, or the sandbox
    QString appId;
    security::RsaKey appPrivateKey;   // signs our requests
    security::RsaKey alipayPublicKey; // verifies Alipay's responses and notifications
    QString notifyUrl;
    int requestTimeoutMs = 15000; // explicit: an unanswered pay is Unknown after this
};

} // namespace pos::channels::alipay
