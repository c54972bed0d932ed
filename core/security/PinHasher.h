#pragma once

#include <QByteArray>
#include <QString>

namespace pos::security {

struct PinHash
{
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
};

// PINs are stored only as salted PBKDF2-HMAC-SHA256 hashes (invariant 8).
class PinHasher
{
public:
    static constexpr int kDefaultIterations = 120'000;
    static constexpr int kMinimumIterations = 100'000;

    static PinHash hash(const QString &pin, int iterations = kDefaultIterations);
    // Constant-time comparison against a stored hash.
    static bool verify(const QString &pin, const PinHash &stored);
    // 4 to 8 digits.
    static bool isWellFormed(const QString &pin);
};

} // namespace pos::security
