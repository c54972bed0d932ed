#pragma once

#include "common/Result.h"
#include "security/RsaKey.h"

#include <QByteArray>
#include <QString>

namespace pos::sim::wechat {

// The sandbox's WeChat Pay credentials, generated on first start into <dataDir>/wechat/ and
// reused afterwards. The terminal's demo mode reads the same files:
//
//   merchant_private.pem  merchant API private key (PKCS#8 PEM): signs v3 requests
//   merchant_cert.pem     self-signed X.509 for it; its serial is the v3 serial_no
//   platform_private.pem  the "WeChat Pay platform" private key (PKCS#8): signs v3 answers
//                         and notifications (the terminal never needs it)
//   platform_cert.pem     self-signed X.509 for it; its serial is the Wechatpay-Serial
//   api_key_v2.txt        32 characters: the v2 API key (MD5 / HMAC-SHA256 signatures)
//   api_key_v3.txt        32 bytes: the APIv3 key (AEAD_AES_256_GCM of notification resources)
//   README.txt            this list, with mch_id, appid and both serials
class WechatSimKeys
{
public:
    // Error code "wechat.keys".
    static Result<WechatSimKeys> loadOrCreate(const QString &dir, const QString &mchId,
                                              const QString &appId);

    security::RsaKey merchantPublic;
    QString merchantSerial;
    security::RsaKey platformPrivate;
    QString platformSerial;
    QByteArray apiKeyV2;
    QByteArray apiKeyV3;
};

} // namespace pos::sim::wechat
