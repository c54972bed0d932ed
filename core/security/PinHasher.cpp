#include "security/PinHasher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>

namespace pos::security {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    const QByteArray secret = pin.toUtf8();
    QByteArray out(kHashBytes, '\0');
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, EVP_sha256(), kHashBytes,
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}
} // namespace

PinHash PinHasher::hash(const QString &pin, int iterations)
{
    PinHash result;
    result.iterations = std::max(iterations, kMinimumIterations);
    result.salt.resize(kSaltBytes);
    RAND_bytes(reinterpret_cast<unsigned char *>(result.salt.data()), kSaltBytes);
    result.hash = derive(pin, result.salt, result.iterations);
    return result;
}

bool PinHasher::verify(const QString &pin, const PinHash &stored)
{
    if (stored.iterations < kMinimumIterations || stored.hash.size() != kHashBytes) {
        return false;
    }
    const QByteArray candidate = derive(pin, stored.salt, stored.iterations);
    return CRYPTO_memcmp(candidate.constData(), stored.hash.constData(), size_t(kHashBytes)) == 0;
}

bool PinHasher::isWellFormed(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8) {
        return false;
    }
    return std::all_of(pin.begin(), pin.end(),
                       [](QChar c) { return c.isDigit() && c.unicode() < 128; });
}

} // namespace pos::security
