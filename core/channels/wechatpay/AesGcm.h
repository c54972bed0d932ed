#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace pos::channels::wechatpay {

// AEAD_AES_256_GCM as WeChat Pay v3 uses it for notification resources and certificate
// downloads: 32-byte key (the APIv3 key), 12-byte nonce, associated data (may be empty); the
// ciphertext is base64 of encrypted bytes followed by the 16-byte tag.
class AesGcm
{
public:
    // Error codes: "gcm.key", "gcm.nonce", "gcm.input", "gcm.tag" (authentication failed).
    static Result<QByteArray> decrypt(const QByteArray &key, const QByteArray &nonce,
                                      const QByteArray &associatedData,
                                      const QByteArray &base64Ciphertext);
    // The inverse, for the sandbox and tests: base64(ciphertext || tag).
    static Result<QByteArray> encrypt(const QByteArray &key, const QByteArray &nonce,
                                      const QByteArray &associatedData,
                                      const QByteArray &plaintext);
};

} // namespace pos::channels::wechatpay
