#include "outbox/UploadSignature.h"

#include <openssl/evp.h>

namespace pos::outbox {

QByteArray uploadSignature(const QByteArray &secret, const QByteArray &body)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t length = 0;
    if (EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(),
                  size_t(secret.size()), reinterpret_cast<const unsigned char *>(body.constData()),
                  size_t(body.size()), mac, sizeof mac, &length) == nullptr) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(mac), qsizetype(length)).toHex();
}

} // namespace pos::outbox
