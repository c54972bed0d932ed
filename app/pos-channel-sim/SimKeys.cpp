#include "SimKeys.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace pos::sim {

namespace {

Error keyError(const QString &code, const QString &message)
{
    return Error{code, message};
}

Status writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return keyError(QStringLiteral("keys.alipay"),
                        QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(permissions);
    if (!file.commit()) {
        return keyError(QStringLiteral("keys.alipay"),
                        QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    return success();
}

Result<security::RsaKey> loadOrCreateAlipayKey(const QDir &dir)
{
    const QString privatePath = dir.filePath(QStringLiteral("alipay_private.pem"));
    const QString publicPath = dir.filePath(QStringLiteral("alipay_public.pem"));
    security::RsaKey key;
    QFile privateFile(privatePath);
    if (privateFile.exists()) {
        if (!privateFile.open(QIODevice::ReadOnly)) {
            return keyError(
                QStringLiteral("keys.alipay"),
                QStringLiteral("cannot read %1: %2").arg(privatePath, privateFile.errorString()));
        }
        auto loaded = security::RsaKey::fromPem(privateFile.readAll());
        if (!loaded || !loaded->hasPrivate()) {
            return keyError(QStringLiteral("keys.alipay"),
                            QStringLiteral("%1 is not an RSA private key").arg(privatePath));
        }
        key = loaded.value();
    } else {
        auto generated = security::RsaKey::generate(2048);
        if (!generated) {
            return generated.error();
        }
        key = generated.value();
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (auto written = writeFile(privatePath, key.privatePem(), owner); !written) {
            return written.error();
        }
    }
    // The public half is always rewritten from the private key, so the two can never disagree.
    const QByteArray publicPem = key.publicPem();
    QFile existing(publicPath);
    if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != publicPem) {
        existing.close();
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (auto written = writeFile(publicPath, publicPem, everyone); !written) {
            return written.error();
        }
    }
    return key;
}

} // namespace

Result<SimKeys> SimKeys::load(const QString &dataDir, const QString &appPublicKeyPath)
{
    SimKeys keys;
    QFile appFile(appPublicKeyPath);
    if (!appFile.open(QIODevice::ReadOnly)) {
        return keyError(QStringLiteral("keys.app_public"),
                        QStringLiteral("cannot read the app public key %1: %2")
                            .arg(appPublicKeyPath, appFile.errorString()));
    }
    auto appKey = security::RsaKey::fromPem(appFile.readAll());
    if (!appKey) {
        return keyError(QStringLiteral("keys.app_public"),
                        QStringLiteral("%1 is not an RSA public key in PEM form: %2")
                            .arg(appPublicKeyPath, appKey.error().message));
    }
    keys.m_appPublic = appKey.value();

    const QDir dir(dataDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        return keyError(QStringLiteral("keys.alipay"),
                        QStringLiteral("cannot create %1").arg(dataDir));
    }
    auto alipayKey = loadOrCreateAlipayKey(dir);
    if (!alipayKey) {
        return alipayKey.error();
    }
    keys.m_alipayPrivate = alipayKey.value();
    keys.m_alipayPublicKeyPath = dir.filePath(QStringLiteral("alipay_public.pem"));
    return keys;
}

} // namespace pos::sim
