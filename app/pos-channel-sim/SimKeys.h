#pragma once

#include "common/Result.h"
#include "security/RsaKey.h"

#include <QString>

namespace pos::sim {

// The sandbox's own "Alipay" key pair (generated once into the data directory and reused) and
// the merchant app's public key that every request must be signed with.
class SimKeys
{
public:
    // Error codes: "keys.app_public" (missing, unreadable or not a key: a configuration error)
    // and "keys.alipay" (the sandbox pair could not be read, generated or written).
    static Result<SimKeys> load(const QString &dataDir, const QString &appPublicKeyPath);

    const security::RsaKey &alipayPrivate() const { return m_alipayPrivate; }
    const security::RsaKey &appPublic() const { return m_appPublic; }
    QString alipayPublicKeyPath() const { return m_alipayPublicKeyPath; }

private:
    security::RsaKey m_alipayPrivate;
    security::RsaKey m_appPublic;
    QString m_alipayPublicKeyPath;
};

} // namespace pos::sim
