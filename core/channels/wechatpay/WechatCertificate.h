#pragma once

#include "common/Result.h"
#include "security/RsaKey.h"

#include <QByteArray>
#include <QString>

namespace pos::channels::wechatpay {

// The bits of X.509 the WeChat adapter needs: a certificate's serial (v3 serial_no and
// Wechatpay-Serial are upper-case hex serials), and self-signed certificates for the sandbox.
class WechatCertificate
{
public:
    // Upper-case hex without separators or leading zero bytes. Error code "cert.read".
    static Result<QString> serialHex(const QByteArray &pem);
    // A self-signed certificate for `key` (must hold the private key), valid ten years from now.
    // `serialHex` is the serial to give it. Error code "cert.make".
    static Result<QByteArray> makeSelfSigned(const security::RsaKey &key, const QString &commonName,
                                             const QString &serialHex);
};

} // namespace pos::channels::wechatpay
