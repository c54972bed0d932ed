#pragma once

#include "security/RsaKey.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>

namespace pos::channels::wechatpay {

// Everything the WeChat Pay adapter needs to talk to one merchant account.
//
// Demo mode reads these from the sandbox's folder <dataDir>/wechat/ (pos-channel-sim writes it on
// first start):
//   merchant_private.pem   -> merchantPrivateKey (signs v3 requests)
//   merchant_cert.pem      -> merchantCertSerial (its X.509 serial, upper-case hex)
//   platform_cert.pem      -> platformKeys[<its serial>] (verifies v3 answers and notifications)
//   api_key_v2.txt         -> apiKeyV2 (32 characters)
//   api_key_v3.txt         -> apiKeyV3 (32 bytes)
// mch_id 1900000109 and appid wx2421b1c4370ec43b unless the sandbox was told otherwise.
struct WechatConfig
{
    // https://api.mch.weixin.qq.com in production, or the sandbox (http://127.0.0.1:<port>).
    // Every path (/pay/micropay, /v3/pay/transactions/native, ...) is appended to it.
    QUrl baseUrl;
    // get_wxpayface_authinfo lives on another host (https://payapp.weixin.qq.com); empty = baseUrl.
    QUrl faceBaseUrl;
    QString appId;
    QString mchId;
    QByteArray apiKeyV2; // v2 MD5 / HMAC-SHA256 key
    QByteArray apiKeyV3; // 32 bytes: AEAD_AES_256_GCM key for notifications
    security::RsaKey merchantPrivateKey;
    QString merchantCertSerial;                   // upper-case hex, no separators
    QMap<QString, security::RsaKey> platformKeys; // by serial (upper-case hex) or public key id
    // /secapi/* (reverse, v2 refund) needs the merchant's client certificate in production.
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    bool useHmacSha256 = true;     // v2 sign_type: HMAC-SHA256 (else MD5)
    int timeoutMs = 15000;         // explicit: an unanswered pay is Unknown after this
    int minReverseDelayMs = 15000; // WeChat: no reverse sooner than this after micropay
    QString notifyUrl;             // v3 Native payments and refunds
    QString deviceInfo;            // v2 device_info (terminal number)
    QString clientIp = QStringLiteral("127.0.0.1"); // spbill_create_ip
};

} // namespace pos::channels::wechatpay
